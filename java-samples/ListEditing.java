import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/** Editing lists in place through subList views and ListIterators, on ArrayList and LinkedList. */
public class ListEditing {
    static void edit(List<String> list) {
        System.out.println("start   " + list);
        List<String> middle = list.subList(2, 6);
        System.out.println("middle  " + middle);
        middle.set(0, middle.get(0).toUpperCase());
        middle.add("new");
        middle.remove("e");
        System.out.println("edited  " + middle + " -> " + list);
        middle.subList(1, 3).clear();
        System.out.println("cleared " + middle + " -> " + list);
        Collections.reverse(middle);
        System.out.println("reverse " + list + " indexOf(new)=" + list.indexOf("new") + " lastIndexOf(a)=" + list.lastIndexOf("a"));

        ListIterator<String> it = list.listIterator();
        while (it.hasNext()) {
            int index = it.nextIndex();
            String s = it.next();
            if (s.equals("a")) {
                it.set("A" + index);
            } else if (s.length() > 1) {
                it.remove();
            } else if (s.equals("g")) {
                it.add("g2");
                it.add("g3");
            }
        }
        System.out.println("iterated " + list);
        StringBuilder back = new StringBuilder();
        ListIterator<String> rev = list.listIterator(list.size());
        while (rev.hasPrevious()) {
            back.append(rev.previousIndex()).append(':').append(rev.previous()).append(' ');
        }
        System.out.println("backward " + back.toString().trim());
        list.add(0, "first");
        list.addAll(2, Arrays.asList("x", "y"));
        list.remove(list.size() - 1);
        System.out.println("end     " + list + " size=" + list.size() + " hash=" + list.hashCode());
    }

    public static void main(String[] args) {
        List<String> base = Arrays.asList("a", "b", "c", "d", "e", "f", "g", "a");
        ArrayList<String> array = new ArrayList<String>(base);
        LinkedList<String> linked = new LinkedList<String>(base);
        edit(array);
        edit(linked);
        System.out.println("same result: " + array.equals(linked) + " " + linked.equals(array));

        List<Integer> numbers = new ArrayList<Integer>();
        for (int i = 0; i < 20; i++) {
            numbers.add(i * i % 17);
        }
        System.out.println(numbers);
        numbers.subList(5, 15).sort(null);
        System.out.println(numbers);
        Collections.sort(numbers.subList(0, 10), Collections.<Integer>reverseOrder());
        System.out.println(numbers);
        System.out.println(numbers.subList(3, 8).contains(16) + " " + numbers.subList(3, 8).indexOf(13) + " "
                + numbers.subList(10, 20).subList(2, 5));
        numbers.subList(0, 5).replaceAll(new java.util.function.UnaryOperator<Integer>() {
            public Integer apply(Integer x) {
                return -x;
            }
        });
        numbers.subList(10, 20).removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) {
                return x % 2 == 0;
            }
        });
        System.out.println(numbers + " " + numbers.size());
        Object[] arr = numbers.subList(2, 6).toArray();
        Integer[] typed = numbers.subList(2, 6).toArray(new Integer[0]);
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(typed));

        List<String> fixed = Arrays.asList("x", "y", "z");
        fixed.set(1, "Y");
        Collections.swap(fixed, 0, 2);
        System.out.println(fixed + " " + fixed.getClass().getSimpleName());
        try {
            fixed.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList add: " + e);
        }
    }
}
