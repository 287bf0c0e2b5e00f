// cortado: release 17
import java.util.function.Supplier;

// Lambdas created in every kind of place: static and instance initializers,
// constructors, interface default and static methods, inner, local and
// anonymous classes, enum constants, generic methods.
public class LambdaContexts {
    interface Op { int apply(int x); }

    static final Op STATIC_OP;
    static { int k = 3; STATIC_OP = x -> x * k; }

    int field = 5;
    final Op instanceOp;
    { instanceOp = x -> x + this.field; }

    final Supplier<String> fromCtor;
    LambdaContexts(String s) { fromCtor = () -> "ctor saw " + s + " and " + field; }

    interface Shape {
        int size();
        default Op scaler() { return x -> x * size(); }
        static Op offset(int d) { return x -> x + d; }
        private Op hidden() { return x -> -x * size(); }
        default Op viaPrivate() { return hidden(); }
    }

    enum Mode {
        UP(x -> x + 1), DOWN(x -> x - 1), SAME(Op.class.isInterface() ? x -> x : null);
        final Op op;
        Mode(Op op) { this.op = op; }
    }

    class Inner {
        Op outerField() { return x -> x + field; }
    }

    static <T> Supplier<T> constant(T t) { return () -> t; }

    public static void main(String[] args) {
        System.out.println(STATIC_OP.apply(7));
        LambdaContexts lc = new LambdaContexts("hi");
        System.out.println(lc.instanceOp.apply(1) + " " + lc.fromCtor.get());
        Shape sq = () -> 4;
        System.out.println(sq.scaler().apply(3) + " " + Shape.offset(10).apply(3) + " " + sq.viaPrivate().apply(2));
        for (Mode m : Mode.values()) System.out.println(m + " " + m.op.apply(10));
        System.out.println(lc.new Inner().outerField().apply(100));
        class Local {
            final int base;
            Local(int base) { this.base = base; }
            Op op() { return x -> x + base; }
        }
        System.out.println(new Local(1000).op().apply(1));
        Op anon = new Op() {
            int calls = 0;
            public int apply(int x) {
                Op inner = y -> y + ++calls;
                return inner.apply(x);
            }
        };
        System.out.println(anon.apply(1) + " " + anon.apply(1));
        System.out.println(constant("generic").get() + " " + constant(42).get());
        Supplier<Supplier<Op>> deep = () -> () -> x -> x * x;
        System.out.println(deep.get().get().apply(12));
    }
}
