#include "tools/jasm/Attributes.h"

#include "classfile/ModifiedUtf8.h"

namespace cortado::jasm {

classwriter::Bytes u2Body(uint16_t v) {
    classwriter::Bytes b;
    classwriter::put2(b, v);
    return b;
}

classwriter::Attribute signatureAttribute(TokenCursor& in, classwriter::ClassWriter& cls) {
    const Token& t = in.string("a quoted signature");
    auto a = cls.attribute("Signature", u2Body(cls.pool.utf8Raw(classfile::encodeModifiedUtf8(t.value))));
    in.endOfStatement("the signature");
    return a;
}

classwriter::Attribute markerAttribute(TokenCursor& in, classwriter::ClassWriter& cls, const std::string& directive) {
    in.endOfStatement(directive);
    return cls.attribute(directive == ".deprecated" ? "Deprecated" : "Synthetic", {});
}

}  // namespace cortado::jasm
