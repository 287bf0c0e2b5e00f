import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small lexer driven by one alternation regex with lookingAt() and region(), then an evaluator. */
public class RegexTokenizer {
    static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<num>\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(?<id>[A-Za-z_]\\w*)|(?<op>\\*\\*|[-+*/%()=,])|(?<str>\"(?:[^\"\\\\]|\\\\.)*\"))");

    static String[] kinds = {"num", "id", "op", "str"};

    static void lex(String src) {
        Matcher m = TOKEN.matcher(src);
        int pos = 0;
        StringBuilder out = new StringBuilder();
        while (pos < src.length()) {
            m.region(pos, src.length());
            if (!m.lookingAt()) {
                if (src.substring(pos).trim().isEmpty()) {
                    break;
                }
                out.append(" <error at ").append(pos).append(": '").append(src.charAt(pos)).append("'>");
                break;
            }
            for (String k : kinds) {
                if (m.group(k) != null) {
                    out.append(' ').append(k).append('(').append(m.group(k)).append(')');
                }
            }
            pos = m.end();
        }
        System.out.println(src + " =>" + out);
    }

    // recursive-descent evaluation over the token stream
    static String[] toks;
    static int at;

    static double expr() {
        double v = term();
        while (at < toks.length && (toks[at].equals("+") || toks[at].equals("-"))) {
            String op = toks[at++];
            double r = term();
            v = op.equals("+") ? v + r : v - r;
        }
        return v;
    }

    static double term() {
        double v = factor();
        while (at < toks.length && (toks[at].equals("*") || toks[at].equals("/") || toks[at].equals("%"))) {
            String op = toks[at++];
            double r = factor();
            v = op.equals("*") ? v * r : op.equals("/") ? v / r : v % r;
        }
        return v;
    }

    static double factor() {
        double base = unary();
        if (at < toks.length && toks[at].equals("**")) {
            at++;
            return Math.pow(base, factor());
        }
        return base;
    }

    static double unary() {
        String t = toks[at++];
        if (t.equals("-")) {
            return -unary();
        }
        if (t.equals("(")) {
            double v = expr();
            at++;
            return v;
        }
        return Double.parseDouble(t);
    }

    static double eval(String src) {
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?|\\*\\*|[-+*/%()]").matcher(src);
        String[] list = new String[src.length()];
        int n = 0;
        while (m.find()) {
            list[n++] = m.group();
        }
        toks = new String[n];
        System.arraycopy(list, 0, toks, 0, n);
        at = 0;
        return expr();
    }

    public static void main(String[] args) {
        lex("x = 3.5e2 + foo_bar*(y - 42)");
        lex("print(\"hi \\\"there\\\"\", 2 ** 10)");
        lex("a % b # oops");
        lex("   ");
        String[] exprs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 / 4 - 0.5", "-(3 - 10) % 4", "1.5 * (2 + (3 - 1) * 4)"};
        for (String e : exprs) {
            System.out.println(e + " = " + eval(e));
        }
        // \G chains matches exactly one after another
        Matcher g = Pattern.compile("\\G(\\w)(\\d)").matcher("a1b2c3 d4");
        while (g.find()) {
            System.out.print(g.group(1) + "=" + g.group(2) + " ");
        }
        System.out.println();
        System.out.println("hitEnd on partial: " + hitEnd("abc", "abcd") + " " + hitEnd("abc", "xyz") + " " + hitEnd("a+", "aaa"));
    }

    static boolean hitEnd(String input, String regex) {
        Matcher m = Pattern.compile(regex).matcher(input);
        m.matches();
        return m.hitEnd();
    }
}
