import java.util.*;
public class RegexFuzz {
    static Random r;
    static String atom(int d) {
        switch (r.nextInt(d > 2 ? 8 : 14)) {
            case 0: return "a"; case 1: return "b"; case 2: return "."; case 3: return "[ab]"; case 4: return "[^a]";
            case 5: return r.nextBoolean() ? "\\w" : "[a-c&&[^b]]"; case 6: return r.nextBoolean() ? "\\s" : (r.nextBoolean() ? "\\B" : "\\Z"); case 7: return r.nextBoolean() ? "c" : (r.nextBoolean() ? "(?i:a)" : "[^\\sA]");
            case 8: return "(" + expr(d + 1) + ")"; case 9: return "(?:" + expr(d + 1) + ")";
            case 10: return "(?=" + expr(d + 1) + ")"; case 11: return "(?!" + expr(d + 1) + ")";
            case 12: return "(?>" + expr(d + 1) + ")"; default: return "(?<=" + "[ab]" + ")";
        }
    }
    static String quant(String a) {
        switch (r.nextInt(14)) {
            case 0: return a + "*"; case 1: return a + "+"; case 2: return a + "?"; case 3: return a + "*?"; case 4: return a + "+?";
            case 5: return r.nextBoolean() ? a + "{1,2}" : a + "{0,2}?"; case 6: return a + "*+"; case 7: return a + "{2}"; case 8: return a + "??"; case 9: return a + "++";
            default: return a;
        }
    }
    static String seq(int d) { int n = 1 + r.nextInt(3); StringBuilder sb = new StringBuilder(); for (int i = 0; i < n; i++) { String a = atom(d); if (!a.startsWith("(?=") && !a.startsWith("(?!") && !a.startsWith("(?<")) a = quant(a); sb.append(a); } if (r.nextInt(8) == 0) sb.insert(0, '^'); if (r.nextInt(8) == 0) sb.append('$'); if (r.nextInt(10) == 0) sb.append("\\b"); if (r.nextInt(12) == 0) sb.append("\\1"); return sb.toString(); }
    static String expr(int d) { String s = seq(d); while (r.nextInt(4) == 0) s += "|" + seq(d); return s; }
    public static void main(String[] args) {
        r = new Random(Long.parseLong(args[0]));
        int n = Integer.parseInt(args[1]); int bad = 0;
        for (int i = 0; i < n; i++) {
            String re = expr(0);
            int[] fl = {0, 2, 8, 32, 40, 1, 66}; int flags = fl[r.nextInt(fl.length)];
            StringBuilder in = new StringBuilder(); int len = r.nextInt(9); for (int k = 0; k < len; k++) in.append("abc \r\nA\u00e9".charAt(r.nextInt(8)));
            String x = RegexCompare.run(false, re, flags, in.toString()), y = RegexCompare.run(true, re, flags, in.toString());
            if (!x.equals(y)) { bad++; if (bad < 8) System.out.println("DIFF /" + re + "/ f=" + flags + " on '" + in + "'\n  jdk: " + x + "\n  our: " + y); }
        }
        System.out.println(bad + " diffs of " + n);
    }
}
