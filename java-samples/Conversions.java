public class Conversions {
    static long i2l(int v) { return v; }
    static float i2f(int v) { return v; }
    static double i2d(int v) { return v; }
    static int l2i(long v) { return (int) v; }
    static float l2f(long v) { return v; }
    static double l2d(long v) { return v; }
    static int f2i(float v) { return (int) v; }
    static long f2l(float v) { return (long) v; }
    static double f2d(float v) { return v; }
    static int d2i(double v) { return (int) v; }
    static long d2l(double v) { return (long) v; }
    static float d2f(double v) { return (float) v; }
    static byte i2b(int v) { return (byte) v; }
    static char i2c(int v) { return (char) v; }
    static short i2s(int v) { return (short) v; }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 127, -128, 255, 32767, -32768, 65535, 16777216, 16777217, 16777219, 123456789, Integer.MAX_VALUE, Integer.MIN_VALUE};
        System.out.println("-- from int");
        for (int v : ints) {
            System.out.println(v + ": i2l=" + i2l(v) + " i2f=" + i2f(v) + " i2d=" + i2d(v) + " i2b=" + i2b(v) + " i2c=" + (int) i2c(v) + " i2s=" + i2s(v));
        }
        long[] longs = {0L, -1L, 4294967295L, 4294967296L, -4294967297L, 9007199254740993L, 9007199254740995L, 1L << 62, (1L << 53) + 1, 0x7fffffffffffff00L, 0x7fffffffffffffffL, Long.MIN_VALUE, -(1L << 24) - 1, 33554431L};
        System.out.println("-- from long");
        for (long v : longs) {
            System.out.println(v + ": l2i=" + l2i(v) + " l2f=" + l2f(v) + " l2d=" + l2d(v));
        }
        float[] floats = {0f, -0f, 0.5f, -0.5f, 1.9999999f, -1.9999999f, 1e10f, -1e10f, 3e38f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 0.1f, 2.14748365E9f, -2.14748365E9f, 9.2233715E18f, 9.223372E18f, -9.223372E18f};
        System.out.println("-- from float");
        for (float v : floats) {
            System.out.println(v + ": f2i=" + f2i(v) + " f2l=" + f2l(v) + " f2d=" + f2d(v));
        }
        double[] doubles = {0d, -0d, 0.5, -0.5, 0.9999999999999999, -0.9999999999999999, 2147483647.9, -2147483648.9, 2147483648.0, 1e19, -1e19, 9.223372036854775E18, 9.223372036854776E18,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1e-40, 1e-46, 3.4028235e38, 3.5e38, 0.1, 1.0 / 3.0, 2.0 / 3.0, 1.000000059604644775390625, 1.0000001192092896};
        System.out.println("-- from double");
        for (double v : doubles) {
            System.out.println(v + ": d2i=" + d2i(v) + " d2l=" + d2l(v) + " d2f=" + d2f(v));
        }
        System.out.println("-- chains");
        System.out.println((byte) (char) -1 + " " + (int) (char) (byte) -1 + " " + (short) (char) (short) -1 + " " + (int) (char) (short) -32768);
        System.out.println((int) (float) Integer.MAX_VALUE + " " + (long) (float) Long.MAX_VALUE + " " + (long) (double) Long.MAX_VALUE + " " + (int) (double) Integer.MIN_VALUE);
        System.out.println((float) (double) 0.1f + " " + (double) (float) 0.1 + " " + (long) 1e20f + " " + (int) -1e20);
        char c = 'A';
        int ci = c + 1;
        long cl = c;
        float cf = c;
        double cd = c;
        System.out.println(ci + " " + cl + " " + cf + " " + cd + " " + (char) ci + " " + (char) (c + 25));
        byte b = -5;
        char bc = (char) b;
        short bs = b;
        long bl = b;
        System.out.println((int) bc + " " + bs + " " + bl + " " + (b & 0xff) + " " + (b >>> 28) + " " + ((b & 0xff) >>> 4));
        short s = -300;
        System.out.println((byte) s + " " + (int) (char) s + " " + (s & 0xffff) + " " + (float) s + " " + (double) s);
        // implicit widening in mixed expressions
        int i = 3;
        long l = 4;
        float f = 0.5f;
        double d = 0.25;
        System.out.println((i + l) + " " + (i + f) + " " + (l + f) + " " + (f + d) + " " + (i * d) + " " + (l / f) + " " + (i / 2 * f) + " " + (l % 3 + d));
        // ternary numeric promotion
        boolean t = args.length == 0;
        System.out.println((t ? 1 : 2.0) + " " + (t ? 'x' : 0) + " " + (t ? (Integer) 5 : (Double) 2.0) + " " + (t ? 'a' : i));
    }
}
