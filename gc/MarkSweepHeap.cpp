#include "gc/MarkSweepHeap.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unordered_set>

#include "runtime/Allocation.h"
#include "runtime/JavaThread.h"
#include "runtime/Roots.h"
#include "runtime/Vm.h"

namespace cortado::gc {

using runtime::Object;

// The used area is walkable: every chunk is an object (a class pointer in its
// first word), a free chunk (first word 0, size in the second) or an 8-byte
// filler (first word 1) left where a free chunk was split too finely.
namespace {
constexpr uintptr_t kFreeChunk = 0;
constexpr uintptr_t kFiller = 1;
constexpr uint64_t kMarkBit = 1;

uintptr_t firstWord(const uint8_t* p) { return *reinterpret_cast<const uintptr_t*>(p); }

size_t chunkSize(const uint8_t* p) {
    uintptr_t w = firstWord(p);
    if (w == kFreeChunk) return reinterpret_cast<const uint64_t*>(p)[1];
    if (w == kFiller) return 8;
    return runtime::objectSize(reinterpret_cast<Object*>(const_cast<uint8_t*>(p)));
}
}  // namespace

MarkSweepHeap::MarkSweepHeap(size_t initialBytes, size_t maxBytes)
    : committed_(std::max<size_t>(initialBytes, 1 << 20)), max_(maxBytes) {
    committed_ = std::min(committed_, max_);
    void* p = ::mmap(nullptr, max_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        std::fprintf(stderr, "Error occurred during initialization of VM\nCould not reserve enough space for object heap\n");
        std::exit(1);
    }
    base_ = top_ = static_cast<uint8_t*>(p);
    cards_ = std::make_unique<runtime::CardTable>(base_, max_);
}

MarkSweepHeap::~MarkSweepHeap() { ::munmap(base_, max_); }

bool MarkSweepHeap::contains(const void* p) const { return p >= base_ && p < top_; }

void MarkSweepHeap::addFree(uint8_t* start, size_t bytes) {
    if (bytes == 8) {
        *reinterpret_cast<uintptr_t*>(start) = kFiller;
        return;
    }
    reinterpret_cast<uint64_t*>(start)[0] = kFreeChunk;
    reinterpret_cast<uint64_t*>(start)[1] = bytes;
    if (bytes <= kSmallLimit) smallFree_[bytes / 8].push_back(start);
    else largeFree_.emplace_back(start, bytes);
}

Object* MarkSweepHeap::tryAllocate(size_t bytes) {
    uint8_t* p = nullptr;
    if (bytes <= kSmallLimit && !smallFree_[bytes / 8].empty()) {
        p = smallFree_[bytes / 8].back();
        smallFree_[bytes / 8].pop_back();
    } else {
        // First fit among the large chunks; the remainder goes back to the lists.
        for (size_t i = 0; i < largeFree_.size(); ++i) {
            auto [start, size] = largeFree_[i];
            if (size < bytes) continue;
            largeFree_[i] = largeFree_.back();
            largeFree_.pop_back();
            p = start;
            if (size > bytes) addFree(start + bytes, size - bytes);
            break;
        }
    }
    if (!p) {
        if (bytes > size_t(base_ + committed_ - top_)) return nullptr;
        p = top_;
        top_ += bytes;
    }
    std::memset(p, 0, bytes);
    used_ += bytes;
    return reinterpret_cast<Object*>(p);
}

Object* MarkSweepHeap::allocate(runtime::JavaThread& thread, size_t bytes) {
    if (Object* o = tryAllocate(bytes)) return o;
    collect(thread, runtime::GcCause::AllocationFailure);
    if (Object* o = tryAllocate(bytes)) return o;
    // Grow the committed part (like HotSpot expanding towards -Xmx) before giving up.
    size_t needed = size_t(top_ - base_) + bytes;
    if (needed <= max_) {
        committed_ = std::min(max_, std::max(needed, committed_ * 2));
        if (Object* o = tryAllocate(bytes)) return o;
    }
    // Last resort before OutOfMemoryError: a collection that also clears soft references.
    mark(thread, /*clearSoftReferences=*/true);
    sweep();
    return tryAllocate(bytes);
}

void MarkSweepHeap::collect(runtime::JavaThread& thread, runtime::GcCause cause) {
    auto start = std::chrono::steady_clock::now();
    size_t before = used_;
    if (thread.vm.options.verifyHeap) verify(thread, "before");
    mark(thread, false);
    sweep();
    if (thread.vm.options.verifyHeap) verify(thread, "after");
    // Keep at least a third of the committed heap free after a full collection, within -Xmx.
    if (used_ > committed_ / 3 * 2) committed_ = std::min(max_, std::max(committed_, used_ * 3 / 2));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    stats_.recordPause("Full", cause, before, used_, committed_, ms);
}

void MarkSweepHeap::mark(runtime::JavaThread& thread, bool clearSoftReferences) {
    std::vector<Object*> stack;
    std::vector<Object*> references;  // Reference objects whose referent is not traced
    runtime::Klass* softReference = thread.vm.loader.findLoaded("java/lang/ref/SoftReference");
    uint32_t referentOffset = thread.vm.offsets.referenceReferent;
    auto push = [&](Object* o) {
        if (o && !(o->mark & kMarkBit)) {
            o->mark |= kMarkBit;
            stack.push_back(o);
        }
    };
    runtime::forEachRoot(thread, [&](Object** cell) { push(*cell); });
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        bool weak = runtime::isReferenceClass(thread, o->klass) &&
                    (clearSoftReferences || !softReference || !o->klass->isSubclassOf(softReference));
        if (weak) references.push_back(o);
        runtime::forEachReferenceField(o, [&](Object** field) {
            if (weak && reinterpret_cast<uint8_t*>(field) == reinterpret_cast<uint8_t*>(o) + referentOffset) return;
            push(*field);
        });
    }
    // A weakly reachable referent is cleared (java.lang.ref: "cleared atomically").
    for (Object* r : references) {
        Object*& referent = r->field<Object*>(referentOffset);
        if (referent && !(referent->mark & kMarkBit)) referent = nullptr;
    }
}

void MarkSweepHeap::sweep() {
    for (auto& list : smallFree_) list.clear();
    largeFree_.clear();
    used_ = 0;
    uint8_t* p = base_;
    uint8_t* freeStart = nullptr;
    while (p < top_) {
        size_t size = chunkSize(p);
        uintptr_t w = firstWord(p);
        bool live = w != kFreeChunk && w != kFiller && (reinterpret_cast<Object*>(p)->mark & kMarkBit);
        if (live) {
            reinterpret_cast<Object*>(p)->mark &= ~kMarkBit;
            used_ += size;
            if (freeStart) {
                addFree(freeStart, size_t(p - freeStart));
                freeStart = nullptr;
            }
        } else if (!freeStart) {
            freeStart = p;
        }
        p += size;
    }
    // A free run at the end gives its space back to the bump pointer.
    if (freeStart) top_ = freeStart;
}

// --verify-heap: every root and every reference field of every object points
// at the start of an object in this heap.
void MarkSweepHeap::verify(runtime::JavaThread& thread, const char* when) {
    std::unordered_set<const void*> objects;
    for (uint8_t* p = base_; p < top_; p += chunkSize(p)) {
        uintptr_t w = firstWord(p);
        if (w != kFreeChunk && w != kFiller) objects.insert(p);
    }
    auto check = [&](Object** cell, const char* what) {
        Object* o = *cell;
        if (!o || objects.count(o)) return;
        std::fprintf(stderr, "Internal error: heap verification (%s collection) failed: %s %p points at %p, not an object\n",
                     when, what, static_cast<void*>(cell), static_cast<void*>(o));
        std::abort();
    };
    runtime::forEachRoot(thread, [&](Object** cell) { check(cell, "root"); });
    for (const void* p : objects)
        runtime::forEachReferenceField(const_cast<Object*>(static_cast<const Object*>(p)),
                                       [&](Object** field) { check(field, "field"); });
}

}  // namespace cortado::gc
