import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Seeded random operation sequences on hash maps (with colliding keys, so bins become trees and
 * split again), heaps, deques and lists, printing their contents as they go.
 */
public class RandomizedCollections {
    /** A key whose hash code is chosen, so many keys can share a bin. */
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
        public int compareTo(Key o) {
            return Integer.compare(value, o.value);
        }

        @Override
        public String toString() {
            return "" + value;
        }
    }

    static void hashMaps() {
        BiFunction<Integer, Integer, Integer> capped = new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer x, Integer y) {
                return x + y > 50 ? null : x + y;
            }
        };
        Function<Object, Integer> small = new Function<Object, Integer>() {
            public Integer apply(Object k) {
                return k.hashCode() & 7;
            }
        };
        BiFunction<Object, Integer, Integer> bump = new BiFunction<Object, Integer, Integer>() {
            public Integer apply(Object k, Integer old) {
                if (old == null) {
                    return 1;
                }
                return old % 5 == 0 ? null : Integer.valueOf(old + 1);
            }
        };
        for (int seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            Map<Object, Integer> m = seed == 2 ? new HashMap<Object, Integer>()
                    : new LinkedHashMap<Object, Integer>(4, 0.75f, seed == 3);
            for (int step = 0; step < 800; step++) {
                int kind = r.nextInt(3);
                int v = r.nextInt(300);
                Object key = kind == 0 ? new Key(v, v % 4) : kind == 1 ? new Key(v, (v % 3) << 16) : (Object) ("s" + (v % 40));
                int op = r.nextInt(10);
                if (op < 3) {
                    m.put(key, step);
                } else if (op < 5) {
                    m.remove(key);
                } else if (op == 5) {
                    m.merge(key, r.nextInt(20), capped);
                } else if (op == 6) {
                    m.computeIfAbsent(key, small);
                } else if (op == 7) {
                    m.compute(key, bump);
                } else if (op == 8) {
                    m.putIfAbsent(key, -1);
                } else {
                    m.get(key);
                }
                if (step % 200 == 199) {
                    StringBuilder sb = new StringBuilder();
                    for (Object k : m.keySet()) {
                        sb.append(k).append(',');
                    }
                    System.out.println(seed + "/" + step + " " + m.size() + " " + sb);
                    Iterator<Object> it = m.keySet().iterator();
                    int i = 0;
                    while (it.hasNext()) {
                        it.next();
                        if (i++ % 7 == 3) {
                            it.remove();
                        }
                    }
                }
            }
            Set<Object> keys = new HashSet<Object>(m.keySet());
            System.out.println(keys);
            System.out.println(new HashMap<Object, Integer>(m));
        }
    }

    static void sequences() {
        Random r = new Random(77);
        PriorityQueue<Integer> pq = new PriorityQueue<Integer>();
        ArrayDeque<Integer> dq = new ArrayDeque<Integer>();
        ArrayList<Integer> al = new ArrayList<Integer>();
        LinkedList<Integer> ll = new LinkedList<Integer>();
        TreeMap<Integer, Integer> tm = new TreeMap<Integer, Integer>();
        for (int step = 0; step < 900; step++) {
            final int v = r.nextInt(100);
            int op = r.nextInt(12);
            if (op < 2) {
                pq.add(v);
                dq.addLast(v);
                al.add(v);
                ll.addFirst(v);
                tm.put(v, step);
            } else if (op == 2) {
                pq.poll();
                dq.pollFirst();
                if (!al.isEmpty()) {
                    al.remove(r.nextInt(al.size()));
                }
                ll.pollLast();
                tm.pollFirstEntry();
            } else if (op == 3) {
                pq.remove(v);
                dq.removeLastOccurrence(v);
                al.remove(Integer.valueOf(v));
                ll.removeFirstOccurrence(v);
                tm.remove(v);
            } else if (op == 4) {
                dq.addFirst(v);
                al.add(al.size() / 2, v);
                ll.add(ll.size() / 3, v);
            } else if (op == 5) {
                if (r.nextInt(10) == 0) {
                    Predicate<Integer> sameClass = new Predicate<Integer>() {
                        public boolean test(Integer x) {
                            return x % 17 == v % 17;
                        }
                    };
                    pq.removeIf(sameClass);
                    dq.removeIf(sameClass);
                    al.removeIf(sameClass);
                    ll.removeIf(sameClass);
                    tm.keySet().removeIf(sameClass);
                }
            } else if (op == 6) {
                if (al.size() > 4) {
                    int f = r.nextInt(al.size() / 2);
                    List<Integer> s = al.subList(f, f + 2);
                    s.add(v);
                    s.remove(0);
                }
            } else if (op == 7) {
                Iterator<Integer> it = pq.iterator();
                int i = 0;
                while (it.hasNext()) {
                    it.next();
                    if (i++ % 11 == 5) {
                        it.remove();
                    }
                }
            } else if (op == 8) {
                Iterator<Integer> it = dq.iterator();
                while (it.hasNext()) {
                    if (it.next() == v) {
                        it.remove();
                    }
                }
            } else if (op == 9) {
                NavigableMap<Integer, Integer> sub = tm.subMap(v / 2, true, v, false);
                if (!sub.isEmpty()) {
                    sub.pollLastEntry();
                }
            } else if (op == 10) {
                ListIterator<Integer> li = ll.listIterator(ll.size() / 2);
                if (li.hasNext()) {
                    li.next();
                    li.set(v);
                }
            } else {
                pq.addAll(Arrays.asList(v, v + 1));
                dq.push(v);
            }
            if (step % 300 == 0) {
                System.out.println(step + " pq=" + pq + "\n dq=" + dq + "\n al=" + al + "\n ll=" + ll + "\n tm=" + tm.keySet()
                        + " " + tm.descendingMap().headMap(50));
            }
        }
        System.out.println(new PriorityQueue<Integer>(al) + " " + new PriorityQueue<Integer>(pq) + " "
                + new PriorityQueue<Integer>(new TreeSet<Integer>(ll)));
    }

    public static void main(String[] args) {
        hashMaps();
        sequences();
    }
}
