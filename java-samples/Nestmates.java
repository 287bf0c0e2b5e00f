// Private access between nest members: inner and nested classes reading and
// writing each other's private fields and calling private methods (javac 11+
// emits direct invokevirtual/getfield of private members; javac 8 emits
// access$ bridges). Private interface methods: InterfacePrivate.
public class Nestmates {
    private int secret = 1;
    private static String staticSecret = "s";

    private int bump(int by) { return secret += by; }
    private static String tag(String s) { return "[" + s + "]"; }

    class Inner {
        private int innerSecret = 100;
        int peek() { return secret + bump(10) + innerSecret; }
        private String own() { return "inner own " + innerSecret; }
    }

    static class Nested {
        private long hidden = 5;
        private Nested() {}
        String poke(Nestmates outer) {
            outer.secret *= 3;
            staticSecret += "!";
            return tag("nested saw " + outer.secret + " " + staticSecret);
        }
        private static class Deeper {
            private final char c = 'd';
            private String deep(Nested n, Nestmates o) { return "deeper " + c + n.hidden + o.bump(1); }
        }
    }

    public static void main(String[] args) {
        Nestmates n = new Nestmates();
        Inner in = n.new Inner();
        System.out.println(in.peek() + " " + in.own() + " " + in.innerSecret);
        Nested nested = new Nested();
        System.out.println(nested.poke(n) + " " + nested.hidden);
        Nested.Deeper d = new Nested.Deeper();
        System.out.println(d.deep(nested, n) + " " + d.c);
        in.innerSecret = -1;
        System.out.println(in.peek() + " " + n.secret);
        Runnable r = () -> System.out.println("lambda reads " + n.secret + " " + in.innerSecret + " " + tag("x"));
        r.run();
    }
}
