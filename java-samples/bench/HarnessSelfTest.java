// HarnessSelfTest: checks the benchmarks' own collections (harness.Vector,
// Dictionary, IdentityDictionary, IdentitySet, RedBlackTree) against simple
// arrays under a long pseudo-random sequence of operations, with the
// red-black invariants verified as it goes. Run by ctest (bench/HarnessSelfTest)
// through harness.Run like a benchmark; it is not part of the timed suite.
import harness.Dictionary;
import harness.IdentityDictionary;
import harness.IdentitySet;
import harness.Random;
import harness.RedBlackTree;
import harness.Vector;

public class HarnessSelfTest extends harness.Benchmark {
    static final int KEYS = 500;

    static boolean vectorWorks(Random random) {
        Vector<Integer> v = new Vector<Integer>(1);
        int[] model = new int[4000];
        int n = 0;
        for (int i = 0; i < 4000; i++) {
            int op = (random.next() >> 4) % 4;
            if (op < 2 || n == 0) {
                v.append(Integer.valueOf(i));
                model[n++] = i;
            } else if (op == 2) {
                if (v.removeFirst().intValue() != model[0]) return false;
                System.arraycopy(model, 1, model, 0, --n);
            } else {
                if (v.removeLast().intValue() != model[--n]) return false;
            }
            if (v.size() != n) return false;
        }
        for (int i = 0; i < n; i++) if (v.at(i).intValue() != model[i]) return false;
        try {
            v.at(n);
            return false;
        } catch (IndexOutOfBoundsException expected) {
            return true;
        }
    }

    static boolean dictionaryWorks(Random random, boolean identity) {
        Integer[] keys = new Integer[KEYS];
        for (int i = 0; i < KEYS; i++) keys[i] = new Integer(i * 37); // distinct objects for the identity case
        Dictionary<Integer, Integer> d = identity ? new IdentityDictionary<Integer, Integer>(2) : new Dictionary<Integer, Integer>(2);
        int[] model = new int[KEYS]; // 0 = absent, else value + 1
        int n = 0;
        for (int i = 0; i < 20000; i++) {
            int k = (random.next() >> 3) % KEYS;
            Integer key = keys[k];
            if (((random.next() >> 7) & 3) != 0) {
                if (model[k] == 0) n++;
                d.atPut(key, Integer.valueOf(i));
                model[k] = i + 1;
            } else {
                Integer old = d.remove(key);
                if ((old == null) != (model[k] == 0) || (old != null && old.intValue() != model[k] - 1)) return false;
                if (model[k] != 0) n--;
                model[k] = 0;
            }
            if (d.size() != n) return false;
        }
        for (int k = 0; k < KEYS; k++) {
            Integer v = d.at(keys[k]);
            if ((v == null) != (model[k] == 0) || (v != null && v.intValue() != model[k] - 1)) return false;
        }
        if (identity && d.at(new Integer(37)) != null) return false; // an equal but different key is absent
        return d.keys().size() == n && d.values().size() == n;
    }

    static boolean identitySetWorks() {
        IdentitySet<Object> set = new IdentitySet<Object>();
        Object[] objects = new Object[100];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = new Object();
            set.add(objects[i]);
            set.add(objects[i]);
        }
        for (int i = 0; i < objects.length; i += 2) set.remove(objects[i]);
        if (set.size() != objects.length / 2) return false;
        for (int i = 0; i < set.size(); i++) if (set.at(i) != objects[2 * i + 1]) return false; // insertion order
        return !set.contains(objects[0]) && set.contains(objects[1]);
    }

    static boolean redBlackTreeWorks(Random random) {
        RedBlackTree<Integer, Integer> tree = new RedBlackTree<Integer, Integer>();
        boolean[] present = new boolean[KEYS];
        int n = 0;
        for (int i = 0; i < 20000; i++) {
            int k = (random.next() >> 3) % KEYS;
            if (((random.next() >> 7) & 1) == 0) {
                Integer old = tree.put(Integer.valueOf(k), Integer.valueOf(k));
                if ((old != null) != present[k]) return false;
                if (!present[k]) n++;
                present[k] = true;
            } else {
                Integer old = tree.remove(Integer.valueOf(k));
                if ((old != null) != present[k]) return false;
                if (present[k]) n--;
                present[k] = false;
            }
            if (tree.size() != n || (i % 500 == 0 && tree.verify() < 0)) return false;
        }
        final int[] walk = {-1, 0}; // last key seen, count
        final boolean[] ordered = {true};
        tree.forEach(new RedBlackTree.EntryVisitor<Integer, Integer>() {
            public void visit(Integer key, Integer value) {
                if (key.intValue() <= walk[0] || !key.equals(value)) ordered[0] = false;
                walk[0] = key.intValue();
                walk[1]++;
            }
        });
        return ordered[0] && walk[1] == n && tree.verify() > 0;
    }

    public boolean innerBenchmarkLoop(int rounds) {
        Random random = new Random();
        for (int r = 0; r < rounds; r++) {
            if (!vectorWorks(random)) { System.out.println("HarnessSelfTest: Vector is broken"); return false; }
            if (!dictionaryWorks(random, false)) { System.out.println("HarnessSelfTest: Dictionary is broken"); return false; }
            if (!dictionaryWorks(random, true)) { System.out.println("HarnessSelfTest: IdentityDictionary is broken"); return false; }
            if (!identitySetWorks()) { System.out.println("HarnessSelfTest: IdentitySet is broken"); return false; }
            if (!redBlackTreeWorks(random)) { System.out.println("HarnessSelfTest: RedBlackTree is broken"); return false; }
        }
        return true;
    }

    public static void main(String[] args) { harness.Run.main(new HarnessSelfTest(), args, 1, 1); }
}
