// Non-moving mark-sweep collection (--gc=marksweep).
//
// One contiguous region, reserved at -Xmx and used up to a committed limit
// that starts at -Xms and grows when the heap stays full after a collection.
// Allocation takes a chunk from a size-segregated free list (exact lists for
// small sizes, one first-fit list for the rest) or bumps the top of the used
// area. A collection marks from the roots (runtime/Roots.h) with an explicit
// stack, clears weak references whose referents died, then sweeps the used
// area once, coalescing dead objects and free chunks into the free lists.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/GcStatistics.h"
#include <memory>

#include "runtime/Barrier.h"
#include "runtime/Heap.h"

namespace cortado::gc {

class MarkSweepHeap final : public runtime::Heap {
public:
    MarkSweepHeap(size_t initialBytes, size_t maxBytes);
    ~MarkSweepHeap() override;
    const char* name() const override { return "marksweep"; }
    runtime::Object* allocate(runtime::JavaThread& thread, size_t bytes) override;
    void collect(runtime::JavaThread& thread, runtime::GcCause cause) override;
    size_t usedBytes() const override { return used_; }
    size_t capacityBytes() const override { return committed_; }
    size_t maxBytes() const override { return max_; }
    bool contains(const void* p) const override;
    void verify(runtime::JavaThread& thread, const char* when) override;
    const GcStatistics& statistics() const { return stats_; }

private:
    static constexpr size_t kSmallLimit = 256;  // exact free lists for sizes 16..256
    static constexpr size_t kSmallLists = kSmallLimit / 8 + 1;

    runtime::Object* tryAllocate(size_t bytes);
    void addFree(uint8_t* start, size_t bytes);
    void mark(runtime::JavaThread& thread, bool clearSoftReferences);
    void sweep();

    uint8_t* base_ = nullptr;
    std::unique_ptr<runtime::CardTable> cards_;  // unused by this strategy, but the barrier writes it
    uint8_t* top_ = nullptr;  // end of the used (walkable) area
    size_t committed_;
    size_t max_;
    size_t used_ = 0;  // bytes in live or not-yet-collected objects
    std::vector<uint8_t*> smallFree_[kSmallLists];
    std::vector<std::pair<uint8_t*, size_t>> largeFree_;
    GcStatistics stats_;
};

}  // namespace cortado::gc
