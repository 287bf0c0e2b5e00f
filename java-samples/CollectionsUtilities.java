import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** java.util.Collections: shuffle with a seed, rotate, search, copies, wrappers and special lists. */
public class CollectionsUtilities {
    public static void main(String[] args) {
        List<Integer> deck = new ArrayList<Integer>();
        for (int i = 1; i <= 13; i++) {
            deck.add(i);
        }
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffled " + deck);
        LinkedList<Integer> linkedDeck = new LinkedList<Integer>(deck);
        Collections.shuffle(linkedDeck, new Random(42));
        System.out.println("linked   " + linkedDeck);
        Collections.rotate(deck, 3);
        System.out.println("rotate 3 " + deck);
        Collections.rotate(deck, -5);
        System.out.println("rotate-5 " + deck);
        Collections.reverse(deck);
        System.out.println("reversed " + deck);
        Collections.swap(deck, 0, deck.size() - 1);
        System.out.println("swapped  " + deck);
        Collections.sort(deck);
        System.out.println("sorted   " + deck + " search 9 -> " + Collections.binarySearch(deck, 9)
                + ", search 20 -> " + Collections.binarySearch(deck, 20));
        System.out.println("min " + Collections.min(deck) + " max " + Collections.max(deck)
                + " max by reverse " + Collections.max(deck, Collections.<Integer>reverseOrder()));

        List<String> letters = new ArrayList<String>(Arrays.asList("a", "b", "a", "c", "a", "b"));
        System.out.println("frequency of a: " + Collections.frequency(letters, "a") + ", of z: " + Collections.frequency(letters, "z"));
        Collections.replaceAll(letters, "a", "A");
        System.out.println(letters + " indexOfSubList " + Collections.indexOfSubList(letters, Arrays.asList("A", "b"))
                + " last " + Collections.lastIndexOfSubList(letters, Arrays.asList("A", "b")));
        List<String> dest = new ArrayList<String>(Collections.nCopies(8, "-"));
        Collections.copy(dest, letters);
        System.out.println(dest);
        Collections.fill(dest, "z");
        Collections.addAll(dest, "p", "q");
        System.out.println(dest + " " + Collections.nCopies(3, "ab") + " " + Collections.nCopies(0, 1));
        System.out.println("disjoint " + Collections.disjoint(letters, dest) + " " + Collections.disjoint(letters, Arrays.asList("c")));

        List<Integer> readOnly = Collections.unmodifiableList(deck);
        System.out.println(readOnly.get(2) + " " + readOnly.subList(0, 3) + " " + readOnly.contains(5));
        try {
            readOnly.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable add: " + e);
        }
        try {
            readOnly.iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable iterator remove: " + e);
        }
        Map<String, Integer> scores = new TreeMap<String, Integer>();
        scores.put("ann", 3);
        scores.put("bob", 5);
        Map<String, Integer> view = Collections.unmodifiableMap(scores);
        scores.put("cid", 4);
        System.out.println(view + " " + view.size());
        try {
            view.entrySet().iterator().next().setValue(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("entry setValue: " + e);
        }
        Set<String> sortedView = Collections.unmodifiableSortedSet(new TreeSet<String>(letters));
        System.out.println(sortedView + " first " + ((java.util.SortedSet<String>) sortedView).first());

        System.out.println(Collections.emptyList() + " " + Collections.emptySet() + " " + Collections.emptyMap()
                + " " + Collections.emptyList().size() + " " + Collections.emptyList().equals(new ArrayList<Object>()));
        System.out.println(Collections.singletonList("one") + " " + Collections.singleton(1) + " " + Collections.singletonMap("k", "v"));
        try {
            Collections.singletonList("one").add("two");
        } catch (UnsupportedOperationException e) {
            System.out.println("singleton add: " + e);
        }
        List<String> sync = Collections.synchronizedList(new ArrayList<String>());
        sync.add("s1");
        sync.add("s2");
        synchronized (sync) {
            for (String s : sync) {
                System.out.print(s + " ");
            }
        }
        System.out.println(sync);
        Enumeration<Integer> en = Collections.enumeration(Arrays.asList(1, 2, 3));
        ArrayList<Integer> back = Collections.list(en);
        System.out.println(back);
        Collection<Integer> unmod = Collections.unmodifiableCollection(back);
        System.out.println(unmod + " " + unmod.containsAll(Arrays.asList(1, 3)));
        System.out.println(Collections.<Integer>reverseOrder().compare(1, 2) + " "
                + Collections.reverseOrder(Collections.<Integer>reverseOrder()).compare(1, 2));
        Set<String> fromMap = Collections.newSetFromMap(new java.util.LinkedHashMap<String, Boolean>());
        fromMap.add("y");
        fromMap.add("x");
        fromMap.add("y");
        System.out.println(fromMap);
        java.util.Queue<Integer> lifo = Collections.asLifoQueue(new java.util.ArrayDeque<Integer>());
        lifo.add(1);
        lifo.add(2);
        lifo.add(3);
        System.out.println(lifo + " " + lifo.remove());
    }
}
