import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** Iterators fail fast with ConcurrentModificationException; Iterator.remove is the safe way. */
public class FailFastIterators {
    public static void main(String[] args) {
        List<String> list = new ArrayList<String>(Arrays.asList("a", "b", "c", "d"));
        try {
            for (String s : list) {
                if (s.equals("b")) {
                    list.remove(s);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("ArrayList: " + e);
        }
        System.out.println(list);

        // Removing the second-to-last element ends the loop before the check: no exception.
        for (String s : list) {
            if (s.equals("c")) {
                list.remove(s);
            }
        }
        System.out.println(list);

        List<Integer> linked = new LinkedList<Integer>(Arrays.asList(1, 2, 3, 4, 5));
        try {
            for (Integer x : linked) {
                if (x == 2) {
                    linked.add(99);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("LinkedList: " + e);
        }
        Iterator<Integer> it = linked.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 1) {
                it.remove();
            }
        }
        System.out.println(linked);
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: " + e);
        }
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("past the end: " + e);
        }

        Map<String, Integer> map = new HashMap<String, Integer>();
        for (int i = 0; i < 10; i++) {
            map.put("k" + i, i);
        }
        try {
            for (String k : map.keySet()) {
                if (k.equals("k3")) {
                    map.put("new", 0);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap: " + e);
        }
        try {
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                if (e.getValue() == 5) {
                    map.remove("k7");
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap entrySet: " + e);
        }
        map.put("k3", 33); // replacing a value is not a structural change
        Iterator<Map.Entry<String, Integer>> mit = map.entrySet().iterator();
        while (mit.hasNext()) {
            Map.Entry<String, Integer> e = mit.next();
            if (e.getValue() % 2 == 0) {
                mit.remove();
            } else {
                e.setValue(e.getValue() * 10);
            }
        }
        System.out.println(map);

        TreeMap<Integer, String> tree = new TreeMap<Integer, String>();
        for (int i = 0; i < 8; i++) {
            tree.put(i, "t" + i);
        }
        try {
            for (Integer k : tree.keySet()) {
                if (k == 4) {
                    tree.remove(6);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("TreeMap: " + e);
        }
        for (Iterator<Integer> ti = tree.navigableKeySet().iterator(); ti.hasNext();) {
            if (ti.next() % 3 == 0) {
                ti.remove();
            }
        }
        System.out.println(tree);

        List<Integer> nums = new ArrayList<Integer>(Arrays.asList(1, 2, 3, 4, 5, 6));
        List<Integer> view = nums.subList(1, 4);
        nums.add(7);
        try {
            System.out.println(view.size());
        } catch (ConcurrentModificationException e) {
            System.out.println("subList after parent change: " + e);
        }
        ListIterator<Integer> li = nums.listIterator();
        while (li.hasNext()) {
            int v = li.next();
            if (v % 2 == 0) {
                li.set(v * 100);
            } else if (v == 5) {
                li.add(55);
            }
        }
        System.out.println(nums);
        try {
            nums.forEach(new java.util.function.Consumer<Integer>() {
                public void accept(Integer x) {
                    if (x == 3) {
                        nums.add(0);
                    }
                }
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("forEach: " + e);
        }
        System.out.println(nums.size());
    }
}
