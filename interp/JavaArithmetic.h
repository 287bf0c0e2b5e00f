// Java arithmetic that C++ does not give directly, shared by the interpreter
// and the JIT's helpers (no duplicated rules between the tiers).
#pragma once
#include <cmath>
#include <limits>

namespace cortado::interp {

// JVMS 6.5 d2i/d2l/f2i/f2l: NaN becomes 0, out-of-range values saturate.
template <typename To, typename From>
To saturatingCast(From v) {
    if (std::isnan(v)) return 0;
    if (v >= static_cast<From>(std::numeric_limits<To>::max())) return std::numeric_limits<To>::max();
    if (v <= static_cast<From>(std::numeric_limits<To>::min())) return std::numeric_limits<To>::min();
    return static_cast<To>(v);
}

}  // namespace cortado::interp
