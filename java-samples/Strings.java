public class Strings {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(0) + " " + s.charAt(11) + " " + s.isEmpty() + " " + "".isEmpty());
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf("World") + " " + s.indexOf("xyz") + " " + s.indexOf("") + " " + s.indexOf("l", 4));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(5, 5) + "|" + s.substring(12) + "|");
        System.out.println(s.toUpperCase() + " " + s.toLowerCase() + " " + "MiXeD 123".toLowerCase());
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.endsWith("") + " " + s.contains(", ") + " " + s.contains("world"));
        System.out.println(s.replace('l', 'L') + " " + s.replace('x', 'y') + " " + "aaa".replace('a', 'b'));
        System.out.println("[" + "  padded \t\n".trim() + "] [" + "   ".trim() + "] [" + "x".trim() + "]");
        System.out.println(s.concat("!") + " " + "".concat("") + " " + s.equals("Hello, World") + " " + s.equalsIgnoreCase("HELLO, world") + " " + s.equals(null));
        System.out.println("-- compareTo");
        String[] cmp = {"apple", "apricot", "Apple", "app", "banana", "", "apple"};
        for (String x : cmp) {
            StringBuilder sb = new StringBuilder(x + ":");
            for (String y : cmp) sb.append(' ').append(x.compareTo(y));
            System.out.println(sb);
        }
        System.out.println("-- hashCode");
        String[] hs = {"", "a", "ab", "hello world", "The quick brown fox jumps over the lazy dog", "\u00e9\u00e8", "\u65e5\u672c\u8a9e"};
        for (String x : hs) System.out.println(x.hashCode());
        System.out.println("-- valueOf and conversions");
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.5f) + String.valueOf(4.25) + String.valueOf('c') + String.valueOf(true) + String.valueOf((Object) null) + String.valueOf(new char[]{'x', 'y'}));
        char[] chars = s.toCharArray();
        chars[0] = 'J';
        System.out.println(String.valueOf(chars) + " " + s + " " + chars.length);
        System.out.println("-- concatenation of all types");
        byte by = -1; short sh = 300; char ch = 'q'; int in = -7; long lo = 1L << 33; float fl = 0.1f; double db = 1e-7; boolean bo = false; Object ob = null; int[] nul = null;
        System.out.println("v:" + by + sh + ch + in + lo + fl + db + bo + ob + nul);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + (char) ('e' + 1));
        String acc = "";
        for (int i = 0; i < 10; i++) acc += i;
        System.out.println(acc);
        acc += null;
        acc += 'x';
        acc += 1.0;
        System.out.println(acc);
        System.out.println("-- splitting by hand");
        String csv = "alpha,beta,,gamma,";
        int start = 0;
        int field = 0;
        while (true) {
            int comma = csv.indexOf(',', start);
            String part = comma < 0 ? csv.substring(start) : csv.substring(start, comma);
            System.out.println("field " + field++ + " = [" + part + "]");
            if (comma < 0) break;
            start = comma + 1;
        }
        System.out.println("-- palindromes and counting");
        String[] words = {"racecar", "level", "java", "a", "", "Noon"};
        for (String w : words) {
            boolean pal = true;
            String lw = w.toLowerCase();
            for (int i = 0, j = lw.length() - 1; i < j; i++, j--) if (lw.charAt(i) != lw.charAt(j)) { pal = false; break; }
            System.out.println("'" + w + "' palindrome=" + pal);
        }
        String text = "the rain in spain stays mainly in the plain";
        int count = 0, idx = 0;
        while ((idx = text.indexOf("ain", idx)) >= 0) { count++; idx += 3; }
        System.out.println("ain occurs " + count + " times");
        int[] freq = new int[26];
        for (char c : text.toCharArray()) if (c >= 'a' && c <= 'z') freq[c - 'a']++;
        StringBuilder fs = new StringBuilder();
        for (int i = 0; i < 26; i++) if (freq[i] > 0) fs.append((char) ('a' + i)).append(freq[i]);
        System.out.println(fs);
        System.out.println("-- exceptions");
        try { s.charAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { s.substring(13); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { s.substring(3, 2); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        String nulls = null;
        try { nulls.length(); } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
        try { s.concat(nulls); } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
    }
}
