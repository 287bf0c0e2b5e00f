package harness;

/**
 * The one harness every benchmark's {@code main} calls:
 *
 *     java Name [iterations [inner]]
 *
 * runs {@code iterations} outer iterations in this process, each one
 * {@code benchmark.innerBenchmarkLoop(inner)}, and times each with
 * System.nanoTime. On success it prints one line on stdout,
 * "Name: ok (I x N)", which is the same on every VM, and one timing line on
 * stderr for tools/bench/run.sh:
 *
 *     bench Name iterations=I inner=N first_us=F steady_us=S total_us=T
 *
 * F is the first iteration (class loading, resolution, and on a JIT the
 * warm-up), S the median of the second half of the iterations (the steady
 * state: by then a JIT has compiled what it will compile), T all iterations.
 * A wrong result prints a message on stdout and exits with 1; bad arguments
 * exit with 2.
 */
public final class Run {
    private Run() {}

    public static void main(Benchmark benchmark, String[] args, int defaultIterations, int defaultInner) {
        String name = benchmark.getClass().getName();
        int iterations = args.length > 0 ? positive(name, args[0]) : defaultIterations;
        int inner = args.length > 1 ? positive(name, args[1]) : defaultInner;
        long[] times = new long[iterations];
        long total = 0;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            boolean ok = benchmark.innerBenchmarkLoop(inner);
            long elapsed = System.nanoTime() - start;
            if (!ok) {
                System.out.println(name + ": wrong result in iteration " + (i + 1) + " of " + iterations
                        + " (inner " + inner + ")");
                System.exit(1);
            }
            times[i] = elapsed;
            total += elapsed;
        }
        System.out.println(name + ": ok (" + iterations + " x " + inner + ")");
        System.err.println("bench " + name + " iterations=" + iterations + " inner=" + inner
                + " first_us=" + times[0] / 1000 + " steady_us=" + steadyState(times) / 1000
                + " total_us=" + total / 1000);
    }

    /** The median of the second half of the iteration times (all of them if there is one). */
    static long steadyState(long[] times) {
        int from = times.length / 2;
        int n = times.length - from;
        long[] late = new long[n];
        for (int i = 0; i < n; i++) late[i] = times[from + i];
        // insertion sort: n is small, and the harness should use no library code it times
        for (int i = 1; i < n; i++) {
            long t = late[i];
            int j = i - 1;
            while (j >= 0 && late[j] > t) { late[j + 1] = late[j]; j--; }
            late[j + 1] = t;
        }
        return n % 2 == 1 ? late[n / 2] : (late[n / 2 - 1] + late[n / 2]) / 2;
    }

    private static int positive(String name, String arg) {
        int value = -1;
        try {
            value = Integer.parseInt(arg);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (value <= 0) {
            System.out.println(name + ": arguments are [iterations [inner]], positive integers; got '" + arg + "'");
            System.exit(2);
        }
        return value;
    }
}
