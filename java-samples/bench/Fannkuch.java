// Fannkuch: the Benchmarks Game fannkuch-redux, written from its description:
// for every permutation of 1..n (generated in a fixed order with a counter
// array), count the "pancake flips" (reverse the first k elements, k the first
// element) until 1 comes first; report the maximum and a checksum (flip counts
// added for even-indexed permutations, subtracted for odd). Measures int-array
// loads/stores and short loops. The inner parameter is n (3..10).
public class Fannkuch extends harness.Benchmark {
    // checksum, maximum flips for n = 3..10 (7, 8 and 10 as published with the benchmark)
    static final int[][] EXPECTED = {
        {2, 2}, {4, 4}, {11, 7}, {49, 10}, {228, 16}, {1616, 22}, {8629, 30}, {73196, 38},
    };

    /** Returns {checksum, maxFlips}. */
    static int[] fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permIndex = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0) {
                for (int i = 0, j = k; i < j; i++, j--) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += (permIndex & 1) == 0 ? flips : -flips;
            // next permutation: rotate the first r+1 elements until a counter is not exhausted
            while (true) {
                if (r == n) return new int[] {checksum, maxFlips};
                int first = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = first;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
            permIndex++;
        }
    }

    public boolean innerBenchmarkLoop(int n) {
        if (n < 3 || n > 10) {
            System.out.println("Fannkuch: n must be 3..10, got " + n);
            return false;
        }
        int[] result = fannkuch(n);
        return result[0] == EXPECTED[n - 3][0] && result[1] == EXPECTED[n - 3][1];
    }

    public static void main(String[] args) { harness.Run.main(new Fannkuch(), args, 1, 5); }
}
