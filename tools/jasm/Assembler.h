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

class ClassPathHierarchy;

struct AssembleOptions {
    // --compute-frames (ASM's COMPUTE_FRAMES): every method of a class of
    // version 50+ that has no `.stack` frame gets computed ones, and its
    // max_stack/max_locals when `.limit` leaves them out. A method opts in
    // alone with `.stack compute`.
    bool computeFrames = false;
    // Where superclasses are looked up for merging types; nullptr: the class library jar.
    ClassPathHierarchy* hierarchy = nullptr;
    // A first pass that only learns a run's class names and superclasses: no frame is computed.
    bool leaveFramesOut = false;
};

// Throws SyntaxError (with the line) for anything it cannot assemble.
// `sourceName` is the default SourceFile attribute, as Jasmin does.
AssembledClass assemble(std::string_view source, std::string_view sourceName, const AssembleOptions& options = {});

}  // namespace cortado::jasm
