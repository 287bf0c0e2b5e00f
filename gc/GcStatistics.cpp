#include "gc/GcStatistics.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/VmLog.h"

namespace cortado::gc {

bool g_logGc = false;

const char* causeName(runtime::GcCause cause) {
    switch (cause) {
        case runtime::GcCause::AllocationFailure: return "Allocation Failure";
        case runtime::GcCause::SystemGc: return "System.gc()";
        case runtime::GcCause::Stress: return "GC Stress";
    }
    return "?";
}

void GcStatistics::recordPause(const char* kind, runtime::GcCause cause, size_t before, size_t after, size_t capacity,
                               double ms) {
    totalPauseMs += ms;
    maxPauseMs = std::max(maxPauseMs, ms);
    if (!g_logGc) {
        ++collections;
        return;
    }
    char line[160];
    std::snprintf(line, sizeof line, "GC(%llu) Pause %s (%s) %zuM->%zuM(%zuM) %.3fms",
                  static_cast<unsigned long long>(collections), kind, causeName(cause), before >> 20, after >> 20,
                  capacity >> 20, ms);
    ++collections;
    runtime::vmLog("gc", line);
}

}  // namespace cortado::gc
