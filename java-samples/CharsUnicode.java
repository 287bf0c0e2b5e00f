public class CharsUnicode {
    public static void main(String[] args) {
        System.out.println("-- char arithmetic");
        char c = 'a';
        c++;
        c += 2;
        System.out.println(c + " " + (int) c + " " + (char) (c + 1) + " " + (c + 1) + " " + (char) 65 + " " + ('z' - 'a'));
        char max = Character.MAX_VALUE;
        max++;
        System.out.println((int) max);
        char lo = 0;
        lo--;
        System.out.println((int) lo);
        for (char x = 'A'; x <= 'Z'; x += 5) System.out.print(x);
        System.out.println();
        System.out.println("-- classification (ASCII)");
        String sample = "aZ09 _-!\t";
        for (int i = 0; i < sample.length(); i++) {
            char ch = sample.charAt(i);
            System.out.println((int) ch + " digit=" + Character.isDigit(ch) + " letter=" + Character.isLetter(ch) + " upper=" + Character.toUpperCase(ch) + " lower=" + Character.toLowerCase(ch));
        }
        System.out.println(('7' - '0') + " " + (char) ('a' + 11 - 10));
        System.out.println("-- non-ASCII output");
        System.out.println("é");
        System.out.println("π ≈ 3.14159");
        System.out.println("日本語のテキスト");
        System.out.println("Ελληνικά, русский, עברית, العربية");
        System.out.println("€ £ ¥ © ® ™ ° ± × ÷ µ ¶");
        System.out.println("\u00e9\u00e8\u00ea \u03c0 \u65e5\u672c");
        String smiley = "\uD83D\uDE00";  // surrogate pair (U+1F600)
        System.out.println(smiley + " length " + smiley.length() + " " + (int) smiley.charAt(0) + " " + (int) smiley.charAt(1));
        System.out.println("mixed: caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u00fcber stra\u00dfe");
        System.out.println("-- char codes of non-ASCII");
        String u = "é€日π\u0000\u007f\u0080\u07ff\u0800\uffff";
        for (int i = 0; i < u.length(); i++) System.out.print((int) u.charAt(i) + " ");
        System.out.println();
        System.out.println("-- print chars individually");
        for (char ch : "añ日".toCharArray()) {
            System.out.print(ch);
            System.out.print('|');
        }
        System.out.println();
        char[] arr = {'x', 'é', '日'};
        System.out.println(arr);
        System.out.println(String.valueOf(arr) + " " + arr.length);
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x3b1; cp <= 0x3c9; cp++) sb.append((char) cp);
        System.out.println(sb);
        System.out.println("-- hashing and comparing unicode");
        System.out.println("é".hashCode() + " " + "日本".hashCode() + " " + "é".compareTo("e") + " " + "日".compareTo("本") + " " + "ÉTÉ".equals("été"));
        System.out.println("-- caesar cipher on ASCII");
        String plain = "The Quick Brown Fox, 2024!";
        StringBuilder enc = new StringBuilder();
        for (char ch : plain.toCharArray()) {
            if (ch >= 'a' && ch <= 'z') enc.append((char) ('a' + (ch - 'a' + 13) % 26));
            else if (ch >= 'A' && ch <= 'Z') enc.append((char) ('A' + (ch - 'A' + 13) % 26));
            else enc.append(ch);
        }
        System.out.println(enc);
        System.out.println("-- char in switch and as array index");
        int[] counts = new int[128];
        for (char ch : "hello world".toCharArray()) counts[ch]++;
        System.out.println(counts['l'] + " " + counts['o'] + " " + counts[' ']);
        System.err.println("stderr is not compared: \u00e9");
    }
}
