#include "gc/EpsilonHeap.h"

#include "gc/HeapSummary.h"
#include "gc/Reservation.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace cortado::gc {

EpsilonHeap::EpsilonHeap(size_t initialBytes, size_t maxBytes) : initial_(initialBytes), max_(maxBytes) {
    // Reserve address space only; the kernel provides zeroed pages on first touch.
    base_ = area_.top = reserveHeap(max_);
    area_.end = base_ + max_;
    area_.largestObject = max_;
    cards_ = std::make_unique<runtime::CardTable>(base_, max_);
}

EpsilonHeap::~EpsilonHeap() { releaseHeap(base_, max_); }

runtime::Object* EpsilonHeap::allocate(runtime::JavaThread&, size_t bytes) {
    if (bytes > static_cast<size_t>(area_.end - area_.top)) return nullptr;
    auto* o = reinterpret_cast<runtime::Object*>(area_.top);
    area_.top += bytes;
    return o;
}

size_t EpsilonHeap::capacityBytes() const {
    // Committed memory as the program sees it: at least -Xms, growing in 1 MiB steps.
    size_t used = usedBytes();
    size_t step = size_t(1) << 20;
    return std::min(max_, std::max(initial_, (used + step - 1) / step * step));
}

void EpsilonHeap::printExitSummary() const {
    logHeapExitLine("Heap");
    logHeapExitLine(generationSummary("epsilon space", capacityBytes(), usedBytes(), base_, base_ + capacityBytes(), area_.end));
    logHeapExitLine(spaceSummary("   the space", max_, usedBytes(), base_, area_.top, area_.end));
}

}  // namespace cortado::gc
