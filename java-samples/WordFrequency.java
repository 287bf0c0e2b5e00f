import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts words in a text with a HashMap, then reports them sorted by count and alphabetically. */
public class WordFrequency {
    static final String TEXT =
            "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
            + "it was the winter of despair, we had everything before us, we had nothing before us, "
            + "we were all going direct to Heaven, we were all going direct the other way";

    static List<String> tokenize(String text) {
        List<String> words = new ArrayList<String>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                current.append(Character.toLowerCase(c));
            } else if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    public static void main(String[] args) {
        List<String> words = tokenize(TEXT);
        System.out.println(words.size() + " words");

        Map<String, Integer> counts = new HashMap<String, Integer>();
        for (String w : words) {
            Integer c = counts.get(w);
            counts.put(w, c == null ? 1 : c + 1);
        }
        System.out.println("hash order: " + counts);
        System.out.println("distinct: " + counts.size());

        TreeMap<String, Integer> sorted = new TreeMap<String, Integer>(counts);
        System.out.println("sorted: " + sorted);
        System.out.println("first=" + sorted.firstKey() + " last=" + sorted.lastKey()
                + " between d and h: " + sorted.subMap("d", "h"));

        List<Map.Entry<String, Integer>> entries = new ArrayList<Map.Entry<String, Integer>>(counts.entrySet());
        Collections.sort(entries, new Comparator<Map.Entry<String, Integer>>() {
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                int byCount = b.getValue().compareTo(a.getValue());
                return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
            }
        });
        System.out.println("top 5:");
        for (int i = 0; i < 5; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.println("  " + e.getKey() + " " + e.getValue());
        }

        // Group words by length, each group sorted.
        Map<Integer, List<String>> byLength = new TreeMap<Integer, List<String>>();
        for (String w : sorted.keySet()) {
            List<String> group = byLength.get(w.length());
            if (group == null) {
                group = new ArrayList<String>();
                byLength.put(w.length(), group);
            }
            group.add(w);
        }
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            System.out.println(e.getKey() + ": " + e.getValue());
        }

        // Letter histogram with merge (a Java 8 default method HashMap overrides).
        Map<Character, Integer> letters = new HashMap<Character, Integer>();
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                letters.merge(w.charAt(i), 1, new java.util.function.BiFunction<Integer, Integer, Integer>() {
                    public Integer apply(Integer a, Integer b) {
                        return a + b;
                    }
                });
            }
        }
        System.out.println(letters);
    }
}
