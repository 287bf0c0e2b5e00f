// Templates: a call to a field getter or to a method that does nothing, done
// inline (docs/jit.md "Accessors").
//
// A getter (`aload_0; getfield; ireturn`, or `...; arraylength; ireturn` as in
// String.length) can neither throw nor reach a safepoint once its getfield is
// resolved, so whether it ran in a frame of its own is unobservable: the call
// site reads the field itself. An empty method (`return`, or a constructor
// that only calls an empty one, as Object.<init>) is not called at all. The callee is the one the site would call,
// known when compiling (a direct call), or the resolved method guarded at run
// time by the receiver class's vtable entry (a virtual call), so a class
// loaded later that overrides it simply takes the call. Not while -Xprof
// counts invocations exactly.
#include <optional>

#include "interp/SlowPaths.h"
#include "jit/FrameOffsets.h"
#include "jit/Templates.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::Opcode;
using classfile::readU2;

namespace {

// The field a getter reads, and how (getterOf: nothing if the method is not one).
struct Getter {
    Opcode load;        // the quick getfield (i, a, b, c, s)
    uint32_t offset;    // of the field in the object
    bool arrayLength;   // then the length of the array the field refers to
};

std::optional<Getter> getterOf(const runtime::Method* m) {
    using O = classfile::Opcode;
    if (m->isStatic() || m->isNative() || m->isAbstract() || m->isSynchronized() || !m->code) return std::nullopt;
    const uint8_t* c = m->code.get();  // live: its getfield is quick once it has run
    auto is = [&](uint32_t at, O op) { return c[at] == uint8_t(op); };
    // Both shapes below are 5 or 6 bytes long: check that before reading past the first.
    if ((m->codeLength != 5 && m->codeLength != 6) || !is(0, O::aload_0_)) return std::nullopt;
    Getter g{static_cast<O>(c[1]), 0, false};
    if (m->codeLength == 5 && (is(4, O::ireturn_) || is(4, O::freturn_) || is(4, O::areturn_))) {
        if (!(g.load == O::getfield_i_ || g.load == O::getfield_a_ || g.load == O::getfield_b_ ||
              g.load == O::getfield_c_ || g.load == O::getfield_s_))
            return std::nullopt;
        // ireturn narrows to the return type (JVMS 6.5): only a getter of the field's own type.
        auto field = static_cast<classfile::BasicType>(m->owner->constantPool().memberDescriptor(readU2(c + 2))[0]);
        if (is(4, O::ireturn_) && field != m->signature.returnType) return std::nullopt;
    } else if (m->codeLength == 6 && g.load == O::getfield_a_ && is(4, O::arraylength_) && is(5, O::ireturn_)) {
        g.arrayLength = true;
    } else {
        return std::nullopt;
    }
    g.offset = m->owner->cpCache[readU2(c + 2)].fieldOffset;
    return g;
}

// Whether calling `m` does nothing: its code is `return`, or `aload_0;
// invokespecial (resolved); return` of such a method, as a constructor whose
// superclass is Object (Object.<init> itself is `return`).
bool doesNothing(const runtime::Method* m, int depth = 0) {
    using O = classfile::Opcode;
    if (depth > 8 || m->isStatic() || m->isNative() || m->isAbstract() || m->isSynchronized() || !m->code) return false;
    const uint8_t* c = m->code.get();
    if (m->codeLength == 1) return c[0] == uint8_t(O::return_);
    if (m->codeLength != 5 || c[0] != uint8_t(O::aload_0_) || c[1] != uint8_t(O::invokedirect_quick_) ||
        c[4] != uint8_t(O::return_))
        return false;
    const runtime::Method* callee = m->owner->cpCache[readU2(c + 2)].directMethod;
    return callee && doesNothing(callee, depth + 1);
}

}  // namespace

bool isInlineAccessor(const runtime::Method* m) { return getterOf(m).has_value() || doesNothing(m); }

bool Templates::emitInlineAccessor(Opcode op, int argSlots, int resultSlots, Label done) {
    if (runtime::g_profiling || argSlots != 1 || resultSlots > 1) return false;
    InlineTarget target = inlineTarget(op);
    if (!target.callee) return false;
    auto getter = resultSlots == 1 ? getterOf(target.callee) : std::nullopt;
    if (!getter && !(resultSlots == 0 && doesNothing(target.callee))) return false;
    logInlining(target.callee, getter ? "inlined (accessor)" : "inlined (does nothing)");

    Label call = a_.newLabel();
    emitInlineGuard(target, argSlots, call);
    if (!getter) {  // nothing to do once the receiver is known to be non-null (and the method the one)
        a_.jmp(done);
        a_.bind(call);
        return true;
    }
    Mem field = qword_ptr(rcx, int32_t(getter->offset));
    switch (getter->load) {
        case Opcode::getfield_i_: a_.mov(eax, field.cloneResized(4)); break;
        case Opcode::getfield_b_: a_.movsx(eax, field.cloneResized(1)); break;
        case Opcode::getfield_c_: a_.movzx(eax, field.cloneResized(2)); break;
        case Opcode::getfield_s_: a_.movsx(eax, field.cloneResized(2)); break;
        default: a_.mov(rax, field); break;
    }
    if (getter->arrayLength) {
        a_.test(rax, rax);
        a_.jz(call);  // the callee throws the NullPointerException, in its own frame
        a_.mov(eax, dword_ptr(rax, offsets::kArrayLength));
    }
    a_.jmp(done);
    a_.bind(call);
    return true;
}

}  // namespace cortado::jit
