/** Formatter's number edge cases: rounding HALF_UP of the decimal digits, signs, NaN, Infinity, extremes. */
public class NumberFormatting {
    static void show(String fmt, Object v) {
        System.out.println(fmt + " of " + v + " -> [" + String.format(fmt, v) + "]");
    }

    public static void main(String[] args) {
        double[] values = {0.125, 0.05, 1.005, 2.675, 0.5, 1.5, 2.5, -2.5, 9.995, 99.995, 0.0, -0.0,
            1e-7, 123456789.987654321, 1e21, 1.0E-300, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 2.0 / 3,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100, 0.000123456789, 5e-5};
        String[] fmts = {"%.2f", "%.1f", "%.0f", "%f", "%e", "%.3e", "%g", "%.3g", "%12.4f", "%-12.2e|", "%+010.2f", "%(,.3f"};
        for (String fmt : fmts) {
            StringBuilder sb = new StringBuilder(fmt).append(':');
            for (double v : values) {
                sb.append(' ').append(String.format(fmt, v));
            }
            System.out.println(sb);
        }
        show("%.2f", 0.1f);
        show("%s", 0.1f);
        show("%.10f", 0.1f);
        show("%e", 3.4028235e38f);
        show("%a", 1.0);
        show("%a", -0.1);
        show("%.2a", 1.999);
        show("%A", Double.MIN_VALUE);
        show("%d", Long.MIN_VALUE);
        show("%,d", Long.MAX_VALUE);
        show("%x", -1);
        show("%x", -1L);
        show("%X", (byte) -128);
        show("%o", (short) -1);
        show("%08.2f", -0.0);
        show("%08.2f", Double.NaN);
        show("%08.2f", Double.NEGATIVE_INFINITY);
        show("%(f", Double.NEGATIVE_INFINITY);
        show("%+e", 0.0);
        show("%g", 0.0001);
        show("%g", 0.00001);
        show("%g", 123456.0);
        show("%g", 1234567.0);
        show("%#.0f", 3.0);
        show("%.0e", 15.0);
        show("%.15g", 0.1 + 0.2);
        show("%.17f", 0.1 + 0.2);
        show("%,.2f", -9876543.215);
        System.out.println(Double.toString(1.005) + " " + Double.toString(0.1 + 0.2) + " " + (0.1f + 0.2f));
        System.out.println(String.valueOf(-0.0) + " " + (0.0 == -0.0) + " " + Double.compare(0.0, -0.0));
    }
}
