package harness;

/**
 * A benchmark the harness ({@link Run}) can time: one outer iteration is one
 * call of {@link #innerBenchmarkLoop}. Subclass {@link RepeatedBenchmark} when
 * the inner parameter is a repetition count of one fixed unit of work; subclass
 * this directly when it is a problem size (NBody's steps, Mandelbrot's width).
 */
public abstract class Benchmark {
    /**
     * Does the work of one outer iteration with the inner parameter {@code inner}
     * and checks it. Returns false if any result was wrong; the harness then
     * fails the run (exit code 1).
     */
    public abstract boolean innerBenchmarkLoop(int inner);
}
