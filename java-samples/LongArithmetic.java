public class LongArithmetic {
    static long[] VALS = {0L, 1L, -1L, 2L, -3L, 7L, -7L, 63L, 64L, 65L, -64L,
        1L << 32, (1L << 32) - 1, -(1L << 32), 1234567890123L, -9876543210987L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        0x5555555555555555L, 0xAAAAAAAAAAAAAAAAL, Integer.MAX_VALUE, Integer.MIN_VALUE};

    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long mul(long a, long b) { return a * b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }
    static long neg(long a) { return -a; }
    static long shl(long a, int b) { return a << b; }
    static long shr(long a, int b) { return a >> b; }
    static long ushr(long a, int b) { return a >>> b; }
    static int cmp(long a, long b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r;
    }

    public static void main(String[] args) {
        System.out.println("-- overflow");
        System.out.println(add(Long.MAX_VALUE, 1));
        System.out.println(sub(Long.MIN_VALUE, 1));
        System.out.println(mul(Long.MAX_VALUE, 3));
        System.out.println(mul(1L << 32, 1L << 32));
        System.out.println(mul(3037000500L, 3037000500L));
        System.out.println(neg(Long.MIN_VALUE));
        System.out.println(div(Long.MIN_VALUE, -1));
        System.out.println(rem(Long.MIN_VALUE, -1));
        System.out.println("-- div/rem signs");
        long[] as = {7, -7, 7, -7, 0, 10000000000L, -10000000000L, 10000000000L, -10000000000L};
        long[] bs = {2, 2, -2, -2, 3, 3, 3, -7, -7};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + div(as[i], bs[i]) + ", % = " + rem(as[i], bs[i]));
        }
        try {
            System.out.println(div(1L, 0L));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.println(rem(1L, 0L));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("-- shifts (distance masked with 63)");
        int[] dists = {0, 1, 31, 32, 33, 63, 64, 65, 127, 128, -1, -32, -63, -64, -65, Integer.MIN_VALUE, Integer.MAX_VALUE};
        long[] bases = {1L, -1L, 0x123456789ABCDEF0L, Long.MIN_VALUE, -1234567L};
        for (long b : bases) {
            for (int d : dists) {
                System.out.println(b + " <<" + d + "=" + shl(b, d) + " >>" + d + "=" + shr(b, d) + " >>>" + d + "=" + ushr(b, d));
            }
        }
        System.out.println("-- lcmp");
        long[] cv = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 1L << 32, -(1L << 32)};
        for (long a : cv) {
            StringBuilder sb = new StringBuilder();
            for (long b : cv) {
                sb.append(cmp(a, b)).append(' ');
            }
            System.out.println(a + ": " + sb);
            System.out.println("  compare(a,0)=" + Long.compare(a, 0L));
        }
        System.out.println("-- table");
        long checksum = 17;
        for (long a : VALS) {
            for (long b : VALS) {
                long r1 = a + b, r2 = a - b, r3 = a * b;
                long r4 = b != 0 ? a / b : 0, r5 = b != 0 ? a % b : 0;
                long r6 = a & b, r7 = a | b, r8 = a ^ b;
                checksum = checksum * 1000003L ^ (r1 + 3 * r2 + 5 * r3 + 7 * r4 + 11 * r5 + 13 * r6 + 17 * r7 + 19 * r8);
                if (a == 1234567890123L) {
                    System.out.println(a + "," + b + ": " + r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6 + " " + r7 + " " + r8);
                }
            }
        }
        System.out.println("checksum " + checksum);
        System.out.println("-- long <-> int mixing");
        int i = Integer.MAX_VALUE;
        long l = i + 1;
        long m = i + 1L;
        System.out.println(l + " " + m);
        long big = 0x1234567890ABCDEFL;
        System.out.println((int) big + " " + (short) big + " " + (byte) big + " " + (int) (char) big);
        System.out.println((int) Long.MIN_VALUE + " " + (int) Long.MAX_VALUE);
        System.out.println("-- compound");
        long x = 5;
        x += Long.MAX_VALUE; System.out.println(x);
        x *= 3; System.out.println(x);
        x >>= 60; System.out.println(x);
        x <<= 70; System.out.println(x);
        x >>>= 1; System.out.println(x);
        x ^= 0xFFL; System.out.println(x);
        x |= 1L << 63; System.out.println(x);
        x &= ~0xFL; System.out.println(x);
        x--; System.out.println(x);
        x++; x++; System.out.println(x);
        System.out.println("-- helpers");
        System.out.println(Long.toHexString(-1L) + " " + Long.toBinaryString(10L) + " " + Long.toOctalString(-8L));
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE);
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("123456789012"));
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.abs(Long.MIN_VALUE));
        try {
            System.out.println(Math.multiplyExact(Long.MAX_VALUE, 2L));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        // fibonacci in long until overflow
        long a = 0, b = 1;
        int n = 0;
        while (b >= 0) {
            long t = a + b;
            a = b;
            b = t;
            n++;
        }
        System.out.println("fib overflow at step " + n + ": a=" + a + " b=" + b);
    }
}
