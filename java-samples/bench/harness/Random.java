package harness;

/**
 * The benchmarks' own pseudo-random numbers: a 16-bit linear congruential
 * generator (the one the Are-We-Fast-Yet suite specifies), so every VM and
 * every language port computes the same sequence without java.util.Random.
 */
public final class Random {
    private int seed = 74755;

    public int next() {
        seed = ((seed * 1309) + 13849) & 65535;
        return seed;
    }
}
