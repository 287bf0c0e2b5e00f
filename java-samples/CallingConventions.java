// Argument passing and local-slot layout: long/double take two slots, `this` is slot 0 of instance
// methods, every return type, every invoke kind with wide arguments, and the *_0.._3 load/store forms.
interface Mixer {
    double mix(long a, int b, double c, float d, Object e);
}

class MixerImpl implements Mixer {
    final String tag;
    MixerImpl(String tag) { this.tag = tag; }
    public double mix(long a, int b, double c, float d, Object e) {
        return a + b * c + d + e.toString().length() + tag.length();
    }
}

class Base {
    long baseTotal;
    Base(long a, double b, int c) { baseTotal = a + (long) b + c; }
    long combine(long x, long y) { return x * 31 + y; }
    double half(double d) { return d / 2; }
}

class Derived extends Base {
    final float scale;
    Derived(float scale, long a, double b) {
        super(a, b, 7);              // invokespecial with long/double args
        this.scale = scale;
    }
    @Override long combine(long x, long y) { return super.combine(y, x) + (long) scale; }
    private double secret(double a, long b, float c) { return a * b * c; }
    double callSecret() { return secret(1.5, 4L, 2f); }
}

public class CallingConventions {
    // locals: a(0) b(1) c(2) -> x lands in slot 3: fstore_3 / fload_3
    static float floatSlot3(int a, int b, int c) {
        float x = a + b + c;
        x *= 0.5f;
        return x;
    }

    // d(0) -> dstore_2 / dload_2 for y; long z lands in 4
    static double doubleSlots(double d) {
        double y = d * 2;
        long z = (long) y;
        return y + z;
    }

    // l(0-1) i(2) f(3)
    static String slots(long l, int i, float f) {
        long l2 = l + i;        // 4-5
        double d = f * 2.0;     // 6-7
        return l + "," + i + "," + f + "," + l2 + "," + d;
    }

    // longs in slots 0 and 2: lload_0 lload_2
    static long twoLongs(long a, long b) {
        return a * 1000 + b;
    }

    // lstore_1 / lload_1 after an int in slot 0; fstore_1 etc.
    static long longAtSlot1(int k) {
        long v = k * 3L;
        v <<= 2;
        return v;
    }

    static float floatAtSlot1(int k) {
        float f = k;
        f /= 4;
        return f;
    }

    static float floatAtSlot2(int a, int b) {
        float f = a - b;
        return f * f;
    }

    static float floatsAt0to3(float a, float b, float c, float d) {
        return a * 1000 + b * 100 + c * 10 + d;
    }

    static double doubleAtSlot1(int a) {
        double d = a;
        return d * d;
    }

    static double doubleAtSlot3(int a, int b, int c) {
        double d = a * b * c;
        return d / 3;
    }

    static long longAtSlot3(int a, int b, int c) {
        long l = (long) a * b * c;
        return l;
    }

    static Object refsAt0to3(Object a, Object b, Object c, Object d) {
        Object e = a;
        a = d; d = e;
        b = c;
        return "" + a + b + c + d;
    }

    static int intsAt0to3(int a, int b, int c, int d) {
        a = d; b = c; c = a; d = b;
        return a * 1000 + b * 100 + c * 10 + d;
    }

    // every return type
    static boolean retZ(int x) { return x > 0; }
    static byte retB(int x) { return (byte) x; }
    static char retC(int x) { return (char) x; }
    static short retS(int x) { return (short) x; }
    static int retI(long x) { return (int) x; }
    static long retJ(int x) { return x * 1000000000L; }
    static float retF(double x) { return (float) x; }
    static double retD(float x) { return x; }
    static int[] retArr(int n) { return new int[n]; }
    static void retV(int[] box) { box[0]++; }

    static long manyMixed(byte b, short s, char c, int i, long l, float f, double d, boolean z, String str, long l2, double d2, int i2) {
        return b + s + c + i + l + (long) f + (long) d + (z ? 1 : 0) + str.length() + l2 + (long) d2 + i2;
    }

    static int varargs(String label, long... xs) {
        long s = 0;
        for (long x : xs) s += x;
        System.out.println("  varargs " + label + " n=" + xs.length + " sum=" + s);
        return xs.length;
    }

    int instanceField = 5;
    long instanceWithWide(long a, double b, int c) {
        return a + (long) b + c + instanceField;   // `this` in slot 0, a in 1-2, b in 3-4, c in 5
    }

    public static void main(String[] args) {
        System.out.println(floatSlot3(1, 2, 4) + " " + doubleSlots(1.25) + " " + slots(1L << 33, -5, 0.75f));
        System.out.println(twoLongs(7, -3) + " " + longAtSlot1(5) + " " + floatAtSlot1(7) + " " + floatAtSlot2(3, 10) + " " + floatsAt0to3(1, 2, 3, 4));
        System.out.println(doubleAtSlot1(12) + " " + doubleAtSlot3(2, 3, 4) + " " + longAtSlot3(100000, 100000, 3) + " " + refsAt0to3("a", "b", "c", "d") + " " + intsAt0to3(1, 2, 3, 4));
        System.out.println(retZ(1) + " " + retZ(-1) + " " + retB(200) + " " + (int) retC(-1) + " " + retS(70000) + " " + retI(1L << 35 | 9) + " " + retJ(-3) + " " + retF(0.1) + " " + retD(0.1f) + " " + retArr(4).length);
        int[] box = {0};
        retV(box); retV(box);
        System.out.println(box[0]);
        System.out.println(manyMixed((byte) -1, (short) 2, 'A', 4, 5L << 32, 6.9f, 7.9, true, "str", -8L, 9.5, 10));
        varargs("none");
        varargs("one", 1);
        varargs("many", 1, 2, 3, Long.MAX_VALUE);
        varargs("array", new long[]{5, 6});
        System.out.println(new CallingConventions().instanceWithWide(10L, 20.5, 30));
        Mixer m = new MixerImpl("tag");
        System.out.println(m.mix(1L << 40, 3, 0.5, 0.25f, "four"));
        Derived d = new Derived(2.5f, 100L, 20.9);
        Base b = d;
        System.out.println(d.baseTotal + " " + b.combine(1, 2) + " " + b.half(5) + " " + d.callSecret());
        // recursion passing longs and doubles: the callee's slots must not clobber the caller's
        System.out.println(sumTo(200L, 0.0));
    }

    static double sumTo(long n, double acc) {
        if (n == 0) return acc;
        long before = n;
        double r = sumTo(n - 1, acc + n * 0.5);
        if (before != n) throw new AssertionError("clobbered");
        return r;
    }
}
