// Bodies inlined two levels deep whose cold paths turn hot after the caller
// is compiled: each trap runs the rest of the body in the interpreter, and
// once the traps of the nested bodies reach the limit (they count against the
// outermost site), that site makes the call instead. Results must not change
// at any point: before, during, and after the switch.
public class InlineTrapLimit {
    static int sink;

    static final class Cell {
        int value;
        Cell(int v) { value = v; }
    }

    // Innermost: the negative branch has not run when outer() is compiled.
    static int inner(int x) {
        if (x < 0) return -x * 3 + 1;
        return x + 1;
    }

    // Middle: a nested call, and an allocation on a path that is cold at first.
    static int middle(int x) {
        int r = inner(x);
        if (r > 1_000_000) {
            Cell c = new Cell(r);
            return c.value % 1000;
        }
        return r * 2;
    }

    static int outer(int x) {
        return middle(x) + middle(x + 1);
    }

    public static void main(String[] args) {
        long sum = 0;
        // Warm-up: positive and small only, so the cold paths never run.
        for (int i = 0; i < 5000; i++) sum += outer(i & 1023);
        System.out.println("warm " + sum);
        // Now the cold paths: a few at first (traps), then all the time.
        for (int i = 0; i < 20; i++) sum += outer(-i);
        System.out.println("few " + sum);
        for (int i = 0; i < 20000; i++) sum += outer((i & 1) == 0 ? -i : i * 100);
        System.out.println("many " + sum);
        for (int i = 0; i < 5000; i++) sum += outer(i & 1023);
        System.out.println("again " + sum);
    }
}
