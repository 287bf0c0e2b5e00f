// Allocation-heavy (-Xmx16m): the live set grows until the heap is exhausted.
// OutOfMemoryError must be thrown (not a crash), be catchable, carry HotSpot's
// message, and leave the VM intact: once the data is dropped, allocation
// works again, and this happens more than once.
public class GcOutOfMemory {
    static final class Chunk {
        final Chunk next;
        final long[] data;

        Chunk(Chunk next, int size) {
            this.next = next;
            this.data = new long[size];
            data[0] = size;
        }
    }

    static int fill(int chunkLongs) {
        Chunk head = null;
        int n = 0;
        try {
            while (true) {
                head = new Chunk(head, chunkLongs);
                n++;
            }
        } catch (OutOfMemoryError e) {
            int length = 0;
            for (Chunk c = head; c != null; c = c.next) length++;
            head = null;  // drop everything
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage()
                    + " (list intact: " + (length == n) + ", filled more than 4 MB: "
                    + ((long) n * chunkLongs * 8 > 4L << 20) + ")");
        }
        return n;
    }

    public static void main(String[] args) {
        fill(4096);   // 32 KB chunks
        fill(1024);   // 8 KB chunks
        fill(32768);  // 256 KB chunks
        try {
            int[] tooBig = new int[Integer.MAX_VALUE];
            System.out.println(tooBig.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e);
        }
        try {
            long[][] matrix = new long[64][1 << 16];  // 32 MB in 64 rows
            System.out.println(matrix.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i % 10);
        System.out.println("the VM goes on: " + sb.length());
    }
}
