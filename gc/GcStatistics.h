// Collection counts and pauses, and the HotSpot unified-logging lines
// (-Xlog:gc, -verbose:gc) every strategy prints:
//   [0.012s][info][gc] GC(3) Pause Full (Allocation Failure) 24M->3M(64M) 1.234ms
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/Heap.h"

namespace cortado::gc {

extern bool g_logGc;  // set from -Xlog:gc / -verbose:gc by the heap factory

struct GcStatistics {
    uint64_t collections = 0;
    double totalPauseMs = 0;
    double maxPauseMs = 0;

    // Records a pause and prints its log line when -Xlog:gc is on.
    void recordPause(const char* kind, runtime::GcCause cause, size_t usedBefore, size_t usedAfter, size_t capacity,
                     double ms);
};

const char* causeName(runtime::GcCause cause);

}  // namespace cortado::gc
