// Compiles one method to x86-64 (docs/jit.md): checks that it can be
// compiled, runs the templates over its bytecode and installs the result in
// the code cache.
#pragma once
#include <string>
#include <vector>

#include "jit/CodeCache.h"
#include "runtime/CompiledCode.h"
#include "runtime/Klass.h"

namespace cortado::jit {

struct CompileResult {
    // The C++ entries (Templates::emitCxxEntry): nullptr, the method stays interpreted.
    runtime::CompiledEntry entry = nullptr;
    runtime::OsrEntry osrEntry = nullptr;    // nullptr: no loops
    const void* directEntry = nullptr;       // compiled callers' entry (their own convention: docs/jit.md "Calls")
    std::string rejectReason;
    size_t codeBytes = 0;
    bool mayHoldMonitor = false;  // Templates::mayHoldMonitor
    std::string assembly;  // when asked for (-XX:+PrintAssembly)
    std::vector<std::string> inlining;  // when asked for (-Xlog:jit+inline): one line per call site
};

CompileResult compileMethod(runtime::Method* method, CodeCache& cache, bool wantAssembly, bool wantInlining = false);

}  // namespace cortado::jit
