// Recursive methods whose compiled code holds one inlined copy of their own
// body (jit/TemplatesInline.cpp, docs/jit.md "Inlining": recursive inlining,
// one level, as C1's MaxRecursiveInlineLevel=1), whose calls to the method are
// real calls made from the copy's own frame. Every frame must still be there
// for what looks at it: exceptions thrown at any depth (in the copy, in the
// method's own code, implicit and explicit) with their stack traces and line
// numbers, handlers further out, collections while references wait on the
// copy's operand stack, a receiver of another class or null at the copy's
// call, the stack running out, and double, long and reference values of the
// caller across the copy's calls.
public class RecursiveInlining {
    static class Node {
        final Node left, right;
        final int value;

        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }
    }

    static int fib(int n) {
        if (n < 2) return n;
        return fib(n - 1)
                + fib(n - 2);
    }

    static long fact(int n) {
        if (n <= 1) return 1L;
        return n * fact(n - 1);
    }

    // Throws at depth 0 (an array index), so from the method's own code or from the copy.
    static int dive(int n, int[] a) {
        if (n == 0) return a[3];
        return dive(n - 1, a)
                + 1;
    }

    // An explicit throw at the bottom, from a path that had not run when compiled.
    static int deep(int n, int limit) {
        if (n == limit) throw new IllegalStateException("bottom at " + n);
        if (n > 20) return n;
        return deep(n + 1, limit) + n;
    }

    // The left subtree waits on the operand stack while the right one is
    // built: a collection there must see it (and move it) in the copy's frame.
    static Node build(int depth, int seed) {
        if (depth == 0) return new Node(null, null, seed);
        return new Node(build(depth - 1, seed * 3 + 1), build(depth - 1, seed * 5 + 2), seed);
    }

    static int check(Node n) {
        if (n == null) return 0;
        return n.value % 1000 + check(n.left) * 3 + check(n.right);
    }

    // A double local (perhaps in an xmm register) and a loop across the recursive calls.
    static double series(int n) {
        double s = 0.5;
        for (int i = 0; i < n; i++) s += i * 0.25;
        if (n > 1) s += series(n - 1) * 0.5 + series(n / 2) * 0.125;
        return s;
    }

    // Virtual recursion: the copy's call is guarded by the receiver's class.
    static class Chain {
        Chain next;
        int weight;

        Chain(Chain next, int weight) {
            this.next = next;
            this.weight = weight;
        }

        int total() {
            if (next == null) return weight;
            return weight + next.total();
        }

        int length() {
            return 1 + next.length();  // the last link's null next: a NullPointerException
        }
    }

    // Loaded only when first made, after Chain.total is compiled: its override
    // is the callee at a guarded site whose guard then fails.
    static class HeavyChain extends Chain {
        HeavyChain(Chain next, int weight) { super(next, weight); }

        @Override
        int total() {
            return 1000 + super.total();
        }
    }

    static int overflow(int n) {
        if (n < 0) return 0;
        return overflow(n + 1) + 1;
    }

    static void printTrace(String what, Throwable t) {
        // The class only: HotSpot's helpful NullPointerException messages name locals.
        System.out.println(what + ": " + t.getClass().getName() + (t instanceof IllegalStateException ? " " + t.getMessage() : ""));
        int shown = 0;
        for (StackTraceElement e : t.getStackTrace()) {
            if (!e.getClassName().startsWith("RecursiveInlining")) break;
            System.out.println("  at " + e.getMethodName() + ":" + e.getLineNumber());
            if (++shown == 12) break;
        }
    }

    static Chain chain(int n, int heavyAt) {
        Chain c = null;
        for (int i = n; i > 0; i--) c = i == heavyAt ? new HeavyChain(c, i) : new Chain(c, i);
        return c;
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 300; i++) sum += fib(i % 16);
        System.out.println("fib: " + sum + " " + fib(24));
        long f = 0;
        for (int i = 0; i < 300; i++) f += fact(i % 21);
        System.out.println("fact: " + f + " " + fact(20));

        int[] a = new int[4];
        a[3] = 7;
        int d = 0;
        for (int i = 0; i < 300; i++) d += dive(i % 9, a);
        System.out.println("dive: " + d);
        int[] shortArray = new int[2];
        for (int depth = 0; depth < 5; depth++) {
            try {
                dive(depth, shortArray);
            } catch (ArrayIndexOutOfBoundsException e) {
                printTrace("dive " + depth, e);
            }
        }

        int e = 0;
        for (int i = 0; i < 300; i++) e += deep(i % 3, 100);
        System.out.println("deep: " + e);
        for (int i = 0; i < 200; i++) {
            try {
                deep(0, i % 6);
            } catch (IllegalStateException x) {
                if (i >= 194) printTrace("deep " + i % 6, x);
            }
        }

        int trees = 0;
        for (int i = 0; i < 40; i++) trees += check(build(i % 7, i));
        Node big = build(10, 7);
        System.gc();
        System.out.println("trees: " + trees + " " + check(big));

        double s = 0;
        for (int i = 0; i < 120; i++) s += series(i % 10);
        System.out.println("series: " + s);

        int t = 0;
        for (int i = 0; i < 300; i++) t += chain(1 + i % 7, -1).total();
        System.out.println("chains: " + t);
        for (int heavy = 1; heavy <= 7; heavy++) System.out.println("heavy at " + heavy + ": " + chain(7, heavy).total());
        int nulls = 0;
        for (int i = 0; i < 150; i++) {
            try {
                chain(1 + i % 5, -1).length();
            } catch (NullPointerException x) {
                nulls++;
                if (i < 5) printTrace("length " + (1 + i % 5), x);
            }
        }
        System.out.println("nulls: " + nulls);

        for (int round = 0; round < 2; round++) {
            try {
                overflow(0);
            } catch (StackOverflowError x) {
                System.out.println("overflow caught");
            }
            System.out.println("after overflow: " + fib(15));
        }
    }
}
