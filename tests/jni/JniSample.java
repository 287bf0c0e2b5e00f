// JNI both ways (docs/jni.md), with libjnisample.so (jnisample.c): run on
// HotSpot and on Cortado under each collector with --gc-stress; both must
// print the same.
public class JniSample {
    static class Point {
        final int x;
        final int y;
        String label = "p";

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int sum() {
            return x + y;
        }

        public String toString() {
            return label + "(" + x + "," + y + ")";
        }
    }

    static class Point3 extends Point {
        Point3(int x, int y) {
            super(x, y);
        }

        @Override
        int sum() {
            return 1000 + super.sum();
        }
    }

    static int counter = 7;
    int instanceValue = 41;

    // Java -> C: every argument and result type, more arguments than registers.
    static native int add(int a, int b);
    static native long mix(byte b, short s, char c, int i, long l, float f, double d, boolean z);
    static native double sumDoubles(double a, double b, double c, double d, double e, double f, double g, double h,
                                    double i, double j);
    static native long sumMixed(int a, long b, float c, int d, double e, int f, long g, int h, float i, int j,
                                double k, long l, float m, double n, int o, double p, float q, int r);
    static native boolean not(boolean z);
    static native char upper(char c);
    static native byte negByte(byte b);
    static native short twiceShort(short s);
    static native float half(float f);
    native int plusInstance(int n);
    static native String greet(String name);
    static native String reverse(String s);
    static native int utfLength(String s);
    static native String region(String s, int start, int len);
    static native int sumArray(int[] a);
    static native void scale(double[] a, double factor);
    static native long sumCritical(long[] a);
    static native int[] range(int n);
    static native String[] words(String a, String b, String c);
    static native int overloaded(int x);
    static native int overloaded(String s);
    static native int overloaded(int[] a, String s);
    static native int under_score$dollar(int x);
    static native int registered(int x);

    // C -> Java.
    static native int callVirtual(Point p);
    static native int callNonvirtual(Point p);
    static native String callStatic(int n);
    static native Object makePoint(int x, int y);
    static native String fields(Point p);
    static native int staticField(int delta);
    static native boolean instanceChecks(Object o);

    // Exceptions across the boundary.
    static native void throwNew(String message);
    static native void throwObject(Throwable t);
    static native String catchJava();
    static native void propagate();
    static native String badIndex(int[] a);

    // References and the collector.
    static native void keep(Object o);
    static native Object kept();
    static native void release();
    static native String survive(String s, int[] a);
    static native int localFrames(int n);

    static native void missing();
    static native String lookupErrors();

    static String hello(int n) {
        return "hello " + n;
    }

    static void thrower(String what) {
        throw new IllegalArgumentException("thrown in Java: " + what);
    }

    // Allocates enough to collect (and move) what native code holds, then collects.
    static int churn() {
        int total = 0;
        for (int i = 0; i < 100; i++) {
            total += new int[16].length + String.valueOf(i).length();
        }
        System.gc();
        return total;
    }

    public static void main(String[] args) {
        System.loadLibrary("jnisample");
        System.out.println("add " + add(2, 40) + " " + add(Integer.MAX_VALUE, 1));
        System.out.println("mix " + mix((byte) -3, (short) -300, 'A', -70000, 1L << 40, 1.5f, -2.25, true));
        System.out.println("sumDoubles " + sumDoubles(1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10.25));
        System.out.println("sumMixed " + sumMixed(1, 2, 3.5f, 4, 5.5, 6, 7, 8, 9.5f, 10, 11.5, 12, 13.5f, 14.5, 15, 16.5,
                17.5f, 18));
        System.out.println("not " + not(true) + " " + not(false));
        System.out.println("upper " + upper('q') + " " + (int) upper('\u00e9'));
        System.out.println("negByte " + negByte((byte) 5) + " " + negByte((byte) -128));
        System.out.println("twiceShort " + twiceShort((short) 20000));
        System.out.println("half " + half(3.0f));
        System.out.println("plusInstance " + new JniSample().plusInstance(1));
        System.out.println(greet("JNI") + " / " + greet("\u00fcber \u20ac"));
        System.out.println("reverse " + reverse("stressed") + " " + reverse(""));
        System.out.println("utfLength " + utfLength("a\u00e9\u20ac\u0000"));
        System.out.println("region " + region("abcdefgh", 2, 3));
        try {
            region("abc", 2, 5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("region " + e.getClass().getName());
        }
        System.out.println("sumArray " + sumArray(new int[] {1, 2, 3, 4, 5}));
        double[] ds = {1, 2.5, -4};
        scale(ds, 2);
        System.out.println("scale " + ds[0] + " " + ds[1] + " " + ds[2]);
        System.out.println("sumCritical " + sumCritical(new long[] {1L << 33, 5, -1}));
        int[] r = range(5);
        System.out.println("range " + r.length + " " + r[0] + " " + r[4]);
        String[] w = words("x", null, "z");
        System.out.println("words " + w.length + " " + w[0] + " " + w[1] + " " + w[2]);
        System.out.println("overloaded " + overloaded(5) + " " + overloaded("four") + " " + overloaded(new int[3], "ab"));
        System.out.println("mangled " + under_score$dollar(9));
        System.out.println("registered " + registered(20));

        System.out.println("callVirtual " + callVirtual(new Point(1, 2)) + " " + callVirtual(new Point3(1, 2)));
        System.out.println("callNonvirtual " + callNonvirtual(new Point3(1, 2)));
        System.out.println("callStatic " + callStatic(3));
        Object p = makePoint(4, 5);
        System.out.println("makePoint " + p + " " + (p instanceof Point));
        System.out.println("fields " + fields(new Point(6, 7)));
        System.out.println("staticField " + staticField(5) + " " + counter);
        System.out.println("instanceChecks " + instanceChecks(new Point3(0, 0)) + " " + instanceChecks("s"));

        try {
            throwNew("from C");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e);
        }
        try {
            throwObject(new ArithmeticException("made in Java, thrown by C"));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("catchJava " + catchJava());
        try {
            propagate();
            System.out.println("not reached");
        } catch (IllegalArgumentException e) {
            System.out.println("propagated " + e.getMessage());
        }
        System.out.println("badIndex " + badIndex(new int[2]));
        System.out.println("lookupErrors " + lookupErrors());

        keep(new StringBuilder("kept").append(" across gc").toString());
        churn();
        System.gc();
        System.out.println("kept " + kept());
        release();
        System.out.println("released " + kept());
        System.out.println("survive " + survive("held" + args.length, new int[] {3, 4}));
        System.out.println("localFrames " + localFrames(40));

        try {
            missing();
        } catch (UnsatisfiedLinkError e) {
            System.out.println("missing " + e);
        }
        try {
            System.loadLibrary("nosuchlib");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("loadLibrary " + e.getMessage().equals(
                    "no nosuchlib in java.library.path: " + System.getProperty("java.library.path")));
        }
        try {
            System.loadLibrary("notelf");  // a file that is no library: the dynamic linker's words
        } catch (UnsatisfiedLinkError e) {
            String dir = System.getProperty("java.library.path");
            System.out.println("notelf " + e.getMessage().replace(dir, "DIR"));
        }
        try {
            System.load("relative/libx.so");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("load " + e.getMessage());
        }
        try {
            System.load("/nonexistent/libx.so");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("load " + e.getMessage());
        }
        try {
            System.loadLibrary("a/b");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("loadLibrary " + e.getMessage());
        }
        System.loadLibrary("jnisample");  // a second load is a no-op
        System.out.println("done " + add(1, 1));
    }
}
