// Lambdas capturing locals, parameters and `this`, with functional interfaces
// of every primitive parameter and return type.
public class LambdaCapture {
    interface IntOp { int apply(int a, int b); }
    interface LongFn { long apply(long x); }
    interface DoubleFn { double apply(double x); }
    interface Pred { boolean test(char c); }
    interface Maker { String make(byte b, short s, float f); }
    interface Action { void run(); }
    interface Gen<T> { T get(); }

    private int counter = 10;
    private final String name;

    LambdaCapture(String name) { this.name = name; }

    Action incrementer(int by) {
        return () -> { counter += by; System.out.println(name + " counter " + counter); };
    }

    Gen<String> describer(String prefix) {
        long stamp = 123456789012L;
        return () -> prefix + ":" + name + ":" + counter + ":" + stamp;
    }

    static IntOp adder(int bias) { return (a, b) -> a + b + bias; }

    public static void main(String[] args) {
        IntOp mul = (a, b) -> a * b;
        System.out.println(mul.apply(6, 7) + " " + adder(100).apply(1, 2));
        long big = 1L << 40;
        LongFn shift = x -> x + big;
        System.out.println(shift.apply(5));
        double scale = 2.5;
        DoubleFn sc = x -> x * scale;
        System.out.println(sc.apply(4.0) + " " + sc.apply(-0.1));
        char wanted = 'q';
        Pred isWanted = c -> c == wanted;
        System.out.println(isWanted.test('q') + " " + isWanted.test('r'));
        Maker m = (b, s, f) -> b + "/" + s + "/" + f;
        System.out.println(m.make((byte) -3, (short) 300, 0.25f));
        LambdaCapture lc = new LambdaCapture("lc");
        Action inc = lc.incrementer(5);
        inc.run();
        inc.run();
        System.out.println(lc.describer("desc").get());
        // Captured variables are copied at creation time.
        Action[] actions = new Action[3];
        for (int i = 0; i < actions.length; i++) {
            int copy = i * i;
            String label = "a" + i;
            actions[i] = () -> System.out.println(label + " sees " + copy);
        }
        for (Action a : actions) a.run();
        // A lambda inside a lambda, capturing both levels.
        int outer = 7;
        Gen<Gen<String>> nested = () -> { int inner = outer * 2; return () -> "nested " + outer + " " + inner; };
        System.out.println(nested.get().get());
        // Recursion through a field.
        System.out.println(fib.apply(20, 0));
        Runnable r = () -> System.out.println("runnable " + args.length);
        r.run();
    }

    static IntOp fib = (n, unused) -> n < 2 ? n : LambdaCapture.fib.apply(n - 1, 0) + LambdaCapture.fib.apply(n - 2, 0);
}
