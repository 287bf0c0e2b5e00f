// invokedynamic's operand (a Cortado extension: Jasmin has no syntax for it).
//   invokedynamic NAME(DESC)RET KIND OWNER/NAME(DESC)RET [ARG...]
// names the call site and its bootstrap method handle (KIND as below), then
// the bootstrap method's static arguments, each one of
//   int N | long N | float F | double D | string "S" | class NAME
//   | methodtype (DESC)RET | handle KIND SPEC
// Handle KINDs (JVMS 4.4.8): getfield getstatic putfield putstatic (SPEC is
// OWNER/NAME DESC), invokevirtual invokestatic invokespecial newinvokespecial
// invokeinterface, and invokestatic_interface / invokespecial_interface for
// an interface's static or private method (an InterfaceMethodref).
#pragma once
#include <cstdint>

#include "classfile/writer/ClassWriter.h"
#include "tools/jasm/TokenCursor.h"

namespace cortado::jasm {

// The CONSTANT_InvokeDynamic index, its bootstrap method recorded in `cls`.
uint16_t invokeDynamicOperand(TokenCursor& in, classwriter::ClassWriter& cls);

}  // namespace cortado::jasm
