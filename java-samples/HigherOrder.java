import java.util.function.Consumer;
import java.util.function.Supplier;

// Functions as values: currying, composition, lambdas returning lambdas,
// generic functional interfaces with default methods, Supplier and Consumer.
public class HigherOrder {
    interface Fn<A, R> {
        R apply(A a);
        default <V> Fn<A, V> andThen(Fn<? super R, ? extends V> after) { return a -> after.apply(apply(a)); }
        default <V> Fn<V, R> compose(Fn<? super V, ? extends A> before) { return v -> apply(before.apply(v)); }
        static <T> Fn<T, T> identity() { return t -> t; }
    }
    interface IntBin { int apply(int a, int b); }
    interface Curried { Fn<Integer, Integer> apply(int a); }

    static <T> void repeat(int n, Consumer<T> c, Supplier<T> s) { for (int i = 0; i < n; i++) c.accept(s.get()); }

    static int fold(int[] xs, int init, IntBin op) {
        int acc = init;
        for (int x : xs) acc = op.apply(acc, x);
        return acc;
    }

    static <A, R> R[] map(A[] in, Fn<A, R> f, R[] out) {
        for (int i = 0; i < in.length; i++) out[i] = f.apply(in[i]);
        return out;
    }

    public static void main(String[] args) {
        Fn<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Fn.<String>identity().apply("id"));
        Curried add = a -> b -> a + b;
        System.out.println(add.apply(3).apply(4));
        int[] xs = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println(fold(xs, 0, Integer::sum) + " " + fold(xs, Integer.MIN_VALUE, Math::max) + " " + fold(xs, 1, (a, b) -> a * b));
        String[] words = {"alpha", "beta", "gamma"};
        Integer[] lengths = map(words, String::length, new Integer[3]);
        String[] shouted = map(words, w -> w.toUpperCase() + "!", new String[3]);
        System.out.println(java.util.Arrays.toString(lengths) + " " + java.util.Arrays.toString(shouted));
        int[] counter = {0};
        repeat(3, s -> System.out.println("got " + s), () -> "item" + counter[0]++);
        Supplier<Supplier<String>> ss = () -> () -> "deep";
        System.out.println(ss.get().get());
        Fn<Integer, Fn<Integer, Fn<Integer, Integer>>> three = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println(three.apply(1).apply(2).apply(3));
        Fn<Integer, Integer> chain = Fn.identity();
        for (int i = 0; i < 10; i++) { int k = i; chain = chain.andThen(x -> x + k); }
        System.out.println(chain.apply(0));
        Consumer<String> a = s -> System.out.print("a:" + s + " ");
        Consumer<String> b = s -> System.out.println("b:" + s);
        Consumer<String> ab = s -> { a.accept(s); b.accept(s); };
        ab.accept("both");
    }
}
