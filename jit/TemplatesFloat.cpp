// Templates: float and double arithmetic (SSE2, IEEE 754 round-to-nearest as
// JVMS 2.8 requires) and every primitive conversion (JVMS 2.11.4). Saturating
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
    switch (op) {
        case Opcode::fadd_: fbin([&] { a_.addss(xmm0, xmm1); }); break;
        case Opcode::fsub_: fbin([&] { a_.subss(xmm0, xmm1); }); break;
        case Opcode::fmul_: fbin([&] { a_.mulss(xmm0, xmm1); }); break;
        case Opcode::fdiv_: fbin([&] { a_.divss(xmm0, xmm1); }); break;
        case Opcode::frem_: fbin([&] { callHelper(reinterpret_cast<const void*>(&helpers::frem)); }); break;
        case Opcode::dadd_: dbin([&] { a_.addsd(xmm0, xmm1); }); break;
        case Opcode::dsub_: dbin([&] { a_.subsd(xmm0, xmm1); }); break;
        case Opcode::dmul_: dbin([&] { a_.mulsd(xmm0, xmm1); }); break;
        case Opcode::ddiv_: dbin([&] { a_.divsd(xmm0, xmm1); }); break;
        case Opcode::drem_: dbin([&] { callHelper(reinterpret_cast<const void*>(&helpers::drem)); }); break;
        // Negation flips the sign bit (also of NaN and zero), as C++'s unary minus does.
        case Opcode::fneg_: a_.xor_(low32(top(-1)), imm(int32_t(0x80000000u))); break;
        case Opcode::dneg_: a_.btc(top(-2), 63); break;
        case Opcode::fcmpl_: case Opcode::fcmpg_:
            a_.movss(xmm0, low32(top(-2)));
            a_.ucomiss(xmm0, low32(top(-1)));
            compare(op == Opcode::fcmpl_ ? -1 : 1);
            a_.mov(top(-2), rax);
            break;
        case Opcode::dcmpl_: case Opcode::dcmpg_:
            a_.movsd(xmm0, top(-4));
            a_.ucomisd(xmm0, top(-2));
            compare(op == Opcode::dcmpl_ ? -1 : 1);
            a_.mov(top(-4), rax);
            break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

TemplateResult Templates::emitConversions(Opcode op) {
    auto storeInt = [&](int at) { a_.mov(top(at), rax); };  // eax zero-extended
    auto storeFloat = [&](int at) { a_.movd(eax, xmm0); a_.mov(top(at), rax); };
    switch (op) {
        case Opcode::i2l_: a_.movsxd(rax, low32(top(-1))); a_.mov(top(-1), rax); break;
        case Opcode::i2f_: a_.cvtsi2ss(xmm0, low32(top(-1))); storeFloat(-1); break;
        case Opcode::i2d_: a_.cvtsi2sd(xmm0, low32(top(-1))); a_.movsd(top(-1), xmm0); break;
        case Opcode::l2i_: a_.mov(eax, low32(top(-2))); storeInt(-2); break;
        case Opcode::l2f_: a_.cvtsi2ss(xmm0, top(-2)); storeFloat(-2); break;
        case Opcode::l2d_: a_.cvtsi2sd(xmm0, top(-2)); a_.movsd(top(-2), xmm0); break;
        case Opcode::f2d_: a_.cvtss2sd(xmm0, low32(top(-1))); a_.movsd(top(-1), xmm0); break;
        case Opcode::d2f_: a_.cvtsd2ss(xmm0, top(-2)); storeFloat(-2); break;
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
        case Opcode::i2b_: a_.movsx(eax, byte_ptr(r13, int32_t(depth_ - 1) * 8)); storeInt(-1); break;
        case Opcode::i2c_: a_.movzx(eax, word_ptr(r13, int32_t(depth_ - 1) * 8)); storeInt(-1); break;
        case Opcode::i2s_: a_.movsx(eax, word_ptr(r13, int32_t(depth_ - 1) * 8)); storeInt(-1); break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
