#include "tools/jasm/MethodBody.h"

#include <optional>

#include "classfile/ModifiedUtf8.h"
#include "classfile/writer/WriteError.h"
#include "tools/jasm/Attributes.h"
#include "tools/jasm/FrameComputation.h"
#include "tools/jasm/Assembler.h"
#include "tools/jasm/Instructions.h"
#include "tools/jasm/Numbers.h"
#include "tools/jasm/StackDirective.h"

namespace cortado::jasm {

using classwriter::Bytes;
using classwriter::ClassWriter;
using classwriter::put2;

namespace {

void methodDirective(TokenCursor& in, ClassWriter& cls, MethodState& m, const std::string& d);

void methodStatement(TokenCursor& in, ClassWriter& cls, MethodState& m) {
    // Labels: NAME ':' (several may precede one instruction).
    while (in.peek().kind == Token::Word && in.peek(1).kind == Token::Colon) {
        int line = in.line();
        std::string name = in.next().text;
        in.next();
        auto l = m.label(name, line);
        if (!m.code.bind(l)) throw SyntaxError(line, "label '" + name + "' is defined twice");
        m.hasCode = true;
    }
    if (in.atEndOfLine()) return;
    std::string w = in.word("an instruction or directive");
    if (w[0] == '.') return methodDirective(in, cls, m, w);
    auto op = instructionOpcode(w);
    if (!op) throw SyntaxError(in.line(), "expected an instruction or directive, found '" + w + "'");
    assembleInstruction(in, m, cls, *op);
}

void methodDirective(TokenCursor& in, ClassWriter& cls, MethodState& m, const std::string& d) {
    auto& pool = cls.pool;
    if (d == ".limit") {
        std::string what = in.word("'stack' or 'locals' after .limit");
        if (what != "stack" && what != "locals")
            throw SyntaxError(in.line(), "expected 'stack' or 'locals' after .limit, found '" + what + "'");
        auto n = static_cast<uint16_t>(in.integer("a number after .limit " + what, 0, 65535));
        (what == "stack" ? m.maxStack : m.maxLocals) = n;
        m.hasCode = true;
        in.endOfStatement(".limit " + what);
    } else if (d == ".line") {
        auto n = static_cast<uint16_t>(in.integer("a line number after .line", 0, 65535));
        m.code.addLine(n, m.here());
        in.endOfStatement(".line");
    } else if (d == ".var") {
        // .var SLOT is NAME DESCRIPTOR [signature "SIG"] [from LABEL to LABEL]
        auto slot = static_cast<uint16_t>(in.integer("a local variable index after .var", 0, 65535));
        in.keyword("is");
        uint16_t name = pool.utf8(in.word("a variable name after 'is'"));
        uint16_t descriptor = pool.utf8(in.word("a descriptor after the variable name"));
        uint16_t signature = 0;  // JasminXT: .var ... signature "SIG" [from ...]
        if (in.atWord("signature")) {
            in.next();
            signature = pool.utf8Raw(classfile::encodeModifiedUtf8(in.string("a quoted signature").value));
        }
        std::optional<classwriter::CodeBuilder::Label> from, to;
        if (!in.atEndOfLine()) {
            in.keyword("from");
            int line = in.line();
            from = m.label(in.word("a label after 'from'"), line);
            in.keyword("to");
            to = m.label(in.word("a label after 'to'"), line);
        }
        m.code.addLocal(slot, name, descriptor, from, to, signature);
        in.endOfStatement(".var");
    } else if (d == ".throws") {
        m.exceptions.push_back(pool.classRef(in.word("a class name after .throws")));
        in.endOfStatement(".throws");
    } else if (d == ".catch") {
        // .catch CLASS|all from LABEL to LABEL using LABEL
        std::string c = in.word("an exception class or 'all' after .catch");
        uint16_t type = c == "all" ? 0 : pool.classRef(c);
        int line = in.line();
        in.keyword("from");
        auto from = m.label(in.word("a label after 'from'"), line);
        in.keyword("to");
        auto to = m.label(in.word("a label after 'to'"), line);
        in.keyword("using");
        auto handler = m.label(in.word("a label after 'using'"), line);
        m.code.addHandler(from, to, handler, type);
        m.hasCode = true;
        in.endOfStatement(".catch");
    } else if (d == ".stack") {
        assembleStackFrame(in, m, cls);
    } else if (d == ".signature" || d == ".signature_attr") {
        m.attributes.push_back(signatureAttribute(in, cls));
    } else if (d == ".deprecated" || d == ".synthetic") {
        m.attributes.push_back(markerAttribute(in, cls, d));
    } else {
        throw SyntaxError(in.line(), "expected an instruction or a method directive (.limit .line .var .throws "
                                      ".catch .stack .signature .deprecated .synthetic .end method), found '" + d + "'");
    }
}

void finishMethod(ClassWriter& cls, MethodState& m, int line) {
    for (const auto& [name, info] : m.labels) {
        if (m.code.isBound(info.label)) continue;
        // A number that names no label is a bytecode offset (JasminXT: `goto 12`).
        if (auto pc = parseInteger(name); pc && *pc >= 0 && *pc <= 65535 && name.find_first_not_of("0123456789") == std::string::npos) {
            m.code.bindAt(info.label, static_cast<uint32_t>(*pc));
            continue;
        }
        throw SyntaxError(info.firstUse, "label '" + name + "' is used but never defined in method " + m.name);
    }
    if (m.wideNext) throw SyntaxError(line, "'wide' at the end of method " + m.name + " widens nothing");
    classwriter::Member member;
    member.access = m.access;
    member.name = cls.pool.utf8(m.name);
    member.descriptor = cls.pool.utf8(m.descriptor);
    if (m.hasCode) {
        try {
            if (m.computeAsked || (m.computeByDefault && !m.handWrittenFrames))
                if (!m.options || !m.options->leaveFramesOut) computeFrames(cls, m, line);
            // Jasmin's limits when .limit is left out: 1 and 1.
            member.attributes.push_back(m.code.finish(cls, m.maxStack.value_or(1), m.maxLocals.value_or(1)));
        } catch (const classwriter::WriteError& e) {
            throw SyntaxError(line, std::string("in method ") + m.name + m.descriptor + ": " + e.what());
        }
    }
    if (!m.exceptions.empty()) {
        Bytes body;
        put2(body, static_cast<uint32_t>(m.exceptions.size()));
        for (uint16_t e : m.exceptions) put2(body, e);
        member.attributes.push_back(cls.attribute("Exceptions", std::move(body)));
    }
    for (auto& a : m.attributes) member.attributes.push_back(std::move(a));
    cls.methods.push_back(std::move(member));
}

}  // namespace

void assembleMethodBody(TokenCursor& in, ClassWriter& cls, MethodState& m) {
    for (;;) {
        in.skipBlankLines();
        if (in.peek().kind == Token::EndOfFile) in.fail("'.end method'");
        if (in.atWord(".end")) {
            in.next();
            in.keyword("method");
            int line = in.line();
            in.endOfStatement(".end method");
            finishMethod(cls, m, line);
            return;
        }
        methodStatement(in, cls, m);
    }
}

}  // namespace cortado::jasm
