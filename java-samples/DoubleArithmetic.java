public class DoubleArithmetic {
    static double[] VALS = {0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 0.1, 1e100, -1e-100,
        Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 9007199254740993.0, 123.456};

    static String cmp(double a, double b) {
        StringBuilder sb = new StringBuilder();
        sb.append(a < b ? '1' : '0');
        sb.append(a <= b ? '1' : '0');
        sb.append(a > b ? '1' : '0');
        sb.append(a >= b ? '1' : '0');
        sb.append(a == b ? '1' : '0');
        sb.append(a != b ? '1' : '0');
        if (a < b) sb.append('L');
        if (a > b) sb.append('G');
        if (!(a >= b)) sb.append('n');
        if (!(a <= b)) sb.append('m');
        return sb.toString();
    }

    static strictfp double strictOps(double a, double b) { return (a * b) / b + a - b; }

    public static void main(String[] args) {
        System.out.println("-- basic ops");
        for (double a : VALS) {
            for (double b : VALS) {
                if (b == 3.0 || b == -0.0 || b == 0.1 || Double.isNaN(b) || b == Double.NEGATIVE_INFINITY || b == Double.MIN_VALUE) {
                    System.out.println(a + " op " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
                }
            }
        }
        System.out.println("-- zeros");
        double z = 0.0, nz = -0.0;
        System.out.println(-z + " " + -nz + " " + (z == nz) + " " + (1 / z) + " " + (1 / nz) + " " + Double.compare(nz, z) + " " + Double.valueOf(z).equals(nz));
        System.out.println(Double.doubleToLongBits(nz) + " " + Double.doubleToLongBits(Double.NaN) + " " + Double.doubleToLongBits(1.0) + " " + Double.longBitsToDouble(0x3ff8000000000000L));
        System.out.println(Long.toHexString(Double.doubleToLongBits(0.1)) + " " + Long.toHexString(Double.doubleToLongBits(-Double.MAX_VALUE)));
        System.out.println("-- remainder");
        System.out.println((5.5 % 2) + " " + (-5.5 % 2) + " " + (5.5 % -2) + " " + (-5.5 % -2) + " " + (1.0 % 0) + " " + (Double.NEGATIVE_INFINITY % 2) + " " + (2 % Double.NEGATIVE_INFINITY) + " " + (-0.0 % 5) + " " + (1e300 % 3));
        System.out.println("-- comparisons (dcmpl/dcmpg)");
        double[] cv = {Double.NaN, Double.NEGATIVE_INFINITY, -1, -0.0, 0.0, 1, Double.POSITIVE_INFINITY};
        for (double a : cv) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(':');
            for (double b : cv) sb.append(' ').append(cmp(a, b));
            System.out.println(sb);
        }
        System.out.println(Double.compare(Double.NaN, Double.NaN) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.isNaN(0.0 / 0.0));
        System.out.println("-- casts");
        double[] cvals = {0, -0.0, 0.999, -0.999, 2.5, -2.5, 2147483647.5, 2147483648.0, -2147483649.0, 1e18, 9.3e18, -9.3e18, 1e300,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9.223372036854776E18, -9.223372036854776E18, 4e38, -4e38, 1e-50, 3.4028235677973366E38, 1.00000001};
        for (double d : cvals) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " float " + (float) d + " short " + (short) d + " char " + (int) (char) d + " byte " + (byte) d);
        }
        System.out.println("-- d2f rounding");
        double[] rv = {1.00000005960464477539, 1.0000000596046448, 1.0000001788139343, 0.1, 1.0 / 3, 16777217.0, 16777219.0, 1.4e-45, 7.0e-46, 7.1e-46, 3.4028235e38, 3.40282357e38, 3.4028236e38, -1e-46};
        for (double d : rv) {
            float f = (float) d;
            System.out.println(d + " -> " + f + " bits " + Integer.toHexString(Float.floatToIntBits(f)) + " back " + (double) f);
        }
        System.out.println("-- precision and printing");
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println(acc + " " + (acc == 1.0) + " " + (0.1 + 0.2) + " " + (0.1 + 0.2 == 0.3));
        double[] pv = {1, 10, 1e6, 1e7, 1e-3, 1e-4, 123456789.0, Math.PI, Math.E, 1e21, 1e22, 1e23, 2e-323, 4.9e-324, 1.7976931348623157e308, 100.0 / 3, 5e-324 * 3, 0.5, 0.25, 1234.5e-2, 9007199254740992.0, 9007199254740993.0, 1.0E-5};
        for (double d : pv) System.out.println(d + " " + Double.toString(-d) + " " + String.valueOf(d / 7));
        System.out.println(Double.parseDouble("3.5") + " " + Double.parseDouble("-1e300") + " " + Double.valueOf("0.1") + " " + Double.parseDouble("1e400") + " " + Double.parseDouble("  42  "));
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MIN_NORMAL);
        System.out.println(strictOps(1e300, 1e300) + " " + strictOps(3, 7));
        System.out.println("-- compound");
        double d = 1.5;
        d += 2; System.out.println(d);
        d *= d; System.out.println(d);
        d /= 0.3; System.out.println(d);
        d -= 100; System.out.println(d);
        d %= 7; System.out.println(d);
        d++; System.out.println(d);
        d--; d--; System.out.println(d);
        int ii = 7;
        ii += 2.7; System.out.println(ii);
        ii /= 0.0; System.out.println(ii);
        long ll = Long.MAX_VALUE;
        ll -= 0.5; System.out.println(ll);
        float ff = 1;
        ff += 1e-10; System.out.println(ff);
        ff += 1e40; System.out.println(ff);
        System.out.println("-- harmonic sum");
        double h = 0;
        for (int i = 1; i <= 1000; i++) h += 1.0 / i;
        System.out.println(h);
        double prod = 1;
        for (int i = 1; i <= 170; i++) prod *= i;
        System.out.println(prod + " " + prod * 171);
    }
}
