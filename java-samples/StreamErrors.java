// cortado: release 17
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** toMap with merge functions and map factories, and the errors streams report (caught and printed). */
public class StreamErrors {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  suppressed: " + s);
            }
        }
    }

    public static void main(String[] args) {
        List<String> fruit = List.of("apple", "avocado", "banana", "blueberry", "cherry", "apricot", "date");
        Map<Character, String> joined = fruit.stream()
                .collect(Collectors.toMap(f -> f.charAt(0), Function.identity(), (a, b) -> a + "+" + b));
        System.out.println("merged: " + joined);
        Map<Character, Integer> lengths = fruit.stream()
                .collect(Collectors.toMap(f -> f.charAt(0), String::length, Integer::sum, TreeMap::new));
        System.out.println("lengths: " + lengths);
        Map<String, Integer> ordered = fruit.stream()
                .collect(Collectors.toMap(f -> f.substring(0, 2), String::length, Math::max, LinkedHashMap::new));
        System.out.println("linked: " + ordered);
        Map<Integer, String> byLen = fruit.stream().collect(Collectors.toMap(String::length, f -> f, (a, b) -> a));
        System.out.println("first by length: " + byLen);
        Map<String, Integer> unmod = Stream.of("x", "yy").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        System.out.println("unmodifiable size: " + unmod.size() + " x=" + unmod.get("x"));

        attempt("duplicate key", () -> fruit.stream().collect(Collectors.toMap(f -> f.charAt(0), String::length)));
        attempt("duplicate key (strings)", () -> Stream.of("a:1", "b:2", "a:3")
                .collect(Collectors.toMap(s -> s.split(":")[0], s -> s.split(":")[1])));
        attempt("null value in toMap", () -> Stream.of("a").collect(Collectors.toMap(s -> s, s -> null)));
        attempt("null key in groupingBy", () -> Stream.of("a", "b").collect(Collectors.groupingBy(s -> s.equals("b") ? null : s)));
        attempt("unmodifiable duplicate", () -> Stream.of("a", "a").collect(Collectors.toUnmodifiableMap(s -> s, s -> 1)));

        Stream<String> once = fruit.stream().filter(f -> f.length() > 5);
        System.out.println("first use: " + once.count());
        attempt("reuse after count", () -> once.count());
        Stream<Integer> base = Stream.of(1, 2, 3);
        Stream<Integer> mapped = base.map(i -> i * 2);
        attempt("second map on the same stream", () -> base.map(i -> i + 1));
        System.out.println("mapped: " + mapped.collect(Collectors.toList()));
        IntStream ints = IntStream.range(0, 3);
        ints.sum();
        attempt("IntStream reuse", () -> ints.forEach(System.out::println));

        Stream<String> closing = Stream.of("q").onClose(() -> System.out.println("close handler 1"))
                .onClose(() -> System.out.println("close handler 2"));
        closing.close();
        closing.close();
        attempt("use after close", () -> closing.findAny());
        attempt("failing close handlers", () -> {
            try (Stream<Integer> s = Stream.of(1).onClose(() -> { throw new IllegalStateException("first"); })
                    .onClose(() -> { throw new IllegalArgumentException("second"); })) {
                System.out.println("in try: " + s.count());
            }
        });

        attempt("toList is unmodifiable", () -> Stream.of(1, 2).toList().add(3));
        System.out.println("toList with null: " + Stream.of("a", null).toList());
        attempt("toUnmodifiableList null", () -> Stream.of("a", null).collect(Collectors.toUnmodifiableList()));
        attempt("findFirst of null", () -> Stream.of((String) null).findFirst());
        attempt("get on empty", () -> Stream.empty().findFirst().get());
        attempt("negative limit", () -> Stream.of(1).limit(-1));
        attempt("sorted non-comparable", () -> Stream.of(new Object(), new Object()).sorted().count());
        attempt("array range", () -> Arrays.stream(new int[3], 2, 5));
        attempt("array range reversed", () -> Arrays.stream(new String[3], 2, 1));
        attempt("bad random bounds", () -> new java.util.Random(1).ints(5, 3));
        Stream.Builder<String> builder = Stream.builder();
        builder.add("one");
        builder.build();
        attempt("builder after build", () -> builder.add("two"));
        attempt("getAsInt on empty", () -> IntStream.empty().max().getAsInt());
        System.out.println("optional stream: " + Optional.of("v").stream().collect(Collectors.toList()) + " "
                + Optional.empty().stream().count());
        List<Integer> sink = new ArrayList<>();
        IntStream.rangeClosed(1, 5).boxed().forEachOrdered(sink::add);
        System.out.println("sink " + sink);
        List<Integer> growing = new ArrayList<>(List.of(1, 2, 3));
        attempt("list modified in forEach", () -> growing.stream().forEach(x -> {
            System.out.println("  visiting " + x);
            if (x == 1) {
                growing.add(4);
            }
        }));
        attempt("list modified in anyMatch", () -> growing.stream().anyMatch(x -> {
            System.out.println("  testing " + x);
            return x == 2 && growing.remove(x);
        }));
        attempt("iterator exhausted", () -> {
            var it = Stream.of(1).iterator();
            it.next();
            it.next();
        });
    }
}
