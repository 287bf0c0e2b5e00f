// A method's body: labels, instructions and the directives inside a method
// (.limit .line .var .throws .catch .stack .signature .deprecated .synthetic).
#pragma once
#include "classfile/writer/ClassWriter.h"
#include "tools/jasm/MethodState.h"
#include "tools/jasm/TokenCursor.h"

namespace cortado::jasm {

// Reads from after the .method line up to and including `.end method`, then
// appends the method (its Code, Exceptions and other attributes) to `cls`.
void assembleMethodBody(TokenCursor& in, classwriter::ClassWriter& cls, MethodState& method);

}  // namespace cortado::jasm
