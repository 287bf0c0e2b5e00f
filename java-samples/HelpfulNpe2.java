// More helpful NullPointerException messages (JEP 358): nulls flowing through
// stack shuffles (compound assignments), wide local slots, enum switches,
// inner classes, constructors, static initializers, default methods, finally
// blocks and control-flow joins. Companion of HelpfulNpe.java.
public class HelpfulNpe2 {
    enum Color { RED, GREEN }

    interface Measurer {
        default int measure(String s) { return s.length(); }
    }

    static class Node {
        Node next;
        int value;
        long big;
        Node(int v) { value = v; }
        Node(Node other) { value = other.value + 1; }
    }

    static class BadInit {
        static String s;
        static int len = s.length();
    }

    String title;

    class Inner {
        int titleLength() { return title.length(); }
    }

    static void p(String label, Throwable e) {
        System.out.println(label + ": " + e.getMessage());
    }

    static Node nullNode() { return null; }

    // Locals past slot 255 are reached with the wide prefix (JVMS 6.5.wide).
    static int wideLocals(String[] strs, Node n) {
        double d0 = 0, d1 = 1, d2 = 2, d3 = 3, d4 = 4, d5 = 5, d6 = 6, d7 = 7, d8 = 8, d9 = 9,
               d10 = 10, d11 = 11, d12 = 12, d13 = 13, d14 = 14, d15 = 15, d16 = 16, d17 = 17, d18 = 18, d19 = 19,
               d20 = 20, d21 = 21, d22 = 22, d23 = 23, d24 = 24, d25 = 25, d26 = 26, d27 = 27, d28 = 28, d29 = 29,
               d30 = 30, d31 = 31, d32 = 32, d33 = 33, d34 = 34, d35 = 35, d36 = 36, d37 = 37, d38 = 38, d39 = 39,
               d40 = 40, d41 = 41, d42 = 42, d43 = 43, d44 = 44, d45 = 45, d46 = 46, d47 = 47, d48 = 48, d49 = 49,
               d50 = 50, d51 = 51, d52 = 52, d53 = 53, d54 = 54, d55 = 55, d56 = 56, d57 = 57, d58 = 58, d59 = 59,
               d60 = 60, d61 = 61, d62 = 62, d63 = 63, d64 = 64, d65 = 65, d66 = 66, d67 = 67, d68 = 68, d69 = 69,
               d70 = 70, d71 = 71, d72 = 72, d73 = 73, d74 = 74, d75 = 75, d76 = 76, d77 = 77, d78 = 78, d79 = 79,
               d80 = 80, d81 = 81, d82 = 82, d83 = 83, d84 = 84, d85 = 85, d86 = 86, d87 = 87, d88 = 88, d89 = 89,
               d90 = 90, d91 = 91, d92 = 92, d93 = 93, d94 = 94, d95 = 95, d96 = 96, d97 = 97, d98 = 98, d99 = 99,
               d100 = 100, d101 = 101, d102 = 102, d103 = 103, d104 = 104, d105 = 105, d106 = 106, d107 = 107, d108 = 108, d109 = 109,
               d110 = 110, d111 = 111, d112 = 112, d113 = 113, d114 = 114, d115 = 115, d116 = 116, d117 = 117, d118 = 118, d119 = 119,
               d120 = 120, d121 = 121, d122 = 122, d123 = 123, d124 = 124, d125 = 125, d126 = 126, d127 = 127, d128 = 128, d129 = 129;
        String far = n == null ? null : "x";
        int farIndex = 1;
        double sum = d0 + d129;
        try { far.length(); } catch (NullPointerException e) { p("wide aload", e); }
        try { strs[farIndex].length(); } catch (NullPointerException e) { p("wide iload index", e); }
        return (int) sum;
    }

    static int finallyBlock(String s) {
        try {
            return 1;
        } finally {
            System.out.println("finally: " + s.length());
        }
    }

    public static void main(String[] args) {
        boolean flag = args.length == 0;
        // ---- compound assignments: dup, dup2, dup_x1 keep the sources
        Node[] nodes = new Node[2];
        int i = 1;
        try { nodes[i].value++; } catch (NullPointerException e) { p("element increment", e); }
        try { nodes[i].big += 2; } catch (NullPointerException e) { p("element long add", e); }
        Node root = new Node(1);
        try { root.next.value += 5; } catch (NullPointerException e) { p("field compound", e); }
        try { long v = root.next.big++; System.out.println(v); } catch (NullPointerException e) { p("field postincrement", e); }
        int[] counts = null;
        try { counts[i] += 1; } catch (NullPointerException e) { p("array compound", e); }
        long[] longs = null;
        try { long v = longs[i]++; System.out.println(v); } catch (NullPointerException e) { p("long array postincrement", e); }
        Node a = null, b = null;
        try { a.next = b.next = root; } catch (NullPointerException e) { p("chained assignment", e); }
        int[][] grid = new int[2][3];
        grid[1] = null;
        try { grid[1][2] = 5; } catch (NullPointerException e) { p("multianewarray row", e); }
        try { grid[flag ? 1 : 0][2] = 5; } catch (NullPointerException e) { p("ternary row", e); }
        String[] strs = new String[3];
        try { strs[flag ? 1 : 2].length(); } catch (NullPointerException e) { p("ternary index", e); }
        try { ((Node) (flag ? null : root)).value = 1; } catch (NullPointerException e) { p("ternary null", e); }
        Node picked = flag ? a : b;
        try { picked.value = 2; } catch (NullPointerException e) { p("picked", e); }
        try { System.out.println(new Node(nullNode().value).value); } catch (NullPointerException e) { p("argument", e); }
        try { new Node((Node) null); } catch (NullPointerException e) { p("constructor", e); }

        // ---- wide locals, enums, inner classes, initializers, defaults, finally
        wideLocals(strs, null);
        Color c = null;
        try {
            switch (c) {
                case RED: System.out.println("red"); break;
                default: System.out.println("other");
            }
        } catch (NullPointerException e) { p("enum switch", e); }
        try { System.out.println(c.name()); } catch (NullPointerException e) { p("enum method", e); }
        HelpfulNpe2 outer = new HelpfulNpe2();
        HelpfulNpe2.Inner inner = outer.new Inner();
        try { inner.titleLength(); } catch (NullPointerException e) { p("inner class", e); }
        try { System.out.println(BadInit.len); } catch (ExceptionInInitializerError e) { p("static initializer", e.getCause()); }
        Measurer m = new Measurer() {};
        try { m.measure(null); } catch (NullPointerException e) { p("default method", e); }
        try { finallyBlock(null); } catch (NullPointerException e) { p("finally", e); }
        try {
            throw new IllegalStateException("boom");
        } catch (IllegalStateException caught) {
            RuntimeException again = flag ? null : caught;
            try { throw again; } catch (NullPointerException e) { p("rethrow null", e); }
        }
        Object lock = flag ? null : root;
        try {
            synchronized (lock) { System.out.println("locked"); }
        } catch (NullPointerException e) { p("synchronized", e); }
        Node walk = new Node(0);
        walk.next = new Node(1);
        int steps = 0;
        try {
            for (Node n = walk; ; n = n.next) steps += n.value + 1;
        } catch (NullPointerException e) { p("loop walk after " + steps, e); }
    }
}
