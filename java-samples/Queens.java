public class Queens {
    static int solutions;
    static int[] firstSolution;

    static boolean safe(int[] cols, int row, int col) {
        for (int r = 0; r < row; r++) {
            int c = cols[r];
            if (c == col || c - col == r - row || c - col == row - r) return false;
        }
        return true;
    }

    static void solve(int[] cols, int row) {
        int n = cols.length;
        if (row == n) {
            solutions++;
            if (firstSolution == null) firstSolution = cols.clone();
            return;
        }
        for (int c = 0; c < n; c++) {
            if (safe(cols, row, c)) {
                cols[row] = c;
                solve(cols, row + 1);
            }
        }
    }

    // bitmask version
    static int count(int n, int row, int colsMask, int d1, int d2) {
        if (row == n) return 1;
        int total = 0;
        int avail = ~(colsMask | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            total += count(n, row + 1, colsMask | bit, (d1 | bit) << 1, (d2 | bit) >>> 1);
        }
        return total;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 8; n++) {
            solutions = 0;
            firstSolution = null;
            solve(new int[n], 0);
            System.out.println(n + "-queens: " + solutions + " solutions, bitmask count " + count(n, 0, 0, 0, 0));
            if (firstSolution != null && n >= 4) {
                for (int r = 0; r < n; r++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < n; c++) sb.append(firstSolution[r] == c ? 'Q' : '.');
                    System.out.println("  " + sb);
                }
            }
        }
        System.out.println("10-queens bitmask: " + count(10, 0, 0, 0, 0));
    }
}
