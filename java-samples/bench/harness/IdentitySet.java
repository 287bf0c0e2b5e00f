package harness;

/** A set of objects compared by identity, kept in insertion order (so iteration is deterministic). */
public final class IdentitySet<E> {
    private final IdentityDictionary<E, E> members = new IdentityDictionary<E, E>();
    private final Vector<E> order = new Vector<E>();

    public int size() { return order.size(); }

    public boolean isEmpty() { return order.isEmpty(); }

    public boolean contains(E e) { return members.containsKey(e); }

    public void add(E e) {
        if (!members.containsKey(e)) {
            members.atPut(e, e);
            order.append(e);
        }
    }

    public void remove(E e) {
        if (members.remove(e) != null) order.remove(e);
    }

    /** The i-th member in insertion order. */
    public E at(int i) { return order.at(i); }
}
