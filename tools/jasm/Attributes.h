// Attributes written the same way wherever a directive appears (class, field
// or method): Signature, Deprecated, Synthetic.
#pragma once
#include <cstdint>
#include <string>

#include "classfile/writer/ClassWriter.h"
#include "tools/jasm/TokenCursor.h"

namespace cortado::jasm {

// A body holding one u2, e.g. a constant pool index.
classwriter::Bytes u2Body(uint16_t v);

// Reads `"SIG"` after .signature and ends the statement (JVMS 4.7.9).
classwriter::Attribute signatureAttribute(TokenCursor& in, classwriter::ClassWriter& cls);

// .deprecated or .synthetic: an attribute with no body (JVMS 4.7.15, 4.7.8).
classwriter::Attribute markerAttribute(TokenCursor& in, classwriter::ClassWriter& cls, const std::string& directive);

}  // namespace cortado::jasm
