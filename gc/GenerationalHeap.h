// Generational collection (--gc=generational): a copying young generation
// over a mark-sweep old generation, as HotSpot's Serial collector does.
//
// One reservation: [eden | survivor A | survivor B | old ...]. Objects are
// bump-allocated in eden; large ones go straight to the old generation. A
// young collection copies what is live in eden and the from-survivor into
// the to-survivor, ageing each object, and promotes to the old generation
// those that reached -XX:MaxTenuringThreshold or do not fit. Its roots are
// the VM's roots plus the old objects on dirty cards (the write barrier,
// runtime/Barrier.h, marks the card of every reference store). A full
// collection marks everything and sweeps the old generation.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "gc/FreeListSpace.h"
#include "gc/GcStatistics.h"
#include "runtime/Barrier.h"
#include "runtime/Heap.h"

namespace cortado::gc {

class GenerationalHeap final : public runtime::Heap {
public:
    GenerationalHeap(size_t initialBytes, size_t maxBytes, size_t youngBytes, unsigned maxTenuringThreshold,
                     unsigned alwaysCompactCount);
    ~GenerationalHeap() override;
    const char* name() const override { return "generational"; }
    runtime::Object* allocate(runtime::JavaThread& thread, size_t bytes) override;
    void collect(runtime::JavaThread& thread, runtime::GcCause cause) override;
    runtime::BarrierKind barrierKind() const override { return runtime::BarrierKind::CardMarking; }
    size_t usedBytes() const override;
    size_t capacityBytes() const override;
    size_t maxBytes() const override { return edenSize_ + survivorSize_ + old_->maxBytes(); }
    bool contains(const void* p) const override;
    // Eden, for objects allocate() would put there (not larger than half of it).
    runtime::AllocationArea* allocationArea() override { return &area_; }
    void printExitSummary() const override;
    void verify(runtime::JavaThread& thread, const char* when) override;

private:
    bool inYoung(const void* p) const { return p >= eden_ && p < youngEnd_; }
    runtime::Object* allocateOld(runtime::JavaThread& thread, size_t bytes);
    runtime::Object* allocateOldWithoutCollecting(size_t bytes);
    // False (nothing done) if the old generation cannot be made to take every
    // young object even after a full collection: then the caller allocates old.
    bool youngCollection(runtime::JavaThread& thread, runtime::GcCause cause);
    void fullCollection(runtime::JavaThread& thread, runtime::GcCause cause, bool clearSoftReferences,
                        size_t contiguous);
    runtime::Object* evacuate(runtime::Object* o);
    void scanDirtyCards(const std::function<void(runtime::Object**)>& update);

    uint8_t* region_ = nullptr;
    size_t reserved_ = 0;
    size_t edenSize_, survivorSize_;
    uint8_t* eden_;
    runtime::AllocationArea area_;  // bump allocation in eden: [eden_, eden_ + edenSize_)
    uint8_t* from_;      // the survivor space holding last collection's survivors
    uint8_t* fromTop_;
    uint8_t* to_;        // the empty survivor space
    uint8_t* youngEnd_;
    unsigned tenuringThreshold_;
    unsigned alwaysCompactCount_;
    uint64_t fullCollections_ = 0, compactions_ = 0, stressCollections_ = 0;
    size_t liveYoungBytes_ = 0;      // measured by the last full collection
    bool promotionBlocked_ = false;  // the last young collection could not guarantee promotion
    std::unique_ptr<FreeListSpace> old_;
    std::unique_ptr<runtime::CardTable> cards_;

    // During a young collection.
    uint8_t* copyTop_ = nullptr;
    std::vector<runtime::Object*> promoted_;

    GcStatistics stats_;
};

}  // namespace cortado::gc
