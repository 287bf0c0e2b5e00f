// Templates: field access, object creation, type checks, athrow, monitors
// (invocation: TemplatesInvoke.cpp).
// An instruction the interpreter quickens gets a guard on its live opcode:
// until it is quick, the shared resolution (interp/SlowPaths) runs first and
// rewrites it; afterwards the guard falls through to the quick template,
// which reads what resolution cached (offset, address, class) from the
// constant-pool cache entry, exactly what the interpreter's quick handler reads.
#include "interp/SlowPaths.h"
#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readU2;

namespace {
Mem low32(Mem m) { return m.cloneResized(4); }
const void* fn(auto* f) { return reinterpret_cast<const void*>(f); }
}  // namespace

TemplateResult Templates::emitFields(Opcode op) {
    if (op != Opcode::getfield_ && op != Opcode::putfield_ && op != Opcode::getstatic_ && op != Opcode::putstatic_)
        return TemplateResult::NotMine;
    uint16_t idx = readU2(bc_ + 1);
    auto type = static_cast<classfile::BasicType>(method_->owner->constantPool().memberDescriptor(idx)[0]);
    auto quick = static_cast<Opcode>(interp::quickFieldOpcodeFor(uint8_t(op), type));
    // getfield and putfield read their operands from the stack cache
    // (TemplatesStackCache.cpp); rax is needed here, and the resolution and
    // null-check slow paths write the rest of the cache out themselves.
    if (op == Opcode::getfield_ || op == Opcode::putfield_) flushCacheKind(Cached::Rax);
    emitResolveGuard(uint8_t(quick), fn(&helpers::resolveField));

    // Field address: instance fields [rcx + rax], statics [rax].
    auto instanceField = [&](int objectAt) {
        loadOperand(rcx, -objectAt);
        nullCheck(rcx);
        loadCacheEntry(idx);
        a_.mov(eax, dword_ptr(rax, offsets::kCacheFieldOffset));
        a_.add(rcx, rax);
    };
    // A one-slot field value (in rdx) stays in rax as the cached top.
    auto gotInt = [&] {
        consume(1);
        a_.mov(rax, rdx);
        pushCached(Cached::Rax);
    };
    auto staticField = [&] {
        loadCacheEntry(idx);
        a_.mov(rcx, qword_ptr(rax, offsets::kCacheStaticAddress));
    };
    switch (quick) {
        case Opcode::getfield_i_: instanceField(-1); a_.mov(edx, dword_ptr(rcx)); gotInt(); break;
        case Opcode::getfield_a_: instanceField(-1); a_.mov(rdx, qword_ptr(rcx)); gotInt(); break;
        case Opcode::getfield_j_:
            instanceField(-1);
            consume(1);
            if (type == classfile::BasicType::Double) {  // a double stays in an xmm register as the cached top
                Xmm dst = allocXmm();
                a_.movsd(dst, qword_ptr(rcx));
                pushXmm(dst, true);
                break;
            }
            a_.mov(rdx, qword_ptr(rcx));
            a_.mov(top(-1), rdx);
            pushCached(Cached::InSlot);  // both halves in memory: the entries below still describe theirs
            pushCached(Cached::InSlot);
            break;
        case Opcode::getfield_b_: instanceField(-1); a_.movsx(edx, byte_ptr(rcx)); gotInt(); break;
        case Opcode::getfield_c_: instanceField(-1); a_.movzx(edx, word_ptr(rcx)); gotInt(); break;
        case Opcode::getfield_s_: instanceField(-1); a_.movsx(edx, word_ptr(rcx)); gotInt(); break;
        case Opcode::putfield_i_: instanceField(-2); loadOperand(edx, 1); a_.mov(dword_ptr(rcx), edx); consume(2); break;
        case Opcode::putfield_j_: instanceField(-3); loadOperand(rdx, 2); a_.mov(qword_ptr(rcx), rdx); consume(3); break;
        case Opcode::putfield_a_:
            instanceField(-2);
            loadOperand(rdx, 1);
            a_.mov(qword_ptr(rcx), rdx);
            markCard(rcx);  // the GC's write barrier
            consume(2);
            break;
        case Opcode::putfield_b_: instanceField(-2); loadOperand(edx, 1); a_.mov(byte_ptr(rcx), dl); consume(2); break;
        case Opcode::putfield_z_:  // JVMS 6.5 putfield: a boolean keeps only its low bit
            instanceField(-2); loadOperand(edx, 1); a_.and_(edx, 1); a_.mov(byte_ptr(rcx), dl);
            consume(2);
            break;
        case Opcode::putfield_c_: instanceField(-2); loadOperand(edx, 1); a_.mov(word_ptr(rcx), dx); consume(2); break;
        case Opcode::getstatic_i_: staticField(); a_.mov(edx, dword_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::getstatic_j_: case Opcode::getstatic_a_:
            staticField(); a_.mov(rdx, qword_ptr(rcx)); a_.mov(top(0), rdx);
            break;
        case Opcode::getstatic_b_: staticField(); a_.movsx(edx, byte_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::getstatic_c_: staticField(); a_.movzx(edx, word_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::getstatic_s_: staticField(); a_.movsx(edx, word_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::putstatic_i_: staticField(); a_.mov(edx, low32(top(-1))); a_.mov(dword_ptr(rcx), edx); break;
        case Opcode::putstatic_j_: case Opcode::putstatic_a_:  // statics are roots: no card to mark
            staticField(); a_.mov(rdx, top(quick == Opcode::putstatic_j_ ? -2 : -1)); a_.mov(qword_ptr(rcx), rdx);
            break;
        case Opcode::putstatic_b_: staticField(); a_.mov(edx, low32(top(-1))); a_.mov(byte_ptr(rcx), dl); break;
        case Opcode::putstatic_z_:
            staticField(); a_.mov(edx, low32(top(-1))); a_.and_(edx, 1); a_.mov(byte_ptr(rcx), dl);
            break;
        case Opcode::putstatic_c_: staticField(); a_.mov(edx, low32(top(-1))); a_.mov(word_ptr(rcx), dx); break;
        default: return TemplateResult::Unsupported;
    }
    return TemplateResult::Emitted;
}

TemplateResult Templates::emitObjects(Opcode op) {
    // Only instructions with a constant-pool operand read it (a 1-byte athrow may end the code).
    auto idx = [&] { return uint16_t(readU2(bc_ + 1)); };
    switch (op) {
        case Opcode::invokevirtual_: case Opcode::invokespecial_: case Opcode::invokestatic_:
        case Opcode::invokeinterface_: emitInvoke(op); break;
        case Opcode::new_:
            emitResolveGuard(uint8_t(Opcode::new_quick_), fn(&helpers::resolveClassUse));
            saveState();
            a_.mov(rdi, r14);
            loadCacheEntry(idx());
            a_.mov(rsi, qword_ptr(rax, offsets::kCacheKlass));
            callHelper(fn(&helpers::newInstance));
            a_.test(rax, rax);
            a_.jz(bailOut_);
            a_.mov(top(0), rax);
            break;
        case Opcode::anewarray_:
            emitResolveGuard(uint8_t(Opcode::anewarray_quick_), fn(&helpers::resolveClassUse));
            saveState();
            a_.mov(rdi, r14);
            loadCacheEntry(idx());
            a_.mov(rsi, qword_ptr(rax, offsets::kCacheArrayClass));
            a_.mov(edx, low32(top(-1)));
            callHelper(fn(&helpers::newObjectArray));
            a_.test(rax, rax);
            a_.jz(bailOut_);
            a_.mov(top(-1), rax);
            break;
        case Opcode::newarray_:
            saveState();
            a_.mov(rdi, r14);
            a_.mov(esi, uint32_t(bc_[1]));
            a_.mov(edx, low32(top(-1)));
            callHelper(fn(&helpers::newPrimitiveArray));
            a_.test(rax, rax);
            a_.jz(bailOut_);
            a_.mov(top(-1), rax);
            break;
        case Opcode::checkcast_: case Opcode::instanceof_: {
            // JVMS 6.5: null passes checkcast and is no instance, without resolving the class.
            bool isCast = op == Opcode::checkcast_;
            Label isNull = a_.newLabel(), done = a_.newLabel(), notSubclass = a_.newLabel();
            a_.cmp(top(-1), 0);
            a_.je(isNull);
            emitResolveGuard(uint8_t(isCast ? Opcode::checkcast_quick_ : Opcode::instanceof_quick_),
                             fn(&helpers::resolveClassUse));
            a_.mov(rcx, top(-1));  // reloaded: resolution may have moved it
            a_.mov(rdi, qword_ptr(rcx, offsets::kObjectKlass));
            loadCacheEntry(idx());
            a_.mov(rsi, qword_ptr(rax, offsets::kCacheKlass));
            Label yes = a_.newLabel();
            a_.cmp(rdi, rsi);
            a_.je(yes);
            callHelper(fn(&helpers::isSubclassOf));
            a_.test(eax, eax);
            if (isCast) {
                Label failure = throwPath([this, idx] {
                    a_.mov(rdi, r14);
                    a_.mov(rsi, top(-1));
                    loadCacheEntry(idx());
                    a_.mov(rdx, qword_ptr(rax, offsets::kCacheKlass));
                    callHelper(fn(&helpers::throwClassCast));
                });
                a_.jz(failure);
                a_.bind(yes);
                a_.bind(isNull);
            } else {
                a_.jz(notSubclass);
                a_.bind(yes);
                a_.mov(top(-1), 1);
                a_.jmp(done);
                a_.bind(isNull);
                a_.bind(notSubclass);
                a_.mov(top(-1), 0);
            }
            a_.bind(done);
            break;
        }
        case Opcode::athrow_:
            a_.mov(rcx, top(-1));
            nullCheck(rcx);
            saveState();
            a_.mov(rdi, r14);
            a_.mov(rsi, top(-1));
            callHelper(fn(&helpers::throwObject));
            a_.jmp(bailOut_);
            break;
        // Monitors: the lock records are the interpreter's, so a compiled frame that
        // returns or unwinds holding one is handled as an interpreted one is.
        case Opcode::monitorenter_: case Opcode::monitorexit_:
            a_.mov(rcx, top(-1));
            nullCheck(rcx);
            saveState();
            loadThreadAndFrame();
            a_.mov(rdx, top(-1));
            if (op == Opcode::monitorenter_) {
                callHelper(fn(&helpers::monitorEnter));
            } else {
                callHelper(fn(&helpers::monitorExit));
                a_.test(eax, eax);
                a_.jz(bailOut_);
            }
            break;
        case Opcode::multianewarray_:
            saveState();
            loadThreadAndFrame();
            a_.mov(rdx, imm(reinterpret_cast<uint64_t>(live())));
            callHelper(fn(&helpers::multianewarray));
            a_.test(rax, rax);
            a_.jz(bailOut_);
            a_.mov(top(-int(bc_[3])), rax);
            break;
        case Opcode::invokedynamic_: emitInvokedynamic(); break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
