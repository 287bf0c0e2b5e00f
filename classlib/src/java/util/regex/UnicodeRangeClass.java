package java.util.regex;

/** \p{InBlock} and \p{IsScript}: the code point's block or script (from UnicodeRanges) is this one. */
final class UnicodeRangeClass extends CharProperty {
    private static int[] blockStarts;
    private static int[] blockIds;
    private static int[] scriptStarts;
    private static int[] scriptIds;

    private final boolean script;
    private final int id;

    private UnicodeRangeClass(boolean script, int id) {
        this.script = script;
        this.id = id;
    }

    /** The block named (any case, JDK's spellings), or null. */
    static CharProperty forBlock(String name) {
        int id = lookup(UnicodeRanges.BLOCK_NAMES, name.toUpperCase());
        return id < 0 ? null : new UnicodeRangeClass(false, id + 1);
    }

    /** The script named (enum name or ISO 15924 code, any case), or null. */
    static CharProperty forScript(String name) {
        int id = lookup(UnicodeRanges.SCRIPT_NAMES, name.toUpperCase());
        return id < 0 ? null : new UnicodeRangeClass(true, id);
    }

    /** The index of the '|'-separated entry of names that lists key among its ','-separated names. */
    private static int lookup(String names, String key) {
        if (key.isEmpty() || key.indexOf('|') >= 0 || key.indexOf(',') >= 0) {
            return -1;
        }
        int at = 0;
        while ((at = names.indexOf(key, at)) >= 0) {
            int end = at + key.length();
            boolean startOk = at == 0 || names.charAt(at - 1) == '|' || names.charAt(at - 1) == ',';
            boolean endOk = end == names.length() || names.charAt(end) == '|' || names.charAt(end) == ',';
            if (startOk && endOk) {
                int entry = 0;
                for (int i = 0; i < at; i++) {
                    if (names.charAt(i) == '|') {
                        entry++;
                    }
                }
                return entry;
            }
            at = end;
        }
        return -1;
    }

    private static int[][] decode(String ranges) {
        int n = ranges.length() / 3;
        int[] starts = new int[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = (ranges.charAt(3 * i) << 16) | ranges.charAt(3 * i + 1);
            ids[i] = ranges.charAt(3 * i + 2);
        }
        return new int[][] {starts, ids};
    }

    private static int idOf(int[] starts, int[] ids, int ch) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= ch) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return ids[lo];
    }

    boolean is(int ch) {
        if (ch < 0 || ch > Character.MAX_CODE_POINT) {
            return false;
        }
        if (script) {
            if (scriptStarts == null) {
                int[][] t = decode(UnicodeRanges.SCRIPT_RANGES);
                scriptStarts = t[0];
                scriptIds = t[1];
            }
            return idOf(scriptStarts, scriptIds, ch) == id;
        }
        if (blockStarts == null) {
            int[][] t = decode(UnicodeRanges.BLOCK_RANGES);
            blockStarts = t[0];
            blockIds = t[1];
        }
        return idOf(blockStarts, blockIds, ch) == id;
    }
}
