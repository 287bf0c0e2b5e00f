// Which int locals of a method its compiled code keeps in callee-saved
// registers (docs/jit.md "Register locals"): one scan of the class file's code
// per compilation, as Templates' other method-wide facts.
#pragma once
#include <cstdint>
#include <vector>

#include "runtime/Klass.h"

namespace cortado::jit {

// Up to `maxRegisters` local indices, best first. A candidate is read and
// written only as an int (iload, istore, iinc, their wide and _n forms, and
// Cortado's iload_iadd) and never touched by any other local instruction,
// including the second slot of a long or double at the index below; an
// argument slot must be declared int, short, char, byte or boolean. Only
// locals used inside a loop (between a backward branch's target and the
// branch) are chosen, by their uses weighted by loop depth: elsewhere a
// register saves a load or two per invocation and costs its save, restore and
// write-backs at every call.
std::vector<uint32_t> chooseRegisterLocals(const runtime::Method* method, size_t maxRegisters);

}  // namespace cortado::jit
