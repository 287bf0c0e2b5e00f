// ArrayAccess: array loads and stores of every element kind the VM
// distinguishes (int, long, double, byte, char, reference), plus a
// two-dimensional int array: a prefix sum, a reversal, a strided walk and
// copies. Measures *aload/*astore with their bounds checks, arraylength,
// aastore's type check, and multi-dimensional indexing.
public class ArrayAccess extends harness.RepeatedBenchmark {
    static final int N = 1024;
    static final long EXPECTED = -7285111920054764820L;

    final int[] ints = new int[N];
    final long[] longs = new long[N];
    final double[] doubles = new double[N];
    final byte[] bytes = new byte[N];
    final char[] chars = new char[N];
    final Object[] objects = new Object[N];
    final String[] strings = new String[N];
    final int[][] grid = new int[32][32];
    final String[] words = {"alpha", "beta", "gamma", "delta"};

    public Object benchmark() {
        long h = 0;
        for (int i = 0; i < ints.length; i++) ints[i] = i * 7 + 3;
        for (int i = 1; i < ints.length; i++) ints[i] += ints[i - 1];          // prefix sum
        for (int i = 0, j = ints.length - 1; i < j; i++, j--) {               // reversal
            int t = ints[i]; ints[i] = ints[j]; ints[j] = t;
        }
        for (int i = 0; i < longs.length; i++) longs[i] = (long) ints[i] * ints[(i * 31) & (N - 1)];
        doubles[0] = longs[0] * 0.5;
        for (int i = 1; i < doubles.length; i++) doubles[i] = longs[i] * 0.5 + doubles[i - 1] * 0.25;
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (ints[i] ^ (ints[i] >>> 8));
        for (int i = 0; i < chars.length; i++) chars[i] = (char) ('a' + (bytes[i] & 15));
        for (int i = 0; i < objects.length; i++) objects[i] = words[i & 3];   // aastore, type-checked
        for (int i = 0; i < strings.length; i++) strings[i] = (String) objects[(i * 5) & (N - 1)];
        for (int stride = 1; stride < N; stride <<= 1) {
            for (int i = 0; i < N; i += stride) h = h * 31 + longs[i] + bytes[i] + chars[i];
        }
        for (int i = 0; i < N; i++) h += (long) doubles[i] + strings[i].length();
        for (int y = 0; y < grid.length; y++) {
            int[] row = grid[y];
            for (int x = 0; x < row.length; x++) row[x] = ints[(y * 32 + x) & (N - 1)] - x;
        }
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) h = h * 17 + grid[y][x];             // column-major walk
        }
        return Long.valueOf(h);
    }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new ArrayAccess(), args, 1, 1); }
}
