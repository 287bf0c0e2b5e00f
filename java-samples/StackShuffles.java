// Expressions javac compiles to dup, dup_x1, dup_x2, dup2, dup2_x1, dup2_x2, pop, pop2.
public class StackShuffles {
    int fi;
    long fl;
    double fd;
    static int si;
    static long sl;
    static double sd;

    static long sideLong() { return 77L; }
    static double sideDouble() { return 1.5; }
    static int sideInt() { return 5; }

    public static void main(String[] args) {
        StackShuffles o = new StackShuffles();
        int[] ia = new int[4];
        long[] la = new long[4];
        double[] da = new double[4];
        Object[] oa = new Object[2];
        int i;
        long l;
        double d;

        System.out.println("-- dup_x1: assignment value of a field store used as expression");
        i = o.fi = 42;
        System.out.println(i + " " + o.fi);
        i = o.fi++;
        System.out.println(i + " " + o.fi);
        i = ++o.fi;
        System.out.println(i + " " + o.fi);
        i = o.fi += 10;
        System.out.println(i + " " + o.fi);

        System.out.println("-- dup_x2: int array element assignment as expression");
        i = ia[1] = 9;
        System.out.println(i + " " + ia[1]);
        i = ia[2]++;
        System.out.println(i + " " + ia[2]);
        i = ++ia[2];
        System.out.println(i + " " + ia[2]);
        i = ia[3] -= 4;
        System.out.println(i + " " + ia[3]);
        Object x = oa[0] = "stored";
        System.out.println(x + " " + oa[0]);

        System.out.println("-- dup2_x1: long/double field assignment as expression");
        l = o.fl = 1234567890123L;
        System.out.println(l + " " + o.fl);
        l = o.fl++;
        System.out.println(l + " " + o.fl);
        l = --o.fl;
        System.out.println(l + " " + o.fl);
        l = o.fl += 1000;
        System.out.println(l + " " + o.fl);
        o.fl += 5;        // dup, getfield, ..., putfield
        o.fl <<= 2;
        System.out.println(o.fl);
        d = o.fd = 2.25;
        System.out.println(d + " " + o.fd);
        d = o.fd++;
        System.out.println(d + " " + o.fd);
        d = o.fd *= 2;
        System.out.println(d + " " + o.fd);

        System.out.println("-- dup2_x2: long/double array element assignment as expression");
        l = la[0] = -5L;
        System.out.println(l + " " + la[0]);
        l = la[1]++;
        System.out.println(l + " " + la[1]);
        l = ++la[1];
        System.out.println(l + " " + la[1]);
        la[2]++;
        la[2] += sideLong();
        System.out.println(la[2]);
        d = da[0] = 0.125;
        System.out.println(d + " " + da[0]);
        d = da[1]--;
        System.out.println(d + " " + da[1]);
        d = da[2] += sideDouble();
        System.out.println(d + " " + da[2]);
        long a2 = 3, b2;
        la[3] = b2 = a2 * 7;
        System.out.println(la[3] + " " + b2);
        double c3;
        da[3] = c3 = sideDouble() * 3;
        System.out.println(da[3] + " " + c3);

        System.out.println("-- dup2: statics and locals");
        l = sl = 99L;
        sl++;
        l = sl++;
        System.out.println(l + " " + sl);
        d = sd = -0.5;
        d = ++sd;
        System.out.println(d + " " + sd);
        long q = 10;
        l = q++;
        System.out.println(l + " " + q);
        i = si = 3;
        i = si++;
        System.out.println(i + " " + si);
        // chained assignment of longs
        long p1, p2, p3;
        p1 = p2 = p3 = 1L << 40;
        System.out.println(p1 + " " + p2 + " " + p3);
        double q1, q2;
        q1 = q2 = Math.sqrt(2);
        System.out.println(q1 + " " + q2);

        System.out.println("-- pop / pop2: discarded results");
        sideInt();
        sideLong();
        sideDouble();
        o.getI();
        o.getL();
        new StringBuilder("discarded").append(1);
        int cnt = 0;
        for (int k = 0; k < 5; k++) { ia[0]++; la[0]--; cnt++; }
        System.out.println(ia[0] + " " + la[0] + " " + cnt);

        System.out.println("-- nested compound expressions");
        int[][] g = new int[2][2];
        g[1][1] += g[0][0]++ + ++g[0][1];
        System.out.println(g[0][0] + " " + g[0][1] + " " + g[1][1]);
        long[][] lg = new long[2][2];
        lg[1][0] = lg[0][1] = lg[1][1]++ + 100;
        System.out.println(lg[0][1] + " " + lg[1][0] + " " + lg[1][1]);
        StackShuffles[] os = {new StackShuffles(), new StackShuffles()};
        os[1].fl = os[0].fl += 3;
        os[0].fd = os[1].fd -= 1.5;
        System.out.println(os[0].fl + " " + os[1].fl + " " + os[0].fd + " " + os[1].fd);
        String s = "a";
        s += s += "b";
        System.out.println(s);
        char[] chars = {'a'};
        char ch = chars[0]++;
        System.out.println(ch + " " + chars[0]);
        byte[] bytes = {127};
        int bi = ++bytes[0];
        System.out.println(bi + " " + bytes[0]);
        short[] shorts = {-32768};
        int shv = shorts[0]--;
        System.out.println(shv + " " + shorts[0]);
        float[] fls = {1.5f};
        float fv = fls[0]++;
        System.out.println(fv + " " + fls[0]);
    }

    int getI() { return fi; }
    long getL() { return fl; }
}
