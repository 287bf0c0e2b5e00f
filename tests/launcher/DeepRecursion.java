// Deep recursion with a Java stack (-Xss128m) far larger than what the
// native stack (8 MiB) can hold of compiled frames: compiled calls nest on the
// native stack, so near its end they must give way to the interpreter, whose
// calls do not, and the recursion then ends in StackOverflowError at the Java
// stack's end, or completes if it fits: never a crash (launcher case
// deep-recursion-big-stack, docs/jit.md "Calls").
public class DeepRecursion {
    static int depth;

    static void down() {
        depth++;
        down();
    }

    int virtualDepth;

    void virtualDown() {  // an invokevirtual: the inline cache's frame push
        virtualDepth++;
        virtualDown();
    }

    static int loopDepth;

    static int withRegisterLocals(int n) {  // s and i live in registers: a bigger native frame
        int s = 0;
        for (int i = 0; i < 3; i++) s += i;
        loopDepth++;
        return s + withRegisterLocals(n + 1);
    }

    static long sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }

    public static void main(String[] args) {
        try {
            down();
        } catch (StackOverflowError e) {
            System.out.println("static: StackOverflowError deeper than 200000 calls: " + (depth > 200_000));
        }
        DeepRecursion d = new DeepRecursion();
        try {
            d.virtualDown();
        } catch (StackOverflowError e) {
            System.out.println("virtual: StackOverflowError deeper than 200000 calls: " + (d.virtualDepth > 200_000));
        }
        try {
            withRegisterLocals(0);
        } catch (StackOverflowError e) {
            System.out.println("register locals: StackOverflowError deeper than 200000 calls: " + (loopDepth > 200_000));
        }
        // Deep but finite: it fits the Java stack, so it must complete.
        System.out.println("sum(600000) = " + sum(600_000));
    }
}
