// When a method gets compiled (the tiering policy), and jit::install, which
// makes the interpreter hand frames of compiled methods to their code
// (runtime/CompiledCode.h).
//
// Policy: a method is compiled at its CompileThreshold-th invocation
// (-XX:CompileThreshold=N, default 1000; -Xcomp: at the first); -Xint never
// installs the JIT. A method the JIT cannot compile is marked and stays
// interpreted; -Xlog:jit says why.
#pragma once
#include "runtime/Vm.h"

namespace cortado::jit {

void install(runtime::Vm& vm);

// Whether the C++ stack has room for another compiled frame (compiled calls
// nest on it; near its end methods run interpreted instead).
bool nativeStackHasRoom();

// Whether a compiled method gets a Method::directEntry, i.e. compiled callers
// push its frame and call its code themselves: not if it may hold a monitor
// when it returns, nor under --verify-refmaps (every call checks the maps).
bool getsDirectEntry(bool mayHoldMonitor);

}  // namespace cortado::jit
