public class Constants {
    static final int SF_INT = 123456;
    static final long SF_LONG = 1234567890123456789L;
    static final String SF_STR = "static final string";
    static final double SF_D = 2.5;

    static void p(String label, int v) { System.out.println(label + " " + v); }

    public static void main(String[] args) {
        System.out.println("-- iconst");
        p("m1", -1); p("0", 0); p("1", 1); p("2", 2); p("3", 3); p("4", 4); p("5", 5);
        System.out.println("-- bipush");
        p("6", 6); p("-2", -2); p("127", 127); p("-128", -128); p("100", 100); p("-100", -100);
        System.out.println("-- sipush");
        p("128", 128); p("-129", -129); p("32767", 32767); p("-32768", -32768); p("1000", 1000); p("-1000", -1000);
        System.out.println("-- ldc int");
        p("32768", 32768); p("-32769", -32769); p("65536", 65536); p("max", 2147483647); p("min", -2147483648); p("hex", 0xCAFEBABE);
        System.out.println("-- lconst / ldc2_w");
        long l0 = 0L, l1 = 1L, l2 = 2L, lm1 = -1L, lbig = 0x123456789ABCDEFL, lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE, l5 = 5L;
        System.out.println(l0 + " " + l1 + " " + l2 + " " + lm1 + " " + lbig + " " + lmax + " " + lmin + " " + l5);
        System.out.println("-- fconst / ldc float");
        float f0 = 0f, f1 = 1f, f2 = 2f, f3 = 3f, fm = -1f, fnz = -0.0f, fpi = 3.1415927f, fbig = 1e30f;
        System.out.println(f0 + " " + f1 + " " + f2 + " " + f3 + " " + fm + " " + fnz + " " + fpi + " " + fbig + " " + Float.NaN + " " + Float.POSITIVE_INFINITY + " " + Float.MIN_VALUE);
        System.out.println("-- dconst / ldc2_w double");
        double d0 = 0.0, d1 = 1.0, d2 = 2.0, dm = -1.0, dnz = -0.0, de = 2.718281828459045, dtiny = 4.9e-324;
        System.out.println(d0 + " " + d1 + " " + d2 + " " + dm + " " + dnz + " " + de + " " + dtiny + " " + Double.NaN + " " + Double.NEGATIVE_INFINITY + " " + Double.MAX_VALUE);
        System.out.println(Double.doubleToLongBits(dnz) + " " + Float.floatToIntBits(fnz));
        System.out.println("-- ldc string / aconst_null");
        String s = "literal";
        String empty = "";
        String nul = null;
        String esc = "tab\there \"quoted\" back\\slash \u0041\u00e9\u4e2d \0end";
        System.out.println(s + "|" + empty + "|" + nul + "|" + esc.length() + "|" + (nul == null));
        System.out.println(esc);
        System.out.println("-- ldc class");
        Class<?> c1 = Constants.class;
        Class<?> c2 = Helper.class;
        Class<?> c3 = Helper.class;
        System.out.println(c1.getName() + " " + c2.getName() + " " + (c2 == c3) + " " + (c1 == c2));
        System.out.println("-- constant folding");
        System.out.println(SF_INT + " " + SF_LONG + " " + SF_STR + " " + SF_D + " " + (SF_INT * 2) + " " + ("a" + "b" + 1 + 2) + " " + (1 + 2 + "c"));
        System.out.println(Helper.K + " " + Helper.KS + " " + Helper.KL + " " + Helper.KF + " " + Helper.KC + " " + Helper.KZ + " " + Helper.KB + " " + Helper.KSH);
        System.out.println("-- booleans and chars");
        boolean t = true, fl = false;
        char c = 'z', c0 = '\u0000', cmax = '\uffff';
        System.out.println(t + " " + fl + " " + c + " " + (int) c0 + " " + (int) cmax + " " + (t ^ fl) + " " + (t & fl) + " " + (t | fl) + " " + !t);
    }
}

class Helper {
    static final int K = -40000;
    static final String KS = "helper" + K;
    static final long KL = -1L << 40;
    static final float KF = 1.25f;
    static final char KC = 'Q';
    static final boolean KZ = true;
    static final byte KB = -7;
    static final short KSH = 30000;
    static { System.out.println("Helper initialized (should not appear for constant access)"); }
}
