// The interpreter's per-instruction hook for the debugger (`cortado --debug`,
// interp/Debugger.h). It is called before every instruction of every frame the
// interpreter runs, with the frame's pc and sp saved, while it is set.
//
// Cost when not debugging: nothing per instruction. The interpreter picks its
// dispatch table once per entry (like -Xprof:bytecodes' counting table); only
// when a hook is set is it the table whose every entry calls the hook first.
#pragma once
#include "runtime/JavaThread.h"

namespace cortado::interp {

using DebugHook = void (*)(runtime::JavaThread& thread, runtime::Frame* frame);

extern DebugHook g_debugHook;  // nullptr unless debugging

// Set before any Java code runs: the interpreter chooses its table per entry.
inline void setDebugHook(DebugHook hook) { g_debugHook = hook; }

}  // namespace cortado::interp
