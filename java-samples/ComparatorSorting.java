import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/** Sorting records with Comparator.comparing/thenComparing/reversed/nullsFirst (stable sorts). */
public class ComparatorSorting {
    static final class Person {
        final String name;
        final String city;
        final int age;
        final double salary;

        Person(String name, String city, int age, double salary) {
            this.name = name;
            this.city = city;
            this.age = age;
            this.salary = salary;
        }

        @Override
        public String toString() {
            return name + "(" + city + "," + age + "," + salary + ")";
        }
    }

    static final Function<Person, String> CITY = new Function<Person, String>() {
        public String apply(Person p) {
            return p.city;
        }
    };
    static final Function<Person, String> NAME = new Function<Person, String>() {
        public String apply(Person p) {
            return p.name;
        }
    };
    static final ToIntFunction<Person> AGE = new ToIntFunction<Person>() {
        public int applyAsInt(Person p) {
            return p.age;
        }
    };
    static final ToDoubleFunction<Person> SALARY = new ToDoubleFunction<Person>() {
        public double applyAsDouble(Person p) {
            return p.salary;
        }
    };

    public static void main(String[] args) {
        List<Person> people = new ArrayList<Person>(Arrays.asList(
                new Person("Ana", "Lisbon", 34, 4200.5),
                new Person("Bo", "Oslo", 28, 5100.0),
                new Person("Cy", "Lisbon", 41, 3900.0),
                new Person("Di", "Berlin", 28, 6100.25),
                new Person("Ed", "Oslo", 34, 4800.0),
                new Person("Flo", "Berlin", 23, 3900.0),
                new Person("Gus", "Lisbon", 28, 4400.0),
                new Person("Hal", null, 50, 7000.0)));

        List<Person> byAge = new ArrayList<Person>(people);
        byAge.sort(Comparator.comparingInt(AGE));
        System.out.println("by age (stable): " + byAge);

        List<Person> byCityThenAgeDesc = new ArrayList<Person>(people);
        byCityThenAgeDesc.sort(Comparator.comparing(CITY, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(Comparator.comparingInt(AGE).reversed()));
        System.out.println("by city, age desc: " + byCityThenAgeDesc);

        List<Person> bySalary = new ArrayList<Person>(people);
        Collections.sort(bySalary, Comparator.comparingDouble(SALARY).reversed().thenComparing(NAME));
        System.out.println("by salary desc: " + bySalary);

        List<Person> nullsLast = new ArrayList<Person>(people);
        nullsLast.sort(Comparator.comparing(CITY, Comparator.nullsLast(Comparator.<String>reverseOrder())).thenComparing(NAME));
        System.out.println("city reversed, nulls last: " + nullsLast);

        List<String> words = new ArrayList<String>(Arrays.asList("pear", "Fig", "apple", "kiwi", "Banana", "date", "fig", "Apple"));
        Collections.sort(words);
        System.out.println(words);
        Collections.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(words);
        words.sort(Comparator.comparingInt(new ToIntFunction<String>() {
            public int applyAsInt(String s) {
                return s.length();
            }
        }).thenComparing(Comparator.<String>reverseOrder()));
        System.out.println(words);
        Collections.sort(words, Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER));
        System.out.println(words);
        System.out.println("max=" + Collections.max(words) + " min ci=" + Collections.min(words, String.CASE_INSENSITIVE_ORDER));

        Integer[] numbers = {5, -3, 12, 0, -3, 8, 7, -10};
        Arrays.sort(numbers, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) {
                return Integer.compare(Math.abs(a), Math.abs(b));
            }
        });
        System.out.println(Arrays.toString(numbers));
        Arrays.sort(numbers, Collections.reverseOrder());
        System.out.println(Arrays.toString(numbers));
        int idx = Collections.binarySearch(Arrays.asList(numbers), 7, Collections.reverseOrder());
        System.out.println("7 at " + idx);
        Comparator<Integer> natural = Comparator.naturalOrder();
        System.out.println(natural.compare(1, 2) + " " + natural.reversed().compare(1, 2) + " "
                + Comparator.<Integer>reverseOrder().reversed().compare(1, 2));
    }
}
