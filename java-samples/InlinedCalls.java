// Small methods called from compiled code, which the JIT emits into their
// callers (jit/TemplatesInline.cpp): straight-line bodies with field and array
// access, int, long, float and double arithmetic and narrowed results. Where
// an inlined body throws (a null field, an index out of bounds, a division by
// zero), the exception must come from the callee's own frame, with its line
// number, and be caught by the caller or further out; an override loaded
// after the caller was compiled must be called; a reference stored by an
// inlined body must survive collections (the store's card mark).
public class InlinedCalls {
    static class Grid {
        final int[] cells;
        final int width;
        Grid next;
        long total;

        Grid(int width, int height) {
            this.width = width;
            this.cells = new int[width * height];
            for (int i = 0; i < cells.length; i++) cells[i] = i * 7 - 3;
        }

        int at(int x, int y) { return cells[y * width + x]; }
        void put(int x, int y, int v) { cells[y * width + x] = v; }
        int ratio(int x, int d) { return cells[x] / d; }
        boolean inside(int x, int y) { return x >= 0 && x < width && y >= 0 && y * width + x < cells.length; }
        long addTotal(int v) { total += v; return total; }
        int nextWidth() { return next.width; }
        void link(Grid g) { next = g; }
        double scaled(double f) { return cells[1] * f + width; }
        float half(int x) { return cells[x] * 0.5f; }
        byte low(int x) { return (byte) cells[x]; }
        char letter(int x) { return (char) ('a' + (cells[x] & 15)); }
        int sumRow(int y) {
            int s = 0;
            for (int x = 0; x < width; x++) s += cells[y * width + x];
            return s;
        }
        // Calls in inlined bodies: an accessor, and callees inlined in turn.
        int getWidth() { return width; }
        int cellAt(int i) { return cells[i]; }  // throws only once (HotSpot: no fast throw yet)
        int atWrapped(int x, int y) { return cellAt(y * width + x) + getWidth(); }
        int nextWidthWrapped() { return next.getWidth(); }  // the nested receiver may be null
        int rareWrapped(int v) {
            int r = seldom(v);
            return r + cells[0];
        }
        int checked(int x) {
            if (x > 1000) throw new IllegalArgumentException("too big: " + x);
            return cells[x & 7];
        }
        void swap(int i, int j) {
            int t = cells[i];
            cells[i] = cells[j];
            cells[j] = t;
        }
    }

    // Loaded only when first instantiated, after the callers are compiled.
    static class Mirrored extends Grid {
        Mirrored(int width, int height) { super(width, height); }
        @Override int at(int x, int y) { return -super.at(x, y); }
        @Override int getWidth() { return width + 100; }  // a nested call's guard fails
    }

    // First used by a path of an inlined body that had never run when its caller was compiled.
    static class Rare {
        static int bonus = 40;
        static { System.out.println("Rare initialized"); }
        static int twice(int v) { return v * 2 + bonus; }
    }

    static int rarely(int v) {
        if (v == 777) return Rare.twice(v);
        return v + 1;
    }

    // As Rare, for a path of a callee inlined into an inlined callee.
    static class Seldom {
        static int bonus = 50;
        static { System.out.println("Seldom initialized"); }
        static int thrice(int v) { return v * 3 + bonus; }
    }

    static int seldom(int v) {
        if (v == 777) return Seldom.thrice(v);
        return v - 1;
    }

    static long useRarely(Grid g, int n, int special) {
        long s = 0;
        for (int i = 0; i < n; i++) s += rarely(i == 3 ? special : i) + g.checked(i == 4 ? special : i);
        return s;
    }

    static long nested(Grid g, int n, int y, int special) {
        long s = 0;
        for (int i = 0; i < n; i++) s += g.atWrapped(i % 6, y) + g.rareWrapped(i == 2 ? special : i);
        return s;
    }

    static int nextWidths(Grid g, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += g.nextWidthWrapped();
        return s;
    }

    static int mix(int a, int b) { return (a * 31) ^ (b >>> 3); }
    static long widen(long a, int b) { return a * b + (a >> 7); }
    static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

    static long walk(Grid g, int rounds) {
        long s = 0;
        for (int r = 0; r < rounds; r++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < g.width; x++) {
                    if (g.inside(x, y)) s += g.at(x, y) + g.low(x) + g.letter(x);
                    s = widen(s, 3) % 1000003L + mix(x, y) + clamp(x - y, -1, 2);
                }
            }
            g.swap(r % 5, (r * 3) % 7);
            g.put(r % g.width, 1, r);
            s += g.addTotal(r) + (long) g.scaled(1.5) + (long) g.half(r % 8) + g.sumRow(r % 4);
        }
        return s;
    }

    // The exception leaves the inlined body and this method; the caller catches it.
    static int ratios(Grid g, int d, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += g.ratio(i % 4, d - i);
        return s;
    }

    // Caught in the same method, after a throw inside the inlined body; the
    // handler reads a local the loop changed. (Warmed up without throwing:
    // HotSpot's C2 drops the stack trace of an exception thrown often at one
    // place, -XX:+OmitStackTraceInFastThrow.)
    static int catchInLoop(Grid g, int from, int columns, boolean print) {
        int caught = 0;
        for (int i = from; i < from + 10; i++) {
            try {
                caught += g.at(i % columns, 3);
            } catch (ArrayIndexOutOfBoundsException e) {
                if (print) System.out.println(where(e) + ": " + e.getMessage() + " at i=" + i);
                caught -= 1000 + i;
            }
        }
        return caught;
    }

    static int linked(Grid g, Grid other, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            g.link(i % 2 == 0 ? other : g);
            s += g.nextWidth();
        }
        return s;
    }

    // Arguments passed from the caller's locals: one the callee stores to (its
    // own copy changes, the caller's must not), and a reference and a long read
    // in place across the callee's loop, whose polls may move the object.
    static int countdown(int n) {
        int s = 0;
        while (n > 0) { s += n; n -= 3; }
        return s;
    }
    static long scaled(Grid g, long v, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += v * g.width + i;
        return s;
    }
    static long forwarded(int rounds) {
        long t = 0;
        for (int k = 0; k < rounds; k++) {
            Grid fresh = new Grid(1 + k % 7, 1);
            long v = k * 3L;
            t += countdown(k) + k;
            t += scaled(fresh, v, 20) + fresh.width + v;
        }
        return t;
    }

    // Three levels of bodies inlined into deep(): the innermost allocates (the
    // slow path collects now and then), the middle one calls on a cold path a
    // method it cannot do inline (a trap, until the path turns common).
    static int[] filled(int v) {
        int[] a = new int[200];
        a[0] = v;
        return a;
    }
    static int twiceFilled(int v) {
        int[] a = filled(v);
        if (v == 12345) return guarded(v);
        return a[0] * 2;
    }
    static int guarded(int v) {
        try {
            return 1000 / (v - 12345) ;
        } catch (ArithmeticException e) {
            return -1;
        }
    }
    static int plusOne(int v) { return twiceFilled(v) + 1; }
    static long deep(int n, int special) {
        long s = 0;
        for (int i = 0; i < n; i++) s += plusOne(i == 7 ? special : i);
        return s;
    }

    // A throw three inlined levels down.
    static int level3(int[] a, int i) { return a[i]; }
    static int level2(int[] a, int i) { return level3(a, i) + 1; }
    static int level1(int[] a, int i) { return level2(a, i) * 2; }
    static int levels(int[] a, int i) { return level1(a, i); }

    static String where(Throwable e) {
        StackTraceElement[] t = e.getStackTrace();
        return e.getClass().getSimpleName() + " in " + t[0].getMethodName() + ":" + t[0].getLineNumber() + " from "
                + t[1].getMethodName() + ":" + t[1].getLineNumber();
    }

    public static void main(String[] args) {
        Grid g = new Grid(6, 4);
        for (int round = 0; round < 200; round++) walk(g, 5);  // compiled by now in every tier
        System.out.println("walk " + walk(g, 100));

        // Each caller is compiled (CompileThreshold calls) before the throws that are printed.
        long caught = 0;
        for (int i = 0; i < 1500; i++) caught += catchInLoop(g, i, 6, false);
        System.out.println("caught " + caught + " " + catchInLoop(g, 5, 9, true));

        for (int i = 0; i < 1500; i++) caught += ratios(g, 1000, 10);
        try {
            ratios(g, 5, 10);
        } catch (ArithmeticException e) {
            System.out.println(where(e) + ": " + e.getMessage());
        }

        Grid lonely = new Grid(2, 2);
        for (int i = 0; i < 1500; i++) caught += linked(lonely, g, 3);
        try {
            caught += linked(lonely, null, 3);
        } catch (NullPointerException e) {
            System.out.println(where(e));
        }
        System.out.println("links " + caught);

        // An old object pointing at young ones, stored by an inlined putfield, across collections.
        Grid root = new Grid(3, 3);
        long widths = 0;
        for (int i = 0; i < 20000; i++) {
            root.link(new Grid(1 + i % 5, 2));
            int[] garbage = new int[64 + i % 100];
            widths += root.nextWidth() + garbage.length;
        }
        System.out.println("widths " + widths);

        long rare = 0;
        for (int i = 0; i < 1500; i++) rare += useRarely(g, 6, 5);
        System.out.println("rarely " + rare + " " + useRarely(g, 6, 777));
        for (int i = 0; i < 200; i++) rare += useRarely(g, 6, 777);  // the rare path turns common
        System.out.println("often " + rare);
        try {
            useRarely(g, 6, 5000);
        } catch (IllegalArgumentException e) {
            System.out.println(where(e) + ": " + e.getMessage());
        }

        long deep = 0;
        for (int i = 0; i < 1500; i++) deep += nested(g, 5, i % 4, 1);
        System.out.println("nested " + deep + " " + nested(g, 5, 2, 777));
        for (int i = 0; i < 100; i++) deep += nested(g, 5, 1, 777);  // the nested cold path turns common
        System.out.println("nested often " + deep);
        try {
            nested(g, 5, 9, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            StackTraceElement[] t = e.getStackTrace();
            System.out.println(where(e) + " from " + t[2].getMethodName() + ":" + t[2].getLineNumber());
        }

        Grid mirrored = new Mirrored(6, 4);
        System.out.println("mirrored " + walk(mirrored, 100));
        long mirroredNested = 0;
        for (int i = 0; i < 100; i++) mirroredNested += nested(mirrored, 5, i % 4, 1);
        System.out.println("mirrored nested " + mirroredNested);
        Grid chained = new Grid(3, 1);
        chained.link(g);
        int widthsNext = 0;
        for (int i = 0; i < 1500; i++) widthsNext += nextWidths(chained, 4);
        chained.link(null);
        try {
            widthsNext += nextWidths(chained, 4);
        } catch (NullPointerException e) {
            StackTraceElement[] t = e.getStackTrace();
            System.out.println("NullPointerException in " + t[0].getMethodName() + ":" + t[0].getLineNumber() + " from "
                    + t[1].getMethodName() + ":" + t[1].getLineNumber() + " after " + widthsNext);
        }
        System.out.println("plain again " + walk(g, 100));
        long fwd = 0;
        for (int i = 0; i < 300; i++) fwd += forwarded(50);
        System.out.println("forwarded " + fwd);

        long d = 0;
        for (int i = 0; i < 2000; i++) d += deep(10, 3);
        System.out.println("deep " + d + " " + deep(10, 12345));
        for (int i = 0; i < 200; i++) d += deep(10, 12345);  // the cold call turns common
        System.out.println("deep often " + d);
        int[] three = {4, 5, 6};
        int lv = 0;
        for (int i = 0; i < 3000; i++) lv += levels(three, i % 3);
        try {
            lv += levels(three, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            StackTraceElement[] t = e.getStackTrace();
            StringBuilder trace = new StringBuilder(e.getMessage());
            for (int i = 0; i < 5; i++) trace.append(" < ").append(t[i].getMethodName()).append(':').append(t[i].getLineNumber());
            System.out.println(trace + " after " + lv);
        }
    }
}
