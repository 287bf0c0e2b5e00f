package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A Map comparing keys (and, in containsValue/remove(k, v)/equals, values) with == instead of
 * equals. Open addressing with linear probing: keys at even and values at odd indexes of one
 * table. Iteration follows the table, so its order depends on identity hash codes (unspecified,
 * as on HotSpot).
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 8188218128353913216L;
    private static final int DEFAULT_CAPACITY = 32;
    private static final int MINIMUM_CAPACITY = 4;
    private static final int MAXIMUM_CAPACITY = 1 << 29;
    /** Stands for the null key in the table (a null slot means "free"). */
    static final Object NULL_KEY = new Object();

    transient Object[] table;
    int size;
    transient int modCount;

    private static Object maskNull(Object key) {
        return (key == null ? NULL_KEY : key);
    }

    static final Object unmaskNull(Object key) {
        return (key == NULL_KEY ? null : key);
    }

    public IdentityHashMap() {
        init(DEFAULT_CAPACITY);
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        init(capacity(expectedMaxSize));
    }

    /** The smallest power of two >= 3/2 * expectedMaxSize (the table stays at most 2/3 full). */
    private static int capacity(int expectedMaxSize) {
        return (expectedMaxSize > MAXIMUM_CAPACITY / 3) ? MAXIMUM_CAPACITY
                : (expectedMaxSize <= 2 * MINIMUM_CAPACITY / 3) ? MINIMUM_CAPACITY
                : Integer.highestOneBit(expectedMaxSize + (expectedMaxSize << 1));
    }

    private void init(int initCapacity) {
        table = new Object[2 * initCapacity];
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int nextKeyIndex(int i, int len) {
        return (i + 2 < len ? i + 2 : 0);
    }

    /** The table index of key k (masked), or -1. */
    private int indexOf(Object k) {
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) {
                return i;
            }
            if (item == null) {
                return -1;
            }
            i = nextKeyIndex(i, len);
        }
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(maskNull(key));
        return i < 0 ? null : (V) table[i + 1];
    }

    public boolean containsKey(Object key) {
        return indexOf(maskNull(key)) >= 0;
    }

    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2) {
            if (tab[i] == value && tab[i - 1] != null) {
                return true;
            }
        }
        return false;
    }

    private boolean containsMapping(Object key, Object value) {
        int i = indexOf(maskNull(key));
        return i >= 0 && table[i + 1] == value;
    }

    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        final Object k = maskNull(key);
        retryAfterResize: for (;;) {
            final Object[] tab = table;
            final int len = tab.length;
            int i = hash(k, len);
            for (Object item; (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
                if (item == k) {
                    V oldValue = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return oldValue;
                }
            }
            final int s = size + 1;
            if (s + (s << 1) > len && resize(len)) {
                continue retryAfterResize;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    /** Doubles the table; false if it cannot grow (then the caller inserts into the last free slots). */
    private boolean resize(int newCapacity) {
        int newLength = newCapacity * 2;
        Object[] oldTable = table;
        int oldLength = oldTable.length;
        if (oldLength == 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1) {
                throw new IllegalStateException("Capacity exhausted.");
            }
            return false;
        }
        if (oldLength >= newLength) {
            return false;
        }
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                Object value = oldTable[j + 1];
                oldTable[j] = null;
                oldTable[j + 1] = null;
                int i = hash(key, newLength);
                while (newTable[i] != null) {
                    i = nextKeyIndex(i, newLength);
                }
                newTable[i] = key;
                newTable[i + 1] = value;
            }
        }
        table = newTable;
        return true;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > size) {
            resize(capacity(n));
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(maskNull(key));
        if (i < 0) {
            return null;
        }
        V oldValue = (V) table[i + 1];
        removeAt(i);
        return oldValue;
    }

    private boolean removeMapping(Object key, Object value) {
        int i = indexOf(maskNull(key));
        if (i < 0 || table[i + 1] != value) {
            return false;
        }
        removeAt(i);
        return true;
    }

    private void removeAt(int i) {
        removeAt(i, -1);
    }

    /**
     * Frees slot i and re-places the entries after it up to the next free slot, so no probe chain
     * is broken by the hole (Knuth, TAOCP vol. 3, 6.4, Algorithm R). For an iterator that has
     * visited the slots below `from` (>= 0): if an entry from there (a chain that wrapped around)
     * is about to move to `from` or above, returns a copy of table[from..) taken just before, so
     * the iterator can finish on it without seeing that entry twice; otherwise null.
     */
    private Object[] removeAt(int i, int from) {
        modCount++;
        size--;
        Object[] tab = table;
        int len = tab.length;
        tab[i + 1] = null;
        tab[i] = null;
        Object[] rest = null;
        int d = i;
        Object item;
        for (int j = nextKeyIndex(d, len); (item = tab[j]) != null; j = nextKeyIndex(j, len)) {
            int r = hash(item, len);
            if ((j < r && (r <= d || d <= j)) || (r <= d && d <= j)) {
                if (from >= 0 && rest == null && j < from && d >= from) {
                    rest = Arrays.copyOfRange(tab, from, len);
                }
                tab[d] = item;
                tab[d + 1] = tab[j + 1];
                tab[j] = null;
                tab[j + 1] = null;
                d = j;
            }
        }
        return rest;
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        } else if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
            if (m.size() != size) {
                return false;
            }
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null && !containsMapping(unmaskNull(k), tab[i + 1])) {
                    return false;
                }
            }
            return true;
        } else if (o instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) o;
            return entrySet().equals(m.entrySet());
        } else {
            return false;
        }
    }

    public int hashCode() {
        int result = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2) {
            Object key = tab[i];
            if (key != null) {
                result += System.identityHashCode(unmaskNull(key)) ^ System.identityHashCode(tab[i + 1]);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> m = (IdentityHashMap<K, V>) super.clone();
            m.entrySet = null;
            m.table = table.clone();
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private abstract class IdentityHashMapIterator<T> implements Iterator<T> {
        int index = (size != 0 ? 0 : table.length);
        int expectedModCount = modCount;
        int lastReturnedIndex = -1;
        /** The table being walked: the map's own, or (after a wrapping removal) a copy of its rest. */
        Object[] traversalTable = table;
        boolean onCopy;

        public boolean hasNext() {
            Object[] tab = traversalTable;
            for (int i = index; i < tab.length; i += 2) {
                if (tab[i] != null) {
                    index = i;
                    return true;
                }
            }
            index = tab.length;
            return false;
        }

        protected int nextIndex() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturnedIndex = index;
            index += 2;
            return lastReturnedIndex;
        }

        public void remove() {
            if (lastReturnedIndex == -1) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            int deleted = lastReturnedIndex;
            lastReturnedIndex = -1;
            if (onCopy) {
                IdentityHashMap.this.remove(unmaskNull(traversalTable[deleted]));
                traversalTable[deleted] = null;
            } else {
                Object[] rest = removeAt(deleted, deleted);
                if (rest != null) {
                    traversalTable = rest;
                    onCopy = true;
                    index = 0;
                } else if (traversalTable[deleted] != null) {
                    // An unvisited entry moved into the freed slot: visit it next.
                    index = deleted;
                }
            }
            expectedModCount = modCount;
        }
    }

    private transient Set<Map.Entry<K, V>> entrySet;

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                @SuppressWarnings("unchecked")
                public Iterator<K> iterator() {
                    return new IdentityHashMapIterator<K>() {
                        public K next() {
                            return (K) unmaskNull(traversalTable[nextIndex()]);
                        }
                    };
                }

                public int size() {
                    return size;
                }

                public boolean contains(Object o) {
                    return containsKey(o);
                }

                public boolean remove(Object o) {
                    int oldSize = size;
                    IdentityHashMap.this.remove(o);
                    return size != oldSize;
                }

                public void clear() {
                    IdentityHashMap.this.clear();
                }

                public int hashCode() {
                    int result = 0;
                    for (K key : this) {
                        result += System.identityHashCode(key);
                    }
                    return result;
                }
            };
            keySet = ks;
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                @SuppressWarnings("unchecked")
                public Iterator<V> iterator() {
                    return new IdentityHashMapIterator<V>() {
                        public V next() {
                            return (V) traversalTable[nextIndex() + 1];
                        }
                    };
                }

                public int size() {
                    return size;
                }

                public boolean contains(Object o) {
                    return containsValue(o);
                }

                public boolean remove(Object o) {
                    for (Iterator<V> i = iterator(); i.hasNext();) {
                        if (i.next() == o) {
                            i.remove();
                            return true;
                        }
                    }
                    return false;
                }

                public void clear() {
                    IdentityHashMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new IdentityHashMapIterator<Map.Entry<K, V>>() {
                        public Map.Entry<K, V> next() {
                            return new EntryView(nextIndex(), traversalTable);
                        }
                    };
                }

                public boolean contains(Object o) {
                    return o instanceof Map.Entry
                            && containsMapping(((Map.Entry<?, ?>) o).getKey(), ((Map.Entry<?, ?>) o).getValue());
                }

                public boolean remove(Object o) {
                    return o instanceof Map.Entry
                            && removeMapping(((Map.Entry<?, ?>) o).getKey(), ((Map.Entry<?, ?>) o).getValue());
                }

                public int size() {
                    return size;
                }

                public void clear() {
                    IdentityHashMap.this.clear();
                }
            };
            entrySet = es;
        }
        return es;
    }

    /** A live entry over table[index] (key) and table[index + 1] (value). */
    private final class EntryView implements Map.Entry<K, V> {
        private final int index;
        private final Object[] tab;

        EntryView(int index, Object[] tab) {
            this.index = index;
            this.tab = tab;
        }

        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) unmaskNull(tab[index]);
        }

        @SuppressWarnings("unchecked")
        public V getValue() {
            return (V) tab[index + 1];
        }

        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            V oldValue = (V) tab[index + 1];
            tab[index + 1] = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return e.getKey() == getKey() && e.getValue() == getValue();
        }

        public int hashCode() {
            return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
        }

        public String toString() {
            return getKey() + "=" + getValue();
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        Object[] t = table;
        for (int index = 0; index < t.length; index += 2) {
            Object k = t[index];
            if (k != null) {
                action.accept((K) unmaskNull(k), (V) t[index + 1]);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        Object[] t = table;
        for (int index = 0; index < t.length; index += 2) {
            Object k = t[index];
            if (k != null) {
                t[index + 1] = function.apply((K) unmaskNull(k), (V) t[index + 1]);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }
}
