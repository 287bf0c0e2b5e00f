// Non-moving mark-sweep collection (--gc=marksweep).
//
// One FreeListSpace reserved at -Xmx, committed from -Xms and grown when the
// heap stays full after a collection. A collection marks from the roots
// (gc/Marking) and sweeps the space once (FreeListSpace::sweep).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>

#include "gc/FreeListSpace.h"
#include "gc/GcStatistics.h"
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
    size_t usedBytes() const override { return space_->usedBytes(); }
    size_t capacityBytes() const override { return space_->committedBytes(); }
    size_t maxBytes() const override { return space_->maxBytes(); }
    bool contains(const void* p) const override { return space_->contains(p); }
    void printExitSummary() const override;
    void verify(runtime::JavaThread& thread, const char* when) override;

private:
    uint8_t* region_ = nullptr;
    size_t max_;
    std::unique_ptr<FreeListSpace> space_;
    std::unique_ptr<runtime::CardTable> cards_;  // unused by this strategy, but the barrier writes it
    GcStatistics stats_;
};

}  // namespace cortado::gc
