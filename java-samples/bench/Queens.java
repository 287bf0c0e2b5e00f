// Queens: the eight-queens problem by backtracking over boolean arrays (after
// the Are-We-Fast-Yet benchmark). Measures small recursive methods, boolean
// array reads/writes and short-circuit conditions.
public class Queens extends harness.RepeatedBenchmark {
    static final int EXPECTED = 18510570;

    boolean[] freeMaxs;
    boolean[] freeRows;
    boolean[] freeMins;
    int[] queenRows;

    boolean queens() {
        freeRows = new boolean[8];
        freeMaxs = new boolean[16];
        freeMins = new boolean[16];
        queenRows = new int[8];
        for (int i = 0; i < 8; i++) { freeRows[i] = true; queenRows[i] = -1; }
        for (int i = 0; i < 16; i++) { freeMaxs[i] = true; freeMins[i] = true; }
        return placeQueen(0);
    }

    boolean placeQueen(int c) {
        for (int r = 0; r < 8; r++) {
            if (getRowColumn(r, c)) {
                queenRows[r] = c;
                setRowColumn(r, c, false);
                if (c == 7) return true;
                if (placeQueen(c + 1)) return true;
                setRowColumn(r, c, true);
            }
        }
        return false;
    }

    boolean getRowColumn(int r, int c) {
        return freeRows[r] && freeMaxs[c + r] && freeMins[c - r + 7];
    }

    void setRowColumn(int r, int c, boolean v) {
        freeRows[r] = v;
        freeMaxs[c + r] = v;
        freeMins[c - r + 7] = v;
    }

    // One benchmark iteration: solve the puzzle ten times; the checksum
    // encodes the solution found (queenRows) and whether every solve succeeded.
    int run() {
        boolean result = true;
        for (int i = 0; i < 10; i++) result = result && queens();
        int sum = result ? 1 : 0;
        for (int i = 0; i < 8; i++) sum = sum * 8 + queenRows[i];
        return sum;
    }

    public Object benchmark() { return Integer.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Queens(), args, 1, 1); }
}
