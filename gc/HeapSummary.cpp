#include "gc/HeapSummary.h"

#include <cstdio>

#include "runtime/VmLog.h"

namespace cortado::gc {

namespace {
unsigned long long address(const void* p) { return reinterpret_cast<unsigned long long>(p); }
size_t kilobytes(size_t bytes) { return bytes >> 10; }
}  // namespace

void logHeapExitLine(const std::string& line) { runtime::vmLog("gc,heap,exit", line); }

std::string generationSummary(const char* name, size_t total, size_t used, const void* bottom, const void* end,
                              const void* reservedEnd) {
    char line[256];
    std::snprintf(line, sizeof line, " %-20s total %zuK, used %zuK [0x%016llx, 0x%016llx, 0x%016llx)", name,
                  kilobytes(total), kilobytes(used), address(bottom), address(end), address(reservedEnd));
    return line;
}

std::string spaceSummary(const char* indentedName, size_t capacity, size_t used, const void* bottom, const void* top,
                         const void* end) {
    char line[256];
    unsigned percent = capacity ? unsigned(used * 100 / capacity) : 0;
    std::snprintf(line, sizeof line, "%s %zuK, %3u%% used [0x%016llx, 0x%016llx, 0x%016llx)", indentedName,
                  kilobytes(capacity), percent, address(bottom), address(top), address(end));
    return line;
}

void logCollectionSummary(const GcStatistics& stats, const std::string& breakdown) {
    char line[256];
    std::snprintf(line, sizeof line, " collections: %llu%s, pauses %.3fms total, %.3fms max",
                  static_cast<unsigned long long>(stats.collections), breakdown.c_str(), stats.totalPauseMs,
                  stats.maxPauseMs);
    logHeapExitLine(line);
}

}  // namespace cortado::gc
