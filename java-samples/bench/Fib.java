// Fib: recursive calls. Measures static method invocation and return, int
// arithmetic and conditional branches in a deeply recursive call tree.
public class Fib extends harness.RepeatedBenchmark {
    static final int N = 25;
    static final int EXPECTED = 75025;

    static int fib(int n) {
        if (n < 2) return n;
        return fib(n - 1) + fib(n - 2);
    }

    public Object benchmark() { return Integer.valueOf(fib(N)); }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Fib(), args, 1, 1); }
}
