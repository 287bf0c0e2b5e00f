import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regexes over long inputs: simple loops must not recurse per character. */
public class RegexLongInput {
    static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30000; i++) {
            sb.append((i % 3 == 0) ? 'b' : 'a');
        }
        String s = sb.toString();
        // HotSpot recurses per iteration of a group loop (and overflows near 3000 iterations of (a|bc)*),
        // so group loops get a shorter input here; single-char loops take the long one
        String shortS = s.substring(0, 800);
        System.out.println("(a|b)*: " + shortS.matches("(a|b)*") + " (a|bc)*: " + shortS.matches("(a|bc)*")
                + " (\\w\\w?)*: " + shortS.matches("(\\w\\w?)*"));
        System.out.println("[ab]*: " + s.matches("[ab]*") + " [ab]++: " + s.matches("[ab]++"));
        Matcher m = Pattern.compile("(a|b)*").matcher(shortS);
        System.out.println(m.matches() + " last group " + m.group(1) + " at " + m.start(1));
        System.out.println("(?:a|b)+c: " + shortS.matches("(?:a|b)+c"));
        System.out.println(".*: " + s.matches(".*") + " .*b$ " + Pattern.compile(".*b$").matcher(s + "b").matches());
        System.out.println("[ab]*?x: " + s.matches("[ab]*?x"));
        // a group with one way to match (JDK's GroupCurly) repeats iteratively on both VMs
        String pairs = repeat("ab", 20000);
        Matcher pm = Pattern.compile("(ab)*").matcher(pairs);
        System.out.println("(ab)*: " + pm.matches() + " " + pm.start(1) + " (\\w{2})+: " + pairs.matches("(\\w{2})+")
                + " (?:a\\w)*?$: " + Pattern.compile("(?:a\\w)*?$").matcher(pairs).lookingAt());
        System.out.println("\\w+ count: " + Pattern.compile("\\w+").matcher(s).find());
        String words = repeat("lorem ipsum dolor sit amet ", 200);
        System.out.println("split: " + words.split("\\s+").length + " " + words.split(" ").length);
        int count = 0;
        Matcher w = Pattern.compile("\\b\\w{5}\\b").matcher(words);
        while (w.find()) {
            count++;
        }
        System.out.println("five-letter words: " + count);
        System.out.println("replaceAll: " + words.replaceAll("o", "0").length() + " " + words.replaceAll("\\s+", "").length());
        String csv = repeat("1,2,3,4,5,6,7,8,9,10\n", 100);
        long sum = 0;
        for (String line : csv.split("\n")) {
            for (String f : line.split(",")) {
                sum += Integer.parseInt(f);
            }
        }
        System.out.println("csv sum: " + sum);
    }
}
