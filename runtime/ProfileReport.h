// -Xprof's aggregation and its text, collapsed-stack and JSON outputs
// (runtime/Profiler.h takes the samples; FlameGraphSvg draws them).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "runtime/Profiler.h"

namespace cortado::runtime {

struct Method;

struct ProfileInput {
    std::span<const uintptr_t> samples;  // the sampler's buffer (Profiler.cpp describes its layout)
    uint64_t droppedSamples = 0;
    double intervalMillis = 1;
    double wallSeconds = 0, cpuSeconds = 0;
    std::vector<Method*> methods;  // every loaded method (their exact counters)
};

struct MethodProfile {
    std::string name;        // "pkg.Class.method", as in a stack trace
    std::string descriptor;  // "(I)V"
    uint64_t invocations = 0, backedges = 0, interpretedBytecodes = 0;
    uint64_t selfInterpreted = 0, selfCompiled = 0;  // samples with it on top, per tier
    uint64_t inclusive = 0;                          // samples with it anywhere on the stack
    bool compiled = false;
    double compiledAtMillis = 0, compileMillis = 0;  // since VM start; how long the JIT took
    uint32_t codeBytes = 0;
    uint64_t self() const { return selfInterpreted + selfCompiled; }
};

struct Profile {
    double intervalMillis = 1, wallSeconds = 0, cpuSeconds = 0;
    uint64_t samples = 0, samplesInterpreted = 0, samplesCompiled = 0, samplesOutsideJava = 0, droppedSamples = 0;
    uint64_t compiledMethods = 0, codeBytes = 0;
    double compileMillis = 0;
    std::vector<MethodProfile> methods;  // most self time first, then most invocations
    // Collapsed stacks: "root_[i];callee_[j]" and its sample count, most frequent first.
    std::vector<std::pair<std::string, uint64_t>> stacks;  // counts are samples (intervals), as everywhere here
};

Profile buildProfile(const ProfileInput& in);
void printProfileReport(const Profile& p, std::ostream& out, size_t maxRows);
void writeCollapsedStacks(const Profile& p, std::ostream& out);
void writeProfileJson(const Profile& p, std::ostream& out);
// All the outputs `options` asks for; a file that cannot be written is reported on stderr.
void writeProfileReports(const Profile& p, const ProfilerOptions& options);

}  // namespace cortado::runtime
