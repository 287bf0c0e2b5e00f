// A heap that allocates and never collects, like HotSpot's Epsilon GC
// (-XX:+UseEpsilonGC). The interim strategy until the real collectors land
// (mark-sweep, copying, generational: see docs/gc.md); also useful as a
// baseline to measure what collection costs.
#pragma once
#include <cstddef>
#include <cstdint>

#include <memory>

#include "runtime/Barrier.h"
#include "runtime/Heap.h"

namespace cortado::gc {

class EpsilonHeap final : public runtime::Heap {
public:
    EpsilonHeap(size_t initialBytes, size_t maxBytes);
    ~EpsilonHeap() override;
    const char* name() const override { return "epsilon"; }
    runtime::Object* allocate(runtime::JavaThread& thread, size_t bytes) override;
    void collect(runtime::JavaThread& thread, runtime::GcCause cause) override {}
    size_t usedBytes() const override { return static_cast<size_t>(area_.top - base_); }
    size_t capacityBytes() const override;
    size_t maxBytes() const override { return max_; }
    bool contains(const void* p) const override { return p >= base_ && p < area_.top; }
    // Compiled code bumps the same pointer allocate() does.
    runtime::AllocationArea* allocationArea() override { return &area_; }
    void printExitSummary() const override;

private:
    uint8_t* base_ = nullptr;
    std::unique_ptr<runtime::CardTable> cards_;  // unused by this strategy, but the barrier writes it
    runtime::AllocationArea area_;  // the whole reservation: top is the allocation pointer
    size_t initial_;
    size_t max_;
};

}  // namespace cortado::gc
