// BinaryTrees: the Benchmarks Game binary-trees, written from its
// description: allocate a "stretch" tree of depth max+1 and a long-lived tree
// of depth max; then for depths 4, 6, ..., max build 2^(max-d+4) trees of depth
// d bottom-up, walk each counting its nodes, and drop it. Finally walk the
// long-lived tree. Measures allocation of small objects and the collector
// (many short-lived trees while one large tree stays reachable). The inner
// parameter is max (at least 4).
public class BinaryTrees extends harness.Benchmark {
    static final int MIN_DEPTH = 4;

    static final class TreeNode {
        final TreeNode left, right;
        TreeNode(TreeNode left, TreeNode right) { this.left = left; this.right = right; }

        int itemCheck() {
            if (left == null) return 1;
            return 1 + left.itemCheck() + right.itemCheck();
        }
    }

    static TreeNode bottomUpTree(int depth) {
        if (depth > 0) return new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1));
        return new TreeNode(null, null);
    }

    /** Nodes in a complete tree of the given depth, by arithmetic rather than by walking. */
    static long nodesAtDepth(int depth) { return (1L << (depth + 1)) - 1; }

    public boolean innerBenchmarkLoop(int maxDepth) {
        if (maxDepth < MIN_DEPTH) {
            System.out.println("BinaryTrees: depth must be at least " + MIN_DEPTH + ", got " + maxDepth);
            return false;
        }
        if (bottomUpTree(maxDepth + 1).itemCheck() != nodesAtDepth(maxDepth + 1)) return false;
        TreeNode longLived = bottomUpTree(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += bottomUpTree(depth).itemCheck();
            if (check != iterations * nodesAtDepth(depth)) return false;
        }
        return longLived.itemCheck() == nodesAtDepth(maxDepth);
    }

    public static void main(String[] args) { harness.Run.main(new BinaryTrees(), args, 1, 6); }
}
