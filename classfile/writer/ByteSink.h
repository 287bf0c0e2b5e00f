// Big-endian byte output for class files (JVMS 4.1: u1, u2, u4 are big-endian).
// Shared by the class-file writer and by the tests' malformed-input builder.
#pragma once
#include <cstdint>
#include <vector>

namespace cortado::classwriter {

using Bytes = std::vector<uint8_t>;

inline void put1(Bytes& b, uint32_t v) { b.push_back(static_cast<uint8_t>(v)); }
inline void put2(Bytes& b, uint32_t v) {
    put1(b, v >> 8);
    put1(b, v);
}
inline void put4(Bytes& b, uint32_t v) {
    put2(b, v >> 16);
    put2(b, v);
}
inline void put8(Bytes& b, uint64_t v) {
    put4(b, static_cast<uint32_t>(v >> 32));
    put4(b, static_cast<uint32_t>(v));
}
inline void putBytes(Bytes& b, const Bytes& more) { b.insert(b.end(), more.begin(), more.end()); }

// Overwrites bytes already written (branch offsets known only later).
inline void patch2(Bytes& b, size_t at, uint32_t v) {
    b[at] = static_cast<uint8_t>(v >> 8);
    b[at + 1] = static_cast<uint8_t>(v);
}
inline void patch4(Bytes& b, size_t at, uint32_t v) {
    patch2(b, at, v >> 16);
    patch2(b, at + 2, v);
}

}  // namespace cortado::classwriter
