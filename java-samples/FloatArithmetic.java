public class FloatArithmetic {
    static float[] VALS = {0.0f, -0.0f, 1.0f, -1.0f, 0.5f, 1.5f, -2.5f, 3.0f, 0.1f, 1e10f, -1e-10f,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 2147483648.0f, -2147483648.0f, 16777217.0f, 123.456f};

    static String cmp(float a, float b) {
        StringBuilder sb = new StringBuilder();
        sb.append(a < b ? '1' : '0');
        sb.append(a <= b ? '1' : '0');
        sb.append(a > b ? '1' : '0');
        sb.append(a >= b ? '1' : '0');
        sb.append(a == b ? '1' : '0');
        sb.append(a != b ? '1' : '0');
        sb.append(!(a < b) ? '1' : '0');
        sb.append(!(a > b) ? '1' : '0');
        return sb.toString();
    }

    static strictfp float strictMul(float a, float b) { return a * b / b; }

    public static void main(String[] args) {
        System.out.println("-- basic ops");
        for (float a : VALS) {
            for (float b : VALS) {
                if (b == 3.0f || b == -0.0f || b == 0.1f || Float.isNaN(b) || b == Float.POSITIVE_INFINITY || b == Float.MIN_VALUE) {
                    System.out.println(a + " op " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
                }
            }
        }
        System.out.println("-- negation and zero");
        float z = 0.0f, nz = -0.0f;
        System.out.println(-z + " " + -nz + " " + (z == nz) + " " + (1 / z) + " " + (1 / nz));
        System.out.println(Float.compare(z, nz) + " " + Float.valueOf(z).equals(nz) + " " + (0.0f - 0.0f) + " " + (-0.0f - 0.0f) + " " + (nz + z) + " " + (nz * z));
        System.out.println(Float.floatToIntBits(nz) + " " + Float.floatToIntBits(Float.NaN) + " " + Float.floatToIntBits(1.0f) + " " + Float.intBitsToFloat(0x7f800000));
        System.out.println("-- remainder (fmod semantics)");
        System.out.println((5.5f % 2f) + " " + (-5.5f % 2f) + " " + (5.5f % -2f) + " " + (-5.5f % -2f) + " " + (1f % 0f) + " " + (Float.POSITIVE_INFINITY % 2f) + " " + (2f % Float.POSITIVE_INFINITY) + " " + (-0.0f % 5f));
        System.out.println("-- comparisons (fcmpl / fcmpg)");
        float[] cv = {Float.NaN, Float.NEGATIVE_INFINITY, -1f, -0.0f, 0.0f, 1f, Float.POSITIVE_INFINITY};
        for (float a : cv) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(':');
            for (float b : cv) {
                sb.append(' ').append(cmp(a, b));
            }
            System.out.println(sb);
        }
        System.out.println("-- Float.compare / equals with NaN");
        System.out.println(Float.compare(Float.NaN, Float.NaN) + " " + Float.compare(Float.NaN, Float.POSITIVE_INFINITY) + " " + Float.valueOf(Float.NaN).equals(Float.NaN) + " " + (Float.NaN == Float.NaN));
        float nan = Float.NaN;
        System.out.println((nan != nan) + " " + Float.isNaN(nan) + " " + Float.isNaN(0f / 0f) + " " + Float.isInfinite(1f / 0f));
        System.out.println("-- casts to int/long (saturating)");
        float[] cvals = {0f, -0.0f, 0.9f, -0.9f, 1.5f, -1.5f, 2.5f, 1e9f, 3e9f, -3e9f, 1e19f, -1e19f, 1e30f, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2147483647f, -2147483648f, 9.223372E18f, Float.MIN_VALUE};
        for (float f : cvals) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f + " short " + (short) f + " byte " + (byte) f + " char " + (int) (char) f + " double " + (double) f);
        }
        System.out.println("-- precision");
        float acc = 0f;
        for (int i = 0; i < 10; i++) acc += 0.1f;
        System.out.println(acc + " " + (acc == 1.0f));
        System.out.println((16777216f + 1f) + " " + (16777216f + 2f) + " " + (float) 16777217 + " " + (float) 0x7fffffff + " " + (float) Long.MAX_VALUE);
        System.out.println(1f / 3f + " " + 2f / 3f + " " + 10f / 3f + " " + 1e-45f + " " + 1e38f * 10f + " " + Float.MIN_VALUE / 2f);
        System.out.println(strictMul(1e20f, 1e20f) + " " + strictMul(3f, 7f));
        System.out.println("-- printing");
        float[] pv = {1f, 10f, 100f, 1e6f, 1e7f, 1.0E-3f, 1.0E-4f, 0.001f, 123456789f, 3.14159265f, 2.7182817f, 1e-5f, 9999999f, 12345.678f, 0.3f, 100.5f, 1.17549435E-38f, 3.4028235E38f};
        for (float f : pv) {
            System.out.println(f + " " + Float.toString(-f) + " " + String.valueOf(f * 2));
        }
        System.out.println(Float.parseFloat("3.5") + " " + Float.parseFloat("-1e10") + " " + Float.valueOf("0.1") + " " + Float.parseFloat("NaN") + " " + Float.parseFloat("-Infinity"));
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MIN_NORMAL);
        System.out.println("-- compound and increments");
        float f = 1.5f;
        f += 2; System.out.println(f);
        f *= f; System.out.println(f);
        f /= 0.5f; System.out.println(f);
        f -= 100; System.out.println(f);
        f %= 7; System.out.println(f);
        f++; System.out.println(f);
        f--; f--; System.out.println(f);
        int ii = 7;
        ii += 2.7f; System.out.println(ii);
        ii *= 1.5f; System.out.println(ii);
        ii /= 0f; System.out.println(ii);
        long ll = 100;
        ll -= 0.5f; System.out.println(ll);
    }
}
