import java.lang.ref.SoftReference;

// Allocation-heavy (-Xmx16m): a memory-sensitive cache of soft references to
// large buffers. The program allocates far more than the heap holds; the
// collector must clear softly reachable buffers before it gives up with an
// OutOfMemoryError (java.lang.ref.SoftReference's guarantee), and buffers
// that are strongly held must never be cleared.
public class GcSoftReferences {
    public static void main(String[] args) {
        SoftReference<byte[]>[] cache = newArray(200);
        byte[] strong = new byte[1 << 20];
        strong[12345] = 42;
        SoftReference<byte[]> strongRef = new SoftReference<>(strong);
        for (int i = 0; i < cache.length; i++) {  // 200 x 512 KB = 100 MB in total
            byte[] buffer = new byte[512 << 10];
            buffer[0] = (byte) i;
            cache[i] = new SoftReference<>(buffer);
        }
        int cleared = 0, intact = 0;
        for (int i = 0; i < cache.length; i++) {
            byte[] b = cache[i].get();
            if (b == null) cleared++;
            else if (b[0] == (byte) i) intact++;
        }
        System.out.println("no OutOfMemoryError; some buffers cleared: " + (cleared > 0));
        System.out.println("every buffer either cleared or intact: " + (cleared + intact == cache.length));
        System.out.println("live buffers fit in the heap: " + ((long) intact * (512 << 10) <= 16L << 20));
        System.out.println("strongly held buffer kept: " + (strongRef.get() == strong && strong[12345] == 42));
    }

    @SuppressWarnings("unchecked")
    static SoftReference<byte[]>[] newArray(int n) {
        return (SoftReference<byte[]>[]) new SoftReference[n];
    }
}
