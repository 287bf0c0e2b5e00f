// cortado: release 17
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A payroll report with records and collectors: grouping, partitioning, joining, comparators. */
public class StreamReport {
    record Employee(String name, String dept, int age, double salary, List<String> skills) {}

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Alice", "Engineering", 34, 125000, List.of("java", "sql")),
                new Employee("Bob", "Engineering", 45, 98000, List.of("c++", "java")),
                new Employee("Carol", "Sales", 29, 67000, List.of("negotiation")),
                new Employee("Dan", "Sales", 51, 71000.5, List.of("excel", "negotiation")),
                new Employee("Erin", "Support", 23, 45000, List.of("sql", "excel")),
                new Employee("Frank", "Engineering", 38, 112500, List.of("go", "java", "sql")),
                new Employee("Grace", "Support", 41, 52000, List.of()),
                new Employee("Heidi", "Marketing", 33, 60500, List.of("design")));

        System.out.println("== By salary, then name");
        staff.stream()
                .sorted(Comparator.comparingDouble(Employee::salary).reversed().thenComparing(Employee::name))
                .map(e -> String.format("%-6s %-12s %10.2f", e.name(), e.dept(), e.salary()))
                .forEach(System.out::println);

        System.out.println("== Departments");
        Map<String, List<Employee>> byDept = staff.stream()
                .collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.toList()));
        byDept.forEach((dept, list) -> System.out.println(dept + ": "
                + list.stream().map(Employee::name).sorted(Comparator.reverseOrder()).collect(Collectors.joining(", ", "<", ">"))));

        Map<String, Double> avgSalary = staff.stream()
                .collect(Collectors.groupingBy(Employee::dept, Collectors.averagingDouble(Employee::salary)));
        System.out.println("average salary (HashMap order): " + avgSalary);

        Map<String, Optional<Employee>> oldest = staff.stream()
                .collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Employee::age))));
        oldest.forEach((d, e) -> System.out.println("oldest in " + d + ": " + e.map(Employee::name).orElse("-")));

        Map<Boolean, Long> over40 = staff.stream().collect(Collectors.partitioningBy(e -> e.age() > 40, Collectors.counting()));
        System.out.println("over 40: " + over40);
        Map<Boolean, List<String>> highEarners = staff.stream()
                .collect(Collectors.partitioningBy(e -> e.salary() >= 100000, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("high earners: " + highEarners);

        Map<String, Long> skillCount = staff.stream()
                .collect(Collectors.flatMapping(e -> e.skills().stream(), Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())));
        System.out.println("skills: " + skillCount);
        Map<String, List<String>> juniorsByDept = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.filtering(e -> e.age() < 35, Collectors.mapping(Employee::name, Collectors.toList()))));
        System.out.println("under 35: " + juniorsByDept);

        DoubleSummaryStatistics stats = staff.stream().collect(Collectors.summarizingDouble(Employee::salary));
        System.out.println(stats);
        System.out.println("total payroll: " + staff.stream().collect(Collectors.summingDouble(Employee::salary)));
        System.out.println("total age: " + staff.stream().collect(Collectors.summingInt(Employee::age))
                + ", average age: " + staff.stream().collect(Collectors.averagingInt(Employee::age)));
        System.out.println(staff.stream().collect(Collectors.summarizingInt(Employee::age)));
        System.out.println("names: " + staff.stream().map(Employee::name).collect(Collectors.joining()));
        String roster = staff.stream().map(Employee::name).collect(Collectors.collectingAndThen(Collectors.joining("/"), String::toUpperCase));
        System.out.println("roster: " + roster);
        System.out.println("youngest: " + staff.stream().min(Comparator.comparingInt(Employee::age)).get());
        System.out.println("initials: " + staff.stream().map(e -> e.name().substring(0, 1)).reduce("", String::concat));
        System.out.println("longest name: " + staff.stream().map(Employee::name).collect(Collectors.reducing((a, b) -> b.length() > a.length() ? b : a)));
        System.out.println("age sum via reducing: " + staff.stream().collect(Collectors.reducing(0, Employee::age, Integer::sum)));
        var range = staff.stream().collect(Collectors.teeing(
                Collectors.minBy(Comparator.comparingDouble(Employee::salary)),
                Collectors.maxBy(Comparator.comparingDouble(Employee::salary)),
                (lo, hi) -> lo.get().name() + ".." + hi.get().name()));
        System.out.println("salary range: " + range);
    }
}
