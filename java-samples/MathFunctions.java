public class MathFunctions {
    public static void main(String[] args) {
        System.out.println("-- abs");
        System.out.println(Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Double.NEGATIVE_INFINITY) + " " + Math.abs(-0.0f));
        System.out.println("-- max/min (NaN and signed zero handling)");
        System.out.println(Math.max(3, 7) + " " + Math.min(-3, -7) + " " + Math.max(1L << 40, 5L) + " " + Math.min(Long.MIN_VALUE, 0L));
        System.out.println(Math.max(1.5, Double.NaN) + " " + Math.min(Double.NaN, 1.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(0.0f, -0.0f) + " " + Math.min(0.0f, -0.0f) + " " + Math.max(-1f, Float.NaN));
        System.out.println("-- sqrt");
        double[] sq = {0, -0.0, 1, 2, 4, 16, 0.25, 1e100, 2.0e-300, -1, Double.POSITIVE_INFINITY, Double.NaN, 10};
        for (double v : sq) System.out.print(Math.sqrt(v) + " ");
        System.out.println();
        System.out.println("-- floor/ceil/round/rint");
        double[] r = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e20, -1e20, Double.NaN, 2.4, -2.6, -0.0, 4503599627370497.0, Double.POSITIVE_INFINITY};
        for (double v : r) {
            System.out.println(v + ": floor " + Math.floor(v) + " ceil " + Math.ceil(v) + " round " + Math.round(v));
        }
        float[] rf = {0.5f, -0.5f, 2.5f, -2.5f, 1e10f, -1e10f, Float.NaN, 0.49999997f, 8388609f};
        for (float v : rf) System.out.println(v + ": round(float) " + Math.round(v));
        System.out.println("-- pow");
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-2, 3) + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(10, 15) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, -1) + " " + Math.pow(-0.0, -1) + " " + Math.pow(2, 1024) + " " + Math.pow(9, 0.5));
        System.out.println("-- trig with exact results");
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.sin(-0.0) + " " + Math.cos(Math.PI) + " " + Math.sin(Double.NaN) + " " + Math.cos(Double.POSITIVE_INFINITY));
        System.out.println("sin(pi/6) ~ 0.5: " + (Math.abs(Math.sin(Math.PI / 6) - 0.5) < 1e-15) + "  cos(pi/3) ~ 0.5: " + (Math.abs(Math.cos(Math.PI / 3) - 0.5) < 1e-15));
        System.out.println(Math.PI + " " + Math.E);
        System.out.println("-- integer helpers");
        System.out.println(Math.floorDiv(7, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorDiv(-7, -2) + " " + Math.floorDiv(Integer.MIN_VALUE, -1));
        System.out.println(Math.floorMod(7, 3) + " " + Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7, -3) + " " + Math.floorMod(-1L, 5L));
        try { Math.floorDiv(1, 0); } catch (ArithmeticException e) { System.out.println("floorDiv: " + e.getMessage()); }
        String[] labels = {"addExact", "subtractExact", "multiplyExact", "negateExact", "incrementExact", "toIntExact", "addExact(long)", "multiplyExact(long)"};
        for (int i = 0; i < labels.length; i++) {
            try {
                long res;
                switch (i) {
                    case 0: res = Math.addExact(Integer.MAX_VALUE, 1); break;
                    case 1: res = Math.subtractExact(Integer.MIN_VALUE, 1); break;
                    case 2: res = Math.multiplyExact(100000, 100000); break;
                    case 3: res = Math.negateExact(Integer.MIN_VALUE); break;
                    case 4: res = Math.incrementExact(Integer.MAX_VALUE); break;
                    case 5: res = Math.toIntExact(1L << 31); break;
                    case 6: res = Math.addExact(Long.MAX_VALUE, 1L); break;
                    default: res = Math.multiplyExact(1L << 32, 1L << 31); break;
                }
                System.out.println(labels[i] + " = " + res);
            } catch (ArithmeticException e) {
                System.out.println(labels[i] + ": " + e.getMessage());
            }
        }
        System.out.println(Math.addExact(2, 3) + " " + Math.multiplyExact(-4L, 5L) + " " + Math.toIntExact(-7L));
        System.out.println("-- distance via sqrt");
        System.out.println(Math.sqrt(3 * 3 + 4 * 4) + " " + Math.sqrt(1e-320) + " " + Math.sqrt(Double.MIN_VALUE));
        System.out.println("-- Newton square root vs Math.sqrt");
        for (int n = 2; n <= 10; n += 2) {
            double xg = n;
            for (int i = 0; i < 30; i++) xg = (xg + n / xg) / 2;
            System.out.println(n + " " + xg + " " + Math.sqrt(n) + " " + (xg == Math.sqrt(n)));
        }
        System.out.println("-- integer sqrt / pow by loops");
        long isq = 0;
        long target = 1000000007L;
        while ((isq + 1) * (isq + 1) <= target) isq++;
        System.out.println("isqrt(" + target + ") = " + isq + " floor(sqrt) = " + (long) Math.floor(Math.sqrt(target)));
    }
}
