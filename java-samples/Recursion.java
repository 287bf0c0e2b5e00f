public class Recursion {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fibL(int n) { return n < 2 ? n : fibL(n - 1) + fibL(n - 2); }
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static double factD(int n) { return n <= 1 ? 1.0 : n * factD(n - 1); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static void hanoi(int n, char from, char to, char via, StringBuilder out, int[] moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, out, moves);
        moves[0]++;
        if (n >= 3) out.append(n).append(':').append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, out, moves);
    }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static String reverse(String s) { return s.isEmpty() ? s : reverse(s.substring(1)) + s.charAt(0); }
    static int sumDigits(long n) { return n == 0 ? 0 : (int) (n % 10) + sumDigits(n / 10); }
    static void permutations(char[] a, int k, StringBuilder out) {
        if (k == a.length) { out.append(a).append(' '); return; }
        for (int i = k; i < a.length; i++) {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            permutations(a, k + 1, out);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }
    static int deep(int n) { return n == 0 ? 0 : 1 + deep(n - 1); }
    static long power(long b, int e) {
        if (e == 0) return 1;
        long h = power(b, e / 2);
        return (e % 2 == 0) ? h * h : h * h * b;
    }
    static int binomial(int n, int k) { return (k == 0 || k == n) ? 1 : binomial(n - 1, k - 1) + binomial(n - 1, k); }
    static int manyArgs(int a, long b, float c, double d, byte e, short f, char g, boolean h, Object i, int depth) {
        if (depth == 0) return (int) (a + b + c + d + e + f + g + (h ? 1 : 0) + i.hashCode());
        return manyArgs(a + 1, b * 2, c / 2, d + 0.5, (byte) (e + 1), (short) (f - 1), (char) (g + 1), !h, i, depth - 1);
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 20; i += 5) System.out.println("fib(" + i + ") = " + fib(i));
        System.out.println("fibL(40 via iteration check) " + fibL(25));
        for (int m = 0; m <= 2; m++)
            for (int n = 0; n <= 3; n++)
                System.out.println("ack(" + m + "," + n + ") = " + ack(m, n));
        System.out.println("ack(3,3) = " + ack(3, 3));
        for (int i = 0; i <= 25; i += 5) System.out.println(i + "! = " + fact(i) + " / " + factD(i));
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(17, 5) + " " + gcd(0, 9));
        StringBuilder out = new StringBuilder();
        int[] moves = new int[1];
        hanoi(6, 'A', 'C', 'B', out, moves);
        System.out.println("hanoi moves " + moves[0] + ": " + out);
        System.out.println("even/odd " + isEven(100) + " " + isOdd(77) + " " + isEven(3));
        System.out.println(reverse("recursion \u00e9t\u00e9"));
        System.out.println(sumDigits(9876543210123L));
        StringBuilder perms = new StringBuilder();
        permutations("abcd".toCharArray(), 0, perms);
        System.out.println(perms);
        System.out.println("deep(5000) = " + deep(5000));
        System.out.println("3^39 = " + power(3, 39) + ", 2^62 = " + power(2, 62));
        System.out.println("C(20,10) = " + binomial(20, 10));
        System.out.println("manyArgs " + manyArgs(1, 1, 1024f, 0, (byte) 120, (short) -32760, 'a', false, "obj", 20));
    }
}
