// Templates: float and double arithmetic (SSE2, IEEE 754 round-to-nearest as
// JVMS 2.8 requires) and every primitive conversion (JVMS 2.11.4). + - * /,
// the compares and the int/float/double conversions work on the stack cache
// (TemplatesStackCache.cpp), keeping their results in xmm registers. Saturating
// float-to-integer conversions and remainders call the helpers the
// interpreter's rules live in.
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;

namespace {
Mem low32(Mem m) { return m.cloneResized(4); }
}  // namespace

TemplateResult Templates::emitFloatArithmetic(Opcode op) {
    // Operands and result in the stack cache (TemplatesStackCache.cpp): a = the
    // deeper operand, b = the top one, either a register, a local, a constant
    // or a slot; the result stays in an xmm register, a's or b's if either is one.
    auto binop = [&](InstId id, bool isDouble, bool commutative) {
        int bAt = isDouble ? 2 : 1, aAt = 2 * bAt;
        Xmm dst;
        if (inXmm(aAt)) {
            dst = xmmOf(aAt);
            a_.emit(id, dst, fpOperand(bAt, isDouble));
        } else if (inXmm(bAt) && commutative) {
            dst = xmmOf(bAt);
            a_.emit(id, dst, fpOperand(aAt, isDouble));
        } else if (inXmm(bAt) && hasFreeXmm()) {  // a - b, a / b: a to a register of its own
            dst = allocXmm();
            loadFp(dst, aAt, isDouble);
            a_.emit(id, dst, xmmOf(bAt));
        } else if (inXmm(bAt)) {
            dst = xmmOf(bAt);
            loadFp(xmm14, aAt, isDouble);
            a_.emit(id, xmm14, dst);
            a_.movaps(dst, xmm14);
        } else {
            dst = allocXmm();
            loadFp(dst, aAt, isDouble);
            a_.emit(id, dst, fpOperand(bAt, isDouble));
        }
        consume(2 * bAt);
        pushXmm(dst, isDouble);
    };
    auto fbin = [&](auto emit) {  // a = top(-2), b = top(-1)
        a_.movss(xmm0, low32(top(-2)));
        a_.movss(xmm1, low32(top(-1)));
        emit();
        a_.movd(eax, xmm0);
        a_.mov(top(-2), rax);
    };
    auto dbin = [&](auto emit) {  // a = top(-4), b = top(-2)
        a_.movsd(xmm0, top(-4));
        a_.movsd(xmm1, top(-2));
        emit();
        a_.movsd(top(-4), xmm0);
    };
    // JVMS 6.5 fcmp<op>/dcmp<op>: 1, 0, -1, or nanResult when unordered.
    auto compare = [&](int32_t nanResult) {
        Label done = a_.newLabel();
        a_.mov(eax, nanResult);
        a_.jp(done);  // unordered (ucomis* set PF)
        a_.mov(eax, 1);
        a_.ja(done);
        a_.mov(eax, 0);
        a_.je(done);
        a_.mov(eax, -1);
        a_.bind(done);
    };
    // The cached form: the result in rax, as an int's.
    auto cachedCompare = [&](bool isDouble, int32_t nanResult) {
        int bAt = isDouble ? 2 : 1, aAt = 2 * bAt;
        flushRaxBelow(2 * bAt);
        // Followed by iflt, ifge, ifgt or ifle (x > 4.0 is dcmpl, ifle) that no other
        // instruction jumps to: the branch tests the flags of ucomis* itself. Its
        // condition on the result -1/0/1 is one x86 condition if the operands are
        // ordered so that unordered (ZF = PF = CF = 1) falls on the side the NaN
        // result does: ucomis a, b: a < b is CF; ucomis b, a: a > b is CF.
        uint32_t next = bci_ + 1;
        auto nextOp = next < method_->codeAttribute()->code.size() ? static_cast<Opcode>(bc_[1]) : Opcode::nop_;
        bool fuse = (nextOp == Opcode::iflt_ || nextOp == Opcode::ifge_ || nextOp == Opcode::ifgt_ ||
                     nextOp == Opcode::ifle_) &&
                    !branchTargets_[next] && maps_.at(next);
        if (fuse) {
            bool nanIsLess = nanResult < 0;
            // The taken side of the branch, as a function of the result r: r < 0, r >= 0, r > 0, r <= 0.
            bool swap;  // compare b with a
            CondCode cc;
            switch (nextOp) {
                case Opcode::iflt_: swap = !nanIsLess; cc = nanIsLess ? CondCode::kB : CondCode::kA; break;
                case Opcode::ifge_: swap = !nanIsLess; cc = nanIsLess ? CondCode::kAE : CondCode::kBE; break;
                case Opcode::ifgt_: swap = !nanIsLess; cc = nanIsLess ? CondCode::kA : CondCode::kB; break;
                default: swap = !nanIsLess; cc = nanIsLess ? CondCode::kBE : CondCode::kAE; break;  // ifle
            }
            int first = swap ? bAt : aAt, second = swap ? aAt : bAt;
            Xmm r1 = xmm14;
            if (inXmm(first)) r1 = xmmOf(first);
            else if (const Cached* c = cachedTop(first); c && isXmmLocal(*c)) r1 = localXmm(uint32_t(c->value));
            else loadFp(xmm14, first, isDouble);
            a_.emit(isDouble ? Inst::kIdUcomisd : Inst::kIdUcomiss, r1, fpOperand(second, isDouble));
            consume(2 * bAt);
            pushCached(Cached::Flags, uint64_t(cc));
            return;
        }
        Xmm ra = xmm14;
        if (inXmm(aAt)) ra = xmmOf(aAt);
        else if (const Cached* c = cachedTop(aAt); c && isXmmLocal(*c)) ra = localXmm(uint32_t(c->value));
        else loadFp(xmm14, aAt, isDouble);
        if (isDouble) a_.emit(Inst::kIdUcomisd, ra, fpOperand(bAt, isDouble));
        else a_.emit(Inst::kIdUcomiss, ra, fpOperand(bAt, isDouble));
        compare(nanResult);
        consume(2 * bAt);
        pushCached(Cached::Rax);
    };
    switch (op) {
        case Opcode::fadd_: binop(Inst::kIdAddss, false, true); break;
        case Opcode::fsub_: binop(Inst::kIdSubss, false, false); break;
        case Opcode::fmul_: binop(Inst::kIdMulss, false, true); break;
        case Opcode::fdiv_: binop(Inst::kIdDivss, false, false); break;
        case Opcode::frem_: fbin([&] { callHelper(reinterpret_cast<const void*>(&helpers::frem)); }); break;
        case Opcode::dadd_: binop(Inst::kIdAddsd, true, true); break;
        case Opcode::dsub_: binop(Inst::kIdSubsd, true, false); break;
        case Opcode::dmul_: binop(Inst::kIdMulsd, true, true); break;
        case Opcode::ddiv_: binop(Inst::kIdDivsd, true, false); break;
        case Opcode::drem_: dbin([&] { callHelper(reinterpret_cast<const void*>(&helpers::drem)); }); break;
        // Negation flips the sign bit (also of NaN and zero), as C++'s unary minus does.
        case Opcode::fneg_: case Opcode::dneg_: {
            bool isDouble = op == Opcode::dneg_;
            int at = isDouble ? 2 : 1;
            Xmm dst = inXmm(at) ? xmmOf(at) : allocXmm();
            loadFp(dst, at, isDouble);
            if (isDouble) a_.mov(r11, imm(0x8000000000000000ull));
            else a_.mov(r11d, 0x80000000u);
            a_.movq(xmm15, r11);
            a_.xorps(dst, xmm15);
            consume(at);
            pushXmm(dst, isDouble);
            break;
        }
        case Opcode::fcmpl_: case Opcode::fcmpg_: cachedCompare(false, op == Opcode::fcmpl_ ? -1 : 1); break;
        case Opcode::dcmpl_: case Opcode::dcmpg_: cachedCompare(true, op == Opcode::dcmpl_ ? -1 : 1); break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

TemplateResult Templates::emitConversions(Opcode op) {
    auto storeInt = [&](int at) { a_.mov(top(at), rax); };  // eax zero-extended
    auto storeFloat = [&](int at) { a_.movd(eax, xmm0); a_.mov(top(at), rax); };
    switch (op) {
        // The integer conversions on the stack cache: the result in rax.
        case Opcode::i2l_: {
            flushRaxBelow(1);
            Operand v = operand(1, false);
            if (v.isReg() || v.isMem()) {
                a_.emit(Inst::kIdMovsxd, rax, v);  // a slot, a register local (RegisterLocals.h), rax or rcx
            } else {
                loadOperand(eax, 1);
                a_.movsxd(rax, eax);
            }
            consume(1);
            pushCached(Cached::Rax);
            pushCached(Cached::InSlot);
            break;
        }
        case Opcode::i2f_: case Opcode::i2d_: {  // from the stack cache to it: the int anywhere, the result in xmm
            Xmm dst = allocXmm();  // first: writing out an entry uses r11
            const Cached* c = cachedTop(1);
            Operand src = low32(top(-1));
            if (c && c->kind == Cached::Local) src = operand(1, false);  // its slot, or its register (RegisterLocals.h)
            else if (Gp r = gprOf(1); r.isValid()) src = r.r32();  // rax or a pool register
            else if (c) { loadOperand(r11d, 1); src = r11d; }  // a constant
            a_.xorps(dst, dst);  // cvtsi2s* writes the low lane only: no dependence on the old value
            if (op == Opcode::i2d_) a_.emit(Inst::kIdCvtsi2sd, dst, src);
            else a_.emit(Inst::kIdCvtsi2ss, dst, src);
            consume(1);
            pushXmm(dst, op == Opcode::i2d_);
            break;
        }
        case Opcode::f2d_: case Opcode::d2f_: {
            bool fromDouble = op == Opcode::d2f_;
            Xmm dst = inXmm(fromDouble ? 2 : 1) ? xmmOf(fromDouble ? 2 : 1) : allocXmm();
            Operand src = fpOperand(fromDouble ? 2 : 1, fromDouble);
            if (fromDouble) a_.emit(Inst::kIdCvtsd2ss, dst, src);
            else a_.emit(Inst::kIdCvtss2sd, dst, src);
            consume(fromDouble ? 2 : 1);
            pushXmm(dst, !fromDouble);
            break;
        }
        case Opcode::l2i_:
            flushRaxBelow(2);
            loadOperand(eax, 2);  // the low half, zero-extended (intToSlot)
            consume(2);
            pushCached(Cached::Rax);
            break;
        case Opcode::l2f_: a_.cvtsi2ss(xmm0, top(-2)); storeFloat(-2); break;
        case Opcode::l2d_: a_.cvtsi2sd(xmm0, top(-2)); a_.movsd(top(-2), xmm0); break;
        case Opcode::f2i_:
            a_.movss(xmm0, low32(top(-1)));
            callHelper(reinterpret_cast<const void*>(&helpers::f2i));
            storeInt(-1);
            break;
        case Opcode::f2l_:
            a_.movss(xmm0, low32(top(-1)));
            callHelper(reinterpret_cast<const void*>(&helpers::f2l));
            a_.mov(top(-1), rax);
            break;
        case Opcode::d2i_:
            a_.movsd(xmm0, top(-2));
            callHelper(reinterpret_cast<const void*>(&helpers::d2i));
            storeInt(-2);
            break;
        case Opcode::d2l_:
            a_.movsd(xmm0, top(-2));
            callHelper(reinterpret_cast<const void*>(&helpers::d2l));
            a_.mov(top(-2), rax);
            break;
        case Opcode::i2b_: case Opcode::i2c_: case Opcode::i2s_:
            flushRaxBelow(1);
            loadOperand(eax, 1);
            if (op == Opcode::i2b_) a_.movsx(eax, al);
            else if (op == Opcode::i2c_) a_.movzx(eax, ax);
            else a_.movsx(eax, ax);
            consume(1);
            pushCached(Cached::Rax);
            break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
