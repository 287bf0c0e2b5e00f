import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

/** Scanner's pattern-driven methods (radix, findInLine, skip, horizons) and a Formattable type. */
public class ScannerPatterns {
    static final class Money implements Formattable {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        public void formatTo(Formatter f, int flags, int width, int precision) {
            String s = String.format("$%d.%02d", cents / 100, cents % 100);
            if ((flags & FormattableFlags.UPPERCASE) != 0) {
                s = "USD " + s.substring(1);
            }
            StringBuilder sb = new StringBuilder();
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            if (left) {
                sb.append(s);
            }
            for (int i = s.length(); i < width; i++) {
                sb.append(left ? '.' : ' ');
            }
            if (!left) {
                sb.append(s);
            }
            f.format("%s", sb);
        }
    }

    public static void main(String[] args) {
        Scanner s = new Scanner("ff 101 -7f zz 300 12 3.5f 2.25 key=value; rest of line\nnext line 42\n");
        System.out.println(s.hasNextInt(16) + " " + s.nextInt(16) + " " + s.nextInt(2) + " " + s.nextLong(16) + " "
                + s.hasNextInt() + " " + s.hasNextInt(36) + " " + s.nextInt(36));
        System.out.println(s.hasNextByte() + " " + s.hasNextShort());
        try {
            s.nextByte();
        } catch (InputMismatchException e) {
            System.out.println("byte: " + e.getMessage());
        }
        System.out.println(s.nextShort() + " " + s.nextByte() + " " + s.hasNextFloat() + " " + s.next() + " " + s.nextFloat());
        System.out.println("[" + s.findInLine("(\\w+)=(\\w+)") + "] " + s.match().group(2) + " [" + s.findInLine("xyz")
                + "] [" + s.nextLine() + "]");
        System.out.println("[" + s.findInLine("\\d+") + "] [" + s.nextLine() + "] " + s.hasNextLine());
        Scanner t = new Scanner("   abc123def");
        t.skip("\\s*");
        System.out.println(t.next("[a-z]+\\d+\\w+"));
        Scanner u = new Scanner("abc");
        try {
            u.skip("\\d");
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        System.out.println(u.findWithinHorizon("b", 1) + " " + u.findWithinHorizon("b", 2) + " " + u.next());
        Scanner csv = new Scanner("name,qty,price\nbolt,100,0.25\nnut,250,0.10\n");
        csv.nextLine();
        csv.useDelimiter(",|\\R");
        double total = 0;
        while (csv.hasNext()) {
            String name = csv.next();
            int qty = csv.nextInt();
            double price = csv.nextDouble();
            total += qty * price;
            System.out.printf("%-6s %5d x %5.2f%n", name, qty, price);
        }
        System.out.printf("total %.2f%n", total);
        Money m = new Money(123456);
        System.out.println(String.format("[%s] [%12s] [%-12s] [%S]", m, m, m, m));
    }
}
