import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Stack;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;

/** The exceptions (and their messages) collections throw for bad indexes, empty structures and misuse. */
public class CollectionErrors {
    interface Action {
        Object run();
    }

    static void attempt(String what, Action action) {
        try {
            System.out.println(what + " -> " + action.run());
        } catch (RuntimeException e) {
            System.out.println(what + " -> " + e);
        }
    }

    public static void main(String[] args) {
        final List<Integer> array = new ArrayList<Integer>(Arrays.asList(1, 2, 3));
        final List<Integer> linked = new LinkedList<Integer>(array);
        attempt("ArrayList.get(5)", new Action() { public Object run() { return array.get(5); } });
        attempt("ArrayList.get(-1)", new Action() { public Object run() { return array.get(-1); } });
        attempt("ArrayList.set(3)", new Action() { public Object run() { return array.set(3, 0); } });
        attempt("ArrayList.remove(3)", new Action() { public Object run() { return array.remove(3); } });
        attempt("ArrayList.add(5, x)", new Action() { public Object run() { array.add(5, 0); return null; } });
        attempt("ArrayList.addAll(-1, c)", new Action() { public Object run() { return array.addAll(-1, array); } });
        attempt("ArrayList.listIterator(4)", new Action() { public Object run() { return array.listIterator(4); } });
        attempt("ArrayList.subList(2, 1)", new Action() { public Object run() { return array.subList(2, 1); } });
        attempt("ArrayList.subList(0, 4)", new Action() { public Object run() { return array.subList(0, 4); } });
        attempt("ArrayList.subList(-1, 2)", new Action() { public Object run() { return array.subList(-1, 2); } });
        attempt("subList.get(2)", new Action() { public Object run() { return array.subList(0, 2).get(2); } });
        attempt("subList.add(3, x)", new Action() { public Object run() { array.subList(0, 2).add(3, 9); return null; } });
        attempt("new ArrayList(-1)", new Action() { public Object run() { return new ArrayList<Integer>(-1); } });
        attempt("LinkedList.get(5)", new Action() { public Object run() { return linked.get(5); } });
        attempt("LinkedList.remove(-1)", new Action() { public Object run() { return linked.remove(-1); } });
        attempt("LinkedList.add(4, x)", new Action() { public Object run() { linked.add(4, 0); return null; } });
        attempt("LinkedList.subList(0,2).get(3)", new Action() { public Object run() { return linked.subList(0, 2).get(3); } });
        attempt("empty LinkedList.getFirst()", new Action() { public Object run() { return new LinkedList<String>().getFirst(); } });
        attempt("empty LinkedList.pop()", new Action() { public Object run() { return new LinkedList<String>().pop(); } });
        attempt("empty LinkedList.poll()", new Action() { public Object run() { return new LinkedList<String>().poll(); } });
        attempt("empty ArrayDeque.removeFirst()", new Action() { public Object run() { return new ArrayDeque<String>().removeFirst(); } });
        attempt("ArrayDeque.add(null)", new Action() { public Object run() { return new ArrayDeque<String>().add(null); } });
        attempt("empty ArrayDeque.element()", new Action() { public Object run() { return new ArrayDeque<String>().element(); } });
        attempt("PriorityQueue.add(null)", new Action() { public Object run() { return new PriorityQueue<String>().add(null); } });
        attempt("new PriorityQueue(0)", new Action() { public Object run() { return new PriorityQueue<String>(0); } });
        attempt("empty PriorityQueue.remove()", new Action() { public Object run() { return new PriorityQueue<String>().remove(); } });
        attempt("empty Stack.pop()", new Action() { public Object run() { return new Stack<String>().pop(); } });
        attempt("empty Stack.peek()", new Action() { public Object run() { return new Stack<String>().peek(); } });
        final Vector<Integer> vector = new Vector<Integer>(array);
        attempt("Vector.get(5)", new Action() { public Object run() { return vector.get(5); } });
        attempt("Vector.elementAt(3)", new Action() { public Object run() { return vector.elementAt(3); } });
        attempt("Vector.insertElementAt(x, 9)", new Action() { public Object run() { vector.insertElementAt(0, 9); return null; } });
        attempt("Vector.firstElement() empty", new Action() { public Object run() { return new Vector<String>().firstElement(); } });
        attempt("empty TreeMap.firstKey()", new Action() { public Object run() { return new TreeMap<String, String>().firstKey(); } });
        attempt("empty TreeSet.last()", new Action() { public Object run() { return new TreeSet<String>().last(); } });
        attempt("empty TreeMap.firstEntry()", new Action() { public Object run() { return new TreeMap<String, String>().firstEntry(); } });
        final TreeMap<Integer, String> tree = new TreeMap<Integer, String>();
        tree.put(1, "a");
        tree.put(5, "e");
        attempt("TreeMap.subMap(5, 1)", new Action() { public Object run() { return tree.subMap(5, 1); } });
        attempt("headMap(3).put(4)", new Action() { public Object run() { return tree.headMap(3).put(4, "d"); } });
        attempt("headMap(3).subMap(0, 4)", new Action() { public Object run() { return tree.headMap(3).subMap(0, 4); } });
        attempt("headMap(3).get(4)", new Action() { public Object run() { return tree.headMap(3).get(4); } });
        attempt("new HashMap(-1)", new Action() { public Object run() { return new HashMap<String, String>(-1); } });
        attempt("new HashMap(4, 0)", new Action() { public Object run() { return new HashMap<String, String>(4, 0f); } });
        attempt("HashMap.merge(k, null, f)", new Action() { public Object run() { return new HashMap<String, String>().merge("k", null, null); } });
        final Iterator<Integer> it = array.iterator();
        attempt("iterator.remove() before next", new Action() { public Object run() { it.remove(); return null; } });
        attempt("exhausted iterator.next()", new Action() { public Object run() { Iterator<String> i = new ArrayList<String>().iterator(); return i.next(); } });
        attempt("HashMap keySet iterator past end", new Action() { public Object run() { return new HashMap<String, String>().keySet().iterator().next(); } });
        attempt("Arrays.asList.add", new Action() { public Object run() { return Arrays.asList(1, 2).add(3); } });
        attempt("Arrays.asList.get(2)", new Action() { public Object run() { return Arrays.asList(1, 2).get(2); } });
        attempt("Arrays.asList.remove(0)", new Action() { public Object run() { return Arrays.asList(1, 2).remove(0); } });
        attempt("unmodifiableList.set", new Action() { public Object run() { return Collections.unmodifiableList(array).set(0, 1); } });
        attempt("unmodifiableMap.put", new Action() { public Object run() { return Collections.unmodifiableMap(new HashMap<String, String>()).put("k", "v"); } });
        attempt("emptyList.get(0)", new Action() { public Object run() { return Collections.emptyList().get(0); } });
        attempt("emptyList.add", new Action() { public Object run() { return Collections.<String>emptyList().add("x"); } });
        attempt("singletonList.get(1)", new Action() { public Object run() { return Collections.singletonList("x").get(1); } });
        attempt("nCopies(-2, x)", new Action() { public Object run() { return Collections.nCopies(-2, "x"); } });
        attempt("nCopies(2, x).get(2)", new Action() { public Object run() { return Collections.nCopies(2, "x").get(2); } });
        attempt("Collections.copy too small", new Action() { public Object run() { Collections.copy(new ArrayList<Integer>(), array); return null; } });
        attempt("Collections.max(empty)", new Action() { public Object run() { return Collections.max(new ArrayList<Integer>()); } });
        attempt("Optional.empty().get()", new Action() { public Object run() { return Optional.empty().get(); } });
        attempt("Optional.of(x).get()", new Action() { public Object run() { return Optional.of("x").get(); } });
        final Map<String, Integer> counts = new HashMap<String, Integer>();
        attempt("getOrDefault", new Action() { public Object run() { return counts.getOrDefault("none", -1); } });
        System.out.println(array + " " + linked + " " + vector + " " + tree);
    }
}
