// -Xprof: where a program's time goes, per method and per tier (docs/profiling.md).
//
// Two sources. Exact counts: while g_profiling is set, the interpreter counts
// each method's invocations, back-edges and executed instructions, and code
// the JIT compiles counts its own invocations and back-edges (Method::profiled*).
// Time: a CPU-time timer on the main thread raises SIGPROF every interval; the
// handler copies the thread's Java frame chain (each frame's Method* and its
// Frame::kCompiledFrame bit) into a preallocated buffer and does nothing else.
// At exit the samples are aggregated (ProfileReport) and written as a text
// report, collapsed stacks, JSON and SVG (FlameGraphSvg).
#pragma once
#include <string>

namespace cortado::runtime {

class Vm;
class JavaThread;

// Read by the interpreter at each invocation and back-edge, and by the JIT when
// it compiles (code compiled while profiling counts too).
extern bool g_profiling;

struct ProfilerOptions {
    bool enabled = false;          // -Xprof, or any -Xprof:NAME=VALUE below
    std::string reportFile;        // -Xprof:file=PATH (default: stderr)
    std::string collapsedFile;     // -Xprof:collapsed=PATH: flamegraph.pl / speedscope input
    std::string jsonFile;          // -Xprof:json=PATH
    std::string flameGraphFile;    // -Xprof:svg=PATH
    std::string tierChartFile;     // -Xprof:chart=PATH: bar chart of time per tier per method
    unsigned intervalMicros = 1000;  // -Xprof:interval=MICROS, CPU time between samples
};

// Parses one -Xprof:NAME=VALUE suboption into `o`; false if it is not one.
bool parseProfilerOption(const std::string& text, ProfilerOptions& o);

// Enables the counters; call before any method runs (so the JIT compiles the
// counting code in).
void enableProfiling();
// Starts sampling `thread` (the calling thread) and registers the exit hook
// that stops it and writes the reports.
void startProfiler(Vm& vm, JavaThread& thread, const ProfilerOptions& options);

}  // namespace cortado::runtime
