// Concatenation and lambdas in a loop: many allocations, so moving collectors
// run while call sites are linked and executed.
public class ConcatStress {
    interface IntFn { String apply(int x); }

    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        String total = "";
        int checksum = 0;
        for (int i = 0; i < 3000; i++) {
            Point p = new Point(i, -i);
            String s = "p" + i + "=" + p + ";" + (i * 0.5) + ";" + (char) ('A' + i % 26) + (i % 2 == 0);
            checksum = checksum * 31 + s.hashCode();
            final int k = i;
            IntFn fn = x -> "k" + k + "x" + x + p;
            checksum = checksum * 31 + fn.apply(i % 7).length();
            if (i % 500 == 0) total += s + " | " + fn.apply(1) + "\n";
        }
        System.out.print(total);
        System.out.println("checksum " + checksum);
    }
}
