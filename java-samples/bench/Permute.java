// Permute: generates all permutations of a six-element array by recursive
// swapping (after the Are-We-Fast-Yet benchmark). Measures instance method
// calls, recursion and int-array element swaps through a field.
public class Permute {
    static final int EXPECTED = 8660;

    int count;
    int[] v;

    int benchmark() {
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

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        Permute p = new Permute();
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            result = p.benchmark();
            if (result != EXPECTED) {
                System.out.println("Permute: wrong result " + result + ", expected " + EXPECTED);
                System.exit(1);
            }
        }
        System.out.println(result);
    }
}
