// The program the debugger tests (tests/debugger) stop in. Line numbers matter:
// the scripts set breakpoints by line, so edit the .cdb files and the expected
// transcripts with this file.
public class DebugMe {
    static class Point {
        int x;
        int y;
        String name;

        Point(int x, int y, String name) {
            this.x = x;
            this.y = y;
            this.name = name;
        }
    }

    static int square(int n) {
        int r = n * n;
        return r;
    }

    public static void main(String[] args) throws Exception {
        Point p = new Point(3, 4, "corner");
        int[] squares = new int[3];
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            squares[i - 1] = square(i);
            total += squares[i - 1];
        }
        System.out.println("total " + total);
        System.out.println(p.name + " " + p.x);
        System.out.println("stdin " + System.in.read());
    }
}
