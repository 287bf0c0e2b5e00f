// The bytecode interpreter: threaded dispatch (computed goto; a switch when
// built with CORTADO_SWITCH_DISPATCH, for debugging), quickening of resolved
// constant-pool references, frames on the thread's Java stack.
#pragma once
#include "runtime/JavaThread.h"

namespace cortado::interp {

// Registers the interpreter as the runtime's way to run Java code.
void install();

// Runs from `entry` (already pushed) until it returns; returns its result.
// An exception that escapes `entry` is left pending.
runtime::Slot execute(runtime::JavaThread& thread, runtime::Frame* entry);

// Finishes an entry frame whose compiled code the JIT called directly and
// which returned `result` or bailed out (exception pending): the return
// (monitor checks, popping the frame) or the handler lookup and unwinding,
// exactly as for an interpreted frame; the rest of the frame may run here.
runtime::Slot finishCompiledFrame(runtime::JavaThread& thread, runtime::Frame* entry, runtime::Slot result);

// Runs an entry frame that compiled code pushed and stopped in (an inlined
// callee at an instruction it does not do inline, jit/TemplatesInline.cpp)
// from its pc and sp until it returns, as execute() would have.
runtime::Slot resumeCompiledFrame(runtime::JavaThread& thread, runtime::Frame* entry);

}  // namespace cortado::interp
