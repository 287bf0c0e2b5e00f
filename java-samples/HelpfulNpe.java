// Helpful NullPointerException messages (JEP 358): every kind of NPE the VM
// raises, with null coming from every kind of source, printing getMessage().
// HotSpot computes the text from the bytecode (JDK-8218628); Cortado must print
// exactly the same. Compiled with -g, so locals have names; javac's synthetic
// locals (switch on strings, enhanced for) have none and print as <localN>.
import java.util.Iterator;

public class HelpfulNpe {
    static class Node {
        Node next;
        int value;
        long big;
        double dbl;
        String name;
        int[] ints;
        Node[] kids;
        Node(int v) { value = v; }
        Node self() { return this; }
        Node nothing() { return null; }
        private int secret() { return value; }
        static int peek(Node n) { return n.secret(); }   // invokespecial on a null receiver
    }

    // The class library is a subset: a tiny generic container of our own.
    static class Holder<T> implements Iterable<T> {
        T item;
        Holder(T item) { this.item = item; }
        T get() { return item; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                boolean done;
                public boolean hasNext() { return !done; }
                public T next() { done = true; return item; }
            };
        }
    }

    static Node sf;
    static Node[] sarr = new Node[3];
    static int[] nullInts;
    static int sidx = 1;
    Node head;
    String[] names;
    int idx;

    static void p(String label, Throwable e) {
        System.out.println(label + ": " + e.getMessage());
    }

    static String nullString() { return null; }
    static Node nullNode() { return null; }
    static int[] nullArray() { return null; }
    static Node nodeWithArgs(int a, String s, long l, Object o, int[] arr, String[][] ss, StringBuilder sb, double d) { return null; }
    static int two() { return 2; }

    static int paramLength(String str) { return str.length(); }
    static int paramLength2(int a, long b, String third) { return third.length(); }
    int fieldChain() { return head.next.value; }
    int thisArray() { return names[idx].length(); }

    // Deep chains stop after HotSpot's recursion limit (5).
    static int deep(Node a) { return a.next.next.next.next.next.next.next.value; }

    static int manyArgs(Node n, long l, double d, Object o) { return n.value; }

    public static void main(String[] args) throws Throwable {
        // ---- invokes
        String s = null;
        try { s.length(); } catch (NullPointerException e) { p("invokevirtual local", e); }
        try { paramLength(null); } catch (NullPointerException e) { p("invokevirtual param", e); }
        try { paramLength2(1, 2L, null); } catch (NullPointerException e) { p("param after long", e); }
        try { s.substring(1, 2); } catch (NullPointerException e) { p("args int,int", e); }
        try { s.indexOf("x", 3); } catch (NullPointerException e) { p("args String,int", e); }
        try { s.equals(args); } catch (NullPointerException e) { p("args Object", e); }
        try { s.getChars(0, 1, new char[2], 0); } catch (NullPointerException e) { p("args char[]", e); }
        StringBuilder sb = null;
        try { sb.append("a"); } catch (NullPointerException e) { p("StringBuilder.append", e); }
        try { sb.append(sb); } catch (NullPointerException e) { p("append(StringBuffer-ish)", e); }
        try { sb.append(new char[1], 0, 1); } catch (NullPointerException e) { p("append(char[],int,int)", e); }
        Object o = null;
        try { o.hashCode(); } catch (NullPointerException e) { p("Object.hashCode", e); }
        try { o.equals("x"); } catch (NullPointerException e) { p("Object.equals", e); }
        Runnable r = null;
        try { r.run(); } catch (NullPointerException e) { p("invokeinterface", e); }
        Iterable<String> list = null;
        try { list.iterator(); } catch (NullPointerException e) { p("Iterable.iterator", e); }
        Iterator<String> iter = null;
        try { iter.hasNext(); } catch (NullPointerException e) { p("Iterator.hasNext", e); }
        Holder<String> holder = null;
        try { holder.get(); } catch (NullPointerException e) { p("generic method", e); }
        Comparable<String> cmp = null;
        try { cmp.compareTo("x"); } catch (NullPointerException e) { p("Comparable.compareTo", e); }
        try { Node.peek(null); } catch (NullPointerException e) { p("invokespecial private", e); }
        try { manyArgs(null, 1L, 2.0, null); } catch (NullPointerException e) { p("getfield param0", e); }
        Node nn = null;
        try { nn.self(); } catch (NullPointerException e) { p("nested class method", e); }
        int[] ia = null;
        try { ia.clone(); } catch (NullPointerException e) { p("array clone", e); }
        try { nullNode().self(); } catch (NullPointerException e) { p("return value", e); }
        try { nodeWithArgs(1, "", 2L, null, null, null, null, 1.0).self(); } catch (NullPointerException e) { p("return value, args", e); }
        try { new Node(1).nothing().self(); } catch (NullPointerException e) { p("return value, virtual", e); }
        try { nullString().length(); } catch (NullPointerException e) { p("return value String", e); }

        // ---- fields
        try { System.out.println(nn.value); } catch (NullPointerException e) { p("getfield local", e); }
        try { nn.value = 3; } catch (NullPointerException e) { p("putfield int", e); }
        try { nn.big = 3L; } catch (NullPointerException e) { p("putfield long", e); }
        try { nn.dbl = 3.5; } catch (NullPointerException e) { p("putfield double", e); }
        try { nn.name = "n"; } catch (NullPointerException e) { p("putfield ref", e); }
        try { System.out.println(sf.value); } catch (NullPointerException e) { p("getfield static", e); }
        try { sf.value = 1; } catch (NullPointerException e) { p("putfield static", e); }
        try { sf.next.value = 1; } catch (NullPointerException e) { p("putfield static chain", e); }
        HelpfulNpe h = new HelpfulNpe();
        try { h.fieldChain(); } catch (NullPointerException e) { p("this.head", e); }
        h.head = new Node(1);
        try { h.fieldChain(); } catch (NullPointerException e) { p("this.head.next", e); }
        try { System.out.println(h.head.next.next); } catch (NullPointerException e) { p("h.head.next", e); }
        Node chain = new Node(0);
        chain.next = new Node(1);
        chain.next.next = new Node(2);
        try { deep(chain); } catch (NullPointerException e) { p("deep chain", e); }
        try { deep(null); } catch (NullPointerException e) { p("deep chain root", e); }
        chain.next.next.next = new Node(3);
        chain.next.next.next.next = new Node(4);
        chain.next.next.next.next.next = new Node(5);
        try { deep(chain); } catch (NullPointerException e) { p("deeper chain", e); }
        try { nullNode().value = 1; } catch (NullPointerException e) { p("putfield on return value", e); }
        try { System.out.println(nullNode().next.value); } catch (NullPointerException e) { p("field of return value", e); }
        try { System.out.println(new Node(1).nothing().next.value); } catch (NullPointerException e) { p("field of virtual return value", e); }

        // ---- arrays: every element type, load and store
        long[] la = null; float[] fa = null; double[] da = null; byte[] ba = null;
        boolean[] za = null; char[] ca = null; short[] sa = null; String[] oa = null;
        try { System.out.println(ia[0]); } catch (NullPointerException e) { p("iaload", e); }
        try { System.out.println(la[0]); } catch (NullPointerException e) { p("laload", e); }
        try { System.out.println(fa[0]); } catch (NullPointerException e) { p("faload", e); }
        try { System.out.println(da[0]); } catch (NullPointerException e) { p("daload", e); }
        try { System.out.println(ba[0]); } catch (NullPointerException e) { p("baload", e); }
        try { System.out.println(za[0]); } catch (NullPointerException e) { p("baload boolean", e); }
        try { System.out.println(ca[0]); } catch (NullPointerException e) { p("caload", e); }
        try { System.out.println(sa[0]); } catch (NullPointerException e) { p("saload", e); }
        try { System.out.println(oa[0]); } catch (NullPointerException e) { p("aaload", e); }
        try { ia[0] = 1; } catch (NullPointerException e) { p("iastore", e); }
        try { la[0] = 1L; } catch (NullPointerException e) { p("lastore", e); }
        try { fa[0] = 1f; } catch (NullPointerException e) { p("fastore", e); }
        try { da[0] = 1.0; } catch (NullPointerException e) { p("dastore", e); }
        try { ba[0] = 1; } catch (NullPointerException e) { p("bastore", e); }
        try { za[0] = true; } catch (NullPointerException e) { p("bastore boolean", e); }
        try { ca[0] = 'c'; } catch (NullPointerException e) { p("castore", e); }
        try { sa[0] = 1; } catch (NullPointerException e) { p("sastore", e); }
        try { oa[0] = "x"; } catch (NullPointerException e) { p("aastore", e); }
        try { System.out.println(ia.length); } catch (NullPointerException e) { p("arraylength", e); }
        try { System.out.println(nullArray().length); } catch (NullPointerException e) { p("arraylength of return value", e); }
        try { nullArray()[1] = 2; } catch (NullPointerException e) { p("iastore to return value", e); }
        try { System.out.println(nullInts[2]); } catch (NullPointerException e) { p("iaload static", e); }
        try { la[1]++; } catch (NullPointerException e) { p("long increment", e); }

        // ---- array elements as the null source, and index expressions
        String[] strs = new String[4];
        int i = 2;
        try { strs[0].length(); } catch (NullPointerException e) { p("element const index", e); }
        try { strs[i].length(); } catch (NullPointerException e) { p("element variable index", e); }
        try { strs[i + 1].length(); } catch (NullPointerException e) { p("element computed index", e); }
        try { strs[-1 + i].length(); } catch (NullPointerException e) { p("element computed index 2", e); }
        try { System.out.println(sarr[2].value); } catch (NullPointerException e) { p("static array element", e); }
        try { System.out.println(sarr[sidx].value); } catch (NullPointerException e) { p("static index", e); }
        try { System.out.println(sarr[two()].value); } catch (NullPointerException e) { p("call index", e); }
        int[] idxs = {0, 1, 2};
        try { System.out.println(sarr[idxs[1]].value); } catch (NullPointerException e) { p("array index", e); }
        try { System.out.println(sarr[idxs[idxs[2]]].value); } catch (NullPointerException e) { p("nested array index", e); }
        try { System.out.println(sarr[idxs.length - 1].value); } catch (NullPointerException e) { p("length index", e); }
        byte[] bidx = {1};
        try { System.out.println(sarr[bidx[0]].value); } catch (NullPointerException e) { p("byte index", e); }
        String[] big = new String[40000];
        try { big[100].length(); } catch (NullPointerException e) { p("bipush index", e); }
        try { big[1000].length(); } catch (NullPointerException e) { p("sipush index", e); }
        try { big[33000].length(); } catch (NullPointerException e) { p("ldc index", e); }
        try { big[5].length(); } catch (NullPointerException e) { p("iconst_5 index", e); }
        String[][] grid = new String[2][2];
        int j = 1;
        try { grid[1][j].length(); } catch (NullPointerException e) { p("2d element", e); }
        String[][] nogrid = new String[2][];
        try { nogrid[1][0].length(); } catch (NullPointerException e) { p("2d row", e); }
        try { nogrid[1][0] = "x"; } catch (NullPointerException e) { p("2d row store", e); }
        try { args[0].length(); } catch (Exception e) { System.out.println(e.getClass().getName()); }
        String[] nargs = new String[1];
        try { nargs[0].length(); } catch (NullPointerException e) { p("nargs[0]", e); }
        h.names = new String[2];
        try { h.thisArray(); } catch (NullPointerException e) { p("this.names[this.idx]", e); }
        h.head.kids = new Node[2];
        try { System.out.println(h.head.kids[1].next); } catch (NullPointerException e) { p("field array element", e); }
        try { System.out.println(h.head.ints[0]); } catch (NullPointerException e) { p("null field array", e); }

        // ---- athrow, monitorenter
        RuntimeException ex = null;
        try { throw ex; } catch (NullPointerException e) { p("athrow", e); }
        try { synchronized (o) { System.out.println("no"); } } catch (NullPointerException e) { p("monitorenter", e); }
        try { synchronized (sf) { System.out.println("no"); } } catch (NullPointerException e) { p("monitorenter static", e); }

        // ---- casts, ternaries, unboxing, constants
        try { ((String) o).length(); } catch (NullPointerException e) { p("cast", e); }
        String s2 = null;
        boolean flag = args.length == 0;
        try { (flag ? s : s2).length(); } catch (NullPointerException e) { p("ternary", e); }
        String t = flag ? s : s2;
        try { t.length(); } catch (NullPointerException e) { p("ternary stored", e); }
        try { ((String) null).length(); } catch (NullPointerException e) { p("null constant", e); }
        Integer boxed = null;
        try { int v = boxed; System.out.println(v); } catch (NullPointerException e) { p("unbox Integer", e); }
        Long lboxed = null;
        try { long v = lboxed + 1; System.out.println(v); } catch (NullPointerException e) { p("unbox Long", e); }
        Boolean bb = null;
        try { if (bb) System.out.println("?"); } catch (NullPointerException e) { p("unbox Boolean", e); }
        Character cb = null;
        try { char c = cb; System.out.println(c); } catch (NullPointerException e) { p("unbox Character", e); }
        Double db = null;
        try { double d = db * 2; System.out.println(d); } catch (NullPointerException e) { p("unbox Double", e); }

        // ---- javac's synthetic locals
        try {
            switch (s) {
                case "a": System.out.println("a"); break;
                default: System.out.println("default");
            }
        } catch (NullPointerException e) { p("string switch", e); }
        try { for (int v : ia) System.out.println(v); } catch (NullPointerException e) { p("foreach array", e); }
        try { for (String v : list) System.out.println(v); } catch (NullPointerException e) { p("foreach list", e); }
        Holder<String> withNull = new Holder<>(null);
        try { withNull.get().length(); } catch (NullPointerException e) { p("generic return", e); }
        try { for (String v : withNull) System.out.println(v.length()); } catch (NullPointerException e) { p("foreach element", e); }

        // ---- in a catch block and in a loop
        try {
            throw new IllegalStateException("x");
        } catch (IllegalStateException caught) {
            try { Object[] none = null; System.out.println(none.length + caught.getMessage()); } catch (NullPointerException e) { p("in handler", e); }
        }
        Node cur = chain;
        try {
            while (true) { cur = cur.next; }
        } catch (NullPointerException e) { p("loop", e); }
        String loopVar = "abc";
        try {
            for (int k = 0; k < 3; k++) {
                loopVar.length();
                if (k == 1) loopVar = null;
            }
        } catch (NullPointerException e) { p("loop variable", e); }

        // ---- explicit NullPointerExceptions have no computed message
        try { throw new NullPointerException(); } catch (NullPointerException e) { p("explicit", e); }
        try { throw new NullPointerException("mine"); } catch (NullPointerException e) { p("explicit message", e); }
        NullPointerException made = new NullPointerException();
        try { throw made; } catch (NullPointerException e) { p("explicit, thrown later", e); }
    }
}
