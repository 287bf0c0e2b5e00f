import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A least-recently-used cache on LinkedHashMap's access order and removeEldestEntry. */
public class LruCache {
    static class Cache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        int evictions;

        Cache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            if (size() > capacity) {
                evictions++;
                System.out.println("  evict " + eldest.getKey() + "=" + eldest.getValue());
                return true;
            }
            return false;
        }
    }

    static int slowSquare(int n) {
        int r = 0;
        for (int i = 0; i < n; i++) {
            r += n;
        }
        return r;
    }

    public static void main(String[] args) {
        Cache<String, Integer> cache = new Cache<String, Integer>(3);
        cache.put("one", 1);
        cache.put("two", 2);
        cache.put("three", 3);
        System.out.println(cache);
        cache.get("one");
        System.out.println("after get(one): " + cache);
        cache.put("four", 4);
        System.out.println(cache);
        cache.put("two", 22);
        System.out.println("after put(two): " + cache);
        cache.getOrDefault("three", -1);
        cache.put("five", 5);
        System.out.println(cache + " evictions=" + cache.evictions);

        // Memoize an expensive function with a small cache.
        Cache<Integer, Integer> memo = new Cache<Integer, Integer>(4);
        int hits = 0;
        int misses = 0;
        int[] requests = {5, 7, 5, 9, 11, 5, 13, 7, 5, 9, 9, 2};
        for (int n : requests) {
            Integer v = memo.get(n);
            if (v == null) {
                misses++;
                v = slowSquare(n);
                memo.put(n, v);
            } else {
                hits++;
            }
        }
        System.out.println("hits=" + hits + " misses=" + misses + " cache=" + memo);

        // Insertion-ordered map: re-putting keeps the position; iteration removal works.
        LinkedHashMap<String, String> ordered = new LinkedHashMap<String, String>();
        ordered.put("x", "1");
        ordered.put("y", "2");
        ordered.put("z", "3");
        ordered.put("x", "4");
        System.out.println(ordered);
        for (Iterator<Map.Entry<String, String>> it = ordered.entrySet().iterator(); it.hasNext();) {
            if (it.next().getKey().equals("y")) {
                it.remove();
            }
        }
        ordered.put("y", "5");
        System.out.println(ordered + " " + ordered.keySet() + " " + ordered.values());
        System.out.println(ordered.containsValue("4") + " " + ordered.equals(new java.util.HashMap<String, String>(ordered)));
    }
}
