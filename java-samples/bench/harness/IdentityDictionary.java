package harness;

/** A {@link Dictionary} whose keys are compared by identity (==, System.identityHashCode). */
public final class IdentityDictionary<K, V> extends Dictionary<K, V> {
    public IdentityDictionary() { super(); }

    public IdentityDictionary(int capacity) { super(capacity); }

    protected int hash(Object key) {
        int h = System.identityHashCode(key);
        return h ^ (h >>> 16);
    }

    protected boolean sameKey(Object a, Object b) { return a == b; }
}
