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
// new, anewarray, checkcast, instanceof.
uint8_t resolveClassUse(runtime::JavaThread& thread, runtime::Klass* current, uint8_t* pc);

// JVMS 6.5 invokeinterface selection for a receiver class; nullptr with
// IncompatibleClassChangeError / AbstractMethodError pending on failure.
runtime::Method* selectInterfaceMethod(runtime::JavaThread& thread, runtime::Klass* receiver, runtime::Method* resolved);
void throwAbstractMethodError(runtime::JavaThread& thread, runtime::Object* receiver, runtime::Method* method);

// JVMS 6.5 newarray atype -> element type.
classfile::BasicType newarrayElementType(uint8_t atype);

// JVMS 2.10: the handler for the pending exception at `bci`, or -1.
int32_t findExceptionHandler(runtime::JavaThread& thread, runtime::Method* method, uint32_t bci);

}  // namespace cortado::interp
