// The C++ functions compiled code calls (docs/jit.md "Helpers"). Each is a
// thin adapter with a plain C calling convention over the code the
// interpreter uses for the same job (interp/SlowPaths, runtime/Allocation,
// runtime/Resolution), so the two tiers share every rule.
//
// Contract: before calling one that can allocate, throw or call Java, compiled
// code has written frame->pc (the current instruction) and frame->sp (its
// operand-stack top), and keeps every Java value in its frame slot; after the
// call it reloads what it needs from the slots (the GC may have moved it).
// "Fails" means: returns 0/nullptr with an exception pending.
#pragma once
#include <cstdint>

#include "runtime/CompiledCode.h"
#include "runtime/Frame.h"
#include "runtime/Klass.h"

namespace cortado::jit::helpers {

using runtime::Frame;
using runtime::JavaThread;
using runtime::Klass;
using runtime::Object;

// Implicit exceptions of JVMS 6.5 (they always leave one pending).
void throwNullPointer(JavaThread* thread, Frame* frame);
void throwArrayIndex(JavaThread* thread, int32_t index, int32_t length);
void throwDivisionByZero(JavaThread* thread);
void throwArrayStore(JavaThread* thread, Object* value);
void throwClassCast(JavaThread* thread, Object* object, Klass* target);
void throwObject(JavaThread* thread, Object* exception);  // athrow of a non-null reference

// A safepoint poll's slow path (runtime/Safepoint.h); frame->pc and sp are saved.
// May collect; fails only if a safepoint operation left an exception pending.
void safepoint(JavaThread* thread, Frame* frame);

// Resolution plus quickening of the instruction at `pc` (interp/SlowPaths);
// return the quick opcode, 0 on failure. `expected` is what the compiler
// planned for; anything else is a VM bug and aborts.
uint8_t resolveField(JavaThread* thread, Frame* frame, uint8_t* pc, uint32_t expected);
uint8_t resolveClassUse(JavaThread* thread, Frame* frame, uint8_t* pc, uint32_t expected);
uint8_t resolveLdc(JavaThread* thread, Frame* frame, uint8_t* pc);

// What one call site of compiled code needs to select and call its callee
// without leaving machine code (TemplatesInvoke.cpp), filled by its slow path.
//
// An inline cache, first: the compiled callee it last called, for one
// receiver class (nullptr: a direct call, any receiver), with the callee's
// frame layout, so that a monomorphic call costs one compare. Filled once, the
// first time the slow path sees the selected callee has a Method::directEntry;
// never replaced.
//
// Then the selection itself, for a receiver of another class: the same
// selection as interp::selectQuickInvokeTarget from the same resolution, as
// data (`dispatch`), filled once the instruction is resolved and quickened.
struct CallSiteCache {
    const void* code = nullptr;  // the cached callee's directEntry; null: no inline cache yet
    runtime::Method* callee = nullptr;
    Klass* receiverClass = nullptr;
    int64_t frameOffset = 0;              // bytes from the arguments to the callee's Frame
    int64_t frameEnd = 0;                 // bytes from the arguments to the end of its operand stack

    static constexpr int64_t kDirect = -1;     // `method` is the callee (static, special, final, private)
    static constexpr int64_t kInterface = -2;  // the receiver class's itable entry for `interface`
    runtime::Method* method = nullptr;  // the resolved method; null until the instruction is quick
    // kDirect, kInterface, or (>= 0) the byte offset of the callee in the receiver class's vtable.
    int64_t dispatch = kDirect;
    Klass* interface = nullptr;  // kInterface: the resolved method's interface...
    int64_t itableOffset = 0;    // ...and the byte offset of its implementation in that itable entry
};
// A counter of the traps an inlined call site took (TemplatesInline.cpp),
// zero at first; machine code refers to it, so it lives as long as the VM.
uint32_t* newInlineTrapCounter();
CallSiteCache* newCallSiteCache();  // lives as long as the VM

// Any invoke instruction at `pc` (resolving it first if needed), with its
// arguments on top of the frame's operand stack (frame->sp); the result, if
// any, replaces them. The callee runs through the interpreter's entry, which
// runs its compiled code if it has some. Fails with the exception pending.
// Fills `site` when the call can take the inline path next time.
void invoke(JavaThread* thread, Frame* frame, uint8_t* pc, CallSiteCache* site);
// invokedynamic (JVMS 6.5): links the call site at `pc` for the resolve guard
// (interp::linkInvokedynamic); `expected` is invokedynamic_quick.
uint8_t linkInvokedynamic(JavaThread* thread, Frame* frame, uint8_t* pc, uint32_t expected);
// The linked invokedynamic_quick at `pc`, its arguments on top of frame->sp:
// an Invoke site calls its static method as `invoke` calls an invokestatic's
// (filling `site` for the inline path); the other forms run through the
// interpreter's interp::runLinkedCallSite. Fails with the exception pending.
void invokedynamic(JavaThread* thread, Frame* frame, uint8_t* pc, CallSiteCache* site);
// Finishes a callee frame the inline path pushed, after it bailed out.
runtime::Slot finishCallee(JavaThread* thread, runtime::Slot result);
// An inlined callee's frame, pushed at an instruction its inlined body does
// not do (the top frame): the interpreter runs it to its return
// (interp::resumeCompiledFrame) and pops it; its result, or an exception pending.
runtime::Slot resumeInlinedCallee(JavaThread* thread);

// Allocation (runtime/Allocation). Fail with OutOfMemoryError or
// NegativeArraySizeException pending.
Object* newInstance(JavaThread* thread, Klass* klass);
Object* newObjectArray(JavaThread* thread, Klass* arrayClass, int32_t length);
Object* newPrimitiveArray(JavaThread* thread, uint32_t atype, int32_t length);

// monitorenter/monitorexit of a non-null object, and multianewarray (its
// counts on top of frame->sp), shared with the interpreter (interp/SlowPaths).
void monitorEnter(JavaThread* thread, Frame* frame, Object* o);
uint32_t monitorExit(JavaThread* thread, Frame* frame, Object* o);
Object* multianewarray(JavaThread* thread, Frame* frame, const uint8_t* pc);

// Type tests that cannot fail or allocate.
uint32_t isSubclassOf(Klass* klass, Klass* of);

// JVMS 6.5 conversions and remainders shared with the interpreter (interp/JavaArithmetic.h).
int32_t f2i(float v);
int64_t f2l(float v);
int32_t d2i(double v);
int64_t d2l(double v);
float frem(float a, float b);
double drem(double a, double b);

}  // namespace cortado::jit::helpers
