public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) {
                for (int j = i * i; j <= n; j += i) composite[j] = true;
            }
        }
        return composite;
    }

    public static void main(String[] args) {
        int n = 200000;
        boolean[] comp = sieve(n);
        int count = 0;
        long sum = 0;
        int last = 0;
        StringBuilder first = new StringBuilder();
        int[] gaps = new int[100];
        int prev = 2;
        int maxGap = 0, maxGapAt = 0;
        int twins = 0;
        for (int i = 2; i <= n; i++) {
            if (!comp[i]) {
                count++;
                sum += i;
                last = i;
                if (count <= 30) first.append(i).append(' ');
                int gap = i - prev;
                if (gap < gaps.length) gaps[gap]++;
                if (gap > maxGap) { maxGap = gap; maxGapAt = prev; }
                if (gap == 2) twins++;
                prev = i;
            }
        }
        System.out.println("first 30 primes: " + first);
        System.out.println("primes <= " + n + ": " + count);
        System.out.println("sum: " + sum);
        System.out.println("largest: " + last);
        System.out.println("twin prime pairs: " + twins);
        System.out.println("max gap " + maxGap + " after " + maxGapAt);
        for (int g = 2; g <= 20; g += 2) System.out.println("gap " + g + ": " + gaps[g]);
        int[] checkpoints = {10, 100, 1000, 10000, 100000};
        for (int cp : checkpoints) {
            int c = 0;
            for (int i = 2; i <= cp; i++) if (!comp[i]) c++;
            System.out.println("pi(" + cp + ") = " + c);
        }
        // Goldbach for small evens
        for (int e = 4; e <= 40; e += 6) {
            for (int p = 2; p <= e / 2; p++) {
                if (!comp[p] && !comp[e - p]) { System.out.println(e + " = " + p + " + " + (e - p)); break; }
            }
        }
    }
}
