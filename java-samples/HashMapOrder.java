import java.util.*;

/** HashMap/HashSet iteration order with many keys, collisions, treeified bins, removals and resizes. */
public class HashMapOrder {
    /** A key with a chosen hash code; Comparable, so tree bins order it by value. */
    static final class Key implements Comparable<Key> {
        final int value;
        final int hash;

        Key(int value, int hash) {
            this.value = value;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).value == value;
        }

        @Override
        public int compareTo(Key other) {
            return Integer.compare(value, other.value);
        }

        @Override
        public String toString() {
            return "K" + value;
        }
    }

    /** All 2^n strings of n blocks "Aa"/"BB": they share one hash code. */
    static List<String> collidingStrings(int n) {
        List<String> out = new ArrayList<String>();
        for (int mask = 0; mask < (1 << n); mask++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(((mask >> i) & 1) == 0 ? "Aa" : "BB");
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The space-separated words of text. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    public static void main(String[] args) {
        // Plain keys: order depends on table size and resizes.
        Map<String, Integer> words = new HashMap<String, Integer>();
        String text = "the quick brown fox jumps over the lazy dog while the cat sleeps under a warm sun "
                + "and every bird sings its song to the morning sky full of light";
        for (String w : words(text)) {
            Integer old = words.get(w);
            words.put(w, old == null ? 1 : old + 1);
        }
        System.out.println(words);
        System.out.println(words.keySet());
        System.out.println(words.values());

        Map<Integer, String> ints = new HashMap<Integer, String>();
        for (int i = 0; i < 100; i += 7) {
            ints.put(i * 37 - 500, "v" + i);
        }
        System.out.println(ints);

        // Colliding strings: 64 keys in one bin -> treeified (table grows to 64 first).
        Set<String> coll = new HashSet<String>();
        List<String> keys = collidingStrings(6);
        Collections.shuffle(keys, new Random(7));
        for (String s : keys) {
            coll.add(s);
        }
        System.out.println(coll);
        for (int i = 0; i < 40; i++) {
            coll.remove(keys.get(i));
        }
        System.out.println(coll);
        for (String s : collidingStrings(3)) {
            coll.add(s + "x");
        }
        System.out.println(coll);

        // Constant-hash keys: one bin; treeify, grow, split, untreeify on removal.
        Map<Key, Integer> same = new HashMap<Key, Integer>();
        Random rnd = new Random(11);
        for (int i = 0; i < 30; i++) {
            int v = rnd.nextInt(1000);
            same.put(new Key(v, 42), i);
        }
        System.out.println(same);
        Iterator<Key> it = same.keySet().iterator();
        int n = 0;
        while (it.hasNext()) {
            Key k = it.next();
            if (n++ % 3 == 0) {
                it.remove();
            }
        }
        System.out.println(same);

        // Hashes in a few bins that split when the table doubles.
        Map<Key, String> split = new HashMap<Key, String>();
        for (int i = 0; i < 200; i++) {
            split.put(new Key(i, (i % 5) * 16 + (i % 3) * 1024), "x" + i);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Key, String> e : split.entrySet()) {
            sb.append(e.getKey()).append(' ');
        }
        System.out.println(sb.toString().trim());
        for (int i = 0; i < 200; i += 2) {
            split.remove(new Key(i, (i % 5) * 16 + (i % 3) * 1024));
        }
        System.out.println(split.keySet());

        // merge / computeIfAbsent insert at the head of a bin, and resize before inserting.
        Map<String, Integer> counts = new HashMap<String, Integer>();
        for (String s : collidingStrings(4)) {
            counts.merge(s, 1, new java.util.function.BiFunction<Integer, Integer, Integer>() {
                public Integer apply(Integer a, Integer b) {
                    return a + b;
                }
            });
        }
        for (int i = 0; i < 20; i++) {
            counts.computeIfAbsent("k" + i, new java.util.function.Function<String, Integer>() {
                public Integer apply(String s) {
                    return s.length();
                }
            });
        }
        System.out.println(counts);
        Map<String, Integer> copy = new HashMap<String, Integer>(counts);
        System.out.println(copy.equals(counts) + " " + (copy.hashCode() == counts.hashCode()));
        System.out.println(new LinkedHashMap<String, Integer>(counts).keySet().equals(counts.keySet()));

        // Initial capacity rounding.
        Map<Integer, Integer> sized = new HashMap<Integer, Integer>(3);
        for (int i = 0; i < 10; i++) {
            sized.put(i * 100, i);
        }
        System.out.println(sized);
        Map<Object, Object> mixed = new HashMap<Object, Object>();
        mixed.put(null, "null-key");
        mixed.put("a", null);
        mixed.put(1L, 2.5);
        mixed.put('c', true);
        System.out.println(mixed + " " + mixed.containsKey(null) + " " + mixed.get("a") + " " + mixed.containsKey("a"));
    }
}
