// GcLargeArrays: large arrays (64 KiB to 2 MiB) allocated and dropped, with a
// few of them kept alive at any time. Stresses the large-object path (objects
// bigger than a young generation's eden go straight to the old generation in
// Cortado's generational collector), free-list fragmentation in mark-sweep and
// copying cost of big objects. The inner parameter is the number of arrays.
public class GcLargeArrays extends harness.Benchmark {
    static final int KEPT = 8;

    public boolean innerBenchmarkLoop(int count) {
        harness.Random random = new harness.Random();
        Object[] kept = new Object[KEPT];
        long checksum = 0, expected = 0;
        for (int i = 0; i < count; i++) {
            int kind = random.next() % 3;
            int length = 16384 << (random.next() % 6); // 16 Ki .. 512 Ki elements
            Object array;
            if (kind == 0) {
                int[] a = new int[length];
                a[0] = i; a[length - 1] = length;
                array = a;
            } else if (kind == 1) {
                long[] a = new long[length / 2];
                a[0] = i; a[a.length - 1] = a.length;
                array = a;
            } else {
                Object[] a = new Object[length];
                a[0] = Integer.valueOf(i); a[length - 1] = a;
                array = a;
            }
            Object old = kept[i % KEPT];
            if (old != null) checksum += firstElement(old);
            kept[i % KEPT] = array;
            if (i >= KEPT) expected += i - KEPT;
        }
        return checksum == expected;
    }

    /** The index stored in an array's first element; checks its last element too. */
    static long firstElement(Object array) {
        if (array instanceof int[]) {
            int[] a = (int[]) array;
            return a[a.length - 1] == a.length ? a[0] : -1000000;
        }
        if (array instanceof long[]) {
            long[] a = (long[]) array;
            return a[a.length - 1] == a.length ? a[0] : -1000000;
        }
        Object[] a = (Object[]) array;
        return a[a.length - 1] == a ? ((Integer) a[0]).intValue() : -1000000;
    }

    public static void main(String[] args) { harness.Run.main(new GcLargeArrays(), args, 1, 40); }
}
