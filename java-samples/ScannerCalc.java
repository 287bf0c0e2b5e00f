import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

/** A stdin-driven RPN/infix calculator using Scanner's typed tokens. */
public class ScannerCalc {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int cases = in.nextInt();
        in.nextLine();
        for (int c = 1; c <= cases; c++) {
            double a = in.nextDouble();
            String op = in.next();
            double b = in.nextDouble();
            double r;
            switch (op) {
                case "+": r = a + b; break;
                case "-": r = a - b; break;
                case "*": r = a * b; break;
                case "/": r = a / b; break;
                case "^": r = Math.pow(a, b); break;
                default: System.out.println("case " + c + ": unknown operator " + op); continue;
            }
            System.out.printf("case %d: %s %s %s = %.4f%n", c, a, op, b, r);
        }
        in.nextLine();
        String title = in.nextLine();
        System.out.println("title: '" + title + "'");
        long sum = 0;
        int count = 0;
        while (in.hasNextLong()) {
            sum += in.nextLong();
            count++;
        }
        System.out.println("summed " + count + " longs: " + sum);
        try {
            in.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch: " + e + " next token is '" + in.next() + "'");
        }
        System.out.println("bool: " + in.hasNextBoolean() + " " + in.nextBoolean() + " " + in.nextBoolean());
        System.out.println("grouped int: " + in.nextInt() + ", negative: " + in.nextInt());
        try {
            in.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("too big: " + e.getMessage());
            in.next();
        }
        in.nextLine();
        in.useDelimiter("\\s*;\\s*");
        System.out.println("fields: [" + in.next() + "] [" + in.next() + "] [" + in.nextInt() + "]");
        in.useDelimiter("\\p{javaWhitespace}+");
        in.nextLine();
        while (in.hasNextLine()) {
            String line = in.nextLine();
            System.out.println("line " + line.length() + ": " + line);
        }
        System.out.println("hasNext at end: " + in.hasNext());
        try {
            in.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        try {
            in.next();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        Scanner s = new Scanner("10 apples and 20 pears, 3.5 kg");
        int total = 0;
        while (s.hasNext()) {
            if (s.hasNextInt()) {
                total += s.nextInt();
            } else if (s.hasNextDouble()) {
                System.out.println("double " + s.nextDouble());
            } else {
                System.out.println("word " + s.next());
            }
        }
        System.out.println("total " + total);
        s.close();
        try {
            s.next();
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
    }
}
