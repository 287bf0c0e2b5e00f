// Allocation-heavy (-Xmx16m): fragments the heap on purpose. Medium arrays
// are allocated until they fill much of the heap, every other one is
// dropped, and then arrays twice as large are requested: they fit in the
// free space in total but in no single hole, so a non-moving old generation
// must coalesce or compact (the generational collector slides its old
// generation together; mark-sweep coalesces neighbouring holes).
public class GcFragmentation {
    public static void main(String[] args) {
        int medium = 64 << 10;  // 64 KB
        byte[][] arrays = new byte[60][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = new byte[medium];
            arrays[i][0] = (byte) i;
        }
        for (int i = 1; i < arrays.length; i += 2) arrays[i] = null;  // holes of 64 KB
        byte[][] large = new byte[12][];
        for (int i = 0; i < large.length; i++) {
            large[i] = new byte[2 * medium + 4096];
            large[i][large[i].length - 1] = (byte) (100 + i);
        }
        int intact = 0;
        for (int i = 0; i < arrays.length; i += 2)
            if (arrays[i][0] == (byte) i) intact++;
        int largeOk = 0;
        for (int i = 0; i < large.length; i++)
            if (large[i][large[i].length - 1] == (byte) (100 + i)) largeOk++;
        System.out.println("medium arrays intact: " + intact + " of " + arrays.length / 2);
        System.out.println("large arrays allocated: " + largeOk + " of " + large.length);
        // Repeat with shifting sizes so the holes never line up.
        long total = 0;
        for (int round = 0; round < 30; round++) {
            int size = (32 << 10) + round * 4000;
            byte[][] batch = new byte[16][];
            for (int i = 0; i < batch.length; i++) batch[i] = new byte[size];
            for (int i = 0; i < batch.length; i += 3) batch[i] = null;
            for (byte[] b : batch) if (b != null) total += b.length;
        }
        System.out.println("bytes kept across rounds: " + total);
    }
}
