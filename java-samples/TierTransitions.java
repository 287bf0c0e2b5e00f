// Moves between the tiers: exceptions thrown in compiled code and caught in the
// same frame (the rest of the frame runs interpreted, then re-enters compiled
// code at the next loop header), exceptions crossing compiled frames, deep
// compiled recursion, and the Java arithmetic corner cases the templates
// implement themselves. Run by every config, including -Xcomp and
// -XX:CompileThreshold=100.
public class TierTransitions {
    static int counter;
    static final Object lock = new Object();

    static int divide(int a, int b) { return a / b; }
    static long remainder(long a, long b) { return a % b; }

    static int thrower(int depth) {
        if (depth == 0) throw new IllegalStateException("bottom");
        return thrower(depth - 1) + 1;
    }

    static synchronized int syncThrow(int x) {
        if (x % 3 == 0) throw new ArithmeticException("sync " + x);
        return x;
    }

    static int depth(int n) { return n == 0 ? 0 : depth(n - 1) + 1; }

    static String classify(int k) {
        switch (k) {
            case -5: return "minus five";
            case 0: return "zero";
            case 1: case 2: case 3: return "small";
            case 1000000: return "million";
            default: return "other";
        }
    }

    static int dense(int k) {
        switch (k) {
            case 10: return 1;
            case 11: return 2;
            case 12: return 3;
            case 14: return 5;
            default: return -1;
        }
    }

    public static void main(String[] args) {
        // 1. exceptions caught inside a hot loop, then the loop goes on.
        long sum = 0;
        int caught = 0;
        for (int i = -20000; i < 20000; i++) {
            try {
                sum += divide(1000000, i % 7);
            } catch (ArithmeticException e) {
                caught++;
            }
        }
        System.out.println("1. sum=" + sum + " caught=" + caught);

        // 2. an exception through many compiled frames, with a stack trace.
        try {
            thrower(50);
        } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("2. " + e.getMessage() + " frames>=51: " + (st.length >= 51) + " top=" + st[0].getMethodName()
                               + " line=" + st[0].getLineNumber());
        }

        // 3. synchronized methods that throw release their monitor.
        int ok = 0, failed = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                ok += syncThrow(i);
            } catch (ArithmeticException e) {
                failed++;
            }
        }
        synchronized (lock) {
            counter += ok;
        }
        System.out.println("3. ok=" + ok + " failed=" + failed + " counter=" + counter);

        // 4. deep recursion that stays below -Xss.
        System.out.println("4. depth " + depth(5000));

        // 5. arithmetic corner cases.
        System.out.println("5. " + (Integer.MIN_VALUE / -1) + " " + (Integer.MIN_VALUE % -1) + " " + (Long.MIN_VALUE / -1L)
                           + " " + (Long.MIN_VALUE % -1L) + " " + (-7 / 2) + " " + (-7 % 2) + " " + remainder(-7L, 3L));
        int s = 33;
        long one = 1L;
        System.out.println("   shifts " + (1 << s) + " " + (one << 65) + " " + (-1 >>> 28) + " " + (-1L >>> 60) + " " + (-16 >> 2));
        float nan = Float.NaN;
        double dnan = Double.NaN;
        System.out.println("   nan " + (nan < 1f) + " " + (nan > 1f) + " " + (nan != nan) + " " + (dnan <= 0.0) + " " + (dnan >= 0.0));
        System.out.println("   casts " + (int) 3e10 + " " + (long) -1e30 + " " + (int) Float.NaN + " " + (int) (char) -1 + " " + (short) 70000
                           + " " + (byte) 200 + " " + (int) (char) 65535);
        System.out.println("   neg " + (-0.0f) + " " + (-(0.0)) + " " + (-Integer.MIN_VALUE) + " " + (-Long.MIN_VALUE));
        System.out.println("   rem " + (5.5 % -2.0) + " " + (-5.5f % 2f) + " " + (1.0 % 0.0));
        long a = 0x123456789L, b = -0x987654321L;
        System.out.println("   longs " + (a * b) + " " + (a ^ b) + " " + Long.compare(a, b) + " " + (a > b) + " " + (b >>> 3));

        // 6. switches.
        StringBuilder sb = new StringBuilder();
        for (int k : new int[] {-5, 0, 2, 3, 4, 1000000, Integer.MIN_VALUE}) sb.append(classify(k)).append(',');
        for (int k = 8; k < 16; k++) sb.append(dense(k)).append(',');
        System.out.println("6. " + sb);

        // 7. arrays: bounds, stores, booleans.
        boolean[] flags = new boolean[4];
        byte[] bytes = new byte[4];
        char[] chars = new char[4];
        Object[] objs = new String[2];
        try {
            objs[0] = "fine";
            objs[1] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("7. " + e);
        }
        try {
            flags[4] = true;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("   " + e.getMessage());
        }
        bytes[1] = (byte) 0x80;
        chars[2] = (char) 0xffff;
        flags[3] = true;
        System.out.println("   " + bytes[1] + " " + (int) chars[2] + " " + flags[3] + " " + flags[0] + " " + objs[0]);
        int[][] grid = new int[3][4];
        grid[2][3] = 7;
        System.out.println("   grid " + grid.length + "x" + grid[0].length + " " + grid[2][3]);
    }
}
