// Calling Java from C++ (class initializers, constructors of VM-raised
// exceptions, main). The interpreter registers its entry point at start-up,
// so runtime/ does not depend on interp/.
#pragma once
#include <initializer_list>
#include <string_view>

#include "runtime/Frame.h"
#include "runtime/Klass.h"

namespace cortado::runtime {

// Runs frames until the entry frame `entry` returns; leaves the result in
// thread's entry result (see callJava). Installed by interp/.
using InterpreterEntry = Slot (*)(JavaThread& thread, Frame* entry);
void setInterpreterEntry(InterpreterEntry entry);

// Invokes `method` (no dispatch: the caller selected it) with `args` as the
// argument slots (receiver first). Returns the result slot; on an exception
// the exception is pending and the result is 0.
Slot callJava(JavaThread& thread, Method* method, std::initializer_list<Slot> args);
Slot callJava(JavaThread& thread, Method* method, const Slot* args, size_t count);

// Calls a native method's C++ function, binding it first if needed.
Slot callNative(JavaThread& thread, Method* method, Slot* args);

}  // namespace cortado::runtime
