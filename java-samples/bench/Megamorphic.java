// Megamorphic: call sites that see many receiver classes, both virtual (eight
// subclasses overriding one method) and interface (eight unrelated classes
// implementing one interface), visited in an order that defeats any one- or
// two-entry inline cache. The other call micro-benchmarks are Fib (static),
// VirtualCalls (mono- and megamorphic virtual) and InterfaceCalls (mono- and
// polymorphic interface).
public class Megamorphic extends harness.RepeatedBenchmark {
    static final int N = 4096;
    static final long EXPECTED = 5352594034750053264L;

    static abstract class Base { abstract int f(int x); }
    static final class B0 extends Base { int f(int x) { return x + 1; } }
    static final class B1 extends Base { int f(int x) { return x ^ 0x55; } }
    static final class B2 extends Base { int f(int x) { return x * 3; } }
    static final class B3 extends Base { int f(int x) { return x - 7; } }
    static final class B4 extends Base { int f(int x) { return x >> 1; } }
    static final class B5 extends Base { int f(int x) { return x << 2; } }
    static final class B6 extends Base { int f(int x) { return ~x; } }
    static final class B7 extends Base { int f(int x) { return x & 0xfff; } }

    interface Op { int g(int x); }
    static final class O0 implements Op { public int g(int x) { return x + 11; } }
    static final class O1 implements Op { public int g(int x) { return x ^ 0x3c; } }
    static final class O2 implements Op { public int g(int x) { return x * 5; } }
    static final class O3 implements Op { public int g(int x) { return x - 13; } }
    static final class O4 implements Op { public int g(int x) { return x >>> 3; } }
    static final class O5 implements Op { public int g(int x) { return x << 1; } }
    static final class O6 implements Op { public int g(int x) { return -x; } }
    static final class O7 implements Op { public int g(int x) { return x | 0x101; } }

    final Base[] bases = new Base[N];
    final Op[] ops = new Op[N];

    Megamorphic() {
        harness.Random random = new harness.Random();
        for (int i = 0; i < N; i++) {
            switch (random.next() & 7) {
                case 0: bases[i] = new B0(); break;
                case 1: bases[i] = new B1(); break;
                case 2: bases[i] = new B2(); break;
                case 3: bases[i] = new B3(); break;
                case 4: bases[i] = new B4(); break;
                case 5: bases[i] = new B5(); break;
                case 6: bases[i] = new B6(); break;
                default: bases[i] = new B7(); break;
            }
            switch (random.next() & 7) {
                case 0: ops[i] = new O0(); break;
                case 1: ops[i] = new O1(); break;
                case 2: ops[i] = new O2(); break;
                case 3: ops[i] = new O3(); break;
                case 4: ops[i] = new O4(); break;
                case 5: ops[i] = new O5(); break;
                case 6: ops[i] = new O6(); break;
                default: ops[i] = new O7(); break;
            }
        }
    }

    public Object benchmark() {
        int v = 1, w = 1;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < N; i++) {
                v = bases[i].f(v) + i;
                w = ops[i].g(w) + v;
            }
        }
        return Long.valueOf(((long) v << 32) ^ (w & 0xffffffffL));
    }

    public boolean verifyResult(Object result) { return ((Long) result).longValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Megamorphic(), args, 1, 1); }
}
