// Storage: the Are-We-Fast-Yet Storage benchmark, written from its
// description: build a tree of depth 7 whose inner nodes are Object[4] arrays
// and whose leaves are arrays of random length 1..10 (the suite's own random
// generator). Measures array allocation and the GC's handling of many small
// arrays.
import harness.Random;

public class Storage extends harness.RepeatedBenchmark {
    static final int EXPECTED = 5461;

    private int count;

    private Object buildTreeDepth(int depth, Random random) {
        count++;
        if (depth == 1) {
            return new Object[random.next() % 10 + 1];
        }
        Object[] node = new Object[4];
        for (int i = 0; i < 4; i++) node[i] = buildTreeDepth(depth - 1, random);
        return node;
    }

    public Object benchmark() {
        Random random = new Random();
        count = 0;
        buildTreeDepth(7, random);
        return Integer.valueOf(count);
    }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Storage(), args, 1, 1); }
}
