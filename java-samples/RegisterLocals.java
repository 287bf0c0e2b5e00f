// Int loop counters that compiled code keeps in registers (docs/jit.md
// "Register locals") must be in their frame slots wherever the frame is seen:
// by a handler in the same method after a throw inside the loop (the rest of
// the frame runs interpreted, then re-enters compiled code at the next
// back-edge), across calls and allocations (collections under the stress
// configurations), and after a caught exception in a callee.
public class RegisterLocals {
    static int sumUntilOutOfBounds(int[] a, int n) {
        int i = 0, sum = 0;
        try {
            for (i = 0; i < n; i++) sum += a[i] * (i + 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            return i * 1000 + sum;  // i and sum as they were at the throw
        }
        return -1;
    }

    static int catchAndContinue(int n) {
        int count = 0, caught = 0, i = 0;
        for (; i < n; i++) {
            try {
                if (i % 7 == 3) throw new IllegalStateException("at " + i);
                count += i;
            } catch (IllegalStateException e) {
                caught = caught * 3 + i;  // read and written in the handler, then used by the loop again
            }
        }
        return count * 31 + caught + i;
    }

    static int divideAll(int[] divisors) {
        int i = 0, q = 0;
        try {
            for (i = 0; i < divisors.length; i++) q += 1000000 / divisors[i];
        } catch (ArithmeticException e) {
            q = -q;
        }
        return q * 100 + i;
    }

    static int depth(int n) {
        if (n == 0) throw new RuntimeException("bottom");
        return depth(n - 1) + 1;
    }

    static long allocateInLoop(int n) {
        long total = 0;
        int k = 0, j = 0;
        for (int i = 0; i < n; i++) {
            int[] t = new int[i % 5 + 1];  // a collection at every allocation under --gc-stress
            t[t.length - 1] = i;
            k += t.length;
            for (j = 0; j < t.length; j++) total += t[j] + j;
            try {
                if (i % 9 == 8) depth(3);  // a callee's exception, caught here
            } catch (RuntimeException e) {
                k -= j;
            }
        }
        return total * 1000 + k;
    }

    public static void main(String[] args) {
        int[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println(sumUntilOutOfBounds(a, 5));
        System.out.println(sumUntilOutOfBounds(a, 12));
        System.out.println(catchAndContinue(60));
        System.out.println(divideAll(new int[] {7, 3, 11, 0, 5}));
        System.out.println(divideAll(new int[] {7, 3, 11}));
        System.out.println(allocateInLoop(200));
    }
}
