import java.util.StringJoiner;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** String's regex and text helpers, StringJoiner, Pattern flags and Matcher state. */
public class StringRegexApi {
    public static void main(String[] args) {
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        System.out.println(sj + " " + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println(sj);
        sj.add("one").add("two").add(null);
        System.out.println(sj + " " + sj.length());
        StringJoiner other = new StringJoiner("-", "[", "]");
        other.add("x").add("y");
        System.out.println(sj.merge(other));
        System.out.println(String.join("|", "a", "b", "c") + " " + String.join("", new String[0]).isEmpty());
        System.out.println("[" + "  pad  ".trim() + "]");
        System.out.println(Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")));
        System.out.println(Pattern.compile("a.c", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).flags());
        System.out.println(Pattern.compile("A.C", Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher("a\nc").matches());
        System.out.println(Pattern.compile("a.c", Pattern.LITERAL).matcher("xa.cx").find());
        System.out.println(Pattern.compile("# comment\n a b c  # more", Pattern.COMMENTS).matcher("abc").matches());
        System.out.println(Pattern.compile("^end$", Pattern.MULTILINE).matcher("start\nend\n").find());
        System.out.println("Straße".matches("(?iu)STRASSE") + " " + "ÄÖÜ".matches("(?iu)äöü") + " " + "ÄÖÜ".matches("(?i)äöü"));
        System.out.println("[a-z&&[^aeiou]]: " + "rhythm".matches("[a-z&&[^aeiou]]+") + " " + "rhyme".matches("[a-z&&[^aeiou]]+"));
        System.out.println("\\p{Lu}\\p{Ll}+: " + "Émile".matches("\\p{Lu}\\p{Ll}+") + " \\w: " + "Émile".matches("\\w+"));
        System.out.println("possessive: " + "aaa".matches("a*+a") + " greedy: " + "aaa".matches("a*a") + " atomic: " + "aaab".matches("(?>a+)b"));
        System.out.println("lookbehind: " + "price $42, cost 17".replaceAll("(?<=\\$)\\d+", "N") + " | " + "a1b2".replaceAll("(?<![a])\\d", "#"));
        Matcher m = Pattern.compile("(\\w)(\\d)?").matcher("a1 b c3");
        while (m.find()) {
            MatchResult r = m.toMatchResult();
            System.out.print(r.group() + ":" + r.group(2) + "@" + r.start(1) + "-" + r.end() + " ");
        }
        System.out.println();
        m.reset("zz9");
        System.out.println(m.find() + " " + m.group() + " " + m.groupCount());
        System.out.println(m.find(0) + " " + m.group() + " lookingAt=" + m.lookingAt() + " matches=" + m.matches());
        Matcher r = Pattern.compile("\\d+").matcher("ab123cd456");
        r.region(2, 6);
        System.out.println(r.find() + " " + r.group() + " " + r.regionStart() + "," + r.regionEnd() + " " + r.find());
        System.out.println(Pattern.compile("x*").split("axbxxc").length + " " + java.util.Arrays.toString(Pattern.compile(",").split("a,b,c", 2)));
        try {
            m.group(5);
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        m.find(0);
        try {
            m.group(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            Pattern.compile("(?<name>a)").matcher("a").group("name");
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        Matcher n = Pattern.compile("(?<name>a)").matcher("a");
        n.matches();
        try {
            n.group("other");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        System.out.println(n.group("name") + n.start("name") + n.end("name"));
        System.out.println("surrogates: " + "a😀b".replaceAll(".", "[$0]") + " " + "😀😀".matches("\\x{1F600}{2}") + " " + "a😀b".split("😀").length);
        System.out.println("line breaks: " + java.util.Arrays.toString("a\r\nb\nc\rd\u2028e".split("\\R")));
        System.out.println("scripts/blocks: " + "日本語 abc привет αβγ".replaceAll("\\p{IsHan}+", "<han>").replaceAll("\\p{InCyrillic}+", "<cyr>")
                .replaceAll("\\p{sc=Greek}+", "<greek>") + " " + "😀".matches("\\p{InEmoticons}") + " " + "é".matches("\\p{InLatin-1Supplement}"));
        System.out.println("\\h\\v: " + "a\tb c\u00a0d".replaceAll("\\h", "_") + " " + "x\ny".replaceAll("\\v", "|"));
    }
}
