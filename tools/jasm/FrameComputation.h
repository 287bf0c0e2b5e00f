// Computed StackMapTable frames (`.stack compute`, --compute-frames): the
// method's code, as laid out so far, goes through the verifier's type
// inference (verifier/FrameInference.h), and the frames it infers are added
// to the method's Code as hand-written ones would be.
#pragma once
#include "classfile/writer/ClassWriter.h"
#include "tools/jasm/MethodState.h"

namespace cortado::jasm {

// Throws SyntaxError (at `line`) when the inference rejects the code.
void computeFrames(classwriter::ClassWriter& cls, MethodState& m, int line);

}  // namespace cortado::jasm
