// One type state of JVMS 4.10.1.3: the verification types of the locals and
// the operand stack at one bytecode index, plus the flagThisUninit flag. The
// current frame of the linear pass and every StackMapTable entry are TypeFrames.
#pragma once
#include <cstdint>
#include <vector>

#include "verifier/VerificationType.h"

namespace cortado::verifier {

constexpr uint8_t kFlagThisUninit = 1;  // locals hold uninitializedThis (JVMS 4.10.1.4)

struct TypeFrame {
    uint32_t offset = 0;     // bytecode index
    uint8_t flags = 0;
    uint32_t localsSize = 0;  // locals[localsSize..] are top
    uint32_t stackSize = 0;
    std::vector<VType> locals;  // maxLocals entries in the current frame; localsSize in a stack map frame
    std::vector<VType> stack;   // maxStack entries in the current frame; stackSize in a stack map frame
    // Type inference only (JVMS 4.10.2.5): the innermost subroutine being run
    // (its entry; -1 at top level, -2 when paths disagree) and which locals it
    // has stored to, so a ret can give each caller back its own other locals.
    int64_t subroutine = -1;
    std::vector<uint8_t> modified;
};

}  // namespace cortado::verifier
