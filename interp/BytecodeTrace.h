// --trace-bytecodes[=Class.method]: one line per interpreted instruction with
// the operand stack before it runs, for students following the interpreter.
// Only the interpreter traces (the launcher implies -Xint). It shares the
// counting dispatch table of -Xprof:bytecodes, so when off it costs nothing
// in the dispatch loop (Interpreter.cpp picks the table once per entry).
#pragma once
#include <cstdint>
#include <string>

#include "runtime/Object.h"

namespace cortado::runtime {
struct Frame;
}

namespace cortado::interp {

extern bool g_traceBytecodes;
inline bool bytecodeTracingEnabled() { return g_traceBytecodes; }
// `filter`: empty for every method, "method", "Class" or "Class.method"
// (Class as a binary name, dots or slashes).
void enableBytecodeTracing(const std::string& filter);
// Prints the instruction at `pc` of `frame`'s method, with stack slots [stackBase, sp).
void traceBytecode(runtime::Frame* frame, const uint8_t* pc, const runtime::Slot* sp);

}  // namespace cortado::interp
