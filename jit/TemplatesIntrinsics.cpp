// Templates: methods of java.lang.Math and java.lang.StrictMath emitted inline
// at an invokestatic instead of called, as HotSpot's compilers do: sqrt(D)D is
// one sqrtsd (the correctly rounded IEEE 754 square root the Javadoc of
// StrictMath.sqrt specifies, which is also what the native behind it
// computes), abs, min and max of int, long, float and double.
// Operands come from the stack cache and the result stays in it
// (TemplatesStackCache.cpp): Math.sqrt(dx * dx + dy * dy) never touches the
// operand stack.
//
// The Methodref's class, name and descriptor identify the method: no class
// loader may define a class in a java.* package (JLS 13.1, ClassLoader's
// defineClass), so java/lang/Math is always the class library's. The
// invocation would resolve the Methodref and initialize the class (JVMS 5.5):
// until the interpreter's code holds invokestatic_quick at this instruction
// (resolution rewrites it only once both are done), a guard sends the call
// through helpers::invoke, as the normal call's slow path does, and loads the
// result where the inline code leaves it.
//
// An inline method has no frame: -Xprof counts no invocation of it for these
// calls (HotSpot's profilers do not see intrinsics either).
//
// System.arraycopy is not emitted inline but its common case is a direct call
// of runtime::copyArrayUnchecked, the function its native begins with: a leaf
// (no allocation, exception or safepoint), so no frame state is written and
// no frame pushed, where the call would go through helpers::invoke and the
// native bridge. When it declines (something to throw, elements to check) the
// call is made as it would have been, and the native does the rest.
#include <memory>
#include <string_view>

#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"
#include "runtime/ArrayCopy.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readU2;

Templates::Intrinsic Templates::intrinsicAt() const {
    uint16_t idx = readU2(bc_ + 1);
    const auto& cp = method_->owner->constantPool();
    if (cp.tag(idx) != classfile::CpTag::Methodref) return Intrinsic::None;
    std::string_view cls = cp.memberClass(idx);
    if (cls != "java/lang/Math" && cls != "java/lang/StrictMath") return Intrinsic::None;
    struct Known { std::string_view name, descriptor; Intrinsic intrinsic; };
    static constexpr Known kKnown[] = {
        {"sqrt", "(D)D", Intrinsic::SqrtD}, {"abs", "(I)I", Intrinsic::AbsI},  {"abs", "(J)J", Intrinsic::AbsJ},
        {"abs", "(F)F", Intrinsic::AbsF},   {"abs", "(D)D", Intrinsic::AbsD},  {"min", "(II)I", Intrinsic::MinI},
        {"max", "(II)I", Intrinsic::MaxI},  {"min", "(JJ)J", Intrinsic::MinJ}, {"max", "(JJ)J", Intrinsic::MaxJ},
        {"min", "(FF)F", Intrinsic::MinF},  {"max", "(FF)F", Intrinsic::MaxF}, {"min", "(DD)D", Intrinsic::MinD},
        {"max", "(DD)D", Intrinsic::MaxD},
    };
    std::string_view name = cp.memberName(idx), descriptor = cp.memberDescriptor(idx);
    for (const Known& k : kKnown)
        if (k.name == name && k.descriptor == descriptor) return k.intrinsic;
    return Intrinsic::None;
}

bool callsSystemArraycopy(const runtime::Method* m, uint32_t pc) {
    const auto& code = m->codeAttribute()->code;
    if (code[pc] != uint8_t(classfile::Opcode::invokestatic_)) return false;
    uint16_t idx = readU2(&code[pc + 1]);
    const auto& cp = m->owner->constantPool();
    // java/lang/System is the class library's: no loader defines a java.* class (JLS 13.1).
    return cp.tag(idx) == classfile::CpTag::Methodref && cp.memberClass(idx) == "java/lang/System" &&
           cp.memberName(idx) == "arraycopy" && cp.memberDescriptor(idx) == "(Ljava/lang/Object;ILjava/lang/Object;II)V";
}

bool Templates::emitArraycopyFastPath(Opcode op, Label done) {
    // Not while -Xprof counts every invocation of the native.
    if (op != Opcode::invokestatic_ || runtime::g_profiling || !callsSystemArraycopy(method_, bci_)) return false;
    Label call = a_.newLabel();
    // Until the invokestatic is resolved (quick), the call resolves it, as JVMS 5.4.3 has it
    // happen there; quickening is for good, so a site resolved already needs no guard.
    constexpr auto kQuick = uint8_t(classfile::Opcode::invokestatic_quick_);
    if (!isQuickAtCompileTime(kQuick)) {
        a_.mov(r11, imm(reinterpret_cast<uint64_t>(live())));
        a_.cmp(byte_ptr(r11), kQuick);
        a_.jne(call);
    }
    // (src, srcPos, dst, dstPos, length): the C ABI's first five argument registers.
    loadOperand(rdi, 5);
    loadOperand(esi, 4);
    loadOperand(rdx, 3);
    loadOperand(ecx, 2);
    loadOperand(r8d, 1);
    callHelper(reinterpret_cast<const void*>(&runtime::copyArrayUnchecked));
    a_.test(al, al);  // bool: only al is defined
    a_.jnz(done);
    a_.bind(call);
    return true;
}

bool Templates::emitIntrinsic() {
    Intrinsic kind = intrinsicAt();
    if (kind == Intrinsic::None) return false;
    auto [argSlots, resultSlots] = callSlots(false);
    flushRaxBelow(argSlots);  // an int or long result goes to rax

    // Not resolved yet: the call, then the result where the inline code leaves it.
    Label done = a_.newLabel();
    auto after = std::make_shared<std::vector<Cached>>();  // the cache after the inline code
    uint32_t depthAfter = depth_ - uint32_t(argSlots) + uint32_t(resultSlots);
    constexpr auto kQuick = uint8_t(classfile::Opcode::invokestatic_quick_);
    if (!isQuickAtCompileTime(kQuick)) {  // quickening is for good: a site resolved already needs no guard
        Label call = slowPath([this, after, depthAfter, done] {
            saveState();
            loadThreadAndFrame();
            a_.mov(rdx, imm(reinterpret_cast<uint64_t>(live())));
            a_.xor_(ecx, ecx);  // no CallSiteCache: the inline code is the fast path
            callHelper(reinterpret_cast<const void*>(&helpers::invoke));
            bailOutIfPending();
            reloadCacheRegisters(*after, depthAfter);  // the result from its slot, and the xmm registers below it
            resumeMainLine(done);
        });
        a_.mov(r11, imm(reinterpret_cast<uint64_t>(live())));
        a_.cmp(byte_ptr(r11), kQuick);
        a_.jne(call);
    }

    switch (kind) {
        case Intrinsic::SqrtD: {
            Xmm dst = inXmm(2) ? xmmOf(2) : allocXmm();
            a_.emit(Inst::kIdSqrtsd, dst, fpOperand(2, true));
            consume(2);
            pushXmm(dst, true);
            break;
        }
        case Intrinsic::AbsF: case Intrinsic::AbsD: {
            // Math.abs is (a <= 0.0) ? 0.0 - a : a: the sign bit cleared, except
            // that a NaN is returned as it is (with its sign and payload).
            bool isDouble = kind == Intrinsic::AbsD;
            int at = isDouble ? 2 : 1;
            Xmm dst = inXmm(at) ? xmmOf(at) : allocXmm();
            loadFp(dst, at, isDouble);
            Label nan = a_.newLabel();
            if (isDouble) a_.ucomisd(dst, dst);
            else a_.ucomiss(dst, dst);
            a_.jp(nan);
            if (isDouble) {
                a_.mov(r11, imm(0x7fffffffffffffffull));
                a_.movq(xmm15, r11);
                a_.andpd(dst, xmm15);
            } else {
                a_.mov(r11d, 0x7fffffff);
                a_.movd(xmm15, r11d);
                a_.andps(dst, xmm15);
            }
            a_.bind(nan);
            consume(at);
            pushXmm(dst, isDouble);
            break;
        }
        case Intrinsic::AbsI: case Intrinsic::AbsJ: {
            // (a < 0) ? -a : a, so abs(MIN_VALUE) is MIN_VALUE: -a is taken when it is not negative.
            bool isLong = kind == Intrinsic::AbsJ;
            Gp ra = isLong ? Gp(rax) : Gp(eax), rc = isLong ? Gp(rcx) : Gp(ecx);
            loadOperand(ra, isLong ? 2 : 1);
            a_.mov(rc, ra);
            a_.neg(rc);
            a_.cmovns(ra, rc);  // a 32-bit cmov zero-extends rax either way (intToSlot)
            consume(isLong ? 2 : 1);
            pushCached(Cached::Rax);
            if (isLong) pushCached(Cached::InSlot);
            break;
        }
        case Intrinsic::MinI: case Intrinsic::MaxI: case Intrinsic::MinJ: case Intrinsic::MaxJ: {
            // min: (a <= b) ? a : b; max: (a >= b) ? a : b.
            bool isLong = kind == Intrinsic::MinJ || kind == Intrinsic::MaxJ;
            bool isMin = kind == Intrinsic::MinI || kind == Intrinsic::MinJ;
            int bAt = isLong ? 2 : 1, aAt = 2 * bAt;
            Gp ra = isLong ? Gp(rax) : Gp(eax), rc = isLong ? Gp(rcx) : Gp(ecx);
            loadOperand(rc, bAt);  // first: b may be in rax
            loadOperand(ra, aAt);
            a_.cmp(ra, rc);
            if (isMin) a_.cmovg(ra, rc);
            else a_.cmovl(ra, rc);
            consume(2 * bAt);
            pushCached(Cached::Rax);
            if (isLong) pushCached(Cached::InSlot);
            break;
        }
        case Intrinsic::MinF: case Intrinsic::MaxF: case Intrinsic::MinD: case Intrinsic::MaxD: {
            // Math.max: a if a is NaN; b if both are zeros and a is -0.0; else (a >= b) ? a : b.
            // Math.min: a if a is NaN; b if both are zeros and b is -0.0; else (a <= b) ? a : b.
            // So a NaN operand is the result, and of two equal operands (only zeros of
            // different signs differ in their bits) max takes -0.0 only if both are: the
            // bitwise and of the two; min takes it if either is: the bitwise or.
            bool isDouble = kind == Intrinsic::MinD || kind == Intrinsic::MaxD;
            bool isMin = kind == Intrinsic::MinF || kind == Intrinsic::MinD;
            int bAt = isDouble ? 2 : 1, aAt = 2 * bAt;
            Xmm dst = inXmm(aAt) ? xmmOf(aAt) : allocXmm();
            loadFp(dst, aAt, isDouble);
            Xmm rb = xmm15;
            if (inXmm(bAt)) rb = xmmOf(bAt);
            else loadFp(xmm15, bAt, isDouble);
            Label done = a_.newLabel(), takeB = a_.newLabel(), unequal = a_.newLabel();
            auto ucomi = [&](const Xmm& x, const Xmm& y) { isDouble ? a_.ucomisd(x, y) : a_.ucomiss(x, y); };
            ucomi(dst, dst);
            a_.jp(done);  // a is NaN
            ucomi(dst, rb);
            a_.jp(takeB);  // b is NaN
            a_.jne(unequal);
            if (isMin) a_.orps(dst, rb);
            else a_.andps(dst, rb);
            a_.jmp(done);
            a_.bind(unequal);
            if (isMin) a_.jb(done);  // a < b
            else a_.ja(done);        // a > b
            a_.bind(takeB);
            a_.movaps(dst, rb);
            a_.bind(done);
            consume(2 * bAt);
            pushXmm(dst, isDouble);
            break;
        }
        case Intrinsic::None: break;
    }
    *after = cache_;
    a_.bind(done);
    return true;
}

}  // namespace cortado::jit
