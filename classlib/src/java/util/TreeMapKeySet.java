package java.util;

/** The NavigableSet view of the keys of a TreeMap or of one of its range views. */
final class TreeMapKeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
    private final NavigableMap<E, ?> m;

    TreeMapKeySet(NavigableMap<E, ?> map) {
        m = map;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Iterator<E> iterator() {
        if (m instanceof TreeMap) {
            return ((TreeMap<E, ?>) m).keyIterator();
        } else {
            return ((TreeSubMap<E, ?>) m).keyIterator();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Iterator<E> descendingIterator() {
        if (m instanceof TreeMap) {
            return ((TreeMap<E, ?>) m).descendingKeyIterator();
        } else {
            return ((TreeSubMap<E, ?>) m).descendingKeyIterator();
        }
    }

    public int size() {
        return m.size();
    }

    public boolean isEmpty() {
        return m.isEmpty();
    }

    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    public void clear() {
        m.clear();
    }

    public E lower(E e) {
        return m.lowerKey(e);
    }

    public E floor(E e) {
        return m.floorKey(e);
    }

    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    public E higher(E e) {
        return m.higherKey(e);
    }

    public E first() {
        return m.firstKey();
    }

    public E last() {
        return m.lastKey();
    }

    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return (e == null) ? null : e.getKey();
    }

    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return (e == null) ? null : e.getKey();
    }

    public boolean remove(Object o) {
        int oldSize = size();
        m.remove(o);
        return size() != oldSize;
    }

    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeMapKeySet<E>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeMapKeySet<E>(m.headMap(toElement, inclusive));
    }

    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeMapKeySet<E>(m.tailMap(fromElement, inclusive));
    }

    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    public NavigableSet<E> descendingSet() {
        return new TreeMapKeySet<E>(m.descendingMap());
    }
}
