#include "gc/HeapVerifier.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/JavaThread.h"
#include "runtime/Roots.h"

namespace cortado::gc {

using runtime::Object;

ObjectStartBitmap::ObjectStartBitmap(std::initializer_list<Range> ranges) {
    size_t bits = 0;
    for (const Range& r : ranges) {
        auto* low = static_cast<const uint8_t*>(r.low);
        size_t granules = r.high > r.low ? size_t(static_cast<const uint8_t*>(r.high) - low) / 8 : 0;
        extents_.push_back({low, granules, bits});
        bits += granules;
    }
    bits_.assign((bits + 63) / 64, 0);
}

ObjectStartBitmap ObjectStartBitmap::emptyCopy() const {
    ObjectStartBitmap copy;
    copy.extents_ = extents_;
    copy.bits_.assign(bits_.size(), 0);
    return copy;
}

bool ObjectStartBitmap::covers(const void* p, size_t& bit) const {
    auto* b = static_cast<const uint8_t*>(p);
    if (reinterpret_cast<uintptr_t>(b) & 7) return false;
    for (const Extent& e : extents_) {
        if (b < e.low) continue;
        size_t granule = size_t(b - e.low) / 8;
        if (granule < e.granules) {
            bit = e.firstBit + granule;
            return true;
        }
    }
    return false;
}

void ObjectStartBitmap::add(const void* p) {
    size_t g;
    if (covers(p, g)) bits_[g / 64] |= uint64_t(1) << (g % 64);
}

bool ObjectStartBitmap::contains(const void* p) const {
    size_t g;
    return covers(p, g) && (bits_[g / 64] >> (g % 64) & 1);
}

bool ObjectStartBitmap::testAndAdd(const void* p) {
    size_t g;
    if (!covers(p, g)) return false;
    uint64_t bit = uint64_t(1) << (g % 64);
    bool was = bits_[g / 64] & bit;
    bits_[g / 64] |= bit;
    return was;
}

void verifyReachableHeap(runtime::JavaThread& thread, const char* when, const ObjectStartBitmap& objectStarts) {
    ObjectStartBitmap seen = objectStarts.emptyCopy();  // the objects already checked
    std::vector<Object*> stack;
    auto check = [&](Object** cell, const char* what) {
        Object* o = *cell;
        if (!o) return;
        if (!objectStarts.contains(o) || !o->klass) {
            std::fprintf(stderr, "Internal error: heap verification (%s collection) failed: %s %p points at %p, not an object\n",
                         when, what, static_cast<void*>(cell), static_cast<void*>(o));
            std::abort();
        }
        if (seen.testAndAdd(o)) return;
        stack.push_back(o);
    };
    runtime::forEachRoot(thread, [&](Object** cell) { check(cell, "root"); });
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        runtime::forEachReferenceField(o, [&](Object** field) { check(field, "field"); });
    }
}

}  // namespace cortado::gc
