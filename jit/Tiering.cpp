#include "jit/Tiering.h"

#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "jit/CodeCache.h"
#include "jit/Compiler.h"
#include "jit/JitRuntimeHelpers.h"
#include "runtime/CompiledCode.h"
#include "runtime/JavaThread.h"
#include "runtime/VmLog.h"

namespace cortado::jit {

using runtime::CompiledEntry;
using runtime::JavaThread;
using runtime::Method;

namespace {

struct JitState {
    std::unique_ptr<CodeCache> cache;
    uint32_t threshold = 1;
    bool log = false;
    bool logInlining = false;  // -Xlog:jit+inline
    bool printAssembly = false;
    bool verifyReferenceMaps = false;  // every call goes through the helper that checks the caller's maps
    // Below this address the native stack is too deep for another compiled
    // frame: compiled code calls nest on the C++ stack (interpreted calls do
    // not), so near its end methods run interpreted and the Java stack limit
    // (-Xss) raises StackOverflowError as it always does.
    const char* nativeStackLimit = nullptr;
};
JitState g_jit;

// Compiled call sites read these library objects' first words as their data
// pointers (jit/FrameOffsets.h); true of libstdc++, checked once, not assumed.
void checkLibraryLayout() {
    std::vector<Method*> v(1);
    std::unique_ptr<uint8_t[]> p(new uint8_t[1]);
    if (*reinterpret_cast<Method***>(&v) != v.data() || *reinterpret_cast<uint8_t**>(&p) != p.get() ||
        reinterpret_cast<Method***>(&v)[1] != v.data() + 1) {
        std::fprintf(stderr, "Internal error: the JIT's assumed std::vector/std::unique_ptr layout does not hold\n");
        std::abort();
    }
}

void compile(Method* m) {
    auto start = std::chrono::steady_clock::now();
    CompileResult r = compileMethod(m, *g_jit.cache, g_jit.printAssembly, g_jit.logInlining);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!r.entry) {
        m->jitRejected = true;
        if (g_jit.log) runtime::vmLog("jit", "not compiled " + m->externalName() + ": " + r.rejectReason);
        return;
    }
    m->compiledAtSeconds = runtime::vmUptimeSeconds();
    m->compileMillis = ms;
    m->machineCodeBytes = uint32_t(r.codeBytes);
    m->compiledCode = r.entry;
    m->osrCode = r.osrEntry;
    if (getsDirectEntry(r.mayHoldMonitor)) m->directEntry = r.directEntry;
    if (g_jit.log) {
        char line[160];
        std::snprintf(line, sizeof line, ": %u bytes of bytecode -> %u bytes of x86-64 in %.3f ms", m->codeLength,
                      m->machineCodeBytes, m->compileMillis);
        runtime::vmLog("jit", "compiled " + m->externalName() + line);
    }
    for (const auto& site : r.inlining) runtime::vmLog("jit+inline", m->externalName() + " " + site);
    if (g_jit.printAssembly) {
        std::fflush(stdout);
        std::printf("Compiled method %s:\n%s\n", m->externalName().c_str(), r.assembly.c_str());
        std::fflush(stdout);
    }
}

CompiledEntry tieringHook(JavaThread& thread, Method* m) {
    if (!m->compiledCode) {
        thread.compiledNativeStackLimit = g_jit.nativeStackLimit;  // one Java thread for now
        if (m->jitRejected || ++m->invocationCount < g_jit.threshold) return nullptr;
        compile(m);
        if (!m->compiledCode) return nullptr;
    }
    return nativeStackHasRoom() ? m->compiledCode : nullptr;
}

// Back-edges count towards compilation as invocations do, ten to one (a loop
// iteration is less work than a call).
runtime::OsrEntry osrHook(JavaThread& thread, Method* m) {
    if (!m->compiledCode) {
        thread.compiledNativeStackLimit = g_jit.nativeStackLimit;
        if (m->jitRejected || ++m->backedgeCount < g_jit.threshold * 10u) return nullptr;
        compile(m);
        if (!m->compiledCode) return nullptr;
    }
    return m->osrCode && nativeStackHasRoom() ? m->osrCode : nullptr;
}

const char* computeNativeStackLimit() {
    pthread_attr_t attr;
    void* low = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &low, &size);
        pthread_attr_destroy(&attr);
    }
    if (!low || size == 0) {
        // Unknown: assume 8 MiB below here, the usual main-thread default.
        size = 8u << 20;
        low = static_cast<char*>(__builtin_frame_address(0)) - size;
    }
    // A quarter is kept for the interpreter, natives and creating the StackOverflowError;
    // with an unlimited stack (ulimit -s unlimited) compiled code still uses at most 64 MiB.
    const char* byAttributes = static_cast<const char*>(low) + size / 4;
    const char* byCap = static_cast<const char*>(__builtin_frame_address(0)) - (size_t(64) << 20);
    return std::max(byAttributes, byCap);
}

}  // namespace

bool getsDirectEntry(bool mayHoldMonitor) { return !mayHoldMonitor && !g_jit.verifyReferenceMaps; }

bool nativeStackHasRoom() { return static_cast<const char*>(__builtin_frame_address(0)) > g_jit.nativeStackLimit; }

void install(runtime::Vm& vm) {
    const auto& o = vm.options;
    if (o.interpretOnly) return;
    g_jit.cache = std::make_unique<CodeCache>(o.perfMap);
    g_jit.threshold = o.compileAll ? 1 : (o.compileThreshold ? o.compileThreshold : 1);
    g_jit.log = o.logJit;
    g_jit.logInlining = o.logInlining;
    g_jit.printAssembly = o.printAssembly;
    g_jit.verifyReferenceMaps = o.verifyReferenceMaps;
    checkLibraryLayout();
    g_jit.nativeStackLimit = computeNativeStackLimit();
    runtime::g_tieringHook = &tieringHook;
    runtime::g_osrHook = &osrHook;
}

}  // namespace cortado::jit
