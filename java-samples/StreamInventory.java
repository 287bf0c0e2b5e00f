// cortado: release 17
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** An inventory kept in maps and processed with entrySet().stream(); hash-ordered results print as HotSpot's. */
public class StreamInventory {
    enum Category { TOOLS, GARDEN, KITCHEN, TOYS }

    record Item(String sku, Category category, int stock, double price) {
        double value() {
            return stock * price;
        }
    }

    public static void main(String[] args) {
        List<Item> items = IntStream.range(0, 40)
                .mapToObj(i -> new Item("SKU-" + (1000 + i * 37 % 101), Category.values()[i * 7 % 4], (i * 13) % 25, 1.5 + (i % 9) * 2.25))
                .collect(Collectors.toList());
        Map<String, Item> bySku = items.stream().collect(Collectors.toMap(Item::sku, it -> it));
        System.out.println("skus (HashMap order): " + bySku.keySet());
        Set<Integer> stockLevels = items.stream().map(Item::stock).collect(Collectors.toSet());
        System.out.println("stock levels: " + stockLevels);
        Map<String, Long> perCategory = items.stream().collect(Collectors.groupingBy(it -> it.category().name(), Collectors.counting()));
        System.out.println("per category: " + perCategory);
        Map<Integer, List<String>> byStockBucket = items.stream()
                .collect(Collectors.groupingBy(it -> it.stock() / 5 * 5, Collectors.mapping(Item::sku, Collectors.toList())));
        byStockBucket.forEach((bucket, skus) -> System.out.println("  stock " + bucket + "+: " + skus.size() + " " + skus.get(0)));

        Map<String, Integer> restock = new HashMap<>();
        bySku.entrySet().stream()
                .filter(e -> e.getValue().stock() < 5)
                .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .forEach(e -> restock.put(e.getKey(), 20 - e.getValue().stock()));
        System.out.println("restock: " + restock);
        System.out.println("restock total: " + restock.values().stream().mapToInt(Integer::intValue).sum());
        String top = bySku.values().stream()
                .sorted(Comparator.comparingDouble(Item::value).reversed().thenComparing(Item::sku))
                .limit(5)
                .map(it -> String.format("%s=%.2f", it.sku(), it.value()))
                .collect(Collectors.joining(", ", "top value: [", "]"));
        System.out.println(top);
        Map<Category, Double> valueByCategory = items.stream()
                .collect(Collectors.groupingBy(Item::category, () -> new java.util.EnumMap<>(Category.class), Collectors.summingDouble(Item::value)));
        System.out.println("value by category: " + valueByCategory);
        Map<Boolean, Set<Category>> emptyShelves = items.stream()
                .collect(Collectors.partitioningBy(it -> it.stock() == 0, Collectors.mapping(Item::category, Collectors.toCollection(java.util.TreeSet::new))));
        System.out.println("empty shelves: " + emptyShelves);
        Map<String, Long> priceBands = items.stream().collect(Collectors.groupingBy(
                it -> it.price() < 5 ? "cheap" : it.price() < 12 ? "mid" : "premium", Collectors.counting()));
        System.out.println("price bands: " + priceBands);
        System.out.println("words: " + List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha").stream().collect(Collectors.toSet()));
        Map<Integer, Integer> squares = IntStream.rangeClosed(-20, 20).boxed().collect(Collectors.toMap(i -> i * i, i -> i, (a, b) -> b));
        System.out.println("squares: " + squares);
    }
}
