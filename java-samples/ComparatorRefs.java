import java.util.Arrays;
import java.util.Comparator;

// Comparators from lambdas and method references, sorted with Arrays.sort.
public class ComparatorRefs {
    static class Person {
        final String name;
        final int age;
        Person(String name, int age) { this.name = name; this.age = age; }
        String name() { return name; }
        int age() { return age; }
        static int byAgeThenName(Person a, Person b) {
            int c = Integer.compare(a.age, b.age);
            return c != 0 ? c : a.name.compareTo(b.name);
        }
        @Override public String toString() { return name + "(" + age + ")"; }
    }

    interface Key<T> { int of(T t); }

    static <T> Comparator<T> comparingInt(Key<T> key) {
        return (a, b) -> Integer.compare(key.of(a), key.of(b));
    }

    public static void main(String[] args) {
        Person[] people = {
            new Person("Mia", 31), new Person("Ben", 25), new Person("Zoe", 31),
            new Person("Al", 40), new Person("Eve", 25), new Person("Bob", 19),
        };
        Person[] p = people.clone();
        Arrays.sort(p, Person::byAgeThenName);
        System.out.println(Arrays.toString(p));
        Arrays.sort(p, (a, b) -> a.name().compareTo(b.name()));
        System.out.println(Arrays.toString(p));
        Comparator<Person> byAge = comparingInt(Person::age);
        Arrays.sort(p, byAge.reversed());
        System.out.println(Arrays.toString(p));
        Arrays.sort(p, byAge.thenComparing((a, b) -> b.name.compareTo(a.name)));
        System.out.println(Arrays.toString(p));
        String[] words = {"pear", "Fig", "apple", "kiwi", "Banana", "date"};
        Arrays.sort(words, String::compareToIgnoreCase);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.reverseOrder());
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, comparingInt(String::length));
        System.out.println(Arrays.toString(words));
        Integer[] nums = {5, -3, 12, 0, 7, -3};
        Arrays.sort(nums, Integer::compare);
        System.out.println(Arrays.toString(nums));
        Arrays.sort(nums, (a, b) -> Integer.compare(Math.abs(b), Math.abs(a)));
        System.out.println(Arrays.toString(nums));
        Comparator<String> natural = Comparator.naturalOrder();
        System.out.println(natural.compare("a", "b") < 0);
    }
}
