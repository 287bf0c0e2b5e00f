public class ControlFlow {
    static String intCmp(int a, int b) {
        StringBuilder sb = new StringBuilder();
        if (a == b) sb.append("eq "); // if_icmpne
        if (a != b) sb.append("ne "); // if_icmpeq
        if (a < b) sb.append("lt ");  // if_icmpge
        if (a <= b) sb.append("le "); // if_icmpgt
        if (a > b) sb.append("gt ");  // if_icmple
        if (a >= b) sb.append("ge "); // if_icmplt
        return sb.toString();
    }

    static String zeroCmp(int a) {
        StringBuilder sb = new StringBuilder();
        if (a == 0) sb.append("eq0 ");
        if (a != 0) sb.append("ne0 ");
        if (a < 0) sb.append("lt0 ");
        if (a <= 0) sb.append("le0 ");
        if (a > 0) sb.append("gt0 ");
        if (a >= 0) sb.append("ge0 ");
        return sb.toString();
    }

    static String refCmp(Object a, Object b) {
        StringBuilder sb = new StringBuilder();
        if (a == b) sb.append("same ");     // if_acmpne
        if (a != b) sb.append("differ ");   // if_acmpeq
        if (a == null) sb.append("a-null "); // ifnonnull
        if (b != null) sb.append("b-nonnull "); // ifnull
        return sb.toString();
    }

    // conditions used as values (no branch around a store)
    static boolean lt(int a, int b) { return a < b; }
    static boolean isNull(Object o) { return o == null; }
    static boolean and(boolean a, boolean b) { return a && b; }
    static boolean or(boolean a, boolean b) { return a || b; }
    static boolean not(boolean a) { return !a; }

    static int calls;
    static boolean t(String s) { calls++; System.out.print(s + " "); return true; }
    static boolean f(String s) { calls++; System.out.print(s + " "); return false; }

    public static void main(String[] args) {
        System.out.println("-- int compares");
        int[] v = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        for (int a : v) {
            System.out.println(a + ": " + zeroCmp(a));
            for (int b : v) System.out.println("  " + a + " vs " + b + ": " + intCmp(a, b));
        }
        System.out.println("-- ref compares");
        Object o1 = new Object(), o2 = new Object();
        String s1 = "x";
        System.out.println(refCmp(o1, o1));
        System.out.println(refCmp(o1, o2));
        System.out.println(refCmp(null, o1));
        System.out.println(refCmp(null, null));
        System.out.println(refCmp(s1, "x"));
        System.out.println(lt(1, 2) + " " + lt(2, 1) + " " + isNull(null) + " " + isNull(s1));
        System.out.println(and(true, false) + " " + or(false, true) + " " + not(true) + " " + and(true, true) + " " + or(false, false));
        System.out.println("-- short circuit");
        calls = 0;
        if (f("a") && t("b")) System.out.print("X ");
        System.out.println("| calls=" + calls);
        if (t("c") || f("d")) System.out.print("Y ");
        System.out.println("| calls=" + calls);
        if ((f("e") || t("f")) && (t("g") && f("h"))) System.out.print("Z ");
        System.out.println("| calls=" + calls);
        boolean nonShort = f("i") & t("j") | t("k") ^ f("l");
        System.out.println("| " + nonShort + " calls=" + calls);
        System.out.println("-- loops");
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += i;
        System.out.println("for " + sum);
        int w = 100;
        while (w > 1) w = (w % 2 == 0) ? w / 2 : 3 * w + 1;
        System.out.println("while " + w);
        int dw = 0;
        do { dw += 3; } while (dw < 10);
        System.out.println("do " + dw);
        int dz = 0;
        do { dz++; } while (false);
        System.out.println("do-once " + dz);
        for (int i = 10; i > 0; i -= 3) System.out.print(i + " ");
        System.out.println();
        for (long L = 1; L < 1L << 40; L <<= 5) System.out.print(L + " ");
        System.out.println();
        for (double d = 0; d < 1; d += 0.25) System.out.print(d + " ");
        System.out.println();
        for (char c = 'a'; c <= 'e'; c++) System.out.print(c);
        System.out.println();
        System.out.println("-- break/continue with labels");
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                if ((i + j) % 2 == 1) continue;
                System.out.print(i + "" + j + " ");
            }
            System.out.print("| ");
        }
        System.out.println();
        int found = -1;
        search:
        {
            for (int i = 0; i < 100; i++) {
                if (i * i > 200) { found = i; break search; }
            }
            found = -2;
        }
        System.out.println("found " + found);
        int k = 0;
        loop:
        while (true) {
            k++;
            switch (k % 4) {
                case 0: continue loop;
                case 3: if (k > 10) break loop; break;
                default: break;
            }
            System.out.print(k + " ");
        }
        System.out.println("k=" + k);
        System.out.println("-- nested loops: primes below 60 and a multiplication table");
        StringBuilder primes = new StringBuilder();
        next:
        for (int n = 2; n < 60; n++) {
            for (int d = 2; d * d <= n; d++) if (n % d == 0) continue next;
            primes.append(n).append(' ');
        }
        System.out.println(primes);
        for (int i = 1; i <= 4; i++) {
            StringBuilder row = new StringBuilder();
            for (int j = 1; j <= 4; j++) row.append(i * j).append('\t');
            System.out.println(row);
        }
        System.out.println("-- ternaries");
        for (int i = -2; i <= 2; i++) {
            String sign = i < 0 ? "neg" : i == 0 ? "zero" : "pos";
            long big = i > 0 ? Long.MAX_VALUE : i;
            double dd = i != 0 ? 1.0 / i : Double.NaN;
            System.out.println(i + " " + sign + " " + big + " " + dd);
        }
        System.out.println("-- long/float/double conditions");
        long la = 5, lb = 7;
        float fa = 1.5f, fb = Float.NaN;
        double da = -0.0, db = 0.0;
        if (la < lb) System.out.print("l< ");
        if (la >= lb) System.out.print("l>= ");
        if (fa < fb) System.out.print("f< ");
        if (fa >= fb) System.out.print("f>= ");
        if (!(fa < fb)) System.out.print("!f< ");
        if (da == db) System.out.print("d== ");
        if (da < db) System.out.print("d< ");
        System.out.println();
        System.out.println("-- goto-heavy: collatz lengths");
        int maxLen = 0, arg = 0;
        for (int n = 1; n < 3000; n++) {
            long x = n;
            int len = 1;
            while (x != 1) { x = (x & 1) == 0 ? x >> 1 : 3 * x + 1; len++; }
            if (len > maxLen) { maxLen = len; arg = n; }
        }
        System.out.println("longest collatz below 3000: " + arg + " len " + maxLen);
    }
}
