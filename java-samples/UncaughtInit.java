// The main class's own static initializer fails: HotSpot reports the ExceptionInInitializerError
// on stderr and exits with code 1, after the output printed so far.
public class UncaughtInit {
    static int[] table = build();

    static int[] build() {
        System.out.println("building table");
        int[] t = new int[3];
        for (int i = 0; i <= 3; i++) {
            System.out.println("slot " + i);
            t[i] = i * i;
        }
        return t;
    }

    public static void main(String[] args) {
        System.out.println("main is never reached " + table.length);
    }
}
