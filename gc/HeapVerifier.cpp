#include "gc/HeapVerifier.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/JavaThread.h"
#include "runtime/Roots.h"

namespace cortado::gc {

using runtime::Object;

ObjectStartBitmap::ObjectStartBitmap(const void* low, const void* high)
    : low_(static_cast<const uint8_t*>(low)),
      granules_(high > low ? size_t(static_cast<const uint8_t*>(high) - low_) / 8 : 0),
      bits_((granules_ + 63) / 64) {}

bool ObjectStartBitmap::covers(const void* p, size_t& granule) const {
    auto* b = static_cast<const uint8_t*>(p);
    if (b < low_ || (reinterpret_cast<uintptr_t>(b) & 7)) return false;
    granule = size_t(b - low_) / 8;
    return granule < granules_;
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
