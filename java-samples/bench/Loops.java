// Loops: nested counted loops doing int and long arithmetic (add, mul, xor,
// shifts, division/remainder by non-constants) on local variables only: the
// raw cost of local loads/stores, arithmetic bytecodes and backward branches.
public class Loops extends harness.RepeatedBenchmark {
    static final int N = 300;

    static long run() {
        int acc = 1;
        long lacc = 7;
        for (int i = 1; i <= N; i++) {
            for (int j = 1; j <= N; j++) {
                int t = i * j + (acc >>> 3);
                acc = (acc ^ t) + (t << 1) - j;
                lacc += (long) t * i + (lacc >> 7);
                if ((j & 7) == 0) {
                    lacc ^= lacc / (i + j);
                    acc += acc % j;
                }
            }
            lacc -= acc;
        }
        return lacc ^ ((long) acc << 32);
    }

    public Object benchmark() { return Long.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Loops(), args, 1, 1); }

    static final long EXPECTED = 6562751664298807543L;
}
