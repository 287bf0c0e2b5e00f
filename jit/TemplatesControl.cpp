// Templates: branches, switches and returns. A branch is a jump to the label
// of its target bytecode; every label sees the frame exactly as the
// interpreter would (values in their slots), so no state moves at a join.
#include <algorithm>

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readS2;
using classfile::readS4;

namespace {
Mem low32(Mem m) { return m.cloneResized(4); }
}  // namespace

void Templates::noteBranchTarget(int32_t offset) {
    // The interpreter offers on-stack replacement at exactly these branches (interp/Interpreter.cpp BRANCH).
    uint32_t target = uint32_t(int64_t(bci_) + offset);
    if (offset < 0 && std::find(loopHeaders_.begin(), loopHeaders_.end(), target) == loopHeaders_.end())
        loopHeaders_.push_back(target);
}

void Templates::emitSafepointPoll(uint32_t bci, uint32_t depth) {
    a_.cmp(byte_ptr(r14, offsets::kThreadSafepointRequested), 0);
    Label resume = a_.newLabel();
    Label slow = slowPath([this, bci, depth, resume] {
        bci_ = bci;  // the frame is at `bci` now (saveState records it)
        saveState(depth);
        loadThreadAndFrame();
        callHelper(reinterpret_cast<const void*>(&helpers::safepoint));
        bailOutIfPending();
        resumeMainLine(resume);
    }, /*writeCache=*/false);  // a branch has consumed its cached operands; the target's frame is in memory
    a_.jne(slow);
    a_.bind(resume);
}

// A taken backward branch polls for a safepoint first, with the frame as the
// loop header's reference map describes it (the interpreter's BRANCH does the same).
void Templates::emitBranch(CondCode cc, int32_t offset) {
    noteBranchTarget(offset);
    int64_t target = int64_t(bci_) + offset;
    if (offset >= 0) {
        a_.j(cc, labelAt(target));
        return;
    }
    Label notTaken = a_.newLabel();
    a_.j(negateCond(cc), notTaken);
    if (runtime::g_profiling) emitProfileCount(&method_->profiledBackedges);
    emitSafepointPoll(uint32_t(target), maps_.at(uint32_t(target))->stackDepth());
    a_.jmp(labelAt(target));
    a_.bind(notTaken);
}

void Templates::emitJump(int32_t offset) {
    noteBranchTarget(offset);
    int64_t target = int64_t(bci_) + offset;
    if (offset < 0 && runtime::g_profiling) emitProfileCount(&method_->profiledBackedges);
    if (offset < 0) emitSafepointPoll(uint32_t(target), maps_.at(uint32_t(target))->stackDepth());
    a_.jmp(labelAt(target));
}

TemplateResult Templates::emitControl(Opcode op) {
    // Every opcode passes through here; only branches have a 2-byte offset to read
    // (an instruction at the very end of the code has no bytes after it).
    auto branchOffset = [&] { return int32_t(readS2(bc_ + 1)); };
    // Conditional branches read their operands from the stack cache
    // (TemplatesStackCache.cpp); every other value is written out first, since
    // the target's label expects the interpreter's frame.
    auto ifZero = [&](CondCode cc, bool wide) {
        flushCacheBelow(1);  // movs only: they leave the flags alone
        const Cached* c = cachedTop(1);
        if (c && c->kind == Cached::Flags) {  // an fcmp/dcmp just compared (TemplatesFloat.cpp)
            auto fused = static_cast<CondCode>(c->value);
            consume(1);
            emitBranch(fused, branchOffset());
            return;
        }
        if (c && c->kind == Cached::Const) {
            loadOperand(eax, 1);
            a_.test(eax, eax);
        } else {
            Operand v = operand(1, wide);
            if (v.isReg()) a_.test(v.as<Gp>(), v.as<Gp>());
            else a_.cmp(v.as<Mem>(), 0);
        }
        consume(1);
        emitBranch(cc, branchOffset());
    };
    auto ifCompare = [&](CondCode cc, bool wide) {
        flushCacheBelow(2);
        const Cached* b = cachedTop(1);
        Gp ra = wide ? Gp(rax) : Gp(eax);
        // a in a register already (a register local, RegisterLocals.h, or a
        // cached result, TemplatesStackCache.cpp) is compared in place.
        Operand aOp = operand(2, wide);
        // a in its slot, b in a register or a constant: compared in memory.
        if (Operand bOp = operand(1, wide); aOp.isMem() && (bOp.isReg() || bOp.isImm())) {
            a_.emit(Inst::kIdCmp, aOp, bOp);
        } else if (!aOp.isReg() && b && b->kind == Cached::Rax) {  // a in ecx, compared with rax
            Gp rc = wide ? Gp(rcx) : Gp(ecx);
            loadOperand(rc, 2);
            a_.cmp(rc, ra);
        } else {
            if (!aOp.isReg()) {
                loadOperand(ra, 2);
                aOp = ra;
            }
            a_.emit(Inst::kIdCmp, aOp, operand(1, wide));
        }
        consume(2);
        emitBranch(cc, branchOffset());
    };
    switch (op) {
        case Opcode::ifeq_: ifZero(CondCode::kE, false); break;
        case Opcode::ifne_: ifZero(CondCode::kNE, false); break;
        case Opcode::iflt_: ifZero(CondCode::kL, false); break;
        case Opcode::ifge_: ifZero(CondCode::kGE, false); break;
        case Opcode::ifgt_: ifZero(CondCode::kG, false); break;
        case Opcode::ifle_: ifZero(CondCode::kLE, false); break;
        case Opcode::if_icmpeq_: ifCompare(CondCode::kE, false); break;
        case Opcode::if_icmpne_: ifCompare(CondCode::kNE, false); break;
        case Opcode::if_icmplt_: ifCompare(CondCode::kL, false); break;
        case Opcode::if_icmpge_: ifCompare(CondCode::kGE, false); break;
        case Opcode::if_icmpgt_: ifCompare(CondCode::kG, false); break;
        case Opcode::if_icmple_: ifCompare(CondCode::kLE, false); break;
        case Opcode::if_acmpeq_: ifCompare(CondCode::kE, true); break;
        case Opcode::if_acmpne_: ifCompare(CondCode::kNE, true); break;
        case Opcode::ifnull_: ifZero(CondCode::kE, true); break;
        case Opcode::ifnonnull_: ifZero(CondCode::kNE, true); break;
        case Opcode::goto_: emitJump(branchOffset()); break;
        case Opcode::goto_w_: emitJump(readS4(bc_ + 1)); break;
        case Opcode::tableswitch_: emitTableSwitch(); break;
        case Opcode::lookupswitch_: emitLookupSwitch(); break;
        // Subroutines (javac has not emitted them since Java 6) stay interpreted.
        case Opcode::jsr_: case Opcode::jsr_w_: case Opcode::ret_: return TemplateResult::Unsupported;
        case Opcode::wide_: return TemplateResult::NotMine;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

// JVMS 6.5 tableswitch: a bounds check, then an indirect jump through a table
// of the targets' addresses.
void Templates::emitTableSwitch() {
    const uint8_t* base = method_->codeAttribute()->code.data();
    const uint8_t* p = base + ((bci_ + 4) & ~3u);
    int32_t def = readS4(p), low = readS4(p + 4), high = readS4(p + 8);
    Label table = a_.newLabel();
    a_.mov(eax, low32(top(-1)));
    a_.sub(eax, low);  // unsigned (key - low) > (high - low) covers both ends
    a_.cmp(eax, uint32_t(high) - uint32_t(low));
    a_.ja(labelAt(int64_t(bci_) + def));
    a_.lea(rcx, ptr(table));
    a_.jmp(qword_ptr(rcx, rax, 3));
    std::vector<int32_t> targets;
    for (int64_t i = 0; i <= int64_t(high) - low; ++i) targets.push_back(readS4(p + 12 + 4 * i));
    uint32_t bci = bci_;
    slowPath([this, table, targets, bci] {
        a_.align(AlignMode::kData, 8);
        a_.bind(table);
        for (int32_t t : targets) a_.embedLabel(labelAt(int64_t(bci) + t));
    });
}

// JVMS 6.5 lookupswitch: compare with each key in turn.
void Templates::emitLookupSwitch() {
    const uint8_t* base = method_->codeAttribute()->code.data();
    const uint8_t* p = base + ((bci_ + 4) & ~3u);
    int32_t def = readS4(p), npairs = readS4(p + 4);
    a_.mov(eax, low32(top(-1)));
    for (int32_t i = 0; i < npairs; ++i) {
        a_.cmp(eax, readS4(p + 8 + 8 * i));
        a_.je(labelAt(int64_t(bci_) + readS4(p + 12 + 8 * i)));
    }
    a_.jmp(labelAt(int64_t(bci_) + def));
}

TemplateResult Templates::emitReturn(Opcode op) {
    switch (op) {
        case Opcode::ireturn_:
            // JVMS 6.5 ireturn: a boolean, byte, char or short result is narrowed to its type.
            loadOperand(eax, 1);
            switch (method_->signature.returnType) {
                case classfile::BasicType::Boolean: a_.and_(eax, 1); break;
                case classfile::BasicType::Byte: a_.movsx(eax, al); break;
                case classfile::BasicType::Char: a_.movzx(eax, ax); break;
                case classfile::BasicType::Short: a_.movsx(eax, ax); break;
                default: break;
            }
            break;
        case Opcode::freturn_: case Opcode::areturn_: loadOperand(rax, 1); break;
        case Opcode::lreturn_: case Opcode::dreturn_: loadOperand(rax, 2); break;  // all 64 bits from the first slot's entry
        case Opcode::return_: a_.xor_(eax, eax); break;
        default: return TemplateResult::NotMine;
    }
    // The interpreter finishes the return (monitors, popping the frame:
    // runtime/CompiledCode.h); an IllegalMonitorStateException it raises
    // there belongs to this instruction. Only a method that may hold a
    // monitor can raise one.
    if (mayHoldMonitor_) {
        a_.mov(rcx, imm(reinterpret_cast<uint64_t>(live())));
        a_.mov(qword_ptr(rbx, offsets::kFramePc), rcx);
    }
    a_.jmp(epilogue_);
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
