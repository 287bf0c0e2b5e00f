import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** TreeMap's navigation methods and its live range views (subMap, headMap, tailMap, descendingMap). */
public class TreeMapViews {
    public static void main(String[] args) {
        TreeMap<Integer, String> scores = new TreeMap<Integer, String>();
        int[] marks = {72, 95, 58, 83, 67, 88, 91, 45, 79, 60};
        String[] names = {"ann", "bob", "cid", "dee", "eve", "fay", "gil", "hal", "ivy", "joe"};
        for (int i = 0; i < marks.length; i++) {
            scores.put(marks[i], names[i]);
        }
        System.out.println(scores);
        System.out.println("lowest " + scores.firstEntry() + ", highest " + scores.lastEntry());
        System.out.println("floor(80)=" + scores.floorEntry(80) + " ceiling(80)=" + scores.ceilingEntry(80)
                + " lower(72)=" + scores.lowerKey(72) + " higher(72)=" + scores.higherKey(72)
                + " floor(10)=" + scores.floorKey(10) + " ceiling(99)=" + scores.ceilingKey(99));

        SortedMap<Integer, String> passing = scores.tailMap(60);
        NavigableMap<Integer, String> failing = scores.headMap(60, false);
        NavigableMap<Integer, String> bs = scores.subMap(80, true, 89, true);
        System.out.println("passing " + passing + "\nfailing " + failing + "\nB range " + bs);
        scores.put(85, "kim");
        scores.remove(58);
        System.out.println("views follow the map: " + bs + " " + failing + " sizes " + bs.size() + "/" + passing.size());
        bs.put(86, "lee");
        try {
            bs.put(95, "max");
        } catch (IllegalArgumentException e) {
            System.out.println("out of range: " + e.getMessage());
        }
        System.out.println(scores.containsKey(86) + " " + bs.firstKey() + " " + bs.lastKey());

        NavigableMap<Integer, String> desc = scores.descendingMap();
        System.out.println("descending " + desc);
        System.out.println("desc head(80) " + desc.headMap(80) + " desc tail(80) " + desc.tailMap(80, false)
                + " desc sub(90,70) " + desc.subMap(90, 70));
        System.out.println("desc first " + desc.firstKey() + " ceiling(80) " + desc.ceilingKey(80) + " higher(80) "
                + desc.higherKey(80) + " back " + desc.descendingMap().firstKey());
        NavigableSet<Integer> keys = scores.navigableKeySet();
        System.out.println(keys.headSet(70, true) + " " + keys.descendingSet() + " " + scores.descendingKeySet().first());

        System.out.println("poll " + scores.pollFirstEntry() + " " + scores.pollLastEntry() + " -> " + scores);
        System.out.println("range poll " + bs.pollFirstEntry() + " -> " + bs);
        for (Iterator<Map.Entry<Integer, String>> it = scores.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 2 == 1) {
                it.remove();
            } else {
                e.setValue(e.getValue().toUpperCase());
            }
        }
        System.out.println(scores);
        passing.clear();
        System.out.println("after clearing passing: " + scores);

        TreeMap<String, Integer> byName = new TreeMap<String, Integer>(String.CASE_INSENSITIVE_ORDER);
        for (String w : new String[] {"Delta", "alpha", "Charlie", "bravo", "ALPHA", "echo"}) {
            Integer old = byName.put(w, w.length());
            if (old != null) {
                System.out.println("replaced " + w + " (was " + old + ")");
            }
        }
        System.out.println(byName + " " + byName.headMap("c") + " " + byName.get("CHARLIE"));

        TreeSet<Integer> big = new TreeSet<Integer>();
        java.util.Random rnd = new java.util.Random(31);
        for (int i = 0; i < 500; i++) {
            big.add(rnd.nextInt(1000));
        }
        for (int i = 0; i < 300; i++) {
            big.remove(rnd.nextInt(1000));
        }
        int prev = -1;
        boolean ordered = true;
        for (int v : big) {
            ordered &= v > prev;
            prev = v;
        }
        System.out.println(big.size() + " ordered=" + ordered + " first=" + big.first() + " last=" + big.last()
                + " [400,420)=" + big.subSet(400, 420) + " floor(500)=" + big.floor(500));
    }
}
