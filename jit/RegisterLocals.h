// Which locals of a method its compiled code keeps in registers (docs/jit.md
// "Register locals"): one scan of the class file's code per compilation, as
// Templates' other method-wide facts.
#pragma once
#include <cstdint>
#include <vector>

#include "runtime/Klass.h"

namespace cortado::jit {

struct RegisterLocalChoice {
    // Int and reference locals for callee-saved registers, best first (they
    // share the registers: together at most `maxGprs`).
    std::vector<uint32_t> ints;
    std::vector<uint32_t> refs;
    // Float and double locals for xmm registers, best first.
    struct Fp {
        uint32_t index;
        bool isDouble;
    };
    std::vector<Fp> fps;
};

// Up to `maxGprs` int or reference and `maxFps` float or double local
// indices. A candidate is read and written only as one type (an int: iload,
// istore, iinc, their wide and _n forms, and Cortado's iload_iadd; a
// reference: aload and astore; a float: fload and fstore; a double: dload and
// dstore) and never touched by any other local instruction, including as the
// second slot of a long or double at the index below (and a double's second
// slot by nothing at all); an argument slot must be declared that type (int,
// short, char, byte or boolean for an int; a class or array type, or `this`,
// for a reference). A reference local's register is reloaded from its slot
// after every point the GC may run (Templates::reloadRefLocals). Only
// locals used inside a loop (between a backward branch's target and the
// branch) are chosen, by their uses weighted by loop depth: elsewhere a
// register saves a load or two per invocation and costs its save, restore and
// write-backs at every call. An xmm register is caller-saved, so every call
// (but a Math intrinsic) costs a float or double register local a store and a
// reload: such a local is taken only if its weighted uses outnumber the
// method's weighted calls.
RegisterLocalChoice chooseRegisterLocals(const runtime::Method* method, size_t maxGprs, size_t maxFps);

}  // namespace cortado::jit
