// Fib: recursive calls. Measures static method invocation and return, int
// arithmetic and conditional branches in a deeply recursive call tree.
public class Fib {
    static final int N = 25;
    static final int EXPECTED = 75025;

    static int fib(int n) {
        if (n < 2) return n;
        return fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            result = fib(N);
            if (result != EXPECTED) {
                System.out.println("Fib: wrong result " + result + ", expected " + EXPECTED);
                System.exit(1);
            }
        }
        System.out.println(result);
    }
}
