// Float and double locals that compiled code keeps in xmm registers (docs/jit.md
// "Register locals"). The registers are caller-saved: every call and every
// helper that calls out clobbers them (deep14, compiled, uses all fourteen
// registers of the stack cache), so the values must come back after a call
// to compiled code, after the first call's resolution, after an exception a
// callee handles itself, after an inlined body's cold path that the
// interpreter runs (tiered), across collections (allocation in the loop under
// --gc-stress) and conversions done by helpers; and they must be in their
// slots where the frame is seen: by a handler in the same method (which runs
// interpreted and comes back by on-stack replacement) and at a throw.
public class FpRegisterLocals {
    // Fourteen products live at once: every cached xmm register holds one.
    static double deep14(double x) {
        return x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x
                + (x * x + (x * x + (x * x + x * x))))))))))));
    }

    // Just small enough to be inlined (48 bytes, tiered): twelve products live at once.
    static double deep12(double x) {
        return x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x + (x * x
                + (x * x + x * x))))))))));
    }

    static double callsInLoop(int n, double start) {
        double a = start, b = 0.5, c = -0.0;
        for (int i = 0; i < n; i++) {
            a = a * 0.75 + deep14(b) * 0.001;
            b = b + a * 0.125;
            c = c - a / (b + 1.0);
        }
        return a + b * 3.0 + c * 7.0;
    }

    static double inlinedInLoop(int n) {
        double a = 1.0, b = 0.25, c = 2.0, d = 0.0;
        for (int i = 0; i < n; i++) {
            a = a * 0.5 + deep12(b) * 0.01;
            b = b + a * 0.0625 - c * 0.001;
            c = c * 0.999 + b;
            d = d + a - b / c;
        }
        return a + b + c + d;
    }

    // A cold path of an inlined callee: the interpreter runs it (and deep14) and the caller goes on.
    static double maybeDeep(double x, boolean cold) {
        if (cold) return deep14(x) * 0.5;
        return x + 1.0;
    }

    static double coldPathInLoop(int n, int coldAt) {
        double s = 0.0, t = 1.5;
        for (int i = 0; i < n; i++) {
            s = s + maybeDeep(t, i == coldAt) * 0.01;
            t = t * 0.99 + s * 0.001;
        }
        return s * 1000.0 + t;
    }

    // Throws, and handles its own exception: the interpreter finishes it (and calls deep14).
    static double selfHandled(double x) {
        try {
            if (x > 0.9) throw new IllegalStateException("big");
            return x * 0.5;
        } catch (IllegalStateException e) {
            return deep14(x) * 0.001;
        }
    }

    static double calleeHandlesInLoop(int n) {
        double s = 0.0, x = 0.3;
        for (int i = 0; i < n; i++) {
            s = s + selfHandled(x);
            x = x + 0.0625;
            if (x > 1.2) x = x - 1.0;
        }
        return s + x;
    }

    // A handler in this method reads and writes the locals, then the loop goes on.
    static double handlerInLoop(int n, double[] divisors) {
        double sum = 0.0, scale = 1.0;
        float f = 0.5f;
        for (int i = 0; i < n; i++) {
            try {
                sum = sum + scale / divisors[i % 7];
                scale = scale * 1.01;
                f = f * 1.5f + 0.25f;
            } catch (ArrayIndexOutOfBoundsException e) {
                sum = sum * -2.0 + scale;  // as they were at the throw
                f = f - 3.0f;
                divisors = new double[] {2.0, 3.0, 5.0, 7.0, 11.0, 13.0, 17.0};
            }
        }
        return sum + scale + f;
    }

    // A throw out of the loop: the handler outside reads what the locals held at the throw.
    static String throwOutOfLoop(double[] values, int n) {
        double sum = 0.0, last = Double.NaN;
        float fsum = 0.0f;
        int i = 0;
        try {
            for (i = 0; i < n; i++) {
                last = values[i];
                sum = sum + last * last;
                fsum = fsum + (float) last;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return "caught at " + i + ": " + sum + " " + last + " " + fsum;
        }
        return "done: " + sum + " " + last + " " + fsum;
    }

    // Allocation in the loop: a collection at each under --gc-stress.
    static double allocateInLoop(int n) {
        double total = 0.0, w = 1.0;
        for (int i = 0; i < n; i++) {
            double[] t = new double[i % 4 + 1];
            t[t.length - 1] = w;
            total = total + t[t.length - 1] * 2.0 + w;
            w = w * 1.125 - 0.0625;
        }
        return total + w;
    }

    // Remainders and conversions done by C++ helpers, and Math intrinsics.
    static long helpersInLoop(int n) {
        double x = 10.5, y = 3.25;
        float fx = 7.75f;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            x = x % 7.0 + y * 1.5;
            y = Math.sqrt(y + x) + Math.abs(y - x) * 0.5;
            fx = fx % 5.0f + (float) y;
            acc = acc * 31 + (long) (x * 1000.0) + (int) fx;
        }
        return acc + (long) (x * y) + (long) fx;
    }

    // More double locals than registers, stores of cached copies, fields and arrays.
    static double field;
    double instanceField;

    static double manyLocals(int n, double[] out, FpRegisterLocals obj) {
        double a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, k = 9, m = 10;
        for (int i = 0; i < n; i++) {
            double old = a;
            a = b * 0.5 + (b = c) * 0.25;  // a copy of b cached, then b stored
            c = d * 0.5 - e * 0.125 * (d = old);
            e = f * 0.25 + g * 0.125 + 1.0;
            f = f * 0.5 + k * 0.25;
            g = Math.max(g * 0.875, m * 0.5);
            h = h * 0.5 + (k - m) * 0.25;
            k = Math.min(k + 0.5, 100.0);
            m = -m * 0.9 + 1.0;
            out[i % out.length] = a + m;
            obj.instanceField = c - h;
            field = e + f + g;
        }
        return a + b + c + d + e + f + g + h + k + m;
    }

    static float floatLoop(int n, float seed) {
        float a = seed, b = -0.0f, c = Float.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            a = a * 1.0625f - b / 3.0f;
            b = b + a * 0.25f;
            c = c * 2.0f;
            if (c > 1.0e30f) c = Float.MIN_VALUE;
        }
        return a + b + c;
    }

    // NaN bits and negative zero survive in a register.
    static long bitsInLoop(int n) {
        double nan = Double.longBitsToDouble(0x7ff8000000000123L), nz = -0.0;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            acc = acc * 3 + Double.doubleToRawLongBits(nan) + Double.doubleToRawLongBits(nz);
            nz = nz * 1.0;
        }
        return acc;
    }

    // A double register local passed to an inlined callee that traps (a class
    // first used there): the interpreter reads the argument from the callee's slot.
    static class Late {
        static double factor = 2.5;
    }
    static double scale(double x, int k) {
        if (k == 777) return Late.factor * x;  // the trap is at getstatic: x is read from its slot after it
        return x + k;
    }
    static double forwardedToTrap(int n, int special) {
        double acc = 0.5;
        for (int i = 0; i < n; i++) acc = acc * 0.5 + scale(acc, i + special);  // no join between the argument loads
        return acc;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 300; i++) deep14(i * 0.01);  // compiled early under tiering
        System.out.println(callsInLoop(40, 2.0));
        System.out.println(inlinedInLoop(3000));
        System.out.println(coldPathInLoop(3000, -1));
        System.out.println(coldPathInLoop(2000, 1500));
        System.out.println(calleeHandlesInLoop(60));
        System.out.println(handlerInLoop(30, new double[] {1.0, 2.0, 4.0}));
        System.out.println(throwOutOfLoop(new double[] {1.5, -2.25, 3.0}, 3));
        System.out.println(throwOutOfLoop(new double[] {1.5, -2.25, 3.0}, 5));
        System.out.println(allocateInLoop(100));
        System.out.println(helpersInLoop(50));
        double[] out = new double[5];
        FpRegisterLocals obj = new FpRegisterLocals();
        System.out.println(manyLocals(2000, out, obj));
        System.out.println(out[0] + " " + out[4] + " " + obj.instanceField + " " + field);
        System.out.println(floatLoop(200, 1.5f));
        System.out.println(bitsInLoop(20));
        double warm = 0;
        for (int i = 0; i < 3000; i++) warm += forwardedToTrap(10, 0);
        System.out.println(warm + " " + forwardedToTrap(10, 774));
    }
}
