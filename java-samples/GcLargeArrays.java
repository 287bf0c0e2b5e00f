// Allocation-heavy (-Xmx16m): large arrays of every element type, some larger
// than the young generation's eden (allocated directly in the old generation),
// kept in a rotating window so that old-generation space is freed in the
// middle and must be reused (or compacted) for the next big ones.
public class GcLargeArrays {
    static long checksum(Object a) {
        long s = 0;
        if (a instanceof int[]) for (int v : (int[]) a) s = s * 31 + v;
        else if (a instanceof long[]) for (long v : (long[]) a) s = s * 31 + v;
        else if (a instanceof double[]) for (double v : (double[]) a) s = s * 31 + (long) v;
        else if (a instanceof byte[]) for (byte v : (byte[]) a) s = s * 31 + v;
        else if (a instanceof char[]) for (char v : (char[]) a) s = s * 31 + v;
        else if (a instanceof Object[]) for (Object v : (Object[]) a) s = s * 31 + (v == null ? 7 : checksum(v));
        return s;
    }

    static Object make(int i) {
        int n = 20_000 + (i * 7919) % 300_000;  // up to ~2.4 MB for a long[]
        switch (i % 6) {
            case 0: { int[] a = new int[n]; for (int k = 0; k < n; k += 97) a[k] = k + i; return a; }
            case 1: { long[] a = new long[n]; for (int k = 0; k < n; k += 89) a[k] = (long) k * i; return a; }
            case 2: { double[] a = new double[n / 2]; for (int k = 0; k < a.length; k += 83) a[k] = k * 0.5; return a; }
            case 3: { byte[] a = new byte[n * 2]; for (int k = 0; k < a.length; k += 79) a[k] = (byte) k; return a; }
            case 4: { char[] a = new char[n]; for (int k = 0; k < n; k += 73) a[k] = (char) ('a' + k % 26); return a; }
            default: {
                Object[] a = new Object[64];
                for (int k = 0; k < a.length; k += 3) a[k] = new int[] {k, i};
                return a;
            }
        }
    }

    public static void main(String[] args) {
        Object[] window = new Object[5];  // at most ~8 MB live
        long total = 0;
        for (int i = 0; i < 90; i++) {
            Object a = make(i);
            long c = checksum(a);
            window[i % window.length] = a;
            total += c;
            if (i % 10 == 9) {
                long live = 0;
                for (Object w : window) live += checksum(w);
                System.out.println("after " + (i + 1) + " arrays: window checksum " + live);
            }
        }
        System.out.println("total checksum " + total);
        // Arrays that cannot fit are an OutOfMemoryError, and the VM goes on afterwards.
        try {
            long[] huge = new long[4 << 20];  // 32 MB
            System.out.println("unexpected: " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e);
        }
        System.out.println("window still intact: " + (checksum(window[0]) == checksum(window[0])));
    }
}
