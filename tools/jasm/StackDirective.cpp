#include "tools/jasm/StackDirective.h"

#include <utility>

#include "tools/jasm/Numbers.h"

namespace cortado::jasm {

using VType = classwriter::CodeBuilder::VerificationType;

static classwriter::CodeBuilder::Label labelOrOffset(TokenCursor& in, MethodState& m, const std::string& what) {
    int line = in.line();
    std::string w = in.word(what);
    if (m.labels.find(w) == m.labels.end())
        if (auto pc = parseInteger(w); pc && *pc >= 0 && *pc <= 65535) return m.code.labelAt(static_cast<uint32_t>(*pc));
    return m.label(w, line);
}

static VType verificationType(TokenCursor& in, MethodState& m, classwriter::ClassWriter& cls) {
    static const std::pair<std::string_view, VType::Tag> kTags[] = {
        {"Top", VType::Top},   {"Integer", VType::Integer}, {"Float", VType::Float},
        {"Long", VType::Long}, {"Double", VType::Double},   {"Null", VType::Null},
        {"UninitializedThis", VType::UninitializedThis},    {"Object", VType::Object},
        {"Uninitialized", VType::Uninitialized},
    };
    const std::string expected =
        "a verification type (Top Integer Float Long Double Null UninitializedThis Object Uninitialized)";
    std::string w = in.word(expected);
    for (auto [name, tag] : kTags) {
        if (name != w) continue;
        VType t;
        t.tag = tag;
        if (tag == VType::Object) t.classIndex = cls.pool.classRef(in.word("a class after 'Object'"));
        if (tag == VType::Uninitialized)
            t.newInstruction = labelOrOffset(in, m, "the label or offset of the 'new' after 'Uninitialized'");
        return t;
    }
    throw SyntaxError(in.line(), "expected " + expected + ", found '" + w + "'");
}

void assembleStackFrame(TokenCursor& in, MethodState& m, classwriter::ClassWriter& cls) {
    classwriter::CodeBuilder::Frame frame;
    bool haveOffset = false;
    if (in.atWord("compute")) {  // frames from the verifier's type inference (FrameComputation.cpp)
        in.next();
        int line = in.line();
        in.endOfStatement("'.stack compute'");
        if (cls.major < 50)
            throw SyntaxError(line, ".stack compute needs a class file of version 50 or later (.bytecode 50.0)");
        m.computeAsked = true;
        m.hasCode = true;
        return;
    }
    if (in.atWord("use")) {
        in.next();
        size_t n = m.lastFrameLocals.size();
        if (!in.atWord("locals")) n = static_cast<size_t>(in.integer("a count of locals or 'locals' after 'use'", 0, 65535));
        in.keyword("locals");
        if (n > m.lastFrameLocals.size())
            throw SyntaxError(in.line(), ".stack use " + std::to_string(n) + " locals: the previous frame has only " +
                                             std::to_string(m.lastFrameLocals.size()));
        frame.locals.assign(m.lastFrameLocals.begin(), m.lastFrameLocals.begin() + static_cast<long>(n));
    }
    in.endOfStatement("'.stack'");
    for (;;) {
        in.skipBlankLines();
        if (in.atWord(".end")) {
            in.next();
            in.keyword("stack");
            in.endOfStatement("'.end stack'");
            break;
        }
        std::string w = in.word("'offset', 'locals', 'stack' or '.end stack'");
        if (w == "offset") {
            if (haveOffset) throw SyntaxError(in.line(), "a frame has one offset");
            frame.at = labelOrOffset(in, m, "a label or offset after 'offset'");
            haveOffset = true;
        } else if (w == "locals") {
            frame.locals.push_back(verificationType(in, m, cls));
        } else if (w == "stack") {
            frame.stack.push_back(verificationType(in, m, cls));
        } else {
            throw SyntaxError(in.line(), "expected 'offset', 'locals', 'stack' or '.end stack', found '" + w + "'");
        }
        in.endOfStatement("'" + w + "' and its type");
    }
    if (!haveOffset) frame.at = m.here();
    m.lastFrameLocals = frame.locals;
    m.handWrittenFrames = true;
    m.hasCode = true;
    m.code.addFrame(std::move(frame));
}

}  // namespace cortado::jasm
