// The slow paths of the interpreter, shared with the JIT: resolution plus
// quickening, interface selection, exception-handler lookup. Each resolve*
// takes the instruction at `pc`, resolves its constant-pool reference, fills
// the class's constant-pool cache, rewrites the instruction to its quick form
// when that is safe (the class involved is initialized), and returns the quick
// opcode to execute now — or 0 with an exception pending.
#pragma once
#include <cstdint>

#include "classfile/Descriptor.h"
#include "runtime/Klass.h"

namespace cortado::interp {

uint8_t resolveFieldAccess(runtime::JavaThread& thread, runtime::Klass* current, uint8_t* pc);
uint8_t resolveInvoke(runtime::JavaThread& thread, runtime::Klass* current, uint8_t* pc);
// invokedynamic: links a new call site for this instruction occurrence
// (runtime/CallSiteLinking.h), numbers it in the instruction and rewrites it
// to invokedynamic_quick, also when linking failed with a LinkageError (the
// site then rethrows it, JVMS 5.4.3.6); after any other failure the
// instruction stays as it is and the next execution links again.
uint8_t linkInvokedynamic(runtime::JavaThread& thread, runtime::Klass* current, uint8_t* pc);
// A linked invokedynamic call site of a form other than Invoke (whose static
// method each tier calls as it calls an invokestatic's, JVMS 6.5
// invokedynamic), with its argSlots arguments at `args` on the operand stack
// (they stay there, visible to the GC): Constant and Native replace them with
// the result (returnSlots of it); Failed throws its link error again (JVMS
// 5.4.3.6). The interpreter and the JIT both run call sites through this one
// definition. false with an exception pending.
bool runLinkedCallSite(runtime::JavaThread& thread, const runtime::CallSite& site, runtime::Slot* args);
// new, anewarray, checkcast, instanceof.
uint8_t resolveClassUse(runtime::JavaThread& thread, runtime::Klass* current, uint8_t* pc);

// JVMS 6.5 invokeinterface selection for a receiver class; nullptr with
// IncompatibleClassChangeError / AbstractMethodError pending on failure.
runtime::Method* selectInterfaceMethod(runtime::JavaThread& thread, runtime::Klass* receiver, runtime::Method* resolved);
void throwAbstractMethodError(runtime::JavaThread& thread, runtime::Object* receiver, runtime::Method* method);

// The quick form resolveFieldAccess gives getfield/putfield/getstatic/putstatic
// (`fieldOpcode`) of a field of type `type` (known from the descriptor alone).
uint8_t quickFieldOpcodeFor(uint8_t fieldOpcode, classfile::BasicType type);

// ldc/ldc_w of a String, Class (or other resolvable) constant: resolves it into
// the cache and rewrites the instruction to ldc_quick/ldc_w_quick.
uint8_t resolveLdc(runtime::JavaThread& thread, runtime::Klass* current, uint8_t* pc);

// The method a quick invoke (invokevirtual_quick, invokedirect_quick,
// invokestatic_quick, invokeinterface_quick) calls for `receiver` (null for
// invokestatic), updating invokeinterface's inline cache; nullptr with an
// exception pending (a null receiver is left to the caller's null check).
runtime::Method* selectQuickInvokeTarget(runtime::JavaThread& thread, uint8_t quickOpcode, runtime::CpCacheEntry& e,
                                         runtime::Object* receiver);

// monitorenter/monitorexit of a non-null object by `frame` (JVMS 6.5), with
// the lock record that releases it if the frame unwinds (JVMS 2.11.10).
// exitMonitor fails (false, IllegalMonitorStateException pending) if the
// thread does not hold the monitor.
void enterMonitor(runtime::JavaThread& thread, runtime::Frame* frame, runtime::Object* o);
bool exitMonitor(runtime::JavaThread& thread, runtime::Frame* frame, runtime::Object* o);

// multianewarray at `pc` with its `dims` counts on top of the stack `sp`
// (JVMS 6.5); nullptr with an exception pending on failure.
runtime::Array* multianewarray(runtime::JavaThread& thread, runtime::Klass* current, const uint8_t* pc,
                               const runtime::Slot* sp);

// The exceptions a bytecode raises implicitly (JVMS 6.5), with HotSpot's
// messages. The frame's pc must be the failing instruction (its helpful
// NullPointerException message, JEP 358, is computed from it).
void throwNullPointer(runtime::JavaThread& thread, runtime::Frame* frame);
void throwArrayIndexOutOfBounds(runtime::JavaThread& thread, int32_t index, int32_t length);
void throwDivisionByZero(runtime::JavaThread& thread);

// JVMS 6.5 newarray atype -> element type.
classfile::BasicType newarrayElementType(uint8_t atype);

// JVMS 2.10: the handler for the pending exception at `bci`, or -1.
int32_t findExceptionHandler(runtime::JavaThread& thread, runtime::Method* method, uint32_t bci);

}  // namespace cortado::interp
