package harness;

/**
 * An ordered map: a red-black tree (Cormen, Leiserson, Rivest and Stein,
 * "Introduction to Algorithms", chapter 13) with insertion, lookup, removal
 * and in-order traversal. The CD benchmark keys it by call signs and by 2-D
 * voxel positions, as the Are-We-Fast-Yet suite prescribes.
 */
public final class RedBlackTree<K extends Comparable<K>, V> {
    static final boolean RED = true, BLACK = false;

    static final class Node<K, V> {
        final K key;
        V value;
        Node<K, V> left, right, parent;
        boolean color = RED;

        Node(K key, V value) { this.key = key; this.value = value; }
    }

    /** What {@link #forEach} calls with each entry, in key order. */
    public interface EntryVisitor<K, V> {
        void visit(K key, V value);
    }

    private Node<K, V> root;
    private int size;

    public int size() { return size; }

    /** Maps key to value; returns the value it had before, or null. */
    public V put(K key, V value) {
        Node<K, V> parent = null;
        Node<K, V> x = root;
        int cmp = 0;
        while (x != null) {
            parent = x;
            cmp = key.compareTo(x.key);
            if (cmp == 0) {
                V old = x.value;
                x.value = value;
                return old;
            }
            x = cmp < 0 ? x.left : x.right;
        }
        Node<K, V> z = new Node<K, V>(key, value);
        z.parent = parent;
        if (parent == null) root = z;
        else if (cmp < 0) parent.left = z;
        else parent.right = z;
        size++;
        insertFixup(z);
        return null;
    }

    public V get(K key) {
        Node<K, V> x = find(key);
        return x == null ? null : x.value;
    }

    /** Removes key's entry; returns its value, or null if there was none. */
    public V remove(K key) {
        Node<K, V> z = find(key);
        if (z == null) return null;
        V old = z.value;
        size--;
        // y is the node actually unlinked: z itself, or z's successor moved into z's place
        Node<K, V> y = (z.left == null || z.right == null) ? z : minimum(z.right);
        Node<K, V> x = y.left != null ? y.left : y.right;
        Node<K, V> xParent = y.parent;
        if (x != null) x.parent = xParent;
        if (xParent == null) root = x;
        else if (y == xParent.left) xParent.left = x;
        else xParent.right = x;
        if (y != z) {
            // put y where z was (keys are final, so relink rather than copy)
            boolean yColor = y.color;
            if (xParent == z) xParent = y;
            replace(z, y);
            if (yColor == BLACK) removeFixup(x, xParent);
        } else if (y.color == BLACK) {
            removeFixup(x, xParent);
        }
        return old;
    }

    /** Visits every entry in ascending key order. */
    public void forEach(EntryVisitor<K, V> visitor) {
        if (root == null) return;
        Node<K, V> node = minimum(root);
        while (node != null) {
            visitor.visit(node.key, node.value);
            node = successor(node);
        }
    }

    private Node<K, V> find(K key) {
        Node<K, V> x = root;
        while (x != null) {
            int cmp = key.compareTo(x.key);
            if (cmp == 0) return x;
            x = cmp < 0 ? x.left : x.right;
        }
        return null;
    }

    /** Puts y (already unlinked) in z's position in the tree, with z's color. */
    private void replace(Node<K, V> z, Node<K, V> y) {
        y.color = z.color;
        y.left = z.left;
        y.right = z.right;
        y.parent = z.parent;
        if (y.left != null) y.left.parent = y;
        if (y.right != null) y.right.parent = y;
        if (z.parent == null) root = y;
        else if (z == z.parent.left) z.parent.left = y;
        else z.parent.right = y;
    }

    private static <K, V> Node<K, V> minimum(Node<K, V> x) {
        while (x.left != null) x = x.left;
        return x;
    }

    private static <K, V> Node<K, V> successor(Node<K, V> x) {
        if (x.right != null) return minimum(x.right);
        Node<K, V> y = x.parent;
        while (y != null && x == y.right) {
            x = y;
            y = y.parent;
        }
        return y;
    }

    private void rotateLeft(Node<K, V> x) {
        Node<K, V> y = x.right;
        x.right = y.left;
        if (y.left != null) y.left.parent = x;
        y.parent = x.parent;
        if (x.parent == null) root = y;
        else if (x == x.parent.left) x.parent.left = y;
        else x.parent.right = y;
        y.left = x;
        x.parent = y;
    }

    private void rotateRight(Node<K, V> x) {
        Node<K, V> y = x.left;
        x.left = y.right;
        if (y.right != null) y.right.parent = x;
        y.parent = x.parent;
        if (x.parent == null) root = y;
        else if (x == x.parent.right) x.parent.right = y;
        else x.parent.left = y;
        y.right = x;
        x.parent = y;
    }

    private void insertFixup(Node<K, V> z) {
        while (z.parent != null && z.parent.color == RED) {
            Node<K, V> grand = z.parent.parent;
            if (z.parent == grand.left) {
                Node<K, V> uncle = grand.right;
                if (uncle != null && uncle.color == RED) {
                    z.parent.color = BLACK;
                    uncle.color = BLACK;
                    grand.color = RED;
                    z = grand;
                } else {
                    if (z == z.parent.right) {
                        z = z.parent;
                        rotateLeft(z);
                    }
                    z.parent.color = BLACK;
                    z.parent.parent.color = RED;
                    rotateRight(z.parent.parent);
                }
            } else {
                Node<K, V> uncle = grand.left;
                if (uncle != null && uncle.color == RED) {
                    z.parent.color = BLACK;
                    uncle.color = BLACK;
                    grand.color = RED;
                    z = grand;
                } else {
                    if (z == z.parent.left) {
                        z = z.parent;
                        rotateRight(z);
                    }
                    z.parent.color = BLACK;
                    z.parent.parent.color = RED;
                    rotateLeft(z.parent.parent);
                }
            }
        }
        root.color = BLACK;
    }

    private static boolean isBlack(Node<?, ?> n) { return n == null || n.color == BLACK; }

    /** Restores the black heights after unlinking a black node; x (maybe null) took its place under parent. */
    private void removeFixup(Node<K, V> x, Node<K, V> parent) {
        while (x != root && isBlack(x)) {
            if (x == parent.left) {
                Node<K, V> w = parent.right;
                if (w.color == RED) {
                    w.color = BLACK;
                    parent.color = RED;
                    rotateLeft(parent);
                    w = parent.right;
                }
                if (isBlack(w.left) && isBlack(w.right)) {
                    w.color = RED;
                    x = parent;
                    parent = x.parent;
                } else {
                    if (isBlack(w.right)) {
                        w.left.color = BLACK;
                        w.color = RED;
                        rotateRight(w);
                        w = parent.right;
                    }
                    w.color = parent.color;
                    parent.color = BLACK;
                    if (w.right != null) w.right.color = BLACK;
                    rotateLeft(parent);
                    x = root;
                    parent = null;
                }
            } else {
                Node<K, V> w = parent.left;
                if (w.color == RED) {
                    w.color = BLACK;
                    parent.color = RED;
                    rotateRight(parent);
                    w = parent.left;
                }
                if (isBlack(w.right) && isBlack(w.left)) {
                    w.color = RED;
                    x = parent;
                    parent = x.parent;
                } else {
                    if (isBlack(w.left)) {
                        w.right.color = BLACK;
                        w.color = RED;
                        rotateLeft(w);
                        w = parent.left;
                    }
                    w.color = parent.color;
                    parent.color = BLACK;
                    if (w.left != null) w.left.color = BLACK;
                    rotateRight(parent);
                    x = root;
                    parent = null;
                }
            }
        }
        if (x != null) x.color = BLACK;
    }

    /** Checks the red-black invariants and the order; returns the black height (for tests), -1 if broken. */
    public int verify() { return verify(root, null, null); }

    private int verify(Node<K, V> n, K low, K high) {
        if (n == null) return 1;
        if (low != null && n.key.compareTo(low) <= 0) return -1;
        if (high != null && n.key.compareTo(high) >= 0) return -1;
        if (n.color == RED && (!isBlack(n.left) || !isBlack(n.right))) return -1;
        if (n.left != null && n.left.parent != n || n.right != null && n.right.parent != n) return -1;
        int l = verify(n.left, low, n.key), r = verify(n.right, n.key, high);
        if (l < 0 || r < 0 || l != r) return -1;
        return l + (n.color == BLACK ? 1 : 0);
    }
}
