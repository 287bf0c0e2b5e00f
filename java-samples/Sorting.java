public class Sorting {
    static int seed = 42;
    static int nextRand() {
        seed = seed * 1664525 + 1013904223;
        return (seed >>> 8) % 1000 - 500;
    }

    static void bubble(int[] a) {
        for (int i = 0; i < a.length; i++) {
            boolean swapped = false;
            for (int j = 0; j + 1 < a.length - i; j++) {
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; swapped = true; }
            }
            if (!swapped) break;
        }
    }

    static void insertion(long[] a) {
        for (int i = 1; i < a.length; i++) {
            long k = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > k) { a[j + 1] = a[j]; j--; }
            a[j + 1] = k;
        }
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void merge(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(char[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            char t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(char[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            char t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    static void counting(byte[] a) {
        int[] counts = new int[256];
        for (byte b : a) counts[b + 128]++;
        int k = 0;
        for (int v = 0; v < 256; v++) while (counts[v]-- > 0) a[k++] = (byte) (v - 128);
    }

    static <T extends Comparable<T>> void selection(T[] a) {
        for (int i = 0; i < a.length; i++) {
            int m = i;
            for (int j = i + 1; j < a.length; j++) if (a[j].compareTo(a[m]) < 0) m = j;
            T t = a[i]; a[i] = a[m]; a[m] = t;
        }
    }

    static void shell(short[] a) {
        for (int gap = a.length / 2; gap > 0; gap /= 2)
            for (int i = gap; i < a.length; i++) {
                short t = a[i];
                int j = i;
                while (j >= gap && a[j - gap] > t) { a[j] = a[j - gap]; j -= gap; }
                a[j] = t;
            }
    }

    static boolean sortedInts(int[] a) { for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false; return true; }
    static long checksum(int[] a) { long h = 0; for (int v : a) h = h * 31 + v; return h; }

    static String head(int[] a, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && i < a.length; i++) sb.append(a[i]).append(' ');
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] data = new int[300];
        for (int i = 0; i < data.length; i++) data[i] = nextRand();
        System.out.println("input head: " + head(data, 12));
        int[] b = data.clone();
        bubble(b);
        int[] q = data.clone();
        quick(q, 0, q.length - 1);
        System.out.println("bubble sorted=" + sortedInts(b) + " head " + head(b, 12) + " checksum " + checksum(b));
        System.out.println("quick  sorted=" + sortedInts(q) + " head " + head(q, 12) + " checksum " + checksum(q));
        int[] big = new int[20000];
        for (int i = 0; i < big.length; i++) big[i] = nextRand() * 1000 + nextRand();
        quick(big, 0, big.length - 1);
        System.out.println("quick big sorted=" + sortedInts(big) + " min " + big[0] + " max " + big[big.length - 1] + " median " + big[big.length / 2]);
        long[] longs = new long[50];
        for (int i = 0; i < longs.length; i++) longs[i] = (long) nextRand() * 1000000007L;
        insertion(longs);
        System.out.println("insertion longs: " + longs[0] + " " + longs[1] + " ... " + longs[49]);
        double[] ds = new double[64];
        for (int i = 0; i < ds.length; i++) ds[i] = nextRand() / 7.0;
        merge(ds, new double[ds.length], 0, ds.length);
        System.out.println("merge doubles: " + ds[0] + " " + ds[1] + " " + ds[32] + " " + ds[63]);
        char[] cs = "the quick brown fox jumps over the lazy dog".toCharArray();
        heap(cs);
        System.out.println("heap chars: [" + String.valueOf(cs) + "]");
        byte[] bs = new byte[40];
        for (int i = 0; i < bs.length; i++) bs[i] = (byte) (nextRand() * 7);
        counting(bs);
        StringBuilder sb = new StringBuilder();
        for (byte x : bs) sb.append(x).append(' ');
        System.out.println("counting bytes: " + sb);
        String[] names = {"pear", "apple", "fig", "banana", "cherry", "apple", "Apple", "date"};
        selection(names);
        sb.setLength(0);
        for (String s : names) sb.append(s).append(' ');
        System.out.println("selection strings: " + sb);
        Integer[] boxed = {5, -1, 300, 42, 0, -128, 127};
        selection(boxed);
        sb.setLength(0);
        for (Integer x : boxed) sb.append(x).append(' ');
        System.out.println("selection Integers: " + sb);
        short[] sh = new short[30];
        for (int i = 0; i < sh.length; i++) sh[i] = (short) (nextRand() * 60);
        shell(sh);
        sb.setLength(0);
        for (short x : sh) sb.append(x).append(' ');
        System.out.println("shell shorts: " + sb);
        // binary search on the sorted big array
        int found = 0;
        for (int t = -500000; t <= 500000; t += 997) {
            int lo = 0, hi = big.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (big[mid] < t) lo = mid + 1; else if (big[mid] > t) hi = mid - 1; else { found++; break; }
            }
        }
        System.out.println("binary search hits: " + found);
    }
}
