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

// After `ldc` / `ldc_w`: `methodtype (DESC)RET` or `handle KIND SPEC`, the
// loadable constants of version 51 (JVMS 4.4.8, 4.4.9). `kind` was just read.
uint16_t methodTypeOrHandle(TokenCursor& in, classwriter::ClassWriter& cls, const std::string& kind);

}  // namespace cortado::jasm
