// Permute: generates all permutations of a six-element array by recursive
// swapping (after the Are-We-Fast-Yet benchmark). Measures instance method
// calls, recursion and int-array element swaps through a field.
public class Permute extends harness.RepeatedBenchmark {
    static final int EXPECTED = 8660;

    int count;
    int[] v;

    int run() {
        count = 0;
        v = new int[6];
        permute(6);
        return count;
    }

    void permute(int n) {
        count++;
        if (n != 0) {
            int n1 = n - 1;
            permute(n1);
            for (int i = n1; i >= 0; i--) {
                swap(n1, i);
                permute(n1);
                swap(n1, i);
            }
        }
    }

    void swap(int i, int j) {
        int tmp = v[i];
        v[i] = v[j];
        v[j] = tmp;
    }

    public Object benchmark() { return Integer.valueOf(run()); }

    public boolean verifyResult(Object result) { return ((Integer) result).intValue() == EXPECTED; }

    public static void main(String[] args) { harness.Run.main(new Permute(), args, 1, 1); }
}
