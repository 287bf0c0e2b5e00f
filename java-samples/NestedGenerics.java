import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collections of collections: equals/hashCode/toString across implementations, and self-reference. */
public class NestedGenerics {
    public static void main(String[] args) {
        Map<String, List<Set<Integer>>> index = new TreeMap<String, List<Set<Integer>>>();
        String[] keys = {"even", "odd", "mixed"};
        for (String k : keys) {
            List<Set<Integer>> groups = new ArrayList<Set<Integer>>();
            for (int g = 0; g < 3; g++) {
                Set<Integer> set = new TreeSet<Integer>();
                for (int i = 0; i < 4; i++) {
                    int v = g * 10 + i * 2 + (k.equals("odd") ? 1 : k.equals("mixed") ? i % 2 : 0);
                    set.add(v);
                }
                groups.add(set);
            }
            index.put(k, groups);
        }
        System.out.println(index);
        System.out.println(index.get("odd").get(1) + " " + index.get("mixed").get(2).contains(23));

        List<List<String>> a = new ArrayList<List<String>>();
        a.add(new ArrayList<String>(Arrays.asList("x", "y")));
        a.add(new LinkedList<String>(Arrays.asList("z")));
        List<List<String>> b = new LinkedList<List<String>>();
        b.add(Arrays.asList("x", "y"));
        b.add(new ArrayList<String>(Arrays.asList("z")));
        System.out.println(a + " equals " + b + ": " + a.equals(b) + ", hashCodes " + a.hashCode() + " " + b.hashCode());

        Map<Set<String>, Integer> bySet = new HashMap<Set<String>, Integer>();
        bySet.put(new HashSet<String>(Arrays.asList("a", "b")), 1);
        bySet.put(new TreeSet<String>(Arrays.asList("b", "a")), 2);
        bySet.put(new TreeSet<String>(Arrays.asList("c")), 3);
        System.out.println(bySet.size() + " " + bySet.get(new HashSet<String>(Arrays.asList("b", "a"))) + " " + bySet.get(new HashSet<String>()));

        Map<String, Integer> m1 = new HashMap<String, Integer>();
        Map<String, Integer> m2 = new TreeMap<String, Integer>();
        Map<String, Integer> m3 = new LinkedHashMap<String, Integer>();
        for (String s : new String[] {"one", "two", "three", "four"}) {
            m1.put(s, s.length());
            m2.put(s, s.length());
        }
        m3.putAll(m2);
        System.out.println(m1 + " " + m2 + " " + m3);
        System.out.println(m1.equals(m2) + " " + m2.equals(m3) + " " + (m1.hashCode() == m3.hashCode()) + " " + m1.hashCode()
                + " " + m1.entrySet().equals(m2.entrySet()) + " " + m1.keySet().equals(m3.keySet()));
        m3.put("five", null);
        System.out.println(m3 + " " + m3.equals(m1) + " " + m3.containsKey("five") + " " + m3.get("five"));

        Map<Integer, Map<Integer, List<String>>> grid = new TreeMap<Integer, Map<Integer, List<String>>>();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                Map<Integer, List<String>> row = grid.get(r);
                if (row == null) {
                    row = new TreeMap<Integer, List<String>>();
                    grid.put(r, row);
                }
                List<String> cell = new ArrayList<String>();
                for (int k = 0; k <= (r + c) % 3; k++) {
                    cell.add("" + (char) ('a' + r) + c + k);
                }
                row.put(c, cell);
            }
        }
        System.out.println(grid);
        int cells = 0;
        for (Map<Integer, List<String>> row : grid.values()) {
            for (List<String> cell : row.values()) {
                cells += cell.size();
            }
        }
        System.out.println("items " + cells);

        List<Object> self = new ArrayList<Object>();
        self.add("start");
        self.add(self);
        self.add(Arrays.asList(1, 2));
        System.out.println(self);
        Map<String, Object> selfMap = new LinkedHashMap<String, Object>();
        selfMap.put("me", selfMap);
        selfMap.put("n", 1);
        System.out.println(selfMap);
        Map.Entry<String, Object> first = selfMap.entrySet().iterator().next();
        System.out.println(first.getKey() + " " + (first.getValue() == selfMap));
        Set<List<Integer>> setOfLists = new HashSet<List<Integer>>();
        setOfLists.add(Arrays.asList(1, 2));
        setOfLists.add(new ArrayList<Integer>(Arrays.asList(1, 2)));
        setOfLists.add(new LinkedList<Integer>(Arrays.asList(2, 1)));
        System.out.println(setOfLists.size() + " " + setOfLists.contains(Arrays.asList(2, 1)));
    }
}
