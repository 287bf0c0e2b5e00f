package harness;

/**
 * A growable array of objects: the benchmarks' own small collection, so they
 * measure the VM rather than a class library's java.util (and run on a class
 * library that has none yet).
 */
public final class Vector<E> {
    private Object[] storage;
    private int size;

    public Vector() { this(16); }

    public Vector(int capacity) { storage = new Object[capacity < 1 ? 1 : capacity]; }

    public static <E> Vector<E> with(E a) { Vector<E> v = new Vector<E>(); v.append(a); return v; }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    @SuppressWarnings("unchecked")
    public E at(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        return (E) storage[index];
    }

    public void atPut(int index, E value) {
        if (index >= size) {
            ensureCapacity(index + 1);
            size = index + 1;
        }
        storage[index] = value;
    }

    public void append(E value) {
        if (size == storage.length) ensureCapacity(size * 2);
        storage[size++] = value;
    }

    public E first() { return at(0); }

    public E last() { return at(size - 1); }

    /** Removes and returns the first element, shifting the rest down. */
    public E removeFirst() {
        E first = at(0);
        System.arraycopy(storage, 1, storage, 0, size - 1);
        storage[--size] = null;
        return first;
    }

    public E removeLast() {
        E last = at(size - 1);
        storage[--size] = null;
        return last;
    }

    /** Removes the first element identical to {@code value}; returns whether there was one. */
    public boolean remove(Object value) {
        for (int i = 0; i < size; i++) {
            if (storage[i] == value) {
                System.arraycopy(storage, i + 1, storage, i, size - i - 1);
                storage[--size] = null;
                return true;
            }
        }
        return false;
    }

    public boolean contains(Object value) {
        for (int i = 0; i < size; i++) if (storage[i] == value) return true;
        return false;
    }

    public void removeAll() {
        for (int i = 0; i < size; i++) storage[i] = null;
        size = 0;
    }

    private void ensureCapacity(int capacity) {
        if (capacity <= storage.length) return;
        int newLength = storage.length * 2;
        if (newLength < capacity) newLength = capacity;
        Object[] bigger = new Object[newLength];
        System.arraycopy(storage, 0, bigger, 0, size);
        storage = bigger;
    }
}
