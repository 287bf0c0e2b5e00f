// Hand-written generic linked list, stack, queue, binary search tree and a tiny hash map.
class Node<T> {
    T value;
    Node<T> next;
    Node(T value, Node<T> next) { this.value = value; this.next = next; }
}

class LinkedList<T> {
    private Node<T> head, tail;
    private int size;

    void addFirst(T v) { head = new Node<T>(v, head); if (tail == null) tail = head; size++; }
    void addLast(T v) {
        Node<T> n = new Node<T>(v, null);
        if (tail == null) head = tail = n; else { tail.next = n; tail = n; }
        size++;
    }
    T removeFirst() {
        if (head == null) throw new IllegalStateException("empty list");
        T v = head.value;
        head = head.next;
        if (head == null) tail = null;
        size--;
        return v;
    }
    boolean remove(T v) {
        Node<T> prev = null;
        for (Node<T> n = head; n != null; prev = n, n = n.next) {
            if (n.value.equals(v)) {
                if (prev == null) head = n.next; else prev.next = n.next;
                if (n == tail) tail = prev;
                size--;
                return true;
            }
        }
        return false;
    }
    void reverse() {
        Node<T> prev = null, cur = head;
        tail = head;
        while (cur != null) { Node<T> nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
        head = prev;
    }
    T get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index: " + i + ", Size: " + size);
        Node<T> n = head;
        while (i-- > 0) n = n.next;
        return n.value;
    }
    int size() { return size; }
    boolean isEmpty() { return size == 0; }
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Node<T> n = head; n != null; n = n.next) { sb.append(n.value); if (n.next != null) sb.append(", "); }
        return sb.append("]").toString();
    }
}

class Tree<K extends Comparable<K>, V> {
    private class Entry {
        K key;
        V val;
        Entry left, right;
        Entry(K k, V v) { key = k; val = v; }
    }
    private Entry root;
    private int size;

    void put(K k, V v) { root = put(root, k, v); }
    private Entry put(Entry e, K k, V v) {
        if (e == null) { size++; return new Entry(k, v); }
        int c = k.compareTo(e.key);
        if (c < 0) e.left = put(e.left, k, v);
        else if (c > 0) e.right = put(e.right, k, v);
        else e.val = v;
        return e;
    }
    V get(K k) {
        Entry e = root;
        while (e != null) {
            int c = k.compareTo(e.key);
            if (c == 0) return e.val;
            e = c < 0 ? e.left : e.right;
        }
        return null;
    }
    int height() { return height(root); }
    private int height(Entry e) { return e == null ? 0 : 1 + Math.max(height(e.left), height(e.right)); }
    int size() { return size; }
    void inOrder(StringBuilder sb) { inOrder(root, sb); }
    private void inOrder(Entry e, StringBuilder sb) {
        if (e == null) return;
        inOrder(e.left, sb);
        sb.append(e.key).append('=').append(e.val).append(' ');
        inOrder(e.right, sb);
    }
    void remove(K k) { root = remove(root, k); }
    private Entry remove(Entry e, K k) {
        if (e == null) return null;
        int c = k.compareTo(e.key);
        if (c < 0) e.left = remove(e.left, k);
        else if (c > 0) e.right = remove(e.right, k);
        else {
            size--;
            if (e.left == null) return e.right;
            if (e.right == null) return e.left;
            Entry m = e.right;
            while (m.left != null) m = m.left;
            e.key = m.key;
            e.val = m.val;
            size++;
            e.right = remove(e.right, m.key);
        }
        return e;
    }
}

class IntStack {
    private int[] data = new int[2];
    private int top;
    void push(int v) {
        if (top == data.length) {
            int[] nd = new int[data.length * 2];
            System.arraycopy(data, 0, nd, 0, top);
            data = nd;
        }
        data[top++] = v;
    }
    int pop() { if (top == 0) throw new RuntimeException("stack underflow"); return data[--top]; }
    boolean isEmpty() { return top == 0; }
    int capacity() { return data.length; }
}

class StrIntMap {
    private static class E {
        final String k;
        int v;
        E next;
        E(String k, int v, E next) { this.k = k; this.v = v; this.next = next; }
    }
    private E[] buckets = new E[8];
    private int size;

    private int idx(String k, int len) { return (k.hashCode() & 0x7fffffff) % len; }

    void add(String k, int delta) {
        int i = idx(k, buckets.length);
        for (E e = buckets[i]; e != null; e = e.next) if (e.k.equals(k)) { e.v += delta; return; }
        buckets[i] = new E(k, delta, buckets[i]);
        if (++size > buckets.length * 3 / 4) grow();
    }
    int get(String k) {
        for (E e = buckets[idx(k, buckets.length)]; e != null; e = e.next) if (e.k.equals(k)) return e.v;
        return 0;
    }
    private void grow() {
        E[] nb = new E[buckets.length * 2];
        for (E head : buckets) {
            for (E e = head; e != null; ) {
                E nx = e.next;
                int i = idx(e.k, nb.length);
                e.next = nb[i];
                nb[i] = e;
                e = nx;
            }
        }
        buckets = nb;
    }
    int size() { return size; }
    int bucketCount() { return buckets.length; }
}

public class LinkedStructures {
    public static void main(String[] args) {
        LinkedList<Integer> list = new LinkedList<Integer>();
        for (int i = 1; i <= 5; i++) list.addLast(i * i);
        list.addFirst(0);
        System.out.println(list + " size " + list.size());
        list.reverse();
        System.out.println(list);
        System.out.println(list.remove(9) + " " + list.remove(100) + " " + list + " get(2)=" + list.get(2));
        try { list.get(10); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        while (!list.isEmpty()) System.out.print(list.removeFirst() + " ");
        System.out.println();
        try { list.removeFirst(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        list.addLast(7);
        System.out.println(list);

        LinkedList<String> words = new LinkedList<String>();
        String text = "the quick brown fox jumps over the lazy dog";
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') { words.addLast(text.substring(s, i)); s = i + 1; }
        }
        System.out.println(words + " " + words.size());

        Tree<String, Integer> tree = new Tree<String, Integer>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Integer old = tree.get(w);
            tree.put(w, old == null ? 1 : old + 1);
        }
        StringBuilder sb = new StringBuilder();
        tree.inOrder(sb);
        System.out.println(sb + "| size " + tree.size() + " height " + tree.height());
        tree.remove("quick");
        tree.remove("the");
        tree.remove("absent");
        sb.setLength(0);
        tree.inOrder(sb);
        System.out.println(sb + "| size " + tree.size() + " " + tree.get("fox") + " " + tree.get("the"));

        Tree<Integer, String> nums = new Tree<Integer, String>();
        int x = 12345;
        for (int i = 0; i < 200; i++) {
            x = x * 1103515245 + 12345;  // own LCG
            int key = (x >>> 8) % 1000;
            nums.put(key, "v" + i);
        }
        System.out.println("int tree size " + nums.size() + " height " + nums.height() + " get(500)=" + nums.get(500));
        Tree<Integer, Integer> degenerate = new Tree<Integer, Integer>();
        for (int i = 0; i < 300; i++) degenerate.put(i, i);
        System.out.println("degenerate height " + degenerate.height());

        IntStack st = new IntStack();
        for (int i = 0; i < 100; i++) st.push(i * 3);
        int sum = 0;
        while (!st.isEmpty()) sum += st.pop();
        System.out.println("stack sum " + sum + " capacity " + st.capacity());
        try { st.pop(); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        // balanced parentheses with the stack
        String[] exprs = {"(()[]{})", "([)]", "((", "", "{[()()]}"};
        for (String ex : exprs) {
            IntStack ps = new IntStack();
            boolean ok = true;
            for (char c : ex.toCharArray()) {
                if (c == '(' || c == '[' || c == '{') ps.push(c);
                else {
                    if (ps.isEmpty()) { ok = false; break; }
                    int open = ps.pop();
                    if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) { ok = false; break; }
                }
            }
            System.out.println("'" + ex + "' balanced=" + (ok && ps.isEmpty()));
        }

        StrIntMap counts = new StrIntMap();
        String[] vocab = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};
        int r = 7;
        for (int i = 0; i < 1000; i++) {
            r = (r * 31 + 11) % 1009;
            counts.add(vocab[r % vocab.length], 1);
        }
        StringBuilder cs = new StringBuilder();
        int total = 0;
        for (String v : vocab) { cs.append(v).append('=').append(counts.get(v)).append(' '); total += counts.get(v); }
        System.out.println(cs + "total " + total + " size " + counts.size() + " buckets " + counts.bucketCount() + " missing=" + counts.get("omega"));
    }
}
