// System.arraycopy called from hot (compiled) code, on the main line and in a
// body inlined into its caller: compiled code does the common case itself
// (runtime::copyArrayUnchecked) and calls the native for everything else, so
// both must agree on every case: each primitive type, overlapping copies,
// reference arrays of one class, of a subclass, and with elements checked one
// by one (up to a misfit), nulls, bounds, negative lengths, non-arrays and
// type mismatches, with HotSpot's messages; and young objects copied into an
// array that has lived through collections (the card marks).
import java.util.Arrays;

public class ArraycopyCompiled {
    static String copy(Object src, int srcPos, Object dst, int dstPos, int length) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, length);
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    // A growing buffer as StringBuilder's: the copy sits in a small method inlined into its caller.
    static final class IntBuffer {
        int[] data = new int[2];
        int size;

        void add(int v) {
            if (size == data.length) grow();
            data[size++] = v;
        }

        void grow() {
            int[] bigger = new int[data.length * 2];
            System.arraycopy(data, 0, bigger, 0, size);
            data = bigger;
        }

        int[] toArray() {
            int[] out = new int[size];
            System.arraycopy(data, 0, out, 0, size);
            return out;
        }
    }

    static long checksum(int[] a) {
        long s = 0;
        for (int v : a) s = s * 31 + v;
        return s;
    }

    static String cases(int round) {
        StringBuilder log = new StringBuilder();
        int[] ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        log.append(copy(ints, 0, ints, 3, 6)).append(Arrays.toString(ints)).append('\n');  // overlapping forward
        log.append(copy(ints, 4, ints, 1, 5)).append(Arrays.toString(ints)).append('\n');  // overlapping backward
        long[] longs = {1L << 40, -2, 3};
        long[] longs2 = new long[4];
        log.append(copy(longs, 0, longs2, 1, 3)).append(Arrays.toString(longs2)).append('\n');
        double[] ds = {0.5, -0.0, Double.NaN};
        double[] ds2 = new double[3];
        log.append(copy(ds, 1, ds2, 0, 2)).append(Arrays.toString(ds2)).append('\n');
        byte[] bs = {1, -2, 3};
        byte[] bs2 = new byte[5];
        log.append(copy(bs, 0, bs2, 2, 3)).append(Arrays.toString(bs2)).append('\n');
        char[] cs = "cortado".toCharArray();
        char[] cs2 = new char[7];
        log.append(copy(cs, 0, cs2, 0, 7)).append(new String(cs2)).append('\n');
        short[] ss = {-1, 2};
        boolean[] zs = {true, false, true};
        float[] fs = {1.5f, -2.5f};
        log.append(copy(ss, 0, new short[2], 0, 2)).append(copy(zs, 1, new boolean[2], 0, 2))
           .append(copy(fs, 0, new float[3], 1, 2)).append('\n');
        String[] words = {"a", "b", "c"};
        Object[] objs = new Object[4];
        log.append(copy(words, 0, objs, 1, 3)).append(Arrays.toString(objs)).append('\n');  // subclass
        Object[] mixed = {"x", "y", Integer.valueOf(round), "z"};
        String[] strs = new String[4];
        log.append(copy(mixed, 0, strs, 0, 2)).append(Arrays.toString(strs)).append('\n');  // checked, all fit
        log.append(copy(mixed, 0, strs, 0, 4)).append(Arrays.toString(strs)).append('\n');  // a misfit at 2
        log.append(copy(mixed, 0, strs, 0, 0)).append('\n');                                // nothing to check
        // Everything that throws, with HotSpot's messages.
        log.append(copy(null, 0, ints, 0, 1)).append('\n');
        log.append(copy(ints, 0, null, 0, 1)).append('\n');
        log.append(copy(ints, 8, ints, 0, 5)).append('\n');
        log.append(copy(ints, 0, ints, 8, 5)).append('\n');
        log.append(copy(ints, -1, ints, 0, 1)).append('\n');
        log.append(copy(ints, 0, ints, -1, 1)).append('\n');
        log.append(copy(ints, 0, ints, 0, -1)).append('\n');
        log.append(copy(ints, 0, longs, 0, 1)).append('\n');
        log.append(copy(ints, 0, objs, 0, 1)).append('\n');
        log.append(copy(objs, 0, ints, 0, 1)).append('\n');
        log.append(copy("not an array", 0, ints, 0, 1)).append('\n');
        log.append(copy(ints, 0, "not an array", 0, 1)).append('\n');
        log.append(copy(ints, 10, ints, 10, 0)).append('\n');  // empty, at the very end: fine
        log.append(copy(ints, 11, ints, 0, 0)).append('\n');   // empty, past the end: not
        return log.toString();
    }

    // The cases that copy, on arrays made once: hot without allocating (the
    // sample also runs under --gc-stress, which collects at every allocation).
    static long hotCopies(int[] ints, long[] longs, char[] chars, String[] words, Object[] objs, Object[] mixed,
                          String[] strs) {
        long n = 0;
        for (int round = 0; round < 1500; round++) {
            copy(ints, 0, ints, 3, 6);
            copy(ints, 4, ints, 1, 5);
            copy(longs, 0, longs, 1, 2);
            copy(chars, 1, chars, 0, 6);
            copy(words, 0, objs, 1, 3);
            copy(mixed, 0, strs, 0, 2);
            n += ints[round % 10] + longs[round % 3] + chars[round % 7] + (objs[round % 4] == null ? 0 : 1);
        }
        return n;
    }

    public static void main(String[] args) {
        String first = cases(0);
        System.out.print(first);
        int[] ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        long[] longs = {1, 2, 3};
        char[] chars = "cortado".toCharArray();
        String[] words = {"a", "b", "c"};
        Object[] objs = new Object[4];
        Object[] mixed = {"x", "y", "z"};
        String[] strs = new String[3];
        System.out.println("hot copies " + hotCopies(ints, longs, chars, words, objs, mixed, strs) + " "
                           + Arrays.toString(ints) + " " + new String(chars));
        // copy is compiled by now: the same cases again, each throw from compiled code's call.
        String again = cases(0);
        System.out.println(again.equals(first) ? "compiled copies agree" : "compiled copies differ:\n" + again);

        long sum = 0;
        for (int round = 0; round < 200; round++) {
            IntBuffer b = new IntBuffer();
            for (int i = 0; i < 100; i++) b.add(i * round);
            sum += checksum(b.toArray());
        }
        System.out.println("buffers " + sum);

        // An array that lives through collections, then young objects copied into it.
        Object[] old = new Object[100];
        for (int gc = 0; gc < 20; gc++) {
            Object[] garbage = new Object[500];
            for (int i = 0; i < garbage.length; i++) garbage[i] = new int[4];
        }
        for (int round = 0; round < 20; round++) {
            Object[] young = new Object[old.length];
            for (int i = 0; i < young.length; i++) young[i] = Integer.valueOf(round * 1000 + i + 128);
            System.arraycopy(young, 0, old, 0, young.length);
            for (int i = 0; i < 100; i++) { int[] churn = new int[64]; churn[0] = i; }
        }
        int good = 0;
        for (int i = 0; i < old.length; i++) if (((Integer) old[i]).intValue() == 19 * 1000 + i + 128) good++;
        System.out.println("old array holds " + good + " of " + old.length);
    }
}
