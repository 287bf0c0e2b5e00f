// Compiled-to-compiled calls (jit/TemplatesInvoke.cpp): an invokevirtual the
// JIT calls directly when the receiver class's vtable entry is the resolved
// method, and through its inline cache for a subclass's override loaded after
// the caller was compiled; recursive calls through both; a stack trace
// through compiled frames; StackOverflowError from compiled recursion, thrice;
// callees whose extra locals are zeroed unrolled and by a loop.
public class CompiledCalls {
    static class A { int f(int x) { return x + 1; } int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); } }
    static class B extends A { int f(int x) { return x * 2; } }
    static class C extends B { int depth(int n) { if (n == 3) throw new IllegalStateException("at " + n); return super.depth(n); } }
    int count;
    int rec(int n) { count++; return rec(n + 1) + 1; }
    static int calls(A a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a.f(i); return s; }
    static long manyLocals(int a) { long x1 = a, x2 = x1 * 3, x3 = x2 + 7; Object o = null; int[] arr = new int[a & 7]; return x1 + x2 + x3 + arr.length + (o == null ? 1 : 0); }
    static long callMany(int n) { long s = 0; for (int i = 0; i < n; i++) s += manyLocals(i) + moreLocals(i); return s; }
    // More than the unrolled zeroing covers: the callee's locals are zeroed by a loop, and a reference read before
    // it is written must be null (the GC under stress would also see garbage).
    static int moreLocals(int a) {
        int b0 = a, b1 = b0 + 1, b2 = b1 + 1, b3 = b2 + 1, b4 = b3 + 1, b5 = b4 + 1, b6 = b5 + 1, b7 = b6 + 1;
        int b8 = b7 + 1, b9 = b8 + 1, b10 = b9 + 1, b11 = b10 + 1, b12 = b11 + 1, b13 = b12 + 1, b14 = b13 + 1;
        Object o1 = "x", o2 = new int[b14 & 3];
        return b0 + b5 + b10 + b14 + o1.hashCode() % 7 + ((int[]) o2).length;
    }
    public static void main(String[] args) {
        A a = new A();
        System.out.println(calls(a, 200));
        System.out.println(a.depth(200));
        System.out.println(callMany(500));
        A b = new B();                  // loaded after calls() was compiled: the guard misses
        System.out.println(calls(b, 200));
        System.out.println(calls(a, 200));
        try { new C().depth(10); } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
            StackTraceElement[] st = e.getStackTrace();
            for (int i = 0; i < 6; i++) System.out.println(st[i]);
        }
        CompiledCalls c = new CompiledCalls();
        for (int k = 0; k < 3; k++) {
            c.count = 0;
            try { c.rec(0); } catch (StackOverflowError e) { System.out.println("SOE " + (c.count > 1000)); }
        }
    }
}
