#include "gc/GenerationalHeap.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gc/Forwarding.h"
#include "gc/HeapSummary.h"
#include "gc/HeapVerifier.h"
#include "gc/Reservation.h"
#include "gc/Marking.h"
#include "gc/SlidingCompactor.h"
#include "runtime/Allocation.h"
#include "runtime/JavaThread.h"
#include "runtime/Roots.h"
#include "runtime/Vm.h"

namespace cortado::gc {

using runtime::Object;

namespace {
// Age lives in mark-word bits 1..4 (bit 0 is the mark bit).
constexpr int kAgeShift = 1;
constexpr uint64_t kAgeMask = 0xfull << kAgeShift;
unsigned ageOf(const Object* o) { return unsigned((o->mark & kAgeMask) >> kAgeShift); }
void setAge(Object* o, unsigned age) { o->mark = (o->mark & ~kAgeMask) | (uint64_t(std::min(age, 15u)) << kAgeShift); }

// HotSpot's SurvivorRatio default: eden is 8 times one survivor space.
constexpr size_t kSurvivorRatio = 8;

// Calls f on each object of a bump-allocated range [p, end) (eden, a survivor).
template <typename F>
void forEachObjectIn(uint8_t* p, uint8_t* end, F&& f) {
    while (p < end) {
        auto* o = reinterpret_cast<Object*>(p);
        p += runtime::objectSize(o);
        f(o);
    }
}
}  // namespace

GenerationalHeap::GenerationalHeap(size_t initialBytes, size_t maxBytes, size_t youngBytes, unsigned maxTenuringThreshold,
                                   unsigned alwaysCompactCount)
    : tenuringThreshold_(std::min(maxTenuringThreshold, 15u)), alwaysCompactCount_(alwaysCompactCount) {
    size_t young = youngBytes ? youngBytes : maxBytes / 3;
    young = std::max<size_t>(young, 1 << 20) & ~size_t(7);
    survivorSize_ = (young / (kSurvivorRatio + 2)) & ~size_t(7);
    edenSize_ = young - 2 * survivorSize_;
    size_t oldMax = maxBytes > young ? maxBytes - young : maxBytes;
    reserved_ = young + oldMax;
    region_ = reserveHeap(reserved_);
    eden_ = area_.top = region_;
    from_ = fromTop_ = region_ + edenSize_;
    to_ = from_ + survivorSize_;
    area_.end = eden_ + edenSize_;
    area_.largestObject = edenSize_ / 2;
    youngEnd_ = to_ + survivorSize_;
    size_t oldInitial = initialBytes > young ? initialBytes - young : std::min<size_t>(oldMax, 1 << 20);
    old_ = std::make_unique<FreeListSpace>(youngEnd_, std::max<size_t>(oldInitial, 1 << 20), oldMax);
    cards_ = std::make_unique<runtime::CardTable>(region_, reserved_);
}

GenerationalHeap::~GenerationalHeap() { releaseHeap(region_, reserved_); }

size_t GenerationalHeap::usedBytes() const { return size_t(area_.top - eden_) + size_t(fromTop_ - from_) + old_->usedBytes(); }
size_t GenerationalHeap::capacityBytes() const { return edenSize_ + survivorSize_ + old_->committedBytes(); }

bool GenerationalHeap::contains(const void* p) const {
    return (p >= eden_ && p < area_.top) || (p >= from_ && p < fromTop_) || old_->contains(p);
}

Object* GenerationalHeap::allocate(runtime::JavaThread& thread, size_t bytes) {
    // Objects larger than half of eden go straight to the old generation.
    if (bytes > area_.largestObject) return allocateOld(thread, bytes);
    if (bytes > size_t(area_.end - area_.top)) {
        // While the live young objects cannot be promoted, another collection is
        // futile until the old generation is full too: allocate there directly.
        if (promotionBlocked_)
            if (Object* o = allocateOldWithoutCollecting(bytes)) return o;
        promotionBlocked_ = !youngCollection(thread, runtime::GcCause::AllocationFailure);
        if (promotionBlocked_ || bytes > size_t(area_.end - area_.top)) return allocateOld(thread, bytes);
    }
    auto* o = reinterpret_cast<Object*>(area_.top);
    std::memset(area_.top, 0, bytes);
    area_.top += bytes;
    return o;
}

// From the old generation's free space, growing it within its maximum; no collection.
Object* GenerationalHeap::allocateOldWithoutCollecting(size_t bytes) {
    if (Object* o = old_->allocate(bytes)) return o;
    return old_->grow(bytes) ? old_->allocate(bytes) : nullptr;
}

Object* GenerationalHeap::allocateOld(runtime::JavaThread& thread, size_t bytes) {
    if (Object* o = allocateOldWithoutCollecting(bytes)) return o;
    fullCollection(thread, runtime::GcCause::AllocationFailure, false, 0);
    if (Object* o = allocateOldWithoutCollecting(bytes)) return o;
    // The space may hold enough free bytes, just not in one piece: compact.
    if (old_->fragmentedBytes() >= bytes) {
        fullCollection(thread, runtime::GcCause::AllocationFailure, false, bytes);
        if (Object* o = allocateOldWithoutCollecting(bytes)) return o;
    }
    // Last resort before OutOfMemoryError: also clear soft references (and compact).
    fullCollection(thread, runtime::GcCause::AllocationFailure, true, bytes);
    return allocateOldWithoutCollecting(bytes);
}

void GenerationalHeap::collect(runtime::JavaThread& thread, runtime::GcCause cause) {
    // Under --gc-stress every 16th collection is a full one, so that stress also
    // exercises marking, sweeping and compaction of the old generation.
    if (cause == runtime::GcCause::Stress && ++stressCollections_ % 16 != 0) youngCollection(thread, cause);
    else fullCollection(thread, cause, false, 0);
}

// Copies a young object to the to-survivor (one year older) or, once old
// enough or when the survivor is full, promotes it to the old generation.
Object* GenerationalHeap::evacuate(Object* o) {
    if (isForwarded(o)) return forwardee(o);
    size_t size = runtime::objectSize(o);
    unsigned age = ageOf(o) + 1;
    Object* copy = nullptr;
    bool promote = age >= tenuringThreshold_ || size > size_t(to_ + survivorSize_ - copyTop_);
    if (!promote) {
        copy = reinterpret_cast<Object*>(copyTop_);
        copyTop_ += size;
    } else {
        copy = old_->allocate(size);
        if (!copy) {
            // youngCollection made bump room for every young byte beforehand.
            std::fprintf(stderr, "Internal error: promotion failed although the old generation had room\n");
            std::abort();
        }
        promoted_.push_back(copy);
    }
    std::memcpy(copy, o, size);
    setAge(copy, age);
    forward(o, copy);
    return copy;
}

// Old objects on dirty cards: their young references are roots of a young
// collection. The walk covers the old generation's objects and visits the
// fields of those that touch a dirty card.
void GenerationalHeap::scanDirtyCards(const std::function<void(Object**)>& update) {
    old_->forEachObject([&](Object* o) {
        size_t size = runtime::objectSize(o);
        uint8_t* first = cards_->cardFor(o);
        uint8_t* last = cards_->cardFor(reinterpret_cast<uint8_t*>(o) + size - 1);
        bool dirty = false;
        for (uint8_t* c = first; c <= last && !dirty; ++c) dirty = *c == runtime::kDirtyCard;
        if (!dirty) return;
        runtime::forEachReferenceField(o, [&](Object** field) {
            if (*cards_->cardFor(field) == runtime::kDirtyCard) update(field);
        });
    });
}

bool GenerationalHeap::youngCollection(runtime::JavaThread& thread, runtime::GcCause cause) {
    // Promotion must not fail half way: make sure the old generation could take
    // every young byte (HotSpot's "promotion guarantee"), collecting it first if needed.
    size_t worst = size_t(area_.top - eden_) + size_t(fromTop_ - from_);
    if (!old_->ensureBumpRoom(worst)) {
        fullCollection(thread, cause, false, worst);
        // The full collection has just measured what is live in the young
        // generation: no more than that can be copied now.
        if (!old_->ensureBumpRoom(std::min(worst, liveYoungBytes_))) return false;
    }
    auto start = std::chrono::steady_clock::now();
    size_t before = usedBytes();
    if (thread.vm.options.verifyHeap) verify(thread, "before");
    copyTop_ = to_;
    promoted_.clear();
    std::vector<Object**> oldToYoung;  // fields in old objects still pointing young afterwards
    // Only eden and the from-survivor are evacuated: a cell may be visited twice
    // (a just-promoted object can sit on a stale dirty card), and its second visit
    // must leave a to-survivor address alone.
    auto isSource = [&](const Object* o) {
        auto* p = reinterpret_cast<const uint8_t*>(o);
        return (p >= eden_ && p < area_.top) || (p >= from_ && p < fromTop_);
    };
    auto update = [&](Object** cell) {
        if (*cell && isSource(*cell)) *cell = evacuate(*cell);
    };
    auto updateOldField = [&](Object** field) {
        update(field);
        if (*field && inYoung(*field)) oldToYoung.push_back(field);
    };
    runtime::forEachRoot(thread, update);
    scanDirtyCards(updateOldField);
    cards_->clear(old_->base(), size_t(old_->top() - old_->base()));

    // Cheney scan of the survivors, interleaved with the promoted objects.
    std::vector<Object*> references;
    uint32_t referentOffset = thread.vm.offsets.referenceReferent;
    runtime::Klass* softReference = thread.vm.loader.findLoaded("java/lang/ref/SoftReference");
    auto isWeak = [&](Object* o) {
        return runtime::isReferenceClass(thread, o->klass) && !(softReference && o->klass->isSubclassOf(softReference));
    };
    uint8_t* scan = to_;
    size_t promotedScanned = 0;
    while (scan < copyTop_ || promotedScanned < promoted_.size()) {
        while (scan < copyTop_) {
            auto* o = reinterpret_cast<Object*>(scan);
            bool weak = isWeak(o);
            if (weak) references.push_back(o);
            runtime::forEachReferenceField(o, [&](Object** field) {
                if (weak && reinterpret_cast<uint8_t*>(field) == scan + referentOffset) return;
                update(field);
            });
            scan += runtime::objectSize(o);
        }
        while (promotedScanned < promoted_.size()) {
            Object* o = promoted_[promotedScanned++];
            bool weak = isWeak(o);
            if (weak) references.push_back(o);
            runtime::forEachReferenceField(o, [&](Object** field) {
                if (weak && reinterpret_cast<uint8_t*>(field) == reinterpret_cast<uint8_t*>(o) + referentOffset) {
                    if (*field && inYoung(*field)) oldToYoung.push_back(field);
                    return;
                }
                updateOldField(field);
            });
        }
    }
    // Weak references: a young referent that was not copied is dead.
    for (Object* r : references) {
        Object*& referent = r->field<Object*>(referentOffset);
        if (referent && isSource(referent)) referent = isForwarded(referent) ? forwardee(referent) : nullptr;
        if (referent && inYoung(referent) && old_->contains(r)) oldToYoung.push_back(&referent);
    }
    // Old-to-young references that remain (to survivors) keep their cards dirty for next time.
    for (Object** field : oldToYoung)
        if (*field && inYoung(*field)) runtime::markCard(field);

    std::swap(from_, to_);
    fromTop_ = copyTop_;
    copyTop_ = nullptr;
    area_.top = eden_;
    if (thread.vm.options.verifyHeap) verify(thread, "after");
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    stats_.recordPause("Young", cause, before, usedBytes(), capacityBytes(), ms);
    return true;
}

// Marks everything, then sweeps the old generation, or slides it together
// (gc/SlidingCompactor.h) when that is the only way to give the caller
// `contiguous` bytes of bump room, before OutOfMemoryError (`clearSoftReferences`),
// or every -XX:MarkSweepAlwaysCompactCount-th full collection.
void GenerationalHeap::fullCollection(runtime::JavaThread& thread, runtime::GcCause cause, bool clearSoftReferences,
                                      size_t contiguous) {
    auto start = std::chrono::steady_clock::now();
    size_t before = usedBytes();
    if (thread.vm.options.verifyHeap) verify(thread, "before");
    markFromRoots(thread, clearSoftReferences);
    ++fullCollections_;
    size_t bumpRoom = size_t(old_->base() + old_->committedBytes() - old_->top());
    bool compact = clearSoftReferences || contiguous > bumpRoom ||
                   (alwaysCompactCount_ && fullCollections_ % alwaysCompactCount_ == 0);
    // Young objects were marked too: they do not move, but a compaction updates
    // their references into the old generation; then they are unmarked (dead
    // ones stay until the next young collection).
    if (compact) {
        ++compactions_;
        slideCompact(thread, *old_, [&](const std::function<void(Object*)>& f) {
            auto live = [&](Object* o) {
                if (o->mark & kMarkBit) f(o);
            };
            forEachObjectIn(eden_, area_.top, live);
            forEachObjectIn(from_, fromTop_, live);
        });
    } else {
        old_->sweep();
    }
    liveYoungBytes_ = 0;
    auto unmark = [&](Object* o) {
        if (o->mark & kMarkBit) liveYoungBytes_ += runtime::objectSize(o);
        o->mark &= ~kMarkBit;
    };
    forEachObjectIn(eden_, area_.top, unmark);
    forEachObjectIn(from_, fromTop_, unmark);
    // Every old object may now hold young references the cards no longer describe
    // precisely (the sweep freed objects, compaction moved them): dirty all old cards.
    runtime::markCards(old_->base(), size_t(old_->top() - old_->base()));
    if (old_->usedBytes() > old_->committedBytes() / 3 * 2) old_->grow(old_->usedBytes() / 2);
    if (thread.vm.options.verifyHeap) verify(thread, "after");
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    stats_.recordPause("Full", cause, before, usedBytes(), capacityBytes(), ms);
}

void GenerationalHeap::verify(runtime::JavaThread& thread, const char* when) {
    ObjectStartBitmap objects({{eden_, area_.top}, {from_, fromTop_}, {old_->base(), old_->top()}});
    auto add = [&](Object* o) { objects.add(o); };
    forEachObjectIn(eden_, area_.top, add);
    forEachObjectIn(from_, fromTop_, add);
    old_->forEachObject(add);
    verifyReachableHeap(thread, when, objects);
}

void GenerationalHeap::printExitSummary() const {
    size_t edenUsed = size_t(area_.top - eden_), fromUsed = size_t(fromTop_ - from_);
    logHeapExitLine("Heap");
    logHeapExitLine(generationSummary("def new generation", edenSize_ + survivorSize_, edenUsed + fromUsed, eden_,
                                      youngEnd_, youngEnd_));
    logHeapExitLine(spaceSummary("  eden space", edenSize_, edenUsed, eden_, area_.top, eden_ + edenSize_));
    logHeapExitLine(spaceSummary("  from space", survivorSize_, fromUsed, from_, fromTop_, from_ + survivorSize_));
    logHeapExitLine(spaceSummary("  to   space", survivorSize_, 0, to_, to_, to_ + survivorSize_));
    logHeapExitLine(generationSummary("tenured generation", old_->committedBytes(), old_->usedBytes(), old_->base(),
                                      old_->base() + old_->committedBytes(), old_->base() + old_->maxBytes()));
    logHeapExitLine(spaceSummary("   the space", old_->committedBytes(), old_->usedBytes(), old_->base(), old_->top(),
                                 old_->base() + old_->committedBytes()));
    logCollectionSummary(stats_, " (" + std::to_string(fullCollections_) + " full, " + std::to_string(compactions_) +
                                     " compacting)");
}

}  // namespace cortado::gc
