// -Xlog:gc+heap+exit: the heap's spaces at exit, in the shape of HotSpot's
// Serial collector's summary, so that people (and tools) that read HotSpot's
// can read ours:
//   [0.328s][info][gc,heap,exit] Heap
//   [0.328s][info][gc,heap,exit]  def new generation   total 4928K, used 3051K [0x..., 0x..., 0x...)
//   [0.328s][info][gc,heap,exit]   eden space 4416K,  67% used [0x..., 0x..., 0x...)
// Each strategy names its own spaces (runtime::Heap::printExitSummary); the
// collection counts and pause totals follow in one more line.
#pragma once
#include <cstddef>
#include <string>

#include "gc/GcStatistics.h"

namespace cortado::gc {

void logHeapExitLine(const std::string& line);
// " def new generation   total 4928K, used 3051K [bottom, committed end, reserved end)"
std::string generationSummary(const char* name, size_t total, size_t used, const void* bottom, const void* end,
                              const void* reservedEnd);
// "  eden space 4416K,  67% used [bottom, top, end)"
std::string spaceSummary(const char* indentedName, size_t capacity, size_t used, const void* bottom, const void* top,
                         const void* end);
// " collections: 12 (3 full, 1 compacting), pauses 5.432ms total, 1.234ms max"
void logCollectionSummary(const GcStatistics& stats, const std::string& breakdown);

}  // namespace cortado::gc
