// A Java frame on the thread's Java stack (DESIGN.md "Frames and GC roots").
//
//   [ locals 0 .. maxLocals-1 ][ Frame header ][ operand stack 0 .. maxStack-1 ]
//
// A caller's outgoing arguments, on top of its operand stack, become the first
// locals of the callee: no copying on calls. Interpreted and compiled code use
// this one layout, so stack walking, exception unwinding and GC root scanning
// work one way for both tiers.
#pragma once
#include <cstdint>

#include "runtime/Object.h"

namespace cortado::runtime {

struct Method;

struct Frame {
    Frame* caller;
    Method* method;
    const uint8_t* pc;   // the current instruction (saved whenever the frame is not executing)
    Slot* locals;
    Slot* sp;            // next free operand-stack slot (saved at safepoints)
    uint32_t flags;
    uint32_t reserved_;

    static constexpr uint32_t kEntryFrame = 1;  // returns to C++ (JavaCalls) rather than to Java
    // Set by whoever runs a frame's compiled code (the interpreter, jit
    // helpers::callSelected and compiled call sites before calling its entry,
    // the OSR entry's prologue) and cleared when the interpreter takes a frame
    // over: what the -Xprof sampler reads as the tier.
    static constexpr uint32_t kCompiledFrame = 2;

    Slot* stackBase() { return reinterpret_cast<Slot*>(this + 1); }
    uint32_t bci() const;  // bytecode index of pc
};

static_assert(sizeof(Frame) % sizeof(Slot) == 0);
constexpr int kFrameHeaderSlots = sizeof(Frame) / sizeof(Slot);

}  // namespace cortado::runtime
