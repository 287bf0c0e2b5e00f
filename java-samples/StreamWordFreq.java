import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Word frequencies of standard input with streams: lines(), flatMap, groupingBy + counting. */
public class StreamWordFreq {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<String> words = in.lines()
                .map(String::toLowerCase)
                .flatMap(line -> Arrays.stream(line.split("[^a-z']+")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toList());
        System.out.println("words: " + words.size());

        // HashMap-backed grouping: printed in HashMap's iteration order, as on HotSpot.
        Map<String, Long> counts = words.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println("distinct: " + counts.size());
        System.out.println("hash order: " + counts);

        System.out.println("top 8:");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .forEach(e -> System.out.printf("  %-8s %3d%n", e.getKey(), e.getValue()));

        Map<Integer, List<String>> byLength = words.stream().distinct()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        byLength.forEach((len, ws) -> System.out.println(len + " -> " + ws.stream().sorted().collect(Collectors.joining(",", "[", "]"))));

        Map<Character, Long> initials = words.stream()
                .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println("initials: " + initials);

        String longest = words.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse("?");
        System.out.println("longest: " + longest);
        System.out.println("average length: " + words.stream().mapToInt(String::length).average().getAsDouble());
        System.out.println("letters: " + words.stream().flatMapToInt(String::chars).filter(Character::isLetter).count());
    }
}
