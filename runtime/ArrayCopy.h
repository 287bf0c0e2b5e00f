// System.arraycopy's common case, shared by its native (natives/SystemNatives.cpp)
// and compiled code, which calls it directly at an invokestatic of
// System.arraycopy (jit/TemplatesInvoke.cpp, docs/jit.md "Calls"): a leaf
// function, which neither allocates, throws nor reaches a safepoint, so a
// compiled caller needs no frame state for it.
#pragma once
#include <cstdint>

#include "runtime/Object.h"

namespace cortado::runtime {

// Copies and returns true if the copy needs no check per element and throws
// nothing (JVMS/Javadoc of System.arraycopy: both arrays, of the same
// primitive type or a reference source whose class is a subclass of the
// destination's, positions and length in bounds); otherwise returns false
// with nothing done, and the caller takes the full path, which throws or
// checks each element.
bool copyArrayUnchecked(Object* src, int32_t srcPos, Object* dst, int32_t dstPos, int32_t length);

}  // namespace cortado::runtime
