// Identity hash codes (Object.hashCode, System.identityHashCode) as HotSpot
// computes them by default (-XX:hashCode=5, ObjectSynchronizer::get_next_hash):
// George Marsaglia's xor-shift generator with four words of state per thread,
// the first seeded from os::random() when the thread is created. A program's
// output can show these numbers (Object.toString prints "Name@hash") and
// their order (a HashSet of objects without hashCode iterates by them), so the
// same sequence on the main thread makes such output match HotSpot's.
#pragma once
#include <cstdint>

namespace cortado::runtime {

class IdentityHashState {
public:
    // The state HotSpot gives the ordinal-th thread it creates (0 = main):
    // os::random()'s ordinal+1-th value (Park-Miller, seed 1234567) and three
    // fixed words.
    static IdentityHashState forThread(uint32_t ordinal);
    // The main thread's state when main() starts on HotSpot: JDK 17's start-up
    // code hashes kStartupHashes objects on the main thread first (measured
    // on OpenJDK 17.0.15 with its default collector, G1; 83 with
    // -XX:+UseSerialGC). Cortado's own start-up hashes do not count.
    static IdentityHashState mainThreadAtMain();
    static constexpr int kStartupHashes = 7;

    // The next non-zero 31-bit hash (the mark word's hash field).
    uint32_t next();

private:
    uint32_t x_ = 0, y_ = 0, z_ = 0, w_ = 0;
};

}  // namespace cortado::runtime
