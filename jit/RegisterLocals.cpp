#include "jit/RegisterLocals.h"

#include <algorithm>

#include "classfile/Bytecodes.h"

namespace cortado::jit {

using classfile::Opcode;
using classfile::readU2;

namespace {
constexpr uint8_t u(Opcode o) { return uint8_t(o); }

// What a local instruction does to local `index`: an int access (a candidate
// use), or another kind of access to `slots` slots from `index` (JVMS 2.6.1: a
// long or double takes index and index + 1).
struct LocalAccess {
    enum Kind { None, Int, Other } kind = None;
    uint32_t index = 0;
    int slots = 1;
};

LocalAccess classify(uint8_t o, uint32_t index) {
    switch (static_cast<Opcode>(o)) {
        case Opcode::iload_: case Opcode::istore_: case Opcode::iinc_: case Opcode::iload_iadd_:
            return {LocalAccess::Int, index, 1};
        case Opcode::lload_: case Opcode::dload_: case Opcode::lstore_: case Opcode::dstore_:
            return {LocalAccess::Other, index, 2};
        case Opcode::fload_: case Opcode::aload_: case Opcode::fstore_: case Opcode::astore_: case Opcode::ret_:
            return {LocalAccess::Other, index, 1};
        default: break;
    }
    // The _n forms: four of each kind in a row (JVMS 6.5), loads then stores.
    auto inRow = [&](Opcode first) { return o >= u(first) && o < u(first) + 4; };
    auto n = [&](Opcode first) { return uint32_t(o - u(first)); };
    if (inRow(Opcode::iload_0_)) return {LocalAccess::Int, n(Opcode::iload_0_), 1};
    if (inRow(Opcode::istore_0_)) return {LocalAccess::Int, n(Opcode::istore_0_), 1};
    for (Opcode first : {Opcode::lload_0_, Opcode::dload_0_, Opcode::lstore_0_, Opcode::dstore_0_})
        if (inRow(first)) return {LocalAccess::Other, n(first), 2};
    for (Opcode first : {Opcode::fload_0_, Opcode::aload_0_, Opcode::fstore_0_, Opcode::astore_0_})
        if (inRow(first)) return {LocalAccess::Other, n(first), 1};
    // Any other instruction with a local operand (a Cortado extension this scan does not know) rules it out.
    if (classfile::bytecodeInfo(o).format == classfile::OperandFormat::Local) return {LocalAccess::Other, index, 1};
    return {};
}
}  // namespace

std::vector<uint32_t> chooseRegisterLocals(const runtime::Method* method, size_t maxRegisters) {
    const auto* attr = method->codeAttribute();
    if (!attr || maxRegisters == 0) return {};
    const auto& code = attr->code;
    const uint32_t maxLocals = method->maxLocals;
    std::vector<bool> excluded(maxLocals, false);
    auto exclude = [&](uint32_t index, int slots) {
        for (int k = 0; k < slots; ++k)
            if (index + uint32_t(k) < maxLocals) excluded[index + uint32_t(k)] = true;
    };

    // Arguments arrive in their slots with their declared types: `this` and
    // anything but an int-like parameter stays in memory.
    uint32_t slot = 0;
    if (!method->isStatic()) exclude(slot++, 1);
    for (auto t : method->signature.params) {
        int slots = classfile::slotCount(t);
        using classfile::BasicType;
        bool intLike = t == BasicType::Int || t == BasicType::Short || t == BasicType::Char ||
                       t == BasicType::Byte || t == BasicType::Boolean;
        if (!intLike) exclude(slot, slots);
        slot += uint32_t(slots);
    }

    struct Use {
        uint32_t local, bci;
    };
    std::vector<Use> uses;
    std::vector<std::pair<uint32_t, uint32_t>> loops;  // [backward branch target, branch]
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) return {};
        uint8_t o = code[pc];
        LocalAccess access;
        if (o == u(Opcode::wide_)) access = classify(code[pc + 1], readU2(&code[pc + 2]));
        else access = classify(o, len > 1 ? code[pc + 1] : 0);
        if (access.kind == LocalAccess::Int && access.index < maxLocals) uses.push_back({access.index, pc});
        else if (access.kind == LocalAccess::Other) exclude(access.index, access.slots);

        std::optional<int64_t> target = classfile::jumpTarget(code, pc);
        if (target && *target >= 0 && *target <= int64_t(pc)) loops.emplace_back(uint32_t(*target), pc);
        pc += len;
    }

    // The loops around each bci (a running sum over the ranges' ends: linear in
    // the code), and each enclosing loop multiplies a use's weight by 16: inner
    // loops dominate.
    // Several back-edges to one header (a `continue`) are one loop, up to its last back-edge.
    std::sort(loops.begin(), loops.end());
    std::vector<std::pair<uint32_t, uint32_t>> merged;
    for (auto loop : loops) {
        if (!merged.empty() && merged.back().first == loop.first) merged.back().second = loop.second;
        else merged.push_back(loop);
    }
    std::vector<int32_t> depthChange(code.size() + 1, 0);
    for (auto [header, end] : merged) {
        ++depthChange[header];
        --depthChange[end + 1];
    }
    std::vector<uint32_t> loopDepth(code.size(), 0);
    int32_t depth = 0;
    for (size_t pc = 0; pc < code.size(); ++pc) loopDepth[pc] = uint32_t(depth += depthChange[pc]);
    std::vector<uint64_t> score(maxLocals, 0);
    std::vector<bool> inLoop(maxLocals, false);
    for (const Use& use : uses) {
        uint32_t d = std::min(loopDepth[use.bci], 10u);  // 16^10 uses of the same weight cannot overflow
        score[use.local] += uint64_t(1) << (4 * d);
        if (d > 0) inLoop[use.local] = true;
    }
    std::vector<uint32_t> chosen;
    for (uint32_t i = 0; i < maxLocals; ++i)
        if (!excluded[i] && inLoop[i]) chosen.push_back(i);
    std::stable_sort(chosen.begin(), chosen.end(), [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });
    if (chosen.size() > maxRegisters) chosen.resize(maxRegisters);
    return chosen;
}

}  // namespace cortado::jit
