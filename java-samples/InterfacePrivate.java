// cortado: release 17
// Private interface methods (Java 9+): javac calls private instance ones with
// invokeinterface and private static ones with invokestatic of an
// InterfaceMethodref; lambdas in interfaces call private lambda$ methods.
public class InterfacePrivate {
    interface WithPrivate {
        int base();
        private int helper(int x) { return x * 10 + base(); }
        private static String sHelper(String s) { return "private static in interface: " + s; }
        default int twice(int x) { return helper(x) * 2; }
        static String info() { return sHelper("info"); }
        default Runnable printer() { return () -> System.out.println("lambda in interface sees " + helper(1)); }
    }

    interface Sub extends WithPrivate {
        default int thrice(int x) { return twice(x) + x; }
    }

    static class Impl implements Sub {
        public int base() { return 3; }
    }

    public static void main(String[] args) {
        Impl i = new Impl();
        System.out.println(i.twice(4) + " " + i.thrice(4) + " " + WithPrivate.info());
        i.printer().run();
        WithPrivate anon = () -> 100;
        System.out.println(anon.twice(1));
    }
}
