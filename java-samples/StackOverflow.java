public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, double b, Object c) {
        long x = a + 1;
        double y = b * 1.0;
        return recurseWithLocals(x, y, c) + 1;
    }

    static int mutualA(int n) { return mutualB(n + 1) + 1; }
    static int mutualB(int n) { return mutualA(n + 1) + 1; }

    static int finallyCount;
    static void recurseWithFinally() {
        try {
            recurseWithFinally();
        } finally {
            finallyCount++;
        }
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) {
        try {
            recurse();
            System.out.println("not reached");
        } catch (StackOverflowError e) {
            System.out.println("1. caught StackOverflowError; depth > 1000: " + (depth > 1000));
        }
        try {
            recurseWithLocals(0, 0, "x");
        } catch (StackOverflowError e) {
            System.out.println("2. caught again with bigger frames");
        }
        try {
            mutualA(0);
        } catch (Throwable e) {
            System.out.println("3. mutual recursion: " + e.getClass().getName() + " isError " + (e instanceof Error) + " isVMError " + (e instanceof VirtualMachineError));
        }
        try {
            recurseWithFinally();
        } catch (StackOverflowError e) {
            System.out.println("4. finally blocks ran during unwinding: " + (finallyCount > 1000));
        }
        // the VM still works normally afterwards
        System.out.println("5. fib(20) = " + fib(20));
        int ok = 0;
        for (int i = 0; i < 3; i++) {
            depth = 0;
            try {
                recurse();
            } catch (StackOverflowError e) {
                ok++;
            }
        }
        System.out.println("6. repeated overflows caught: " + ok);
        System.out.println("done");
    }
}
