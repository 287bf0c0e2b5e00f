// cortado: release 17
import java.util.Arrays;

// Records: the generated toString/equals/hashCode (java.lang.runtime.ObjectMethods),
// compact and custom constructors, static members, nested and generic records.
public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        static Point of(int v) { return new Point(v, v); }
        Point { if (x < -1000) throw new IllegalArgumentException("x too small: " + x); }
        double distance() { return Math.sqrt(x * x + y * y); }
    }

    record Range(long lo, long hi) {
        Range {
            if (lo > hi) { long t = lo; lo = hi; hi = t; }
        }
        Range(long single) { this(single, single); }
    }

    record All(boolean z, byte b, char c, short s, int i, long l, float f, double d, String str, Object o) {}
    record Empty() {}
    record Pair<A, B>(A first, B second) {}
    record WithArray(int[] values) {}
    record Custom(String name) {
        @Override public String toString() { return "Custom<" + name + ">"; }
        @Override public boolean equals(Object o) { return o instanceof Custom c && c.name.equalsIgnoreCase(name); }
        @Override public int hashCode() { return name.toLowerCase().hashCode(); }
    }
    record Tree(String label, Tree left, Tree right) {}
    interface Shape { double area(); }
    record Square(double side) implements Shape { public double area() { return side * side; } }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.distance());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println(p.hashCode() + " " + new Point(3, 4).hashCode() + " " + Point.ORIGIN + " " + Point.of(7));
        try { new Point(-2000, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(new Range(9, 2) + " " + new Range(5) + " " + new Range(1, 2).hashCode());
        All a = new All(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, 6.25, "s", null);
        System.out.println(a);
        System.out.println(a.hashCode() + " " + a.equals(new All(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, 6.25, "s", null)));
        All nan1 = new All(false, (byte) 0, 'a', (short) 0, 0, 0, Float.NaN, Double.NaN, null, p);
        All nan2 = new All(false, (byte) 0, 'a', (short) 0, 0, 0, Float.NaN, Double.NaN, null, new Point(3, 4));
        System.out.println(nan1.equals(nan2) + " " + (nan1.hashCode() == nan2.hashCode()) + " " + nan1.hashCode());
        All zero = new All(false, (byte) 0, 'a', (short) 0, 0, 0, 0.0f, 0.0, null, null);
        All negZero = new All(false, (byte) 0, 'a', (short) 0, 0, 0, -0.0f, -0.0, null, null);
        System.out.println(zero.equals(negZero) + " " + zero.hashCode() + " " + negZero.hashCode());
        System.out.println(new Empty() + " " + new Empty().hashCode() + " " + new Empty().equals(new Empty()));
        Pair<String, Integer> pair = new Pair<>("k", 1);
        System.out.println(pair + " " + pair.equals(new Pair<>("k", 1)) + " " + pair.hashCode());
        System.out.println(new Pair<>(null, null) + " " + new Pair<>(null, null).hashCode());
        int[] arr = {1, 2, 3};
        WithArray wa = new WithArray(arr);
        System.out.println(wa.equals(new WithArray(arr)) + " " + wa.equals(new WithArray(arr.clone())) + " "
                + (wa.hashCode() == new WithArray(arr).hashCode()) + " " + Arrays.toString(wa.values()));
        Custom c = new Custom("Ab");
        System.out.println(c + " " + c.equals(new Custom("aB")) + " " + c.hashCode());
        Tree t = new Tree("root", new Tree("l", null, null), new Tree("r", new Tree("rl", null, null), null));
        System.out.println(t);
        System.out.println(t.hashCode() + " " + t.equals(new Tree("root", new Tree("l", null, null), new Tree("r", new Tree("rl", null, null), null))));
        Shape s = new Square(1.5);
        System.out.println(s + " " + s.area() + " " + (s instanceof Record));
        Record r = p;
        System.out.println(r.toString() + " " + r.getClass().getSuperclass().getName());
    }
}
