// Templates: int and long arithmetic, with Java's semantics (JVMS 2.11.3):
// two's-complement wraparound, shift distances masked to 5/6 bits (x86 masks
// the count in cl the same way), division checks (JVMS 6.5 idiv/ldiv).
// An int result is stored zero-extended into its 64-bit slot, as intToSlot does.
#include <bit>

#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;

namespace {
Mem low32(Mem m) { return m.cloneResized(4); }
}  // namespace

TemplateResult Templates::emitIntArithmetic(Opcode op) {
    // a = top(-2), b = top(-1), either possibly in the stack cache; the
    // result stays in rax (zero-extended by the 32-bit operation) as the cached top.
    // `b` is an immediate if it is a cached constant, else in ecx.
    auto binop = [&](InstId id) {
        flushRaxBelow(2);  // a deeper value cached in rax would be overwritten
        const Cached* b = cachedTop(1);
        Operand bOp = b && b->kind == Cached::Const ? Operand(imm(int32_t(b->value))) : Operand(ecx);
        bool shift = id == Inst::kIdShl || id == Inst::kIdSar || id == Inst::kIdShr;
        if (bOp.isImm() && shift) bOp = imm(int32_t(b->value & 31));  // JVMS 6.5 ishl: the low 5 bits
        bool commutative = id == Inst::kIdAdd || id == Inst::kIdImul || id == Inst::kIdAnd || id == Inst::kIdOr ||
                           id == Inst::kIdXor;
        if (commutative && b && b->kind == Cached::Rax) {  // s += a[i]: b is in rax already, a anywhere
            a_.emit(id, eax, operand(2, false));
            consume(2);
            pushCached(Cached::Rax);
            return;
        }
        // A constant times anything is one three-operand imul from where the
        // other factor is (`31 * h`: imul eax, r13d, 31); a constant on the
        // left of another commutative operation becomes the immediate.
        const Cached* a = cachedTop(2);
        bool aConst = a && a->kind == Cached::Const, bConst = b && b->kind == Cached::Const;
        if (id == Inst::kIdImul && aConst != bConst) {
            Operand factor = operand(aConst ? 1 : 2, false);
            Imm k = imm(int32_t((aConst ? a : b)->value));
            if (factor.isMem()) a_.imul(eax, factor.as<Mem>(), k);
            else a_.imul(eax, factor.as<Gp>(), k);
            consume(2);
            pushCached(Cached::Rax);
            return;
        }
        if (commutative && aConst && !bConst) {
            Imm k = imm(int32_t(a->value));
            loadOperand(eax, 1);
            a_.emit(id, eax, k);
            consume(2);
            pushCached(Cached::Rax);
            return;
        }
        // b a register local (RegisterLocals.h) or in a pool register (TemplatesStackCache.cpp):
        // read in place, except as a shift count (that must be cl).
        if (Gp r = intRegisterOf(1); !shift && r.isValid()) bOp = r.r32();
        else if (!bOp.isImm()) loadOperand(ecx, 1);
        // a in a register, plus or minus a constant or a register: one lea
        // (`k - 1`, `k + i`); its low 32 bits are the int sum whatever the
        // upper halves hold, and writing eax zero-extends it.
        if (Gp aReg = intRegisterOf(2); aReg.isValid() && (id == Inst::kIdAdd || id == Inst::kIdSub) &&
                                        (bOp.isImm() || (bOp.isReg() && id == Inst::kIdAdd))) {
            if (bOp.isImm()) {
                uint32_t k = uint32_t(bOp.as<Imm>().valueAs<int32_t>());
                a_.lea(eax, ptr(aReg.r64(), int32_t(id == Inst::kIdSub ? 0u - k : k)));
            } else {
                a_.lea(eax, ptr(aReg.r64(), bOp.as<Gp>().r64()));
            }
            consume(2);
            pushCached(Cached::Rax);
            return;
        }
        loadOperand(eax, 2);
        if (id == Inst::kIdImul && bOp.isImm()) a_.imul(eax, eax, bOp.as<Imm>());
        else a_.emit(id, eax, shift && !bOp.isImm() ? Operand(cl) : bOp);
        consume(2);
        pushCached(Cached::Rax);
    };
    switch (op) {
        case Opcode::iadd_: binop(Inst::kIdAdd); break;
        case Opcode::isub_: binop(Inst::kIdSub); break;
        case Opcode::imul_: binop(Inst::kIdImul); break;
        case Opcode::iand_: binop(Inst::kIdAnd); break;
        case Opcode::ior_: binop(Inst::kIdOr); break;
        case Opcode::ixor_: binop(Inst::kIdXor); break;
        case Opcode::ishl_: binop(Inst::kIdShl); break;
        case Opcode::ishr_: binop(Inst::kIdSar); break;
        case Opcode::iushr_: binop(Inst::kIdShr); break;
        case Opcode::ineg_:
            flushRaxBelow(1);
            loadOperand(eax, 1);
            a_.neg(eax);
            consume(1);
            pushCached(Cached::Rax);
            break;
        // Cortado's own iload_iadd idx (docs/adding-a-bytecode.md): top + local, wrapping.
        case Opcode::iload_iadd_:
            a_.mov(eax, low32(top(-1)));
            if (Gp reg = localReg(bc_[1]); reg.isValid()) a_.add(eax, reg.r32());
            else a_.add(eax, low32(local(bc_[1])));
            a_.mov(top(-1), rax);  // zero-extended, as intToSlot
            break;
        case Opcode::idiv_: emitIntDivision(false); break;
        case Opcode::irem_: emitIntDivision(true); break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

TemplateResult Templates::emitLongArithmetic(Opcode op) {
    // On the stack cache: a = the long at 4 slots from the top, b = at 2 (each
    // described by its first slot's entry); the result stays in rax. b is read
    // in place (a local, a slot, an imm32 if its bits sign-extend to
    // themselves), else from rcx.
    auto longOperand = [&](int fromTop) -> Operand {
        const Cached* c = cachedTop(fromTop);
        if (c && c->kind == Cached::Const) {
            if (c->value <= 0x7fffffff) return imm(int32_t(c->value));
            loadOperand(rcx, fromTop);
            return rcx;
        }
        if (c && c->kind == Cached::Rax) {
            a_.mov(rcx, rax);
            return rcx;
        }
        return operand(fromTop, true);  // a local or a slot
    };
    auto binop = [&](InstId id) {
        flushRaxBelow(4);
        Operand bOp = longOperand(2);  // first: b may be in rax
        loadOperand(rax, 4);
        if (id == Inst::kIdImul && bOp.isImm()) a_.imul(rax, rax, bOp.as<Imm>());
        else a_.emit(id, rax, bOp);
        consume(4);
        pushCached(Cached::Rax);
        pushCached(Cached::InSlot);
    };
    // Shifts: a = the long at 3 slots from the top, b = the int on top; x86 masks cl to 6 bits as JVMS 6.5 lshl does.
    auto shift = [&](InstId id) {
        flushRaxBelow(3);
        const Cached* b = cachedTop(1);
        bool constant = b && b->kind == Cached::Const;
        int32_t distance = constant ? int32_t(b->value & 63) : 0;
        if (!constant) loadOperand(ecx, 1);
        loadOperand(rax, 3);
        if (constant) a_.emit(id, rax, imm(distance));
        else a_.emit(id, rax, cl);
        consume(3);
        pushCached(Cached::Rax);
        pushCached(Cached::InSlot);
    };
    switch (op) {
        case Opcode::ladd_: binop(Inst::kIdAdd); break;
        case Opcode::lsub_: binop(Inst::kIdSub); break;
        case Opcode::lmul_: binop(Inst::kIdImul); break;
        case Opcode::land_: binop(Inst::kIdAnd); break;
        case Opcode::lor_: binop(Inst::kIdOr); break;
        case Opcode::lxor_: binop(Inst::kIdXor); break;
        case Opcode::lshl_: shift(Inst::kIdShl); break;
        case Opcode::lshr_: shift(Inst::kIdSar); break;
        case Opcode::lushr_: shift(Inst::kIdShr); break;
        case Opcode::lneg_:
            flushRaxBelow(2);
            loadOperand(rax, 2);
            a_.neg(rax);
            consume(2);
            pushCached(Cached::Rax);
            pushCached(Cached::InSlot);
            break;
        case Opcode::ldiv_: emitLongDivision(false); break;
        case Opcode::lrem_: emitLongDivision(true); break;
        case Opcode::lcmp_: {
            // JVMS 6.5 lcmp: -1, 0 or 1, an int in rax (zero-extended, as intToSlot).
            flushRaxBelow(4);
            Operand bOp = longOperand(2);
            loadOperand(rax, 4);
            a_.emit(Inst::kIdCmp, rax, bOp);
            a_.setg(cl);
            a_.setl(dl);
            a_.sub(cl, dl);
            a_.movsx(eax, cl);
            consume(4);
            pushCached(Cached::Rax);
            break;
        }
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

// idiv/irem on the stack cache: operands from it, the result in rax. The
// divide-by-zero path writes out the cache as the instruction began: rax is
// not written before its jump.
void Templates::emitIntDivision(bool remainder) {
    flushRaxBelow(2);
    const Cached* b = cachedTop(1);
    if (b && b->kind == Cached::Const && int32_t(b->value) != 0 && int32_t(b->value) != -1) {
        // A constant divisor needs neither check: it is not zero, and only -1 overflows.
        auto divisor = int32_t(b->value);
        loadOperand(eax, 2);
        if (!remainder && divisor > 1 && std::has_single_bit(uint32_t(divisor))) {
            // Rounds towards zero: a negative dividend is biased by divisor - 1 before the shift.
            int k = std::countr_zero(uint32_t(divisor));
            a_.mov(edx, eax);
            a_.sar(edx, 31);
            a_.shr(edx, 32 - k);
            a_.add(eax, edx);
            a_.sar(eax, k);
        } else {
            a_.mov(ecx, divisor);
            a_.cdq();
            a_.idiv(ecx);
            if (remainder) a_.mov(eax, edx);
        }
        consume(2);
        pushCached(Cached::Rax);
        return;
    }
    Label byZero = throwPath([this] {
        a_.mov(rdi, r14);
        callHelper(reinterpret_cast<const void*>(&helpers::throwDivisionByZero));
    });
    Label minusOne = a_.newLabel(), done = a_.newLabel();
    loadOperand(ecx, 1);  // from rax, if the divisor is there: rax itself is left alone
    a_.test(ecx, ecx);
    a_.jz(byZero);
    loadOperand(eax, 2);
    // JVMS 6.5 idiv: MIN_VALUE / -1 overflows to MIN_VALUE (x86 would trap); the remainder is 0.
    a_.cmp(ecx, -1);
    a_.je(minusOne);
    a_.cdq();
    a_.idiv(ecx);
    if (remainder) a_.mov(eax, edx);
    a_.jmp(done);
    a_.bind(minusOne);
    if (remainder) a_.xor_(eax, eax);
    else a_.neg(eax);
    a_.bind(done);
    consume(2);
    pushCached(Cached::Rax);
}

void Templates::emitLongDivision(bool remainder) {
    Label byZero = throwPath([this] {
        a_.mov(rdi, r14);
        callHelper(reinterpret_cast<const void*>(&helpers::throwDivisionByZero));
    });
    Label minusOne = a_.newLabel(), done = a_.newLabel();
    a_.mov(rcx, top(-2));
    a_.test(rcx, rcx);
    a_.jz(byZero);
    a_.mov(rax, top(-4));
    a_.cmp(rcx, -1);
    a_.je(minusOne);
    a_.cqo();
    a_.idiv(rcx);
    if (remainder) a_.mov(rax, rdx);
    a_.jmp(done);
    a_.bind(minusOne);
    if (remainder) a_.xor_(eax, eax);
    else a_.neg(rax);
    a_.bind(done);
    a_.mov(top(-4), rax);
}

}  // namespace cortado::jit
