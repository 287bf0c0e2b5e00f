// cortado: release 17
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Numeric streams: ranges, primes, statistics, reductions, iterate/generate with limits. */
public class StreamNumbers {
    static boolean isPrime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    public static void main(String[] args) {
        int[] primes = IntStream.range(0, 200).filter(StreamNumbers::isPrime).toArray();
        System.out.println("primes < 200: " + primes.length + " " + Arrays.toString(Arrays.copyOf(primes, 10)));
        IntSummaryStatistics st = IntStream.of(primes).summaryStatistics();
        System.out.println(st);
        System.out.println("min " + st.getMin() + " max " + st.getMax() + " avg " + st.getAverage());
        System.out.println("sum of squares 1..100: " + IntStream.rangeClosed(1, 100).map(i -> i * i).sum());
        System.out.println("20! = " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println("overflowing int sum: " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println("long sum: " + IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum());
        System.out.println(LongStream.range(0, 5).summaryStatistics());
        System.out.println(DoubleStream.of(1.5, 2.25, -0.5, 10).summaryStatistics());
        System.out.println("tenths sum: " + DoubleStream.iterate(0.1, x -> x).limit(10).sum());
        System.out.println("kahan: " + DoubleStream.of(0.1, 0.2, 0.3, 1e17, 1.5, -1e17, 0.7, 1e-3).sum() + " " + DoubleStream.of(1e308, 1e308, -1e308).sum()
                + " " + DoubleStream.of(0.1, 0.2, 0.3, 1e17, 1.5, -1e17, 0.7).summaryStatistics().getSum() + " " + DoubleStream.of(0.1, 0.7, 1e16, 0.3).average().getAsDouble()
                + " " + DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        System.out.println("tenths avg: " + DoubleStream.generate(() -> 0.1).limit(10).average());
        System.out.println("empty avg: " + IntStream.empty().average() + " max: " + IntStream.empty().max());
        System.out.println("fib: " + IntStream.iterate(1, i -> i < 100, i -> i * 2).boxed().collect(Collectors.toList()));
        int[] fib = {0, 1};
        System.out.println("fib: " + IntStream.generate(() -> { int r = fib[0]; fib[0] = fib[1]; fib[1] += r; return r; })
                .limit(15).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
        System.out.println("collatz(27) steps: " + IntStream.iterate(27, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).count());
        System.out.println("takeWhile: " + Arrays.toString(IntStream.of(2, 4, 6, 7, 8, 10).takeWhile(i -> i % 2 == 0).toArray()));
        System.out.println("dropWhile: " + Arrays.toString(IntStream.of(2, 4, 6, 7, 8, 10).dropWhile(i -> i % 2 == 0).toArray()));
        System.out.println("sorted distinct: " + Arrays.toString(IntStream.of(5, 3, 5, 1, 3, 9, -2).distinct().sorted().toArray()));
        System.out.println("skip/limit: " + Arrays.toString(IntStream.range(0, 100).skip(95).limit(10).toArray()));
        OptionalInt firstBig = IntStream.iterate(1, i -> i * 3).filter(i -> i > 1000).findFirst();
        System.out.println("first power of 3 > 1000: " + firstBig.getAsInt());
        System.out.println("reduce max: " + IntStream.of(4, 8, 15, 16, 23, 42).reduce(Integer::max));
        System.out.println("as doubles: " + Arrays.toString(IntStream.range(1, 5).asDoubleStream().map(Math::sqrt).toArray()));
        System.out.println("long to int: " + LongStream.of(1L << 33, 7).mapToInt(l -> (int) l).boxed().collect(Collectors.toList()));
        System.out.println("chars: " + "hello".chars().mapToObj(c -> String.valueOf((char) (c - 32))).collect(Collectors.joining()));
        System.out.println("vowels: " + "the quick brown fox".chars().filter(c -> "aeiou".indexOf(c) >= 0).count());
        System.out.println("anyMatch/allMatch: " + IntStream.range(0, 10).anyMatch(i -> i > 8) + " " + IntStream.range(0, 10).allMatch(i -> i < 9));
        Random r = new Random(42);
        System.out.println("dice: " + Arrays.toString(r.ints(10, 1, 7).toArray()));
        System.out.println("ints: " + new Random(7).ints(3).boxed().collect(Collectors.toList()));
        int[] hist = new int[6];
        new Random(1).ints(600, 0, 6).forEach(i -> hist[i]++);
        System.out.println("histogram: " + Arrays.toString(hist));
        System.out.println("doubles: " + Arrays.stream(new double[] {3.5, 1.25, 2}).map(d -> d * 2).boxed().collect(Collectors.toList()));
        System.out.println("range sum: " + Arrays.stream(new int[] {1, 2, 3, 4, 5, 6}, 1, 4).sum());
        System.out.println("big range count: " + LongStream.rangeClosed(1, 3_000_000_000L).count());
        System.out.println("rangeClosed max: " + IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().collect(Collectors.toList()));
    }
}
