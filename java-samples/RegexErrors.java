import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Bad regular expressions and bad format strings: the exceptions and HotSpot's exact messages. */
public class RegexErrors {
    public static void main(String[] args) {
        String[] bad = {"(abc", "abc)", "*abc", "a**", "[a-z", "x{2,1}", "a{x}", "{1}", "\\", "\\y", "[z-a]",
            "(?<1st>x)", "(?<n>a)(?<n>b)", "\\k<nope>", "\\p{Nope}", "(?q)", "\\x{110000}", "\\uXYZ1", "a|+",
            "(?<=a(b|cd)*)x", "[[a]&&]", "\\0", "(?"};
        for (String re : bad) {
            try {
                Pattern.compile(re);
                System.out.println(re + " compiled?!");
            } catch (PatternSyntaxException e) {
                System.out.println("--- " + re);
                System.out.println(e.getMessage());
                System.out.println("desc=" + e.getDescription() + " index=" + e.getIndex() + " pattern=" + e.getPattern());
            }
        }
        try {
            "abc".split("(");
        } catch (PatternSyntaxException e) {
            System.out.println(e);
        }
        try {
            Pattern.compile("a", 0x10000);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        String[] fmts = {"%d", "%s %s", "%q", "%", "%.2d", "%-d", "%+s", "%#b", "%,e", "%c", "%5n", "%--5d", "%0$d", "%3$s"};
        Object[][] fmtArgs = {{"text"}, {"one"}, {1}, {1}, {1}, {1}, {"s"}, {true}, {1.0}, {"str"}, {}, {1}, {1}, {"a"}};
        for (int i = 0; i < fmts.length; i++) {
            try {
                System.out.println(String.format(fmts[i], fmtArgs[i]));
            } catch (IllegalArgumentException e) {
                System.out.println(fmts[i] + " -> " + e);
            }
        }
        try {
            System.out.printf("partial %d then %d%n", 1);
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println();
            System.out.println("caught " + e.getMessage() + " spec=" + e.getFormatSpecifier());
        }
    }
}
