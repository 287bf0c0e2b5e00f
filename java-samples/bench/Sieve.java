// Sieve: the sieve of Eratosthenes (as in Are-We-Fast-Yet). Measures array
// loads/stores with bounds checks, tight loops and int arithmetic.
public class Sieve extends harness.RepeatedBenchmark {
    static final int SIZE = 5000;
    static final int EXPECTED = 669;

    static int sieve(boolean[] flags, int size) {
        int primeCount = 0;
        for (int i = 2; i <= size; i++) {
            if (flags[i - 1]) {
                primeCount++;
                int k = i + i;
                while (k <= size) {
                    flags[k - 1] = false;
                    k += i;
                }
            }
        }
        return primeCount;
    }

    static int run() {
        boolean[] flags = new boolean[SIZE];
        for (int i = 0; i < SIZE; i++) flags[i] = true;
        return sieve(flags, SIZE);
    }

    public Object benchmark() { return Integer.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Sieve(), args, 1, 1); }
}
