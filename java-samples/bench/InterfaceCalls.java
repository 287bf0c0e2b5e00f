// InterfaceCalls: invokeinterface dispatch. Four classes (unrelated by
// inheritance, in different positions of their class hierarchies) implement
// two interfaces; one call site sees a single implementation, another all four.
public class InterfaceCalls extends harness.RepeatedBenchmark {
    static final int N = 20000;
    static final long EXPECTED = 1374118599956449L;

    interface Op {
        int apply(int x);
    }

    interface Named {
        int tag();
    }

    static class Base {
        int unused;
    }

    static final class Add implements Op, Named {
        final int k;
        Add(int k) { this.k = k; }
        public int apply(int x) { return x + k; }
        public int tag() { return 1; }
    }

    static final class Mul extends Base implements Named, Op {
        final int k;
        Mul(int k) { this.k = k; }
        public int apply(int x) { return x * k; }
        public int tag() { return 2; }
    }

    static class Xor extends Base implements Op {
        final int k;
        Xor(int k) { this.k = k; }
        public int apply(int x) { return x ^ k; }
    }

    static final class Shift extends Xor implements Named {
        Shift(int k) { super(k); }
        public int apply(int x) { return (x << 1) | (x >>> 31); }
        public int tag() { return 4; }
    }

    static int single(Op[] ops) {
        int x = 1;
        for (int i = 0; i < ops.length; i++) x = ops[i].apply(x);
        return x;
    }

    static int mixed(Op[] ops) {
        int x = 1;
        for (int i = 0; i < ops.length; i++) {
            Op op = ops[i];
            x = op.apply(x);
            if (op instanceof Named) x += ((Named) op).tag();
        }
        return x;
    }

    final Op[] mono = new Op[N];
    final Op[] poly = new Op[N];

    InterfaceCalls() {
        for (int i = 0; i < N; i++) {
            int k = (i % 31) + 1;
            mono[i] = new Add(k);
            switch (i & 3) {
                case 0: poly[i] = new Add(k); break;
                case 1: poly[i] = new Mul(k | 1); break;
                case 2: poly[i] = new Xor(k); break;
                default: poly[i] = new Shift(k); break;
            }
        }
    }

    public Object benchmark() {
        return Long.valueOf(((long) single(mono) << 32) ^ (mixed(poly) & 0xffffffffL));
    }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new InterfaceCalls(), args, 1, 1); }
}
