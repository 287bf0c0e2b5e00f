package java.util.regex;

import java.util.Objects;

/**
 * Matches a Pattern against a char sequence. The text is copied once into a char[] (per reset(input)),
 * so the nodes index an array instead of calling CharSequence.charAt per char. Messages and state
 * transitions follow JDK 17's Matcher.
 */
public final class Matcher implements MatchResult {
    static final int ENDANCHOR = 1;
    static final int NOANCHOR = 0;

    private Pattern parentPattern;
    private CharSequence input;
    private char[] s;

    // state read and written by the nodes
    int[] groups;
    int[] locals;
    int from;
    int to;
    int textLength;
    int first = -1;
    int last = 0;
    int oldLast = -1;
    int lookbehindTo;
    int acceptEnd;
    int acceptMode = NOANCHOR;
    boolean hitEnd;
    boolean requireEnd;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;

    private int lastAppendPosition = 0;

    /** Per memo loop, the generation at which each position failed; a new generation per match. */
    private int[][] memo;
    private int memoGeneration;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        setText(text);
        allocateState();
        reset();
    }

    private void setText(CharSequence text) {
        if (text == null) {
            throw new NullPointerException();
        }
        this.input = text;
        if (text instanceof String) {
            s = ((String) text).toCharArray();
        } else {
            int n = text.length();
            char[] a = new char[n];
            for (int i = 0; i < n; i++) {
                a[i] = text.charAt(i);
            }
            s = a;
        }
        textLength = s.length;
        memo = null;
    }

    boolean memoFailed(int loop, int i) {
        int[] stamps = memo == null ? null : memo[loop];
        return stamps != null && stamps[i] == memoGeneration;
    }

    void memoFail(int loop, int i) {
        if (memo == null || memo.length != parentPattern.memoLoopCount) {
            memo = new int[parentPattern.memoLoopCount][];
        }
        if (memo[loop] == null) {
            memo[loop] = new int[textLength + 1];
        }
        memo[loop][i] = memoGeneration;
    }

    private void allocateState() {
        int g = parentPattern.capturingGroupCount * 2;
        if (groups == null || groups.length != g) {
            groups = new int[g];
        }
        int l = parentPattern.localCount;
        if (locals == null || locals.length != l) {
            locals = new int[l];
        }
    }

    /** The text between start and end as a String (used by Pattern.split). */
    String text(int start, int end) {
        return new String(s, start, end - start);
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        return new SnapshotMatchResult(first, last, groupCount(), groups.clone(), first >= 0 ? input.toString() : null);
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        memo = null;
        allocateState();
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
        for (int i = 0; i < locals.length; i++) {
            locals[i] = -1;
        }
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
        for (int i = 0; i < locals.length; i++) {
            locals[i] = -1;
        }
        lastAppendPosition = 0;
        from = 0;
        to = textLength;
        return this;
    }

    public Matcher reset(CharSequence input) {
        setText(input);
        return reset();
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    public int start() {
        checkMatch();
        return first;
    }

    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[getMatchedGroupIndex(name) * 2];
    }

    public int end() {
        checkMatch();
        return last;
    }

    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[getMatchedGroupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text(groups[group * 2], groups[group * 2 + 1]);
    }

    public String group(String name) {
        int group = getMatchedGroupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text(groups[group * 2], groups[group * 2 + 1]);
    }

    private int getMatchedGroupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        int g = parentPattern.groupNumber(name);
        if (g < 0) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return g;
    }

    public int groupCount() {
        return parentPattern.capturingGroupCount - 1;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first) {
            nextSearchIndex++;
        }
        if (nextSearchIndex < from) {
            nextSearchIndex = from;
        }
        if (nextSearchIndex > to) {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = -1;
            }
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        int limit = textLength;
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    private void prepare(int start, int mode) {
        hitEnd = false;
        requireEnd = false;
        first = start;
        if (oldLast < 0) {
            oldLast = start;
        }
        int[] g = groups;
        for (int i = 0; i < g.length; i++) {
            g[i] = -1;
        }
        int[] l = locals;
        for (int i = 0; i < l.length; i++) {
            l[i] = -1;
        }
        acceptMode = mode;
        memoGeneration++;
    }

    private boolean search(int start) {
        start = start < 0 ? 0 : start;
        prepare(start, NOANCHOR);
        boolean result = parentPattern.root.match(this, start, s);
        if (!result) {
            first = -1;
        }
        oldLast = last;
        return result;
    }

    private boolean match(int start, int mode) {
        start = start < 0 ? 0 : start;
        prepare(start, mode);
        boolean result = parentPattern.matchRoot.match(this, start, s);
        if (!result) {
            first = -1;
        }
        oldLast = last;
        return result;
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(s, lastAppendPosition, first - lastAppendPosition);
        sb.append((CharSequence) result);
        lastAppendPosition = last;
        return this;
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        if (replacement.indexOf('\\') < 0 && replacement.indexOf('$') < 0) {
            // nothing to expand: skip the intermediate builder (replaceAll's common case)
            sb.append(s, lastAppendPosition, first - lastAppendPosition);
            sb.append(replacement);
        } else {
            StringBuilder result = new StringBuilder();
            appendExpandedReplacement(replacement, result);
            sb.append(s, lastAppendPosition, first - lastAppendPosition);
            sb.append(result);
        }
        lastAppendPosition = last;
        return this;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Expands $n, ${name} and \x in a replacement string (JDK 17's rules and messages). */
    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        int len = replacement.length();
        while (cursor < len) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == len) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                nextChar = replacement.charAt(cursor);
                result.append(nextChar);
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == len) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < len) {
                        nextChar = replacement.charAt(cursor);
                        if (isAsciiAlnum(nextChar)) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (nextChar != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String gname = gsb.toString();
                    if (gname.charAt(0) >= '0' && gname.charAt(0) <= '9') {
                        throw new IllegalArgumentException("capturing group name {" + gname
                                + "} starts with digit character");
                    }
                    refNum = parentPattern.groupNumber(gname);
                    if (refNum < 0) {
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    }
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if (refNum < 0 || refNum > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < len) {
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if (nextDigit < 0 || nextDigit > 9) {
                            break;
                        }
                        int newRefNum = refNum * 10 + nextDigit;
                        if (groupCount() < newRefNum) {
                            break;
                        }
                        refNum = newRefNum;
                        cursor++;
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1) {
                    result.append(s, start(refNum), end(refNum) - start(refNum));
                }
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(s, lastAppendPosition, textLength - lastAppendPosition);
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(s, lastAppendPosition, textLength - lastAppendPosition);
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return input.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return input.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > textLength) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > textLength) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("java.util.regex.Matcher")
                .append("[pattern=").append(pattern())
                .append(" region=")
                .append(regionStart()).append(',').append(regionEnd())
                .append(" lastmatch=");
        if (first >= 0 && group() != null) {
            sb.append(group());
        }
        sb.append(']');
        return sb.toString();
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    /** toMatchResult()'s independent copy of the match state. */
    private static final class SnapshotMatchResult implements MatchResult {
        private final int first;
        private final int last;
        private final int groupCount;
        private final int[] groups;
        private final String text;

        SnapshotMatchResult(int first, int last, int groupCount, int[] groups, String text) {
            this.first = first;
            this.last = last;
            this.groupCount = groupCount;
            this.groups = groups;
            this.text = text;
        }

        private void check(int group) {
            if (first < 0) {
                throw new IllegalStateException("No match found");
            }
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int start() {
            return start(0);
        }

        public int start(int group) {
            check(group);
            return groups[group * 2];
        }

        public int end() {
            return end(0);
        }

        public int end(int group) {
            check(group);
            return groups[group * 2 + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int group) {
            check(group);
            if (groups[group * 2] == -1) {
                return null;
            }
            return text.substring(groups[group * 2], groups[group * 2 + 1]);
        }

        public int groupCount() {
            return groupCount;
        }
    }
}
