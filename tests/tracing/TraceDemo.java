// Input of tests/tracing/tracing-test.sh: exceptions thrown, unwound and caught
// (-Xlog:exceptions) and a small loop to trace (--trace-bytecodes=TraceDemo.sum).
public class TraceDemo {
    static int f(int x) { return 10 / x; }
    static void g() { try { f(0); } catch (ArithmeticException e) { System.out.println("caught"); } }
    static int sum(int n) { int s = -2; for (int i = 0; i < n; i++) s += i; return s; }
    public static void main(String[] a) {
        g();
        try { throw new IllegalStateException("boom"); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        System.out.println(sum(2));
    }
}
