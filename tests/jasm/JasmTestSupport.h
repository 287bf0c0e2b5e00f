// Helpers for the assembler's unit tests: assemble a snippet, read the
// resulting class back with Cortado's own class-file parser.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "classfile/ClassFile.h"
#include "tools/jasm/Assembler.h"
#include "tools/jasm/SyntaxError.h"

namespace cortado::jasm::test {

// A class T with one static method m()V whose body is `body`.
inline std::string classWith(const std::string& body, const std::string& header = "") {
    return header + ".class public T\n.super java/lang/Object\n.method public static m()V\n" + body +
           "\n.end method\n";
}

inline classfile::ClassFile parse(const AssembledClass& c) { return classfile::parseClassFile(c.bytes); }

inline classfile::ClassFile assembleAndParse(const std::string& source) {
    return parse(assemble(source, "T.j"));
}

// The SyntaxError assembling `source` throws ("" and line 0 if none).
struct ErrorSeen {
    int line = 0;
    std::string message;
};
inline ErrorSeen errorOf(const std::string& source) {
    try {
        assemble(source, "T.j");
    } catch (const SyntaxError& e) {
        return {e.line(), e.what()};
    }
    return {};
}

}  // namespace cortado::jasm::test
