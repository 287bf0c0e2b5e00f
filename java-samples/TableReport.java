/** A formatted sales report: printf widths, precision, flags, argument indices. */
public class TableReport {
    static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] items = {"Espresso", "Cappuccino", "Flat white", "Cold brew (large)", "Tea"};
        int[] qty = {1520, 980, 45, 7, 12034};
        double[] price = {2.5, 3.75, 3.6, 4.999, 1.2};
        String line = "+" + repeat("-", 20) + "+" + repeat("-", 9) + "+" + repeat("-", 10) + "+" + repeat("-", 14) + "+";
        System.out.println(line);
        System.out.printf("|%-20s|%9s|%10s|%14s|%n", "Item", "Qty", "Price", "Revenue");
        System.out.println(line);
        double total = 0;
        long units = 0;
        for (int i = 0; i < items.length; i++) {
            double revenue = qty[i] * price[i];
            total += revenue;
            units += qty[i];
            System.out.printf("|%-20.20s|%,9d|%10.2f|%,14.2f|%n", items[i], qty[i], price[i], revenue);
        }
        System.out.println(line);
        System.out.printf("|%-20s|%,9d|%10s|%,14.2f|%n", "TOTAL", units, "", total);
        System.out.println(line);
        System.out.printf("Average price: %.3f, share of espresso: %.1f%%%n", total / units, 100.0 * qty[0] * price[0] / total);
        System.out.printf("%2$s before %1$s, again %2$s%n", "first", "second");
        System.out.printf("%s %<s %<S%n", "echo");
        System.out.printf("[%8.3e] [%-12.2E] [%+g] [%10.4g]%n", 123456.789, 0.000123, 42.0, 0.000012345);
        System.out.printf("[%x] [%X] [%#x] [%08x] [%o] [%#o]%n", 255, 255, 255, 48879, 8, 8);
        System.out.printf("[%+d] [% d] [%(d] [%(,d] [%05d] [%-6d]%n", 42, 42, -42, -1234567, -42, 42);
        System.out.printf("[%b] [%B] [%b] [%c] [%C] [%5c]%n", true, false, null, 'x', 'y', 'z');
        System.out.printf("[%10s] [%-10s] [%.3s] [%S]%n", "right", "left", "truncate", "shout");
        System.out.printf("[%h] [%s] [%n]".replace("[%n]", "") + "%n", "hi", null);
        String row = String.format("%-5s|%5s|", "ab", "cd");
        System.out.println(row + row.length());
        System.out.println(String.format("%d items cost %.2f", 3, 9.999));
        StringBuilder sb = new StringBuilder();
        java.util.Formatter f = new java.util.Formatter(sb);
        for (int i = 1; i <= 3; i++) {
            f.format("%d^2=%-3d", i, i * i);
        }
        f.format("%n");
        System.out.print(f.toString());
        System.out.println(String.format(java.util.Locale.US, "US: %,.2f", 1234567.891));
        System.out.println(String.format(java.util.Locale.ROOT, "ROOT: %,d", 1234567));
    }
}
