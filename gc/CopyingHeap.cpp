#include "gc/CopyingHeap.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "gc/Forwarding.h"
#include "gc/HeapSummary.h"
#include "gc/HeapVerifier.h"
#include "gc/Reservation.h"
#include "runtime/Allocation.h"
#include "runtime/JavaThread.h"
#include "runtime/Roots.h"
#include "runtime/Vm.h"

namespace cortado::gc {

using runtime::Object;

CopyingHeap::CopyingHeap(size_t maxBytes) : half_((maxBytes / 2 + 7) & ~size_t(7)) {
    region_ = reserveHeap(half_ * 2);
    from_ = area_.top = region_;
    to_ = region_ + half_;
    area_.end = from_ + half_;
    area_.largestObject = half_;
    cards_ = std::make_unique<runtime::CardTable>(region_, half_ * 2);
}

CopyingHeap::~CopyingHeap() { releaseHeap(region_, half_ * 2); }

Object* CopyingHeap::allocate(runtime::JavaThread& thread, size_t bytes) {
    if (bytes > size_t(area_.end - area_.top)) {
        copyLive(thread, runtime::GcCause::AllocationFailure, false);
        // Last resort before OutOfMemoryError: clear soft references too (java.lang.ref.SoftReference).
        if (bytes > size_t(area_.end - area_.top)) copyLive(thread, runtime::GcCause::AllocationFailure, true);
        if (bytes > size_t(area_.end - area_.top)) return nullptr;
    }
    auto* o = reinterpret_cast<Object*>(area_.top);
    std::memset(area_.top, 0, bytes);
    area_.top += bytes;
    return o;
}

Object* CopyingHeap::evacuate(Object* o) {
    if (isForwarded(o)) return forwardee(o);
    size_t size = runtime::objectSize(o);
    auto* copy = reinterpret_cast<Object*>(copyTop_);
    std::memcpy(copy, o, size);
    copyTop_ += size;
    forward(o, copy);
    return copy;
}

void CopyingHeap::collect(runtime::JavaThread& thread, runtime::GcCause cause) { copyLive(thread, cause, false); }

void CopyingHeap::copyLive(runtime::JavaThread& thread, runtime::GcCause cause, bool clearSoftReferences) {
    auto start = std::chrono::steady_clock::now();
    size_t before = usedBytes();
    if (thread.vm.options.verifyHeap) verify(thread, "before");
    copyTop_ = to_;
    auto inFromSpace = [&](const Object* o) {
        return reinterpret_cast<const uint8_t*>(o) >= from_ && reinterpret_cast<const uint8_t*>(o) < area_.top;
    };
    auto update = [&](Object** cell) {
        if (*cell && inFromSpace(*cell)) *cell = evacuate(*cell);
    };
    runtime::forEachRoot(thread, update);
    // Cheney scan: the copied objects between `scan` and copyTop_ are the queue.
    std::vector<Object*> references;
    uint32_t referentOffset = thread.vm.offsets.referenceReferent;
    runtime::Klass* softReference = thread.vm.loader.findLoaded("java/lang/ref/SoftReference");
    for (uint8_t* scan = to_; scan < copyTop_;) {
        auto* o = reinterpret_cast<Object*>(scan);
        // Weak references keep no referent alive; soft ones do, unless memory is about to run out.
        bool weak = runtime::isReferenceClass(thread, o->klass) &&
                    (clearSoftReferences || !softReference || !o->klass->isSubclassOf(softReference));
        if (weak) references.push_back(o);
        runtime::forEachReferenceField(o, [&](Object** field) {
            if (weak && reinterpret_cast<uint8_t*>(field) == scan + referentOffset) return;
            update(field);
        });
        scan += runtime::objectSize(o);
    }
    for (Object* r : references) {
        Object*& referent = r->field<Object*>(referentOffset);
        if (referent && inFromSpace(referent)) referent = isForwarded(referent) ? forwardee(referent) : nullptr;
    }
    std::swap(from_, to_);
    area_.top = copyTop_;
    area_.end = from_ + half_;
    copyTop_ = nullptr;
    if (thread.vm.options.verifyHeap) verify(thread, "after");
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    stats_.recordPause("Full", cause, before, usedBytes(), half_, ms);
}

// --verify-heap: every reachable reference points at the start of an object in the current half.
void CopyingHeap::verify(runtime::JavaThread& thread, const char* when) {
    ObjectStartBitmap objects(from_, area_.top);
    for (uint8_t* p = from_; p < area_.top; p += runtime::objectSize(reinterpret_cast<Object*>(p))) objects.add(p);
    verifyReachableHeap(thread, when, objects);
}

void CopyingHeap::printExitSummary() const {
    logHeapExitLine("Heap");
    logHeapExitLine(generationSummary("semispaces", 2 * half_, usedBytes(), region_, region_ + 2 * half_,
                                      region_ + 2 * half_));
    logHeapExitLine(spaceSummary("  from space", half_, usedBytes(), from_, area_.top, from_ + half_));
    logHeapExitLine(spaceSummary("  to   space", half_, 0, to_, to_, to_ + half_));
    logCollectionSummary(stats_, "");
}

}  // namespace cortado::gc
