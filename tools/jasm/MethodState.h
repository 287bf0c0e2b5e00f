// Everything the assembler knows about the method it is in: its code being
// laid out, its labels by name, and the attributes its directives asked for.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "classfile/writer/ClassWriter.h"
#include "classfile/writer/CodeBuilder.h"

namespace cortado::jasm {

struct MethodState {
    uint16_t access = 0;
    std::string name, descriptor;
    classwriter::CodeBuilder code;
    bool hasCode = false;  // any instruction, label or code directive seen
    std::optional<uint16_t> maxStack, maxLocals;
    std::vector<uint16_t> exceptions;  // .throws, CONSTANT_Class indexes
    std::vector<classwriter::Attribute> attributes;  // .signature, .deprecated
    bool wideNext = false;  // a lone `wide` widens the next instruction
    std::vector<classwriter::CodeBuilder::VerificationType> lastFrameLocals;  // for `.stack use`
    bool handWrittenFrames = false;  // a `.stack ... .end stack` frame was seen
    bool computeAsked = false;       // `.stack compute`
    bool computeByDefault = false;   // --compute-frames, for a class of version 50+
    const struct AssembleOptions* options = nullptr;

    struct LabelInfo {
        classwriter::CodeBuilder::Label label;
        int firstUse;  // line, for "never defined"
    };
    std::map<std::string, LabelInfo> labels;

    classwriter::CodeBuilder::Label label(const std::string& name, int line) {
        auto it = labels.find(name);
        if (it != labels.end()) return it->second.label;
        auto l = code.newLabel();
        labels.emplace(name, LabelInfo{l, line});
        return l;
    }
    // A label at the current offset, for directives that mark "the next instruction".
    classwriter::CodeBuilder::Label here() {
        auto l = code.newLabel();
        code.bind(l);
        return l;
    }
};

}  // namespace cortado::jasm
