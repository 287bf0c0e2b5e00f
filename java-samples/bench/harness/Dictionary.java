package harness;

/**
 * A hash table from keys to values, with separate chaining and a power-of-two
 * table that doubles at a load factor of 3/4. Keys are compared with
 * equals/hashCode; {@link IdentityDictionary} compares them with ==.
 */
public class Dictionary<K, V> {
    static final class Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    private Entry<K, V>[] buckets;
    private int size;

    public Dictionary() { this(16); }

    @SuppressWarnings("unchecked")
    public Dictionary(int capacity) {
        int n = 1;
        while (n < capacity) n <<= 1;
        buckets = (Entry<K, V>[]) new Entry[n];
    }

    /** The hash of a key; spreads the high bits down because the table index uses the low ones. */
    protected int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    protected boolean sameKey(Object a, Object b) { return a.equals(b); }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public V at(K key) {
        Entry<K, V> e = find(key);
        return e == null ? null : e.value;
    }

    public boolean containsKey(K key) { return find(key) != null; }

    public void atPut(K key, V value) {
        int h = hash(key);
        int index = h & (buckets.length - 1);
        for (Entry<K, V> e = buckets[index]; e != null; e = e.next) {
            if (e.hash == h && sameKey(e.key, key)) {
                e.value = value;
                return;
            }
        }
        buckets[index] = new Entry<K, V>(h, key, value, buckets[index]);
        if (++size > buckets.length - (buckets.length >> 2)) resize(buckets.length * 2);
    }

    /** Removes the key's entry; returns its value, or null if there was none. */
    public V remove(K key) {
        int h = hash(key);
        int index = h & (buckets.length - 1);
        Entry<K, V> previous = null;
        for (Entry<K, V> e = buckets[index]; e != null; previous = e, e = e.next) {
            if (e.hash == h && sameKey(e.key, key)) {
                if (previous == null) buckets[index] = e.next;
                else previous.next = e.next;
                size--;
                return e.value;
            }
        }
        return null;
    }

    public void removeAll() {
        for (int i = 0; i < buckets.length; i++) buckets[i] = null;
        size = 0;
    }

    /**
     * The keys, in table order: deterministic across VMs when the keys' hashCode
     * is (Integer, String), not for an {@link IdentityDictionary}, whose order
     * follows identity hashes (use {@link IdentitySet} for an ordered walk).
     */
    public Vector<K> keys() {
        Vector<K> keys = new Vector<K>(size);
        for (int i = 0; i < buckets.length; i++) {
            for (Entry<K, V> e = buckets[i]; e != null; e = e.next) keys.append(e.key);
        }
        return keys;
    }

    public Vector<V> values() {
        Vector<V> values = new Vector<V>(size);
        for (int i = 0; i < buckets.length; i++) {
            for (Entry<K, V> e = buckets[i]; e != null; e = e.next) values.append(e.value);
        }
        return values;
    }

    private Entry<K, V> find(Object key) {
        int h = hash(key);
        for (Entry<K, V> e = buckets[h & (buckets.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && sameKey(e.key, key)) return e;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void resize(int newLength) {
        Entry<K, V>[] old = buckets;
        buckets = (Entry<K, V>[]) new Entry[newLength];
        for (int i = 0; i < old.length; i++) {
            Entry<K, V> e = old[i];
            while (e != null) {
                Entry<K, V> next = e.next;
                int index = e.hash & (newLength - 1);
                e.next = buckets[index];
                buckets[index] = e;
                e = next;
            }
        }
    }
}
