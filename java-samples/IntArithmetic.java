public class IntArithmetic {
    static int[] VALS = {0, 1, -1, 2, -2, 3, -3, 7, -7, 31, 32, 33, -31, -32, -33, 64,
        100, -100, 12345, -12345, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555, 0xAAAAAAAA};

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static int neg(int a) { return -a; }
    static int shl(int a, int b) { return a << b; }
    static int shr(int a, int b) { return a >> b; }
    static int ushr(int a, int b) { return a >>> b; }
    static int and(int a, int b) { return a & b; }
    static int or(int a, int b) { return a | b; }
    static int xor(int a, int b) { return a ^ b; }

    public static void main(String[] args) {
        System.out.println("-- overflow");
        System.out.println(add(Integer.MAX_VALUE, 1));
        System.out.println(sub(Integer.MIN_VALUE, 1));
        System.out.println(mul(Integer.MAX_VALUE, 2));
        System.out.println(mul(Integer.MIN_VALUE, -1));
        System.out.println(mul(65536, 65536));
        System.out.println(mul(46341, 46341));
        System.out.println(neg(Integer.MIN_VALUE));
        System.out.println(div(Integer.MIN_VALUE, -1));
        System.out.println(rem(Integer.MIN_VALUE, -1));
        System.out.println("-- div/rem sign combinations");
        int[] as = {7, -7, 7, -7, 0, 1, -1, 6, -6};
        int[] bs = {2, 2, -2, -2, 3, 5, 5, -3, 3};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + div(as[i], bs[i]) + ", % = " + rem(as[i], bs[i]));
        }
        System.out.println("-- division by zero");
        try {
            System.out.println(div(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.println(rem(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e);
        }
        System.out.println("-- shifts");
        int[] dists = {0, 1, 5, 31, 32, 33, 63, 64, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] bases = {1, -1, 0x12345678, Integer.MIN_VALUE, -12345};
        for (int b : bases) {
            for (int d : dists) {
                System.out.println(b + " <<" + d + "=" + shl(b, d) + " >>" + d + "=" + shr(b, d) + " >>>" + d + "=" + ushr(b, d));
            }
        }
        System.out.println("-- table of ops");
        long checksum = 0;
        for (int a : VALS) {
            for (int b : VALS) {
                int r1 = add(a, b), r2 = sub(a, b), r3 = mul(a, b);
                int r4 = b != 0 ? div(a, b) : 0, r5 = b != 0 ? rem(a, b) : 0;
                int r6 = and(a, b), r7 = or(a, b), r8 = xor(a, b);
                checksum = checksum * 31 + r1 + r2 * 3 + r3 * 5 + r4 * 7 + r5 * 11 + r6 * 13 + r7 * 17 + r8 * 19;
                if ((a == 7 || a == Integer.MIN_VALUE) && (b == -3 || b == Integer.MAX_VALUE)) {
                    System.out.println(a + "," + b + ": " + r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6 + " " + r7 + " " + r8);
                }
            }
        }
        System.out.println("checksum " + checksum);
        System.out.println("-- narrowing i2b i2c i2s");
        int[] nv = {0, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -1, -32769, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 200, 40000};
        for (int v : nv) {
            byte b = (byte) v;
            char c = (char) v;
            short s = (short) v;
            System.out.println(v + " -> byte " + b + " char " + (int) c + " short " + s);
        }
        System.out.println("-- compound assignments");
        int x = 10;
        x += 5; System.out.println(x);
        x -= 20; System.out.println(x);
        x *= -3; System.out.println(x);
        x /= 4; System.out.println(x);
        x %= 5; System.out.println(x);
        x <<= 29; System.out.println(x);
        x >>= 3; System.out.println(x);
        x >>>= 1; System.out.println(x);
        x |= 0xF0; System.out.println(x);
        x &= 0xFF; System.out.println(x);
        x ^= -1; System.out.println(x);
        byte bb = 100; bb += 100; System.out.println(bb);
        short ss = 30000; ss += 30000; System.out.println(ss);
        char cc = 65535; cc += 2; System.out.println((int) cc);
        bb = -128; bb--; System.out.println(bb);
        bb >>>= 1; System.out.println(bb);
        System.out.println("-- increment");
        int i = 5;
        int j = i++ + ++i;
        System.out.println(i + " " + j);
        j = i-- - --i;
        System.out.println(i + " " + j);
        i = Integer.MAX_VALUE; i++; System.out.println(i);
        i += 1000; System.out.println(i);
        i -= 100000; System.out.println(i);
        System.out.println("-- Integer helpers");
        System.out.println(Integer.toHexString(-1) + " " + Integer.toBinaryString(10) + " " + Integer.toOctalString(-8));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE);
        System.out.println(Integer.parseInt("-2147483648") + " " + Integer.parseInt("+123") + " " + Integer.parseInt("7fffffff", 16));
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 5) + " " + Integer.compare(Integer.MIN_VALUE, 1));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorMod(7, -2));
        try {
            System.out.println(Math.addExact(Integer.MAX_VALUE, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.multiplyExact(1 << 20, 1 << 12));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Integer.parseInt("abc");
        } catch (NumberFormatException e) {
            System.out.println("NFE: " + e.getMessage());
        }
    }
}
