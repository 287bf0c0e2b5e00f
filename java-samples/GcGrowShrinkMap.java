// Allocation-heavy (-Xmx16m): a chained hash map (our own, until the class
// library's HashMap is used here too) that grows to many entries, shrinks
// back by removal, and grows again: the live set rises and falls, so the
// collectors must both retain and give back memory, and the resized tables
// are large arrays that die young or old.
public class GcGrowShrinkMap {
    static final class Entry {
        final String key;
        long[] value;
        Entry next;

        Entry(String key, long[] value, Entry next) {
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    static final class ChainedMap {
        Entry[] table = new Entry[16];
        int size;

        int slot(String key, int length) {
            int h = key.hashCode();
            return (h ^ (h >>> 16)) & (length - 1);
        }

        void put(String key, long[] value) {
            int i = slot(key, table.length);
            for (Entry e = table[i]; e != null; e = e.next)
                if (e.key.equals(key)) {
                    e.value = value;
                    return;
                }
            table[i] = new Entry(key, value, table[i]);
            if (++size > table.length * 3 / 4) resize(table.length * 2);
        }

        long[] get(String key) {
            for (Entry e = table[slot(key, table.length)]; e != null; e = e.next)
                if (e.key.equals(key)) return e.value;
            return null;
        }

        boolean remove(String key) {
            int i = slot(key, table.length);
            Entry prev = null;
            for (Entry e = table[i]; e != null; prev = e, e = e.next)
                if (e.key.equals(key)) {
                    if (prev == null) table[i] = e.next;
                    else prev.next = e.next;
                    size--;
                    if (table.length > 16 && size < table.length / 4) resize(table.length / 2);
                    return true;
                }
            return false;
        }

        void resize(int length) {
            Entry[] bigger = new Entry[length];
            for (Entry head : table)
                for (Entry e = head; e != null;) {
                    Entry next = e.next;
                    int i = slot(e.key, length);
                    e.next = bigger[i];
                    bigger[i] = e;
                    e = next;
                }
            table = bigger;
        }
    }

    public static void main(String[] args) {
        ChainedMap map = new ChainedMap();
        for (int cycle = 0; cycle < 3; cycle++) {
            int n = 1000 + cycle * 500;
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) keys[i] = "k" + i;
            for (int i = 0; i < n; i++) {
                // Each value is computed in a short-lived scratch array: most bytes die young.
                long[] scratch = new long[1024];
                for (int k = 0; k < scratch.length; k += 32) scratch[k] = (long) i * k;
                map.put(keys[i], new long[] {i, (long) i * i, cycle + scratch[32] - 32L * i});
            }
            long sum = 0;
            for (int i = 0; i < n; i += 7) sum += map.get(keys[i])[1];
            System.out.println("cycle " + cycle + " grown: size=" + map.size + " table=" + map.table.length + " sum=" + sum);
            int removed = 0;
            for (int i = 0; i < n; i++)
                if (i % 10 != 0 && map.remove(keys[i])) removed++;
            long kept = 0;
            for (int i = 0; i < n; i += 10) kept += map.get(keys[i])[0];
            System.out.println("cycle " + cycle + " shrunk: removed=" + removed + " size=" + map.size + " table="
                    + map.table.length + " kept=" + kept + " missing=" + (map.get("k1") == null));
        }
    }
}
