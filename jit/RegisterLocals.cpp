#include "jit/RegisterLocals.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "classfile/Bytecodes.h"

namespace cortado::jit {

using classfile::Opcode;
using classfile::readU2;

namespace {
constexpr uint8_t u(Opcode o) { return uint8_t(o); }

// What a local instruction does to local `index`: a typed access (a candidate
// use), or another kind of access to `slots` slots from `index` (JVMS 2.6.1: a
// long or double takes index and index + 1).
struct LocalAccess {
    // Long: excludes the slots from the int and fp candidates, as Other does;
    // Other also keeps a reference out of a register there (ret, or an
    // instruction this scan does not know).
    enum Kind : uint8_t { None, Int, Float, Double, Reference, Long, Other } kind = None;
    uint32_t index = 0;
    int slots = 1;
};

LocalAccess classify(uint8_t o, uint32_t index) {
    switch (static_cast<Opcode>(o)) {
        case Opcode::iload_: case Opcode::istore_: case Opcode::iinc_: case Opcode::iload_iadd_:
            return {LocalAccess::Int, index, 1};
        case Opcode::fload_: case Opcode::fstore_: return {LocalAccess::Float, index, 1};
        case Opcode::dload_: case Opcode::dstore_: return {LocalAccess::Double, index, 2};
        case Opcode::lload_: case Opcode::lstore_: return {LocalAccess::Long, index, 2};
        case Opcode::aload_: case Opcode::astore_: return {LocalAccess::Reference, index, 1};
        case Opcode::ret_: return {LocalAccess::Other, index, 1};
        default: break;
    }
    // The _n forms: four of each kind in a row (JVMS 6.5), loads then stores.
    auto inRow = [&](Opcode first) { return o >= u(first) && o < u(first) + 4; };
    auto n = [&](Opcode first) { return uint32_t(o - u(first)); };
    for (Opcode first : {Opcode::iload_0_, Opcode::istore_0_})
        if (inRow(first)) return {LocalAccess::Int, n(first), 1};
    for (Opcode first : {Opcode::fload_0_, Opcode::fstore_0_})
        if (inRow(first)) return {LocalAccess::Float, n(first), 1};
    for (Opcode first : {Opcode::dload_0_, Opcode::dstore_0_})
        if (inRow(first)) return {LocalAccess::Double, n(first), 2};
    for (Opcode first : {Opcode::lload_0_, Opcode::lstore_0_})
        if (inRow(first)) return {LocalAccess::Long, n(first), 2};
    for (Opcode first : {Opcode::aload_0_, Opcode::astore_0_})
        if (inRow(first)) return {LocalAccess::Reference, n(first), 1};
    // Any other instruction with a local operand (a Cortado extension this scan does not know) rules it out.
    if (classfile::bytecodeInfo(o).format == classfile::OperandFormat::Local) return {LocalAccess::Other, index, 1};
    return {};
}

// An instruction that calls out on its main line, clobbering the xmm
// registers: a call other than a Math intrinsic (TemplatesIntrinsics.cpp:
// single instructions), or a conversion or remainder done by a C++ helper.
bool callsOut(const runtime::Method* method, const std::vector<uint8_t>& code, uint32_t pc) {
    auto op = static_cast<Opcode>(code[pc]);
    switch (op) {
        case Opcode::frem_: case Opcode::drem_: case Opcode::f2i_: case Opcode::f2l_: case Opcode::d2i_:
        case Opcode::d2l_:
            return true;
        default: break;
    }
    if (!(classfile::bytecodeInfo(code[pc]).flags & classfile::BC_CALL)) return false;
    if (op != Opcode::invokestatic_) return true;
    const auto& cp = method->owner->constantPool();
    uint16_t idx = readU2(&code[pc + 1]);
    if (cp.tag(idx) != classfile::CpTag::Methodref) return true;
    std::string_view cls = cp.memberClass(idx);
    return cls != "java/lang/Math" && cls != "java/lang/StrictMath";
}
}  // namespace

RegisterLocalChoice chooseRegisterLocals(const runtime::Method* method, size_t maxGprs, size_t maxFps) {
    const auto* attr = method->codeAttribute();
    if (!attr || (maxGprs == 0 && maxFps == 0)) return {};
    const auto& code = attr->code;
    const uint32_t maxLocals = method->maxLocals;
    // Per slot: the one kind every access starting there has (None: none so
    // far), Other if they differ or any touches it otherwise.
    std::vector<LocalAccess::Kind> kind(maxLocals, LocalAccess::None);
    auto note = [&](uint32_t index, LocalAccess::Kind k) {
        if (index >= maxLocals) return;
        if (kind[index] == LocalAccess::None) kind[index] = k;
        else if (kind[index] != k) kind[index] = LocalAccess::Other;
    };
    auto exclude = [&](uint32_t index, int slots) {
        for (int k = 0; k < slots; ++k) note(index + uint32_t(k), LocalAccess::Other);
    };
    // The second slots of doubles (candidates or not): no candidate themselves.
    std::vector<bool> secondOfDouble(maxLocals + 1, false);
    // A reference local need not be of one kind: javac reuses a dead local's
    // slot for another type (`for (int i ...)` then `Point p`), and the
    // register holds the reference exactly where the reference maps say the
    // slot holds one (Templates::localReg). Per slot: some access is aload or
    // astore (or it is a reference argument), and whether anything rules a
    // register out (ret: astore also stores return addresses).
    std::vector<bool> refAccessed(maxLocals, false), refBlocked(maxLocals, false);

    // Arguments arrive in their slots with their declared types (`this` is a reference).
    uint32_t slot = 0;
    if (!method->isStatic()) note(slot, LocalAccess::Reference), refAccessed[slot++] = true;
    for (auto t : method->signature.params) {
        int slots = classfile::slotCount(t);
        using classfile::BasicType;
        bool intLike = t == BasicType::Int || t == BasicType::Short || t == BasicType::Char ||
                       t == BasicType::Byte || t == BasicType::Boolean;
        if (intLike) note(slot, LocalAccess::Int);
        else if (t == BasicType::Float) note(slot, LocalAccess::Float);
        else if (t == BasicType::Double) note(slot, LocalAccess::Double), secondOfDouble[slot + 1] = true;
        else if (t == BasicType::Object || t == BasicType::Array) note(slot, LocalAccess::Reference), refAccessed[slot] = true;
        else exclude(slot, slots);
        slot += uint32_t(slots);
    }

    struct Use {
        uint32_t local, bci;
        bool reference;
    };
    std::vector<Use> uses;
    std::vector<uint32_t> calls;  // bcis of instructions that call out (callsOut)
    std::vector<std::pair<uint32_t, uint32_t>> loops;  // [backward branch target, branch]
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) return {};
        uint8_t o = code[pc];
        LocalAccess access;
        if (o == u(Opcode::wide_)) access = classify(code[pc + 1], readU2(&code[pc + 2]));
        else access = classify(o, len > 1 ? code[pc + 1] : 0);
        if (o == u(Opcode::jsr_) || o == u(Opcode::jsr_w_)) refBlocked.assign(maxLocals, true);  // maps may depend on the caller
        if (access.kind == LocalAccess::Other || access.kind == LocalAccess::Long) {
            exclude(access.index, access.slots);
            if (access.kind == LocalAccess::Other)
                for (int k = 0; k < access.slots && access.index + uint32_t(k) < maxLocals; ++k)
                    refBlocked[access.index + uint32_t(k)] = true;
        } else if (access.kind != LocalAccess::None && access.index < maxLocals) {
            note(access.index, access.kind);
            if (access.slots == 2) secondOfDouble[access.index + 1] = true;
            uses.push_back({access.index, pc, access.kind == LocalAccess::Reference});
            if (access.kind == LocalAccess::Reference) refAccessed[access.index] = true;
        }
        if (callsOut(method, code, pc)) calls.push_back(pc);

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
    auto weight = [&](uint32_t bci) {
        uint32_t d = std::min(loopDepth[bci], 10u);  // 16^10 uses of the same weight cannot overflow
        return uint64_t(1) << (4 * d);
    };
    std::vector<uint64_t> score(maxLocals, 0), refScore(maxLocals, 0);
    std::vector<bool> inLoop(maxLocals, false), refInLoop(maxLocals, false);
    for (const Use& use : uses) {
        score[use.local] += weight(use.bci);
        if (loopDepth[use.bci] > 0) inLoop[use.local] = true;
        if (!use.reference) continue;
        refScore[use.local] += weight(use.bci);
        if (loopDepth[use.bci] > 0) refInLoop[use.local] = true;
    }
    uint64_t callCost = 0;
    for (uint32_t bci : calls) callCost += weight(bci);

    RegisterLocalChoice choice;
    std::vector<uint32_t> gprs, fps;
    std::vector<bool> isRef(maxLocals, false);
    for (uint32_t i = 0; i < maxLocals; ++i) {
        // A reference's register is reloaded after every call (the GC may
        // move the object): it saves its uses' loads less one per call.
        if (refAccessed[i] && !refBlocked[i] && refInLoop[i]) {  // its other kinds' accesses stay in memory
            if (refScore[i] > callCost) {
                gprs.push_back(i);
                isRef[i] = true;
                score[i] = refScore[i] - callCost;
            }
            continue;
        }
        if (!inLoop[i] || secondOfDouble[i]) continue;
        // A double's second slot is touched by nothing else (the interpreter zeroes it there).
        if (kind[i] == LocalAccess::Double && i + 1 < maxLocals && kind[i + 1] != LocalAccess::None) continue;
        if (kind[i] == LocalAccess::Int) gprs.push_back(i);
        else if ((kind[i] == LocalAccess::Float || kind[i] == LocalAccess::Double) && score[i] > callCost)
            fps.push_back(i);
    }
    auto best = [&](uint32_t a, uint32_t b) { return score[a] > score[b]; };
    // Int and reference locals share the callee-saved registers.
    std::stable_sort(gprs.begin(), gprs.end(), best);
    if (gprs.size() > maxGprs) gprs.resize(maxGprs);
    for (uint32_t i : gprs) (isRef[i] ? choice.refs : choice.ints).push_back(i);
    std::stable_sort(fps.begin(), fps.end(), best);
    if (fps.size() > maxFps) fps.resize(maxFps);
    for (uint32_t i : fps) choice.fps.push_back({i, kind[i] == LocalAccess::Double});
    return choice;
}

}  // namespace cortado::jit
