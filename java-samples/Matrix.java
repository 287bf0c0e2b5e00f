public class Matrix {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
                c[i][j] = s;
            }
        return c;
    }

    static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) id[i][i] = 1;
        return id;
    }

    static void print(String label, double[][] m) {
        System.out.println(label + ":");
        for (double[] row : m) {
            StringBuilder sb = new StringBuilder("  ");
            for (double v : row) sb.append(v).append('\t');
            System.out.println(sb);
        }
    }

    // Gauss-Jordan inverse with partial pivoting
    static double[][] invert(double[][] src) {
        int n = src.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = src[i].clone();
        double[][] inv = identity(n);
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (a[pivot][col] == 0) throw new ArithmeticException("singular matrix");
            double[] t = a[col]; a[col] = a[pivot]; a[pivot] = t;
            t = inv[col]; inv[col] = inv[pivot]; inv[pivot] = t;
            double p = a[col][col];
            for (int j = 0; j < n; j++) { a[col][j] /= p; inv[col][j] /= p; }
            for (int r = 0; r < n; r++) {
                if (r == col) continue;
                double f = a[r][col];
                for (int j = 0; j < n; j++) { a[r][j] -= f * a[col][j]; inv[r][j] -= f * inv[col][j]; }
            }
        }
        return inv;
    }

    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                long s = 0;
                for (int k = 0; k < n; k++) s = (s + a[i][k] * b[k][j]) % mod;
                c[i][j] = s;
            }
        return c;
    }

    public static void main(String[] args) {
        double[][] a = {{1, 2, 3}, {4, 5, 6}};
        double[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print("A*B", multiply(a, b));
        print("B*A", multiply(b, a));
        double[][] m = {{4, 7, 2}, {3, 6, 1}, {2, 5, 3}};
        double[][] inv = invert(m);
        print("inverse", inv);
        print("M*inverse", multiply(m, inv));
        double[][] h = new double[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) h[i][j] = 1.0 / (i + j + 1);
        print("Hilbert(4)^-1", invert(h));
        try {
            invert(new double[][]{{1, 2}, {2, 4}});
        } catch (ArithmeticException e) {
            System.out.println("singular: " + e.getMessage());
        }
        // rotation matrices: powers of a 90-degree rotation are exact
        double[][] rot = {{0, -1}, {1, 0}};
        double[][] p = identity(2);
        for (int i = 1; i <= 4; i++) {
            p = multiply(p, rot);
            print("rot^" + i, p);
        }
        // Fibonacci by fast matrix exponentiation mod 1e9+7
        long mod = 1000000007L;
        for (int n : new int[]{10, 50, 90, 1000, 1000000}) {
            long[][] result = {{1, 0}, {0, 1}};
            long[][] base = {{1, 1}, {1, 0}};
            int e = n;
            while (e > 0) {
                if ((e & 1) == 1) result = mulMod(result, base, mod);
                base = mulMod(base, base, mod);
                e >>= 1;
            }
            System.out.println("fib(" + n + ") mod 1e9+7 = " + result[0][1]);
        }
        // larger multiply: checksum
        int n = 40;
        double[][] x = new double[n][n], y = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { x[i][j] = (i * 7 + j * 3) % 11 - 5; y[i][j] = (i + 2 * j) % 5 * 0.5; }
        double[][] z = multiply(x, y);
        double trace = 0, sum = 0;
        for (int i = 0; i < n; i++) { trace += z[i][i]; for (int j = 0; j < n; j++) sum += z[i][j]; }
        System.out.println("40x40 trace " + trace + " sum " + sum);
    }
}
