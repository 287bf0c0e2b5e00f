// Helpful NullPointerException messages (JEP 358, JDK-8218628).
//
// When the VM itself raises a NullPointerException (a getfield, an invoke, an
// array access... on null), HotSpot 17 describes what failed and where the null
// came from, e.g.
//   Cannot invoke "String.length()" because "<local1>" is null
//   Cannot read field "next" because "this.head" is null
//   Cannot store to object array because the return value of "Foo.get()" is null
// Programs print e.getMessage(), so Cortado computes the same text, by the same
// algorithm: abstract interpretation of the method's operand stack up to the
// failing instruction, recording which instruction pushed each stack slot.
#pragma once
#include <cstdint>
#include <string>

#include "classfile/ClassFile.h"

namespace cortado::runtime {

struct Method;

// The message HotSpot gives a NullPointerException raised implicitly by the
// instruction at `bci` of `method`, or "" when HotSpot gives none (the
// instruction cannot raise one, or the bytecode is odd). Reads the method's
// original bytecode (method.info->code), never the quickened copy.
std::string helpfulNullPointerMessage(const Method& method, uint32_t bci);

// The same for a method given as class-file data (for tests and tools).
std::string helpfulNullPointerMessage(const classfile::ConstantPool& cp, const classfile::MethodInfo& method,
                                      bool isStatic, uint32_t bci);

}  // namespace cortado::runtime
