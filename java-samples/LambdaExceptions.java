// Exceptions thrown inside lambdas and method references: the stack trace
// leaves out the frames of the lambda's generated class, as HotSpot does.
public class LambdaExceptions {
    interface Thrower { void run() throws Exception; }
    interface IntFn { int apply(int x); }

    static int divide(int x) { return 100 / x; }

    static void call(Thrower t) {
        try {
            t.run();
        } catch (Exception e) {
            System.out.println("caught " + e);
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < trace.length; i++) System.out.println("  at " + trace[i]);
        }
    }

    public static void main(String[] args) {
        call(() -> { throw new IllegalStateException("from lambda"); });
        IntFn f = LambdaExceptions::divide;
        call(() -> System.out.println(f.apply(0)));
        String s = null;
        call(() -> System.out.println(s.length()));
        call(() -> { Object o = "str"; Integer i = (Integer) o; System.out.println(i); });
        IntFn g = x -> { if (x > 2) throw new RuntimeException("too big " + x); return x; };
        int total = 0;
        for (int i = 0; i < 5; i++) {
            try { total += g.apply(i); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        }
        System.out.println("total " + total);
        Runnable uncaught = () -> { throw new UnsupportedOperationException("escapes main"); };
        uncaught.run();
    }
}
