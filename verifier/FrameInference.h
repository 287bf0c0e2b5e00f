// StackMapTable frames computed from the code (what ASM calls COMPUTE_FRAMES),
// for tools that write class files of version 50 and later: the assembler.
// The frames come from the verifier's own type inference (JVMS 4.10.2, the
// data-flow pass that verifies pre-50 class files), run on the method whatever
// its class version, so there is one inference in Cortado, not two.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "classfile/ClassFile.h"
#include "verifier/Verifier.h"

namespace cortado::verifier {

// verification_type_info (JVMS 4.7.4): a long or double is one entry.
struct FrameType {
    enum Kind : uint8_t { Top, Integer, Float, Long, Double, Null, UninitializedThis, Uninitialized, Object };
    Kind kind = Top;
    std::string className;  // Object: internal name or array descriptor
    uint32_t newOffset = 0; // Uninitialized: the offset of its `new`
};

struct InferredFrame {
    uint32_t offset = 0;
    std::vector<FrameType> locals;  // trailing Top locals dropped
    std::vector<FrameType> stack;   // bottom first
};

struct FrameInferenceResult {
    std::vector<InferredFrame> frames;  // in offset order
    uint32_t maxStack = 0;              // the deepest operand stack the inference saw
    std::string error;                  // empty on success
    bool classNotFound = false;         // the error is a class `hierarchy` could not find
    bool ok() const { return error.empty(); }
};

// The frame at each offset that needs one (JVMS 4.10.1: branch and switch
// targets, exception handlers, and the instruction after an unconditional
// transfer: goto, return, athrow, tableswitch, lookupswitch). Fails, with the
// offset and the reason, for code the inference rejects (the old verifier's
// words), for jsr/ret (no frame can describe a return address), for
// unreachable code that needs a frame, and for a class `hierarchy` cannot find.
FrameInferenceResult inferStackMapFrames(const classfile::ClassFile& cf, const classfile::MethodInfo& method,
                                         ClassHierarchy& hierarchy);

}  // namespace cortado::verifier
