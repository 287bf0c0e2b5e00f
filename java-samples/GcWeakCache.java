import java.lang.ref.WeakReference;

// Allocation-heavy (-Xmx16m): a cache that holds its values through weak
// references. Entries whose keys the program still holds strongly must
// survive every collection; entries nobody else holds are cleared by the
// collector, at the latest by a full collection (System.gc()).
public class GcWeakCache {
    static final class Value {
        final int key;
        final int[] data = new int[500];

        Value(int key) {
            this.key = key;
            data[499] = key * 3;
        }
    }

    static final int SIZE = 512;
    static final WeakReference<Value>[] cache = newCache();

    @SuppressWarnings("unchecked")
    static WeakReference<Value>[] newCache() {
        return (WeakReference<Value>[]) new WeakReference[SIZE];
    }

    static Value lookup(int key, int[] misses) {
        WeakReference<Value> ref = cache[key % SIZE];
        Value v = ref == null ? null : ref.get();
        if (v == null || v.key != key) {
            misses[0]++;
            v = new Value(key);
            cache[key % SIZE] = new WeakReference<>(v);
        }
        return v;
    }

    public static void main(String[] args) {
        Value[] pinned = new Value[SIZE / 4];  // strongly held: keys 0, 4, 8, ...
        int[] misses = {0};
        for (int k = 0; k < SIZE; k += 4) pinned[k / 4] = lookup(k, misses);
        long sum = 0;
        for (int round = 0; round < 6; round++) {
            for (int k = 0; k < SIZE; k++) sum += lookup(k, misses).data[499];
            // Churn: garbage that fills the young generation several times.
            for (int i = 0; i < 400; i++) sum += new int[2000].length;
        }
        System.out.println("sum " + sum);
        System.gc();
        int pinnedAlive = 0, unpinnedAlive = 0;
        for (int k = 0; k < SIZE; k++) {
            Value v = cache[k].get();
            if (v == null) continue;
            if (k % 4 == 0) pinnedAlive++;
            else unpinnedAlive++;
        }
        System.out.println("pinned entries alive after System.gc(): " + pinnedAlive + " of " + pinned.length);
        System.out.println("unpinned entries alive after System.gc(): " + unpinnedAlive);
        System.out.println("pinned values intact: " + (pinned[5].data[499] == 20 * 3 && pinned[5] == cache[20].get()));
        WeakReference<Object> cleared = new WeakReference<>(new Object());
        System.gc();
        System.out.println("referent of a dropped object after System.gc(): " + cleared.get());
        cleared.clear();
        System.out.println("enqueue without a queue: " + cleared.enqueue());
    }
}
