// The Jasmin assembler: one .j source in, one class file out. See
// docs/assembler.md for the syntax.
#pragma once
#include <string>
#include <string_view>

#include "classfile/writer/ByteSink.h"

namespace cortado::jasm {

struct AssembledClass {
    std::string name;  // internal form, e.g. "examples/Switch": where the file goes
    classwriter::Bytes bytes;
};

// Throws SyntaxError (with the line) for anything it cannot assemble.
// `sourceName` is the default SourceFile attribute, as Jasmin does.
AssembledClass assemble(std::string_view source, std::string_view sourceName);

}  // namespace cortado::jasm
