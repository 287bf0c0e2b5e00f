#include "runtime/VmLog.h"

#include <chrono>
#include <cstdio>

namespace cortado::runtime {

static std::chrono::steady_clock::time_point g_start = std::chrono::steady_clock::now();

void vmLogStartClock() { g_start = std::chrono::steady_clock::now(); }

double vmUptimeSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - g_start).count();
}

void vmLog(std::string_view tags, const std::string& message) {
    std::fprintf(stdout, "[%.3fs][info][%.*s] %s\n", vmUptimeSeconds(), int(tags.size()), tags.data(), message.c_str());
    std::fflush(stdout);
}

}  // namespace cortado::runtime
