package harness;

/**
 * A benchmark whose inner parameter repeats one fixed unit of work:
 * {@link #benchmark} computes a result, {@link #verifyResult} compares it with
 * the known answer. Every repetition is checked, so a VM that computes a wrong
 * answer only after warming up (say, once compiled) is caught too.
 */
public abstract class RepeatedBenchmark extends Benchmark {
    /** One unit of work; its result goes to {@link #verifyResult}. */
    public abstract Object benchmark();

    /** Whether {@code result} is what {@link #benchmark} must compute. */
    public abstract boolean verifyResult(Object result);

    public final boolean innerBenchmarkLoop(int inner) {
        for (int i = 0; i < inner; i++) {
            if (!verifyResult(benchmark())) return false;
        }
        return true;
    }
}
