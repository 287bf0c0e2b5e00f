#include "runtime/IdentityHash.h"

namespace cortado::runtime {

IdentityHashState IdentityHashState::forThread(uint32_t ordinal) {
    // os::random: x' = 16807 x mod (2^31 - 1), from 1234567 (os.cpp).
    uint64_t seed = 1234567;
    for (uint32_t i = 0; i <= ordinal; ++i) seed = (16807 * seed) % 2147483647u;
    IdentityHashState s;
    s.x_ = uint32_t(seed);
    s.y_ = 842502087u;
    s.z_ = 0x8767u;
    s.w_ = 273326509u;
    return s;
}

IdentityHashState IdentityHashState::mainThreadAtMain() {
    IdentityHashState s = forThread(0);
    for (int i = 0; i < kStartupHashes; ++i) s.next();
    return s;
}

uint32_t IdentityHashState::next() {
    uint32_t t = x_;
    t ^= t << 11;
    x_ = y_;
    y_ = z_;
    z_ = w_;
    uint32_t v = w_;
    v = (v ^ (v >> 19)) ^ (t ^ (t >> 8));
    w_ = v;
    uint32_t hash = v & 0x7fffffffu;  // markWord::hash_mask: 31 bits
    return hash ? hash : 0xBAD;       // 0 means "no hash yet"
}

}  // namespace cortado::runtime
