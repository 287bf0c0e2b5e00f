// Semispace copying collection (--gc=copying), Cheney's algorithm.
//
// The heap is two halves of -Xmx each. Objects are bump-allocated in the
// current half; a collection copies everything reachable from the roots into
// the other half, breadth first, using the copied objects themselves as the
// queue (Cheney, 1970), then swaps the halves. Every object moves, every
// root cell is updated: this is the strategy that proves root finding right.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/GcStatistics.h"
#include <memory>

#include "runtime/Barrier.h"
#include "runtime/Heap.h"

namespace cortado::gc {

class CopyingHeap final : public runtime::Heap {
public:
    explicit CopyingHeap(size_t maxBytes);
    ~CopyingHeap() override;
    const char* name() const override { return "copying"; }
    runtime::Object* allocate(runtime::JavaThread& thread, size_t bytes) override;
    void collect(runtime::JavaThread& thread, runtime::GcCause cause) override;
    size_t usedBytes() const override { return size_t(area_.top - from_); }
    size_t capacityBytes() const override { return half_; }
    size_t maxBytes() const override { return half_; }
    bool contains(const void* p) const override { return p >= from_ && p < area_.top; }
    // Compiled code bumps the same pointer allocate() does; a collection moves it to the other half.
    runtime::AllocationArea* allocationArea() override { return &area_; }
    void printExitSummary() const override;
    void verify(runtime::JavaThread& thread, const char* when) override;

private:
    runtime::Object* evacuate(runtime::Object* o);
    void copyLive(runtime::JavaThread& thread, runtime::GcCause cause, bool clearSoftReferences);

    uint8_t* region_ = nullptr;
    std::unique_ptr<runtime::CardTable> cards_;  // unused by this strategy, but the barrier writes it
    size_t half_;
    uint8_t* from_;  // the half objects are allocated in
    uint8_t* to_;    // the other half
    runtime::AllocationArea area_;  // bump allocation in from_: [from_, from_ + half_)
    uint8_t* copyTop_ = nullptr;  // during a collection: the end of the copied objects in to_
    GcStatistics stats_;
};

}  // namespace cortado::gc
