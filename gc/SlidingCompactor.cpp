#include "gc/SlidingCompactor.h"

#include <cstring>
#include <utility>
#include <vector>

#include "runtime/Allocation.h"
#include "runtime/JavaThread.h"
#include "runtime/Roots.h"

namespace cortado::gc {

using runtime::Object;

namespace {

// During compaction a live object's mark word is its new address with the mark
// bit still set (addresses are 8-byte aligned, so the low bits are free).
Object* newAddress(const Object* o) { return reinterpret_cast<Object*>(o->mark & ~uint64_t(7)); }

}  // namespace

void slideCompact(runtime::JavaThread& thread, FreeListSpace& space, const OtherLiveObjects& others) {
    uint8_t* const base = space.base();
    uint8_t* const top = space.top();

    // 1. New addresses. Mark words with more than GC bits (hash, lock count) are preserved.
    std::vector<std::pair<Object*, uint64_t>> preserved;  // (new address, original mark without GC bits)
    uint8_t* compactTop = base;
    space.forEachObject([&](Object* o) {
        if (!(o->mark & kMarkBit)) return;
        auto* to = reinterpret_cast<Object*>(compactTop);
        if (uint64_t rest = o->mark & ~runtime::mark::kGcMask) preserved.emplace_back(to, rest);
        o->mark = reinterpret_cast<uint64_t>(to) | kMarkBit;
        compactTop += runtime::objectSize(o);
    });

    // 2. References into the space now point at the new addresses.
    auto update = [&](Object** cell) {
        Object* target = *cell;
        if (target && space.contains(target)) *cell = newAddress(target);
    };
    runtime::forEachRoot(thread, update);
    space.forEachObject([&](Object* o) {
        if (o->mark & kMarkBit) runtime::forEachReferenceField(o, update);
    });
    others([&](Object* o) { runtime::forEachReferenceField(o, update); });

    // 3. Slide (not with forEachObject: the size must be read before the move,
    // since the destination may overlap the source).
    for (uint8_t* p = base; p < top;) {
        size_t size = space.chunkSize(p);
        if (space.isObject(p)) {
            auto* o = reinterpret_cast<Object*>(p);
            if (o->mark & kMarkBit) {
                Object* to = newAddress(o);
                if (to != o) std::memmove(to, o, size);
                to->mark = 0;
            }
        }
        p += size;
    }
    for (auto& [o, rest] : preserved) o->mark = rest;
    space.resetAfterCompaction(compactTop);
}

}  // namespace cortado::gc
