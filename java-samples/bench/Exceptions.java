// Exceptions: throwing and catching in a loop: a new exception thrown three
// frames deep and caught by type (stack-trace capture and unwinding), a
// preallocated exception rethrown from the same frame, and try/finally.
public class Exceptions extends harness.RepeatedBenchmark {
    static final long EXPECTED = 8770250L;

    static final class Oops extends Exception {
        final int code;
        Oops(int code) { super("oops"); this.code = code; }
    }

    static final RuntimeException PREALLOCATED = new IllegalStateException("preallocated");

    static int level3(int i) throws Oops {
        if ((i & 3) != 3) throw new Oops(i);
        return i;
    }

    static int level2(int i) throws Oops {
        return level3(i) + 1;
    }

    static int level1(int i) throws Oops {
        try {
            return level2(i) + 1;
        } finally {
            counter++;
        }
    }

    static int counter;

    static long run() {
        long sum = 0;
        counter = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                sum += level1(i);
            } catch (Oops e) {
                sum += e.code * 3;
            }
            try {
                if ((i & 1) == 0) throw PREALLOCATED;
                sum++;
            } catch (IllegalStateException e) {
                sum += 2;
            }
            try {
                int[] a = new int[2];
                a[i & 3] = 1; // out of bounds for half of the values
                sum += a[0];
            } catch (ArrayIndexOutOfBoundsException e) {
                sum += 5;
            }
        }
        return sum * 7 + counter;
    }

    public Object benchmark() { return Long.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Exceptions(), args, 1, 1); }
}
