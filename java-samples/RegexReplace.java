import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Search and replace with groups: $n, ${name}, escapes, appendReplacement/appendTail. */
public class RegexReplace {
    public static void main(String[] args) {
        System.out.println("2024-05-17".replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3/$2/$1"));
        System.out.println("John Smith, Jane Doe".replaceAll("(?<first>\\w+) (?<last>\\w+)", "${last} ${first}"));
        System.out.println("price: 100 dollars".replaceAll("(\\d+) dollars", "\\$$1.00"));
        System.out.println("a.b.c".replaceAll("\\.", "\\\\"));
        System.out.println("hello world".replaceFirst("o", "0"));
        System.out.println("aaa".replaceAll("a*", "X"));
        System.out.println("abc".replaceAll("", "-"));
        System.out.println("  trim   inner   spaces  ".trim().replaceAll("\\s+", " "));
        System.out.println("camelCaseToSnakeCase".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println("snake_case_to_camel".replaceAll("_(\\w)", "<$1>"));
        System.out.println("x".replaceAll("x", Matcher.quoteReplacement("$1\\")));
        System.out.println("tel: 555 1234".replaceAll("\\d", "#"));
        System.out.println("<b>bold</b> and <i>italic</i>".replaceAll("<(\\w+)>(.*?)</\\1>", "[$1:$2]"));
        System.out.println("<b>bold</b> and <i>italic</i>".replaceAll("<.+>", "*"));
        System.out.println("Mississippi".replaceAll("(?i)S+", "s"));
        System.out.println("1 22 333".replaceAll("\\b(\\d)(\\d*)\\b", "$2$1"));
        System.out.println("group 10: " + "abcdefghijk".replaceAll("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "$10|$11|$12"));

        // upper-casing every word's first letter with appendReplacement
        Matcher m = Pattern.compile("\\b([a-z])([a-z]*)").matcher("the quick brown fox jumps");
        StringBuffer sb = new StringBuffer();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase() + "$2");
        }
        m.appendTail(sb);
        System.out.println(sb);

        // template expansion with a StringBuffer
        String template = "Dear ${name}, your order #${id} ships on ${date}. ${missing}!";
        String[][] vars = {{"name", "Ada"}, {"id", "1042"}, {"date", "Monday"}};
        Matcher t = Pattern.compile("\\$\\{(\\w+)\\}").matcher(template);
        StringBuffer out = new StringBuffer();
        while (t.find()) {
            String value = "?" + t.group(1) + "?";
            for (String[] v : vars) {
                if (v[0].equals(t.group(1))) {
                    value = v[1];
                }
            }
            t.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        t.appendTail(out);
        System.out.println(out);

        // sum every number in a text
        Matcher nums = Pattern.compile("-?\\d+").matcher("3 apples, -2 pears and 40 plums");
        int sum = 0;
        while (nums.find()) {
            sum += Integer.parseInt(nums.group());
        }
        System.out.println("sum = " + sum);

        String[] bad = {"$", "$x", "${}", "${9a}", "${nope}", "\\", "$2"};
        for (String r : bad) {
            try {
                System.out.println("abc".replaceAll("(b)", r));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                System.out.println(r + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            Matcher x = Pattern.compile("a").matcher("b");
            x.group();
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
    }
}
