public class ArraysPrimitive {
    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        System.out.println("-- defaults");
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        String[] str = new String[3];
        Point[] pts = new Point[2];
        System.out.println(z[0] + " " + b[1] + " " + (int) c[2] + " " + s[0] + " " + i[1] + " " + l[2] + " " + f[0] + " " + d[1] + " " + str[2] + " " + pts[0]);
        System.out.println(z.length + " " + b.length + " " + c.length + " " + s.length + " " + i.length + " " + l.length + " " + f.length + " " + d.length + " " + str.length + " " + pts.length);
        System.out.println("-- stores and loads (bastore/castore/sastore truncate)");
        z[1] = true;
        b[0] = (byte) 200; b[1] = 127; b[2] = (byte) -129;
        c[0] = 'A'; c[1] = (char) 0x10041; c[2] = '\uffff';
        s[0] = (short) 40000; s[1] = -32768; s[2] = 12345;
        i[0] = Integer.MIN_VALUE; i[1] = -1; i[2] = 42;
        l[0] = Long.MAX_VALUE; l[1] = -1L << 40; l[2] = 7;
        f[0] = 1.5f; f[1] = Float.NaN; f[2] = -0.0f;
        d[0] = Math.PI; d[1] = Double.NEGATIVE_INFINITY; d[2] = 1e-300;
        str[0] = "zero"; str[2] = "two";
        pts[1] = new Point(3, 4);
        System.out.println(z[0] + " " + z[1] + " " + z[2]);
        System.out.println(b[0] + " " + b[1] + " " + b[2]);
        System.out.println((int) c[0] + " " + c[0] + " " + (int) c[1] + " " + (int) c[2]);
        System.out.println(s[0] + " " + s[1] + " " + s[2]);
        System.out.println(i[0] + " " + i[1] + " " + i[2]);
        System.out.println(l[0] + " " + l[1] + " " + l[2]);
        System.out.println(f[0] + " " + f[1] + " " + f[2]);
        System.out.println(d[0] + " " + d[1] + " " + d[2]);
        System.out.println(str[0] + " " + str[1] + " " + str[2] + " " + pts[0] + " " + pts[1]);
        System.out.println("-- zero-length and big arrays");
        int[] empty = new int[0];
        System.out.println(empty.length);
        long[] bigl = new long[100000];
        bigl[99999] = 5;
        long sum = 0;
        for (long v : bigl) sum += v;
        System.out.println(bigl.length + " " + sum);
        System.out.println("-- array initializers");
        int[] init = {1, 2, 3, -4, 100000};
        char[] hello = {'h', 'e', 'l', 'l', 'o'};
        double[] dd = {1.5, 2.5};
        String[] words = {"alpha", "beta", null, "delta"};
        boolean[] flags = {true, false, true};
        byte[] bytes = {-1, 0, 1, 127, -128};
        short[] shorts = {-1, 1000, -30000};
        float[] floats = {0.25f, -8f};
        long[] longs = {1L, 1L << 50};
        System.out.println(init[4] + " " + String.valueOf(hello) + " " + dd[1] + " " + words[3] + " " + words[2] + " " + flags[2] + " " + bytes[4] + " " + shorts[2] + " " + floats[1] + " " + longs[1]);
        System.out.println("-- clone");
        int[] ic = init.clone();
        ic[0] = 99;
        System.out.println(init[0] + " " + ic[0] + " " + ic.length + " " + (ic != init));
        String[] wc = words.clone();
        wc[0] = "changed";
        System.out.println(words[0] + " " + wc[0] + " " + (wc[3] == words[3]));
        Point[] pc = pts.clone();
        pc[1].x = 100;
        System.out.println(pts[1] + " " + (pc[1] == pts[1]));
        double[] dc = dd.clone();
        char[] cc = hello.clone();
        boolean[] zc = flags.clone();
        long[] lc = longs.clone();
        byte[] bc = bytes.clone();
        short[] sc = shorts.clone();
        float[] fc = floats.clone();
        System.out.println(dc[0] + " " + cc[4] + " " + zc[0] + " " + lc[1] + " " + bc[0] + " " + sc[1] + " " + fc[0]);
        System.out.println("-- arraycopy");
        int[] src = new int[10];
        for (int k = 0; k < src.length; k++) src[k] = k * k;
        int[] dst = new int[10];
        System.arraycopy(src, 2, dst, 5, 4);
        printInts(dst);
        System.arraycopy(src, 0, src, 3, 6); // overlapping forward
        printInts(src);
        System.arraycopy(src, 4, src, 1, 5); // overlapping backward
        printInts(src);
        Object[] objs = new Object[4];
        System.arraycopy(words, 0, objs, 0, 4);
        System.out.println(objs[0] + " " + objs[1] + " " + objs[2] + " " + objs[3]);
        try {
            System.arraycopy(src, 8, dst, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy AIOOBE " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, words, 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy ASE " + e.getMessage());
        }
        try {
            Object[] os = {"a", Integer.valueOf(1)};
            String[] ss = new String[2];
            System.arraycopy(os, 0, ss, 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy ASE2 " + e.getMessage());
        }
        System.out.println("-- loops over arrays");
        int[] fib = new int[20];
        fib[0] = 0; fib[1] = 1;
        for (int k = 2; k < fib.length; k++) fib[k] = fib[k - 1] + fib[k - 2];
        printInts(fib);
        char[] alpha = new char[26];
        for (int k = 0; k < 26; k++) alpha[k] = (char) ('a' + k);
        System.out.println(String.valueOf(alpha));
        byte[] counts = new byte[4];
        for (int k = 0; k < 300; k++) counts[k & 3]++;
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
        short[] sh = new short[2];
        sh[0] += 40000; sh[1] -= 1;
        System.out.println(sh[0] + " " + sh[1]);
        float[] fa = new float[3];
        fa[0] += 0.1f; fa[1] -= 1e30f; fa[1] *= 1e30f; fa[2] /= 0f;
        System.out.println(fa[0] + " " + fa[1] + " " + fa[2]);
        double[] da = new double[2];
        da[0]++; da[1]--; da[1] *= -7.5;
        System.out.println(da[0] + " " + da[1]);
        long[] la = new long[2];
        la[0]++; la[1] += Long.MIN_VALUE; la[1]--;
        System.out.println(la[0] + " " + la[1]);
        boolean[] ba = new boolean[2];
        ba[1] = !ba[0];
        ba[0] |= ba[1];
        System.out.println(ba[0] + " " + ba[1]);
    }

    static void printInts(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < a.length; k++) {
            if (k > 0) sb.append(", ");
            sb.append(a[k]);
        }
        System.out.println(sb.append(']'));
    }
}
