#include "gc/MarkSweepHeap.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "gc/HeapSummary.h"
#include "gc/HeapVerifier.h"
#include "gc/Reservation.h"
#include "gc/Marking.h"
#include "runtime/JavaThread.h"
#include "runtime/Vm.h"

namespace cortado::gc {

using runtime::Object;

MarkSweepHeap::MarkSweepHeap(size_t initialBytes, size_t maxBytes) : max_(maxBytes) {
    region_ = reserveHeap(max_);
    space_ = std::make_unique<FreeListSpace>(region_, std::max<size_t>(initialBytes, 1 << 20), max_);
    cards_ = std::make_unique<runtime::CardTable>(region_, max_);
}

MarkSweepHeap::~MarkSweepHeap() { releaseHeap(region_, max_); }

Object* MarkSweepHeap::allocate(runtime::JavaThread& thread, size_t bytes) {
    if (Object* o = space_->allocate(bytes)) return o;
    collect(thread, runtime::GcCause::AllocationFailure);
    if (Object* o = space_->allocate(bytes)) return o;
    // Grow towards -Xmx, like HotSpot expanding the heap, before giving up.
    if (space_->grow(bytes))
        if (Object* o = space_->allocate(bytes)) return o;
    // Last resort before OutOfMemoryError: a collection that also clears soft references.
    markFromRoots(thread, /*clearSoftReferences=*/true);
    space_->sweep();
    return space_->allocate(bytes);
}

void MarkSweepHeap::collect(runtime::JavaThread& thread, runtime::GcCause cause) {
    auto start = std::chrono::steady_clock::now();
    size_t before = usedBytes();
    if (thread.vm.options.verifyHeap) verify(thread, "before");
    markFromRoots(thread, false);
    space_->sweep();
    if (thread.vm.options.verifyHeap) verify(thread, "after");
    // Keep at least a third of the committed heap free after a collection, within -Xmx.
    if (space_->usedBytes() > space_->committedBytes() / 3 * 2) space_->grow(space_->usedBytes() / 2);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    stats_.recordPause("Full", cause, before, usedBytes(), capacityBytes(), ms);
}

void MarkSweepHeap::verify(runtime::JavaThread& thread, const char* when) {
    ObjectStartBitmap objects(space_->base(), space_->top());
    space_->forEachObject([&](Object* o) { objects.add(o); });
    verifyReachableHeap(thread, when, objects);
}

void MarkSweepHeap::printExitSummary() const {
    logHeapExitLine("Heap");
    logHeapExitLine(generationSummary("mark-sweep space", space_->committedBytes(), space_->usedBytes(), space_->base(),
                                      space_->base() + space_->committedBytes(), space_->base() + space_->maxBytes()));
    logHeapExitLine(spaceSummary("   the space", space_->committedBytes(), space_->usedBytes(), space_->base(),
                                 space_->top(), space_->base() + space_->committedBytes()));
    logCollectionSummary(stats_, "");
}

}  // namespace cortado::gc
