import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** java.util.function composition with anonymous classes, used by the collection default methods. */
public class FunctionalInterfaces {
    public static void main(String[] args) {
        Function<Integer, Integer> plusOne = new Function<Integer, Integer>() {
            public Integer apply(Integer x) {
                return x + 1;
            }
        };
        Function<Integer, Integer> square = new Function<Integer, Integer>() {
            public Integer apply(Integer x) {
                return x * x;
            }
        };
        System.out.println(plusOne.andThen(square).apply(4) + " " + plusOne.compose(square).apply(4) + " "
                + Function.<String>identity().apply("same"));

        Predicate<String> isLong = new Predicate<String>() {
            public boolean test(String s) {
                return s.length() > 4;
            }
        };
        Predicate<String> startsWithA = new Predicate<String>() {
            public boolean test(String s) {
                return s.startsWith("a");
            }
        };
        List<String> words = new ArrayList<String>(Arrays.asList("apple", "ant", "banana", "avocado", "fig", "cherry"));
        for (String w : words) {
            System.out.print(w + ":" + isLong.and(startsWithA).test(w) + isLong.or(startsWithA).test(w)
                    + isLong.negate().test(w) + Predicate.isEqual("fig").test(w) + " ");
        }
        System.out.println();
        words.removeIf(isLong.negate());
        System.out.println(words);
        words.replaceAll(new UnaryOperator<String>() {
            public String apply(String s) {
                return s.toUpperCase();
            }
        });
        final StringBuilder seen = new StringBuilder();
        Consumer<String> collect = new Consumer<String>() {
            public void accept(String s) {
                seen.append(s.charAt(0));
            }
        };
        words.forEach(collect.andThen(new Consumer<String>() {
            public void accept(String s) {
                seen.append(s.length());
            }
        }));
        System.out.println(words + " " + seen);

        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(new java.util.function.ToIntFunction<String>() {
            public int applyAsInt(String s) {
                return s.length();
            }
        }));
        BinaryOperator<Integer> larger = BinaryOperator.maxBy(Comparator.<Integer>naturalOrder());
        System.out.println(shorter.apply("kiwi", "plum") + " " + shorter.apply("melon", "fig") + " " + larger.apply(3, 9));

        BiFunction<Integer, Integer, Integer> add = new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) {
                return a + b;
            }
        };
        System.out.println(add.andThen(square).apply(2, 3));

        Map<String, Integer> stock = new HashMap<String, Integer>();
        stock.put("apple", 5);
        stock.put("pear", 0);
        stock.merge("apple", 3, add);
        stock.merge("plum", 7, add);
        stock.computeIfAbsent("fig", new Function<String, Integer>() {
            public Integer apply(String k) {
                return k.length();
            }
        });
        stock.computeIfPresent("pear", new BiFunction<String, Integer, Integer>() {
            public Integer apply(String k, Integer v) {
                return v == 0 ? null : v;
            }
        });
        stock.compute("apple", new BiFunction<String, Integer, Integer>() {
            public Integer apply(String k, Integer v) {
                return v * 10;
            }
        });
        stock.replaceAll(new BiFunction<String, Integer, Integer>() {
            public Integer apply(String k, Integer v) {
                return v + k.length();
            }
        });
        final StringBuilder report = new StringBuilder();
        stock.forEach(new BiConsumer<String, Integer>() {
            public void accept(String k, Integer v) {
                report.append(k).append('=').append(v).append(';');
            }
        });
        System.out.println(stock + " " + report + " " + stock.getOrDefault("pear", -1) + " " + stock.putIfAbsent("fig", 99));

        IntUnaryOperator twice = new IntUnaryOperator() {
            public int applyAsInt(int x) {
                return 2 * x;
            }
        };
        IntPredicate even = new IntPredicate() {
            public boolean test(int x) {
                return x % 2 == 0;
            }
        };
        IntBinaryOperator mul = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return a * b;
            }
        };
        int acc = 1;
        for (int i = 1; i <= 6; i++) {
            if (even.negate().or(new IntPredicate() {
                public boolean test(int x) {
                    return x == 6;
                }
            }).test(i)) {
                acc = mul.applyAsInt(acc, twice.andThen(IntUnaryOperator.identity()).applyAsInt(i));
            }
        }
        System.out.println(acc);

        Supplier<List<String>> fresh = new Supplier<List<String>>() {
            public List<String> get() {
                return new ArrayList<String>(Arrays.asList("s"));
            }
        };
        System.out.println(fresh.get() + " " + (fresh.get() != fresh.get()));
        Optional<String> maybe = Optional.of("value");
        System.out.println(maybe.map(new Function<String, Integer>() {
            public Integer apply(String s) {
                return s.length();
            }
        }) + " " + maybe.filter(isLong.negate()) + " " + Optional.ofNullable((String) null).orElse("fallback") + " "
                + maybe.isPresent() + " " + Optional.empty().equals(Optional.ofNullable(null)));
    }
}
