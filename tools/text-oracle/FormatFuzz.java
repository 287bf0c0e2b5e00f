import java.util.*;
public class FormatFuzz {
    public static void main(String[] a) {
        Random r = new Random(Long.parseLong(a[0])); int n = Integer.parseInt(a[1]); int bad = 0;
        String flags = "-#+ 0,(";
        char[] convs = "bBhHsScCdoxXeEfgGaA%n".toCharArray();
        Object[] args = {0, -1, 7, 123456789, -98765L, Long.MAX_VALUE, (short) -3, (byte) 9, 0.0, -0.0, 1.5, -2.25, 1e-9, 6.02e23, 99.99999, Double.NaN, Double.NEGATIVE_INFINITY, 3.14f, 'q', "str", true, null, 65, 0x1F600};
        for (int i = 0; i < n; i++) {
            StringBuilder f = new StringBuilder("<%");
            if (r.nextInt(6) == 0) f.append(1 + r.nextInt(2)).append('$');
            int nf = r.nextInt(3); for (int k = 0; k < nf; k++) f.append(flags.charAt(r.nextInt(flags.length())));
            if (r.nextBoolean()) f.append(r.nextInt(15));
            if (r.nextInt(3) == 0) f.append('.').append(r.nextInt(12));
            f.append(convs[r.nextInt(convs.length)]).append('>');
            Object x = args[r.nextInt(args.length)], y = args[r.nextInt(args.length)];
            String fs = f.toString();
            String j = FormatCompare.jdk(fs, x, y), o = FormatCompare.our(fs, x, y);
            if (j.startsWith("java.util.IllegalFormatArgumentIndexException")) continue;
            if (!j.equals(o)) { bad++; if (bad < 10) System.out.println("DIFF " + fs + " " + x + "," + y + "\n  jdk: " + j + "\n  our: " + o); }
        }
        System.out.println(bad + " diffs of " + n);
    }
}
