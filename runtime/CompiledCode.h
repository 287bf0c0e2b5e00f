// How the interpreter hands a frame to compiled code (jit/), without runtime/
// or interp/ depending on jit/ (DESIGN.md "Layout": arrows point down).
//
// Compiled code uses the interpreter's frame layout (runtime/Frame.h), so the
// hand-over is a call: the frame is pushed as for interpretation and its
// method's machine code runs it to the end. It returns the method's result;
// if it returns with an exception pending, it has "bailed out": frame->pc and
// frame->sp describe the instruction that threw, and the interpreter looks up
// the handler and unwinds exactly as for an interpreted frame (docs/jit.md).
#pragma once
#include "runtime/Frame.h"

namespace cortado::runtime {

class JavaThread;

using CompiledEntry = Slot (*)(JavaThread* thread, Frame* frame);

// Installed by jit::install (left null under -Xint): called when a frame of
// `method` starts; returns the code to run it with, or nullptr to interpret.
// It counts invocations and compiles hot methods (jit/Tiering).
using TieringHook = CompiledEntry (*)(JavaThread& thread, Method* method);
extern TieringHook g_tieringHook;

// On-stack replacement: an interpreted frame that takes a backward branch to
// `bci` (a loop header) may continue in its method's compiled code from there
// (the frame layout is the same, so nothing is translated). The entry returns
// as a CompiledEntry does.
using OsrEntry = Slot (*)(JavaThread* thread, Frame* frame, uint32_t bci);
// Installed by jit::install: counts back-edges; returns the entry to continue
// the frame with, or nullptr to keep interpreting.
using OsrHook = OsrEntry (*)(JavaThread& thread, Method* method);
extern OsrHook g_osrHook;

}  // namespace cortado::runtime
