// cortado: release 17
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Evaluation order of stream pipelines: laziness, short-circuiting, barriers, flatMap over nested lists. */
public class StreamLaziness {
    public static void main(String[] args) {
        Stream<String> s = Stream.of("a", "bb", "ccc").peek(x -> System.out.println("peek " + x));
        System.out.println("nothing printed yet");
        System.out.println("result " + s.map(String::length).collect(Collectors.toList()));

        System.out.println("-- filter/map/limit on an infinite stream");
        List<Integer> firstSquares = Stream.iterate(1, i -> i + 1)
                .peek(i -> System.out.println("  gen " + i))
                .filter(i -> i % 3 == 0)
                .map(i -> i * i)
                .limit(3)
                .collect(Collectors.toList());
        System.out.println(firstSquares);

        System.out.println("-- sorted is a barrier");
        Stream.of(5, 2, 8, 1).peek(i -> System.out.println("  before " + i)).sorted()
                .peek(i -> System.out.println("  after " + i)).findFirst().ifPresent(i -> System.out.println("first " + i));

        System.out.println("-- anyMatch stops early");
        boolean any = IntStream.range(0, 1_000_000).peek(i -> { if (i < 5) System.out.println("  saw " + i); }).anyMatch(i -> i == 3);
        System.out.println("any " + any);

        System.out.println("-- count of a sized stream skips peek (JDK 9+)");
        long n = Arrays.asList(1, 2, 3).stream().peek(i -> System.out.println("  counted " + i)).count();
        System.out.println("count " + n);
        long m = Arrays.asList(1, 2, 3).stream().filter(i -> i > 1).peek(i -> System.out.println("  counted " + i)).count();
        System.out.println("count " + m);

        System.out.println("-- flatMap over nested lists");
        List<List<String>> teams = List.of(List.of("ann", "bob"), List.of(), List.of("cid", "dee", "ann"), List.of("eve"));
        System.out.println(teams.stream().flatMap(List::stream).collect(Collectors.toList()));
        System.out.println(teams.stream().flatMap(List::stream).distinct().sorted().collect(Collectors.joining("|")));
        System.out.println(teams.stream().mapToInt(List::size).boxed().collect(Collectors.toList()));
        Stream<String> inner = teams.stream().flatMap(t -> t.stream().onClose(() -> System.out.println("  closed " + t)));
        System.out.println("first two " + inner.limit(2).collect(Collectors.toList()));
        List<int[]> pairs = IntStream.rangeClosed(1, 4).boxed()
                .flatMap(a -> IntStream.rangeClosed(a, 4).filter(b -> (a + b) % 3 == 0).mapToObj(b -> new int[] {a, b}))
                .collect(Collectors.toList());
        pairs.forEach(p -> System.out.print(Arrays.toString(p)));
        System.out.println();
        System.out.println(Stream.of("x,y", "z").<String>mapMulti((str, sink) -> { for (String part : str.split(",")) { sink.accept(part); sink.accept(part.toUpperCase()); } }).collect(Collectors.toList()));

        System.out.println("-- concat, iterator, skip");
        Stream<Integer> both = Stream.concat(Stream.of(1, 2), Stream.of(3, 4).peek(i -> System.out.println("  second " + i)));
        Iterator<Integer> it = both.skip(1).iterator();
        while (it.hasNext()) {
            System.out.println("  next " + it.next());
        }
        List<String> sortedStable = Stream.of("pear", "fig", "apple", "kiwi", "plum", "date")
                .sorted((a, b) -> a.length() - b.length()).collect(Collectors.toCollection(ArrayList::new));
        System.out.println("stable " + sortedStable);
        System.out.println("takeWhile " + Stream.iterate("a", x -> x + "a").takeWhile(x -> x.length() < 4).collect(Collectors.toList()));
        System.out.println("parallel? " + List.of(1, 2).parallelStream().isParallel() + " " + List.of(1).stream().isParallel());
        System.out.println("reduce " + Stream.of("a", "b", "c").reduce("", (acc, x) -> acc + x + x));
        System.out.println("toArray " + Arrays.toString(Stream.of("q", "r").toArray(String[]::new)));
        System.out.println("lines " + "one\ntwo\r\nthree\n".lines().map(String::toUpperCase).collect(Collectors.toList()));
        Stream.Builder<String> b = Stream.builder();
        b.add("x").add("y").accept("z");
        System.out.println("builder " + b.build().collect(Collectors.joining()));
    }
}
