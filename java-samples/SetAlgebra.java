import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** Union, intersection, difference and symmetric difference with HashSet, LinkedHashSet and TreeSet. */
public class SetAlgebra {
    static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> r = new TreeSet<T>(a);
        r.addAll(b);
        return r;
    }

    static <T> Set<T> intersection(Set<T> a, Set<T> b) {
        Set<T> r = new TreeSet<T>(a);
        r.retainAll(b);
        return r;
    }

    static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> r = new TreeSet<T>(a);
        r.removeAll(b);
        return r;
    }

    public static void main(String[] args) {
        Set<Integer> primes = new HashSet<Integer>();
        Set<Integer> odds = new HashSet<Integer>();
        Set<Integer> squares = new LinkedHashSet<Integer>();
        for (int i = 1; i <= 40; i++) {
            boolean prime = i > 1;
            for (int d = 2; d * d <= i; d++) {
                if (i % d == 0) {
                    prime = false;
                }
            }
            if (prime) {
                primes.add(i);
            }
            if (i % 2 == 1) {
                odds.add(i);
            }
        }
        for (int i = 6; i >= 1; i--) {
            squares.add(i * i);
        }
        System.out.println("primes  " + primes);
        System.out.println("odds    " + odds);
        System.out.println("squares " + squares);
        System.out.println("primes | squares " + union(primes, squares));
        System.out.println("primes & odds    " + intersection(primes, odds));
        System.out.println("odds - primes    " + difference(odds, primes));
        Set<Integer> sym = union(difference(odds, squares), difference(squares, odds));
        System.out.println("odds ^ squares   " + sym);
        System.out.println("odd squares subset of odds: " + odds.containsAll(intersection(squares, odds)));

        Set<String> a = new HashSet<String>(Arrays.asList("red", "green", "blue"));
        Set<String> b = new TreeSet<String>(Arrays.asList("blue", "green", "red"));
        Set<String> c = new LinkedHashSet<String>(Arrays.asList("green", "red", "blue"));
        System.out.println(a + " " + b + " " + c);
        System.out.println("equal: " + a.equals(b) + " " + b.equals(c) + " " + c.equals(a)
                + " hashes equal: " + (a.hashCode() == b.hashCode() && b.hashCode() == c.hashCode()));
        System.out.println("add dup: " + a.add("red") + ", add new: " + a.add("cyan") + ", remove: " + a.remove("green")
                + ", remove missing: " + a.remove("pink"));
        System.out.println(a + " size=" + a.size() + " contains blue=" + a.contains("blue"));

        Iterator<Integer> it = primes.iterator();
        while (it.hasNext()) {
            if (it.next() > 20) {
                it.remove();
            }
        }
        System.out.println("small primes " + primes);
        TreeSet<Integer> sortedOdds = new TreeSet<Integer>(odds);
        System.out.println("odds in [10, 20): " + sortedOdds.subSet(10, 20) + ", above 33: " + sortedOdds.tailSet(33, false)
                + ", descending head: " + sortedOdds.descendingSet().headSet(35));
        System.out.println("floor(10)=" + sortedOdds.floor(10) + " ceiling(10)=" + sortedOdds.ceiling(10)
                + " first=" + sortedOdds.first() + " last=" + sortedOdds.last());
        Set<Character> letters = new TreeSet<Character>();
        for (char ch : "mississippi river".toCharArray()) {
            if (ch != ' ') {
                letters.add(ch);
            }
        }
        System.out.println(letters);
        Set<Object> mixed = new HashSet<Object>();
        mixed.add(null);
        mixed.add(1);
        mixed.add(1L);
        mixed.add("1");
        mixed.add('1');
        System.out.println(mixed.size() + " " + mixed.contains(null) + " " + mixed.contains(1) + " " + mixed.contains((short) 1));
    }
}
