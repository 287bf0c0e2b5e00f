// Parser test input: Java 17 features (records, sealed types, nests,
// private interface methods, string concatenation by invokedynamic).
package sample;

import java.util.List;

public class Modern {
    public record Point(int x, int y) implements Comparable<Point> {
        public Point { if (x < 0) throw new IllegalArgumentException(); }
        public int compareTo(Point o) { return Integer.compare(x * x + y * y, o.x * o.x + o.y * o.y); }
    }
    public record Named<T>(String name, List<T> values, long stamp, double weight) {}

    public sealed interface Expr permits Num, Add, Neg {}
    public record Num(int value) implements Expr {}
    public record Add(Expr left, Expr right) implements Expr {}
    public static final class Neg implements Expr { final Expr inner; Neg(Expr e) { inner = e; } }

    public sealed static abstract class Animal permits Dog, Cat {}
    public static final class Dog extends Animal {}
    public static non-sealed class Cat extends Animal {}

    interface Helper {
        private int secret() { return 7; }
        default int reveal() { return secret() * 6; }
    }

    public static int eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left()) + eval(a.right());
        if (e instanceof Neg n) return -eval(n.inner);
        throw new IllegalStateException();
    }

    public static String describe(Object o, int k) {
        String kind = switch (k) { case 0 -> "zero"; case 1, 2 -> "small"; default -> "big"; };
        String text = """
            text block
            """;
        return "value " + o + " is " + kind + text + k;
    }
}
