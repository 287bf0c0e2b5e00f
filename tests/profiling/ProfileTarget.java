// The -Xprof tests' program (tests/profiling/profiling-test.sh): methods with
// invocation and back-edge counts known in advance, and one hot loop long
// enough (args[0] rounds of 100000 iterations) to be sampled in both tiers.
public class ProfileTarget {
    static int calledSeven(int x) { return x + 1; }

    // 1000 iterations: 1000 back-edges (the loop's test is at its bottom, javac's layout).
    static int loopThousand() {
        int s = 0;
        for (int i = 0; i < 1000; i++) s += i;
        return s;
    }

    static long hot(int n) {
        long h = 17;
        for (int i = 0; i < n; i++) h = h * 31 + (i ^ (h >>> 7));
        return h;
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 7; i++) s = calledSeven(s);
        int t = loopThousand();
        long h = 0;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        for (int i = 0; i < rounds; i++) h += hot(100_000);
        System.out.println(s + " " + t + " " + h);
    }
}
