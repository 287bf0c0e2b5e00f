import java.util.*;
public class FormatCompare {
    static String jdk(String f, Object... a) { try { return String.format(f, a); } catch (Exception e) { return e.getClass().getName() + ": " + e.getMessage(); } }
    static String our(String f, Object... a) { try { return new tfm.Formatter(new StringBuilder(), Locale.US).format(f, a).toString(); } catch (Exception e) { return e.getClass().getName() + ": " + e.getMessage(); } }
    static int bad = 0, total = 0;
    static void t(String f, Object... a) { total++; String x = jdk(f, a), y = our(f, a); if (!x.equals(y)) { bad++; System.out.println("DIFF " + f + " " + Arrays.toString(a) + "\n  jdk: " + x + "\n  our: " + y); } }
    public static void main(String[] args) {
        Object[] nums = {0.0, -0.0, 0.125, 0.05, 1.005, 2.5, 3.5, -1.5, 1e-5, 123456.789, 1e10, 9.995, 0.0001, 0.00009, 99.5, 1.0, 100.0, 1e300, 4.9e-324, Double.MAX_VALUE, 0.1f, 1.1f, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1234567.0, 0.3333333333, 2.0/3, 1e-10, 12345678901.5, 5e-5, 0.000123456, 123.456e20};
        String[] ff = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%e", "%.0e", "%.2e", "%E", "%g", "%.0g", "%.3g", "%.10g", "%G", "%10.2f", "%-10.2f|", "%010.2f", "%+.2f", "% .2f", "%(.2f", "%,.2f", "%,f", "%#.0f", "%#.0e", "%+010.3e", "%(10.1e", "%a", "%.3a", "%A", "%15a", "%s", "%-12.4e|", "%020.3g", "%(,.2f", "%,015.2f", "%.20f"};
        for (String f : ff) for (Object n : nums) t(f, n);
        Object[] ints = {0, 1, -1, 42, -42, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789L, -9876543210L, Long.MIN_VALUE, (byte) -5, (short) -300, (byte) 100};
        String[] fi = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%(d", "%,d", "%,010d", "%x", "%X", "%#x", "%08X", "%o", "%#o", "%010o", "%+,(15d", "%s", "%c", "%-8s|", "%S", "%h", "%b", "%10b", "%.2s", "%(05d"};
        for (String f : fi) for (Object n : ints) t(f, n);
        t("%s %s %s", "a", "b", "c"); t("%2$s %1$s", "a", "b"); t("%s %<s %s", "a", "b"); t("%n"); t("100%%"); t("%5%|"); t("%-5%|");
        t("%d", "str"); t("%s"); t("%d %d", 1); t("%q", 1); t("%", 1); t("%.f", 1.0); t("%-d", 1); t("%05s", "x"); t("%#s", "x"); t("%+s", "x"); t("%,x", 1);
        t("%.2d", 1); t("%-05d", 1); t("%+ d", 1); t("%--5d", 1); t("%0d", 1); t("%c", "x"); t("%c", 'x'); t("%c", 65); t("%c", 0x1F600); t("%c", -1); t("%C", 'a');
        t("%b", (Object) null); t("%s", (Object) null); t("%d", (Object) null); t("%5.1s|", "hello"); t("%B", true); t("%-10S|", "hi"); t("%.3c", 'a'); t("%#c", 'a');
        t("%3$s", "a"); t("%0$s", "a"); t("%<s", "a"); t("%,e", 1.0); t("%#g", 1.0); t("%(a", 1.0); t("%f", 1); t("%x", 1.5); t("%e", "s"); t("%5n"); t("%-n"); t("%.2n"); t("%tY", 1L);
        t("%s|%10s|%-10s|", "abc", "abc", "abc"); t("%08.3f", -3.14159); t("%-8.3f|", -3.14159); t("%.1f%%", 45.678); t("Total: %,d items at $%.2f", 1234567, 9.5);
        t("%1$s %1$s %2$s", "x", "y"); t("%s %2$s %s", "a", "b", "c"); t("%x", -1L); t("%X", (byte) -1); t("%o", -8);
        t("%e", 0.0); t("%g", 0.0); t("%.3g", 0.0001); t("%g", 100000.0); t("%g", 1000000.0); t("%g", 0.0001); t("%g", 0.00001); t("%.2g", 99.9); t("%.3e", 9.9996);
        t("%10.4f|%-10.4f|", Math.PI, Math.E); t("%.15f", 0.1); t("%.17f", 0.1); t("%.0f", 0.5); t("%.0f", 1.5); t("%.0f", 2.5); t("%.1f", 0.25); t("%.1f", 0.35);
        System.out.println(bad + " diffs of " + total);
    }
}
