// Allocation-heavy (run at -Xmx16m, GcBinaryTrees.jvmflags): the binary-trees
// benchmark's shape. A long-lived tree survives the whole run (it is promoted
// and stays in the old generation) while many short-lived trees are built,
// checked and dropped. Each node carries a payload array, so the program
// allocates several times the heap in total with a modest number of objects.
public class GcBinaryTrees {
    static final class Node {
        final Node left, right;
        final int[] payload;

        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.payload = new int[1000];
            for (int i = 0; i < payload.length; i++) payload[i] = value + i;
        }

        int check() {
            int sum = payload[0] + payload[payload.length - 1] - 2 * payload[0] - (payload.length - 1);
            return 1 + sum + (left == null ? 0 : left.check()) + (right == null ? 0 : right.check());
        }
    }

    static Node bottomUp(int depth, int value) {
        if (depth == 0) return new Node(null, null, value);
        return new Node(bottomUp(depth - 1, 2 * value), bottomUp(depth - 1, 2 * value + 1), value);
    }

    public static void main(String[] args) {
        int maxDepth = 8;
        Node longLived = bottomUp(maxDepth, 1);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 2);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += bottomUp(depth, i).check();
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
        Runtime rt = Runtime.getRuntime();
        System.out.println("max heap within -Xmx16m: " + (rt.maxMemory() <= 16L << 20));
        System.out.println("used <= total <= max: "
                + (rt.totalMemory() - rt.freeMemory() <= rt.totalMemory() && rt.totalMemory() <= rt.maxMemory()));
    }
}
