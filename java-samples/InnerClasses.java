interface Greeting { String say(); }
interface IntOp { int apply(int x); }

public class InnerClasses {
    private int secret = 42;
    private static String staticSecret = "static-secret";
    private long counter;
    private String name;

    InnerClasses(String name) { this.name = name; }

    private String privateMethod(String s) { return name + ":" + s; }
    private static int privateStatic(int x) { return x * 3; }

    // non-static inner class: has a hidden reference to the outer instance
    class Inner {
        int own = 7;
        String show() {
            counter++;          // writes outer private field (access$ methods with --release 8)
            secret += own;
            return "Inner sees secret=" + secret + " counter=" + counter + " " + privateMethod("inner") + " " + staticSecret;
        }
        class InnerInner {
            String show() { return "InnerInner: own=" + own + " secret=" + secret + " name=" + name; }
        }
    }

    // static nested class
    static class Nested {
        private int hidden = 5;
        String show() { return "Nested sees " + staticSecret + " " + privateStatic(hidden); }
        static class DeepNested {
            String show() { return "DeepNested " + privateStatic(10); }
        }
    }

    int readNestedPrivate() { return new Nested().hidden; }   // outer reading nested private

    Greeting anonymous(final String who) {
        final int local = secret;
        return new Greeting() {
            int calls;
            public String say() {
                calls++;
                return "anon says hi to " + who + " local=" + local + " secret=" + secret + " calls=" + calls;
            }
        };
    }

    IntOp adder(final int k) {
        class LocalAdder implements IntOp {
            int total;
            public int apply(int x) { total += x; return x + k + secret; }
            public String toString() { return "LocalAdder(k=" + k + ", total=" + total + ")"; }
        }
        return new LocalAdder();
    }

    static IntOp compose(final IntOp f, final IntOp g) {
        return new IntOp() {
            public int apply(int x) { return f.apply(g.apply(x)); }
        };
    }

    abstract static class Shape {
        final String label;
        Shape(String label) { this.label = label; }
        abstract double area();
    }

    static Shape square(final double s) {
        return new Shape("square " + s) {   // anonymous subclass with constructor argument
            double area() { return s * s; }
        };
    }

    class Counter {
        private int c;
        Counter next() { c++; return this; }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outer");
        InnerClasses.Inner in = outer.new Inner();
        System.out.println(in.show());
        System.out.println(in.show());
        InnerClasses.Inner.InnerInner ii = in.new InnerInner();
        System.out.println(ii.show());
        System.out.println(new Nested().show());
        System.out.println(new Nested.DeepNested().show());
        System.out.println(outer.readNestedPrivate());
        Greeting g = outer.anonymous("bob");
        System.out.println(g.say());
        outer.secret = 1000;
        System.out.println(g.say());
        IntOp add = outer.adder(5);
        System.out.println(add.apply(1) + " " + add.apply(2) + " " + add);
        IntOp twice = new IntOp() { public int apply(int x) { return 2 * x; } };
        IntOp inc = new IntOp() { public int apply(int x) { return x + 1; } };
        System.out.println(compose(twice, inc).apply(10) + " " + compose(inc, twice).apply(10) + " " + compose(compose(twice, twice), twice).apply(1));
        Shape sq = square(1.5);
        System.out.println(sq.label + " area " + sq.area());
        Counter c = outer.new Counter();
        System.out.println(c.next().next().next().c);
        System.out.println("-- class names");
        System.out.println(in.getClass().getName() + " " + ii.getClass().getName() + " " + new Nested.DeepNested().getClass().getName());
        System.out.println(g.getClass().getName() + " " + twice.getClass().getName() + " " + add.getClass().getName() + " " + sq.getClass().getName());
        System.out.println("-- two outer instances");
        InnerClasses o2 = new InnerClasses("second");
        Inner a1 = outer.new Inner(), a2 = o2.new Inner();
        a1.show(); a2.show(); a2.show();
        System.out.println(outer.counter + " " + o2.counter + " " + outer.secret + " " + o2.secret);
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < rs.length; i++) {
            final int id = i;
            rs[i] = new Runnable() { public void run() { System.out.println("runnable " + id); } };
        }
        for (Runnable r : rs) r.run();
    }
}
