// VirtualCalls: invokevirtual dispatch. One call site only ever sees one
// receiver class (monomorphic); another sees five classes in rotation
// (megamorphic). Small method bodies, so the call itself dominates.
public class VirtualCalls extends harness.RepeatedBenchmark {
    static final int N = 20000;
    static final long EXPECTED = 273234235903164743L;

    static abstract class Shape {
        int size;
        Shape(int size) { this.size = size; }
        abstract int area();
        int perimeter() { return 4 * size; }
    }

    static final class Square extends Shape {
        Square(int s) { super(s); }
        int area() { return size * size; }
    }

    static final class Rect extends Shape {
        int width;
        Rect(int s, int w) { super(s); width = w; }
        int area() { return size * width; }
        int perimeter() { return 2 * (size + width); }
    }

    static final class Triangle extends Shape {
        Triangle(int s) { super(s); }
        int area() { return (size * size) >> 1; }
        int perimeter() { return 3 * size; }
    }

    static final class Circle extends Shape {
        Circle(int r) { super(r); }
        int area() { return 3 * size * size; }
        int perimeter() { return 6 * size; }
    }

    static class Line extends Shape {
        Line(int s) { super(s); }
        int area() { return 0; }
        int perimeter() { return 2 * size; }
    }

    static int monomorphic(Shape[] shapes) {
        int sum = 0;
        for (int i = 0; i < shapes.length; i++) {
            sum += shapes[i].area();      // always Square
            sum ^= shapes[i].perimeter(); // inherited Shape.perimeter
        }
        return sum;
    }

    static int megamorphic(Shape[] shapes) {
        int sum = 0;
        for (int i = 0; i < shapes.length; i++) {
            sum += shapes[i].area();      // five receiver classes
            sum ^= shapes[i].perimeter(); // four implementations
        }
        return sum;
    }

    final Shape[] mono = new Shape[N];
    final Shape[] mega = new Shape[N];

    VirtualCalls() {
        for (int i = 0; i < N; i++) {
            int s = (i % 97) + 1;
            mono[i] = new Square(s);
            switch (i % 5) {
                case 0: mega[i] = new Square(s); break;
                case 1: mega[i] = new Rect(s, i % 13); break;
                case 2: mega[i] = new Triangle(s); break;
                case 3: mega[i] = new Circle(s); break;
                default: mega[i] = new Line(s); break;
            }
        }
    }

    public Object benchmark() {
        return Long.valueOf(((long) monomorphic(mono) << 32) ^ (megamorphic(mega) & 0xffffffffL));
    }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new VirtualCalls(), args, 1, 1); }
}
