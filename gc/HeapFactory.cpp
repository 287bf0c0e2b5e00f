#include "gc/HeapFactory.h"

#include <unistd.h>

#include <algorithm>

#include "gc/CopyingHeap.h"
#include "gc/EpsilonHeap.h"
#include "gc/GenerationalHeap.h"
#include "gc/GcStatistics.h"
#include "gc/MarkSweepHeap.h"

namespace cortado::gc {

const std::vector<std::string>& strategyNames() {
    static const std::vector<std::string> names = {"epsilon", "marksweep", "copying", "generational"};
    return names;
}

// HotSpot's defaults: the maximum heap is a quarter of physical memory, the
// initial heap a sixty-fourth.
static size_t physicalMemory() {
    long pages = ::sysconf(_SC_PHYS_PAGES), size = ::sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0 ? size_t(pages) * size_t(size) : size_t(4) << 30;
}

std::unique_ptr<runtime::Heap> createHeap(const runtime::VmOptions& o) {
    size_t max = o.maxHeapBytes ? o.maxHeapBytes : physicalMemory() / 4;
    size_t initial = o.initialHeapBytes ? o.initialHeapBytes : std::min(max, physicalMemory() / 64);
    g_logGc = o.logGc;
    if (o.gc == "epsilon") return std::make_unique<EpsilonHeap>(initial, max);
    if (o.gc == "marksweep") return std::make_unique<MarkSweepHeap>(initial, max);
    if (o.gc == "copying") return std::make_unique<CopyingHeap>(max);
    if (o.gc == "generational") {
        // HotSpot's NewRatio=2 applied to the initial heap: a young generation of a
        // third of -Xms (so eden stays cache- and page-friendly), unless -Xmn says.
        size_t young = o.youngBytes ? o.youngBytes : initial / 3;
        young = std::min(young, max / 2);
        return std::make_unique<GenerationalHeap>(initial, max, young, o.maxTenuringThreshold, o.alwaysCompactCount);
    }
    return nullptr;
}

}  // namespace cortado::gc
