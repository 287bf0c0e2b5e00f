package java.util;

/**
 * A range view of a TreeMap (subMap/headMap/tailMap/descendingMap), ascending or descending.
 * The bounds are always stored in the backing map's order ("absolute" lo/hi); a descending view
 * maps first/ceiling/higher... onto last/floor/lower... of that range.
 */
final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = -6520786458950516097L;
    final TreeMap<K, V> m;
    final K lo, hi;
    final boolean fromStart, toEnd;
    final boolean loInclusive, hiInclusive;
    final boolean descending;

    TreeSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive,
            boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            if (!fromStart) {
                m.compare(lo, lo); // type check
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    final boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            if (c < 0 || (c == 0 && !loInclusive)) {
                return true;
            }
        }
        return false;
    }

    final boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            if (c > 0 || (c == 0 && !hiInclusive)) {
                return true;
            }
        }
        return false;
    }

    final boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    final boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    final boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    // Absolute (backing-map order) navigation restricted to the range.

    final TreeMap.Entry<K, V> absLowest() {
        TreeMap.Entry<K, V> e = (fromStart ? m.getFirstEntry()
                : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo)));
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    final TreeMap.Entry<K, V> absHighest() {
        TreeMap.Entry<K, V> e = (toEnd ? m.getLastEntry() : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi)));
        return (e == null || tooLow(e.key)) ? null : e;
    }

    final TreeMap.Entry<K, V> absCeiling(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    final TreeMap.Entry<K, V> absHigher(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getHigherEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    final TreeMap.Entry<K, V> absFloor(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getFloorEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    final TreeMap.Entry<K, V> absLower(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getLowerEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    /** The first entry past the high end of the range (where ascending iteration stops), or null. */
    final TreeMap.Entry<K, V> absHighFence() {
        return (toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi)));
    }

    final TreeMap.Entry<K, V> absLowFence() {
        return (fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo)));
    }

    // View-order navigation.

    private TreeMap.Entry<K, V> subLowest() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Entry<K, V> subHighest() {
        return descending ? absLowest() : absHighest();
    }

    private TreeMap.Entry<K, V> subCeiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    private TreeMap.Entry<K, V> subHigher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    private TreeMap.Entry<K, V> subFloor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    private TreeMap.Entry<K, V> subLower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    public boolean isEmpty() {
        return (fromStart && toEnd) ? m.isEmpty() : entrySet().isEmpty();
    }

    public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int size = 0;
        for (Iterator<Map.Entry<K, V>> i = entrySet().iterator(); i.hasNext(); i.next()) {
            size++;
        }
        return size;
    }

    public final boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    public final V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    public final V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    public final V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    public final Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(subCeiling(key));
    }

    public final K ceilingKey(K key) {
        return TreeMap.keyOrNull(subCeiling(key));
    }

    public final Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(subHigher(key));
    }

    public final K higherKey(K key) {
        return TreeMap.keyOrNull(subHigher(key));
    }

    public final Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(subFloor(key));
    }

    public final K floorKey(K key) {
        return TreeMap.keyOrNull(subFloor(key));
    }

    public final Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(subLower(key));
    }

    public final K lowerKey(K key) {
        return TreeMap.keyOrNull(subLower(key));
    }

    public final K firstKey() {
        return TreeMap.key(subLowest());
    }

    public final K lastKey() {
        return TreeMap.key(subHighest());
    }

    public final Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(subLowest());
    }

    public final Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(subHighest());
    }

    public final Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Entry<K, V> e = subLowest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    public final Map.Entry<K, V> pollLastEntry() {
        TreeMap.Entry<K, V> e = subHighest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    private transient NavigableSet<K> navigableKeySetView;
    private transient Set<Map.Entry<K, V>> entrySetView;

    public final NavigableSet<K> navigableKeySet() {
        NavigableSet<K> nksv = navigableKeySetView;
        return (nksv != null) ? nksv : (navigableKeySetView = new TreeMapKeySet<K>(this));
    }

    public final Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public final SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public final SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public final SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }
        return new TreeSubMap<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }
        return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }
        return new TreeSubMap<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    public NavigableMap<K, V> descendingMap() {
        return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new SubMapIterator<Map.Entry<K, V>>() {
                        Map.Entry<K, V> element(TreeMap.Entry<K, V> e) {
                            return e;
                        }
                    };
                }

                public int size() {
                    return TreeSubMap.this.size();
                }

                public boolean isEmpty() {
                    TreeMap.Entry<K, V> n = absLowest();
                    return n == null || tooHigh(n.key);
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    if (!inRange(key)) {
                        return false;
                    }
                    TreeMap.Entry<?, ?> node = m.getEntry(key);
                    return node != null && TreeMap.valEquals(node.getValue(), entry.getValue());
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    if (!inRange(key)) {
                        return false;
                    }
                    TreeMap.Entry<K, V> node = m.getEntry(key);
                    if (node != null && TreeMap.valEquals(node.getValue(), entry.getValue())) {
                        m.deleteEntry(node);
                        return true;
                    }
                    return false;
                }
            };
            entrySetView = es;
        }
        return es;
    }

    Iterator<K> keyIterator() {
        return new SubMapIterator<K>() {
            K element(TreeMap.Entry<K, V> e) {
                return e.key;
            }
        };
    }

    Iterator<K> descendingKeyIterator() {
        return ((TreeSubMap<K, V>) descendingMap()).keyIterator();
    }

    /** Walks the range in view order, fail-fast against the backing map's modCount. */
    abstract class SubMapIterator<T> implements Iterator<T> {
        TreeMap.Entry<K, V> lastReturned;
        TreeMap.Entry<K, V> next;
        final Object fenceKey;
        final boolean fenceIsNull;
        int expectedModCount;

        SubMapIterator() {
            expectedModCount = m.modCount;
            lastReturned = null;
            next = descending ? absHighest() : absLowest();
            TreeMap.Entry<K, V> fence = descending ? absLowFence() : absHighFence();
            fenceIsNull = fence == null;
            fenceKey = fence == null ? null : fence.key;
        }

        abstract T element(TreeMap.Entry<K, V> e);

        public final boolean hasNext() {
            return next != null && (fenceIsNull || next.key != fenceKey);
        }

        public final T next() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || (!fenceIsNull && e.key == fenceKey)) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
            lastReturned = e;
            return element(e);
        }

        public final void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // Ascending: deleteEntry moves the successor's contents into a node with two children.
            if (!descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }
}
