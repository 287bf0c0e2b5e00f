// Everything the launcher decides before the VM starts.
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "runtime/Profiler.h"

namespace cortado::runtime {

struct VmOptions {
    std::vector<std::string> bootClassPath;   // the class library jar(s), searched first
    std::vector<std::string> classPath;       // -cp entries: directories and jars
    std::vector<std::pair<std::string, std::string>> properties;  // -Dname=value, in order
    size_t maxHeapBytes = 0;      // -Xmx; 0 = default (a quarter of physical memory, like HotSpot)
    size_t initialHeapBytes = 0;  // -Xms
    size_t youngBytes = 0;        // -Xmn
    unsigned maxTenuringThreshold = 15;  // -XX:MaxTenuringThreshold (HotSpot's default)
    unsigned alwaysCompactCount = 4;     // -XX:MarkSweepAlwaysCompactCount: compact every N-th full GC (0 = never)
    size_t stackBytes = 0;        // -Xss; 0 = default
    std::string gc = "generational";  // --gc= (gc/HeapFactory.cpp lists the strategies)
    bool interpretOnly = false;   // -Xint
    bool compileAll = false;      // -Xcomp: compile each method at its first invocation
    uint32_t compileThreshold = 1000;  // -XX:CompileThreshold=N: invocations before a method is compiled
    bool logJit = false;          // -Xlog:jit: one line per compiled (or rejected) method
    bool logInlining = false;     // -Xlog:jit+inline: what each compiled call site does inline, or why not
    bool printAssembly = false;   // -XX:+PrintAssembly: the machine code of each compiled method
    bool perfMap = false;         // -XX:+PerfMapEnabled: /tmp/perf-<pid>.map for `perf`
    bool verboseClass = false;    // -verbose:class / -Xlog:class+load
    bool verboseInit = false;     // -Xlog:class+init
    bool enableAssertions = false;  // -ea
    bool bytecodeHistogram = false; // -Xprof:bytecodes (opcodes and opcode pairs)
    ProfilerOptions profiler;       // -Xprof, -Xprof:NAME=VALUE (runtime/Profiler.h)
    bool verifyReferenceMaps = false;  // --verify-refmaps: check each frame's map at every call
    bool verifyRemote = true;     // verify class-path classes (off: -Xverify:none, -XX:-BytecodeVerificationRemote)
    bool verifyLocal = false;     // verify the class library too (-Xverify:all, -XX:+BytecodeVerificationLocal)
    bool cortadoBytecodes = false;  // -XX:+EnableCortadoBytecodes: class files may use BC_EXTENSION instructions
    bool verifyHeap = false;      // --verify-heap: check roots and fields before and after each collection
    uint64_t gcStressInterval = 0;  // --gc-stress=N: collect every N allocations (0 = off)
    uint64_t gcStressPollInterval = 0;  // --gc-stress-polls=N: collect at every N-th safepoint poll (0 = off)
    bool logGc = false;           // -Xlog:gc, -verbose:gc
    bool logHeapAtExit = false;   // -Xlog:gc+heap+exit: the heap's spaces at exit
    std::string javaCommand;      // sun.java.command: main class (or jar) and arguments
};

}  // namespace cortado::runtime
