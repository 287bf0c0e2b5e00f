// Values below a call's arguments that compiled code keeps cached across the
// call (docs/jit.md "Stack cache"): `sum += f(i)` pushes sum, then f's
// arguments; the JIT reads sum from its local or register after f instead of
// from the operand-stack slot it pushed it to. The slot must still be written
// wherever the frame can be seen: at a real call (the GC scans it), where an
// inlined body's cold path pushes the callee's frame (the interpreter may
// finish the callee, and the caller too when it is inlined itself), where
// an inlined body throws. Each loop below runs long enough to be compiled and
// its callees inlined; --gc-stress collects at each allocation.
public class CachedAcrossCalls {
    static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

    // A double register local below an inlined callee's arguments (SpectralNorm's loop).
    static double doubles(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = i * 0.5 + 1;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
            total += sum;
        }
        return total;
    }

    static long mix(int x) { return (long) x * 0x9E3779B9L ^ (x >>> 3); }

    // A long local below the arguments, and a long result.
    static long longs(int n) {
        long acc = 17;
        for (int i = 0; i < n; i++) acc = acc * 3 + mix(i);
        long other = 5;
        for (int i = 0; i < n; i++) other = other - mix(i) + 1;
        return acc ^ other;
    }

    // Too big to be inlined: a call inside an inlined body that is not done
    // inline, left to the interpreter (a trap) where it is reached.
    static int cold(int x) {
        int r = x;
        for (int k = 0; k < 3; k++) {
            r = r * 31 + k;
            r ^= r >>> 7;
            r += (k == 1) ? x : -x;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(r & 0xff);
        return r + sb.length();
    }

    static int inner(int x) {
        if ((x & 1023) == 0) return cold(x);
        return x + 1;
    }

    // Inlined, with `a` cached below inner's arguments: when inner traps, the
    // interpreter finishes inner and then middle itself from middle's frame.
    static int middle(int a, int b) { return a + inner(b); }

    static int ints(int n) {
        int t = 0;
        for (int i = 0; i < n; i++) {
            int k = i ^ (i >>> 2);
            t += middle(k, i);
            t = 3 + (t ^ inner(k)) - 3;  // a constant below the arguments
        }
        return t;
    }

    static final class Holder {
        final int v;
        Holder(int v) { this.v = v; }
    }

    static Holder box(int x) { return new Holder(x * 7); }  // inlined: an allocation, a GC point under stress

    static int join(Holder a, Holder b) { return a.v * 31 + b.v; }

    // A reference local below an allocating callee's arguments: the GC moves
    // it while the callee runs, so the slot and the local must both be updated.
    static long references(int n) {
        Holder prefix = new Holder(3);
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += join(prefix, box(i));
            if ((i & 255) == 0) prefix = new Holder(i);
        }
        return s + prefix.v;
    }

    static int div(int a, int b) { return a / b; }

    // The inlined callee throws: the handler reads the locals that were cached below its arguments.
    static long exceptions(int n) {
        long caught = 0;
        int base = 11;
        for (int i = 0; i < n; i++) {
            try {
                base = base + div(i, i % 97) ;
            } catch (ArithmeticException e) {
                caught += base;
                base = base / 2;
            }
        }
        return caught * 1000 + base;
    }

    interface Shape { int area(int k); }
    static final class Sq implements Shape { public int area(int k) { return k * k; } }
    static final class Tri implements Shape { public int area(int k) { return k * (k + 1) / 2; } }
    static final class Line implements Shape { public int area(int k) { return k; } }

    // Real calls (three receiver classes: not inlined), with an int and a double local below the arguments.
    static double realCalls(int n) {
        Shape[] shapes = { new Sq(), new Tri(), new Line() };
        int count = 0;
        double weight = 0.25;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i % 3];
            count = count + s.area(i & 15);
            weight = weight + s.area(i & 7) * 0.5;
        }
        return count + weight;
    }

    public static void main(String[] args) {
        System.out.println("doubles " + doubles(300));
        System.out.println("longs " + longs(40000));
        System.out.println("ints " + ints(60000));
        System.out.println("references " + references(40000));
        System.out.println("exceptions " + exceptions(30000));
        System.out.println("realCalls " + realCalls(40000));
    }
}
