#include "tools/jasm/AccessFlags.h"

#include <utility>

#include "classfile/ClassFile.h"

namespace cortado::jasm {

namespace acc = classfile::acc;

static std::optional<uint16_t> flagOf(std::string_view w) {
    static const std::pair<std::string_view, uint16_t> kFlags[] = {
        {"public", acc::PUBLIC},       {"private", acc::PRIVATE},     {"protected", acc::PROTECTED},
        {"static", acc::STATIC},       {"final", acc::FINAL},         {"super", acc::SUPER},
        {"synchronized", acc::SYNCHRONIZED}, {"volatile", acc::VOLATILE}, {"bridge", acc::BRIDGE},
        {"transient", acc::TRANSIENT}, {"varargs", acc::VARARGS},     {"native", acc::NATIVE},
        {"interface", acc::INTERFACE}, {"abstract", acc::ABSTRACT},   {"strictfp", acc::STRICT},
        {"synthetic", acc::SYNTHETIC}, {"annotation", acc::ANNOTATION}, {"enum", acc::ENUM},
    };
    for (auto [name, bit] : kFlags)
        if (name == w) return bit;
    return std::nullopt;
}

uint16_t readAccessFlags(TokenCursor& in) {
    uint16_t flags = 0;
    // A keyword is a flag only when a name still follows it on the line.
    while (in.peek().kind == Token::Word && (in.peek(1).kind == Token::Word || in.peek(1).kind == Token::String)) {
        auto bit = flagOf(in.peek().text);
        if (!bit) break;
        flags |= *bit;
        in.next();
    }
    return flags;
}

}  // namespace cortado::jasm
