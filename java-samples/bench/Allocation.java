// Allocation: many small short-lived objects: binary trees of tiny nodes built
// and walked (after binary-trees), small int arrays, and boxed Longs: the
// allocation fast path and young collections. One unit allocates ~0.8 MB
// (~20k objects), all of it dead by the end of the unit.
public class Allocation extends harness.RepeatedBenchmark {
    static final int DEPTH = 12;
    static final long EXPECTED = 2128618170L;

    static final class Node {
        final Node left;
        final Node right;
        final int value;

        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }

        int check() {
            return left == null ? value : value + left.check() - right.check();
        }
    }

    static Node build(int depth, int value) {
        if (depth == 0) return new Node(null, null, value);
        return new Node(build(depth - 1, 2 * value - 1), build(depth - 1, 2 * value), value);
    }

    static long run() {
        long sum = 0;
        // 2 trees of 2^13-1 nodes
        sum += build(DEPTH, 1).check();
        sum += build(DEPTH, 7).check();
        // 2048 small arrays
        for (int i = 0; i < 2048; i++) {
            int[] a = new int[4];
            a[i & 3] = i;
            sum += a[0] + a[3];
        }
        // 2048 boxed values outside the Long cache
        Long acc = Long.valueOf(0);
        for (int i = 0; i < 2048; i++) {
            acc = Long.valueOf(acc.longValue() + i * 1000L);
        }
        return sum * 31 + acc.longValue();
    }

    public Object benchmark() { return Long.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Allocation(), args, 1, 1); }
}
