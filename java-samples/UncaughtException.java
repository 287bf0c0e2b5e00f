// Prints some output, then lets an exception escape main: exit code 1, stack trace on stderr.
class Custom extends RuntimeException {
    Custom(String m, Throwable c) { super(m, c); }
}

public class UncaughtException {
    static int level(int n) {
        if (n == 0) {
            System.out.println("about to fail at the bottom");
            try {
                int[] a = new int[2];
                return a[n + 2];
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new Custom("wrapped failure", e);
            }
        }
        System.out.println("descending " + n);
        return level(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            System.out.println("in try");
            level(3);
        } finally {
            System.out.println("finally runs before the thread dies");
        }
        System.out.println("never printed");
    }
}
