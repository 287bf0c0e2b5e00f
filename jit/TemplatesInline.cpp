// Templates: small callees inlined at their call sites (docs/jit.md "Inlining").
//
// A callee of straight-line code (forward branches only) that makes no call,
// allocates nothing and needs no resolution is emitted into its caller, with
// its own templates, as if it had been called: its locals are the arguments
// where the caller left them (the top slots of the caller's operand stack,
// exactly where a call would put the callee's locals, runtime/Frame.h), and its
// operand stack is where its frame's would be. Only its Frame header is not
// written. Such code has no safepoint, so the missing frame can be observed
// only where the callee throws: every slow path of an inlined body (all of
// them throw, by the choice of instructions below) first pushes the frame the
// callee would have had, with the caller's state as at a call, and then runs
// as in the callee's own compiled code. Its bail-out returns to the caller's
// path for a compiled callee that bailed out, so the exception, its stack trace
// and any handler are exactly what the call would have given.
#include "interp/SlowPaths.h"
#include "jit/FrameOffsets.h"
#include "jit/Templates.h"
#include "runtime/FrameReferences.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::Opcode;
using classfile::readS2;
using classfile::readU2;

namespace {

// HotSpot's MaxInlineSize is 35 bytes; a little more takes in accessors that
// check their arguments, such as Queens.getRowColumn.
constexpr size_t kMaxInlineBytes = 48;
// The callee's frame must fit in the Java stack's reserve beyond its limit
// (JavaThread::kStackReserveSlots): the caller checked only its own frame.
constexpr uint32_t kMaxInlineSlots = 64;

// Whether an instruction of an inlined body may be emitted there: it neither
// calls, allocates, resolves nor reaches a safepoint, and its slow paths (if
// any) throw. `code` is the class file's, `live` the interpreter's.
bool inlinableInstruction(const runtime::Method* m, const uint8_t* code, const uint8_t* live, uint32_t pc) {
    using O = Opcode;
    auto op = static_cast<O>(code[pc]);
    uint8_t o = code[pc];
    if (o >= uint8_t(O::nop_) && o <= uint8_t(O::sipush_)) return true;                 // constants
    if (o >= uint8_t(O::iload_) && o <= uint8_t(O::saload_)) return true;               // loads
    if (o >= uint8_t(O::istore_) && o <= uint8_t(O::sastore_)) return op != O::aastore_;  // stores (aastore calls)
    if (o >= uint8_t(O::pop_) && o <= uint8_t(O::dcmpg_)) return true;  // stack, arithmetic, conversions, compares
    if ((o >= uint8_t(O::ifeq_) && o <= uint8_t(O::goto_)) || op == O::ifnull_ || op == O::ifnonnull_)
        return readS2(code + pc + 1) > 0;  // forward only: a loop would poll for safepoints
    if (o >= uint8_t(O::ireturn_) && o <= uint8_t(O::return_)) return true;
    if (op == O::arraylength_) return true;
    if (o >= uint8_t(O::getstatic_) && o <= uint8_t(O::putfield_)) {
        // Resolved (and, for a static, its class initialized) when compiling: no resolve guard.
        auto type = static_cast<classfile::BasicType>(m->owner->constantPool().memberDescriptor(readU2(code + pc + 1))[0]);
        return live[pc] == interp::quickFieldOpcodeFor(o, type);
    }
    return false;
}

bool inlinableBody(const runtime::Method* m) {
    if (m->isNative() || m->isAbstract() || m->isSynchronized() || !m->code || !m->codeAttribute()) return false;
    const auto& attr = *m->codeAttribute();
    // A handler would be a join the slow paths cannot reach; none is needed in such code.
    if (attr.code.size() > kMaxInlineBytes || !attr.exception_table.empty()) return false;
    if (uint32_t(m->maxLocals) + m->maxStack + runtime::kFrameHeaderSlots > kMaxInlineSlots) return false;
    for (uint32_t pc = 0; pc < attr.code.size();) {
        uint32_t len = classfile::instructionLength(attr.code, pc);
        if (len == 0 || !inlinableInstruction(m, attr.code.data(), m->code.get(), pc)) return false;
        pc += len;
    }
    return true;
}

}  // namespace

Templates::Templates(Assembler& a, runtime::Method* callee, const runtime::MethodRefMaps& maps, const InlineSite& site)
    : Templates(a, callee, maps) {
    frameDisp_ = site.frameDisp;
    inlineSite_ = site;
}

Templates::InlineTarget Templates::inlineTarget(Opcode op) const {
    const runtime::CpCacheEntry& e = method_->owner->cpCache[readU2(bc_ + 1)];
    InlineTarget t;
    if (op == Opcode::invokestatic_) {
        t.callee = knownDirectCallee(op);
    } else if (op == Opcode::invokespecial_ || op == Opcode::invokevirtual_) {
        if (isQuickAtCompileTime(uint8_t(Opcode::invokedirect_quick_))) {
            t.callee = e.directMethod;
        } else if (op == Opcode::invokevirtual_ && isQuickAtCompileTime(uint8_t(Opcode::invokevirtual_quick_)) &&
                   e.vtableIndex >= 0) {
            t.callee = e.method;
            t.vtableIndex = e.vtableIndex;
        }
    }
    return t;
}

void Templates::emitInlineGuard(const InlineTarget& target, int argSlots, Label call) {
    if (target.callee->isStatic()) return;
    a_.mov(rcx, top(-argSlots));
    a_.test(rcx, rcx);
    a_.jz(call);  // the call throws the NullPointerException
    if (target.vtableIndex >= 0) {
        a_.mov(rdx, qword_ptr(rcx, offsets::kObjectKlass));
        a_.mov(rdx, qword_ptr(rdx, offsets::kKlassVtableBegin));
        a_.mov(r8, imm(reinterpret_cast<uint64_t>(target.callee)));
        a_.cmp(qword_ptr(rdx, target.vtableIndex * int32_t(sizeof(runtime::Method*))), r8);
        a_.jne(call);
    }
}

void Templates::emitInlinedCall(Opcode op, int argSlots, Label returned, Label calleeBailedOut) {
    if (runtime::g_profiling || inlineSite_) return;  // -Xprof counts every invocation
    InlineTarget target = inlineTarget(op);
    if (!target.callee || target.callee == method_ || !inlinableBody(target.callee)) return;
    std::string error;
    const runtime::MethodRefMaps* maps = runtime::referenceMapsOf(target.callee, &error);
    if (!maps) return;

    Label call = a_.newLabel();
    emitInlineGuard(target, argSlots, call);
    // The callee's Frame follows its locals, which are the arguments.
    uint32_t spDepth = depth_ - uint32_t(argSlots);
    InlineSite site{frameDisp_ + int32_t(sizeof(runtime::Frame)) + int32_t(spDepth + target.callee->maxLocals) * 8,
                    live(), spDepth, calleeBailedOut};
    Templates inlined(a_, target.callee, *maps, site);
    std::string reason;
    if (!inlined.emitInlinedBody(returned, reason))
        inlineFailure_ = "inlining " + target.callee->externalName() + ": " + reason;
    a_.bind(call);
}

bool Templates::emitInlinedBody(Label returned, std::string& reason) {
    const auto& code = method_->codeAttribute()->code;
    labels_.clear();
    for (size_t i = 0; i <= code.size(); ++i) labels_.push_back(a_.newLabel());
    bailOut_ = a_.newLabel();
    epilogue_ = returned;  // the return templates leave the result in rax, as a callee's code does
    findBranchTargets();
    cache_.clear();
    if (!emitBody(reason)) return false;
    // A slow path bailed out in the callee's frame (pushed by emitInlinedFramePush):
    // as after a compiled callee that bailed out, rax = 0 and rbx = the caller's frame.
    a_.bind(bailOut_);
    a_.xor_(eax, eax);
    a_.mov(rbx, qword_ptr(rbx, offsets::kFrameCaller));
    a_.jmp(inlineSite_->calleeBailedOut);
    return true;
}

// The frame the inlined callee would have had, pushed as a call pushes it
// (TemplatesInvoke.cpp), with the caller's state as at that call; rbx is
// then the callee's frame. Its locals are already in place.
void Templates::emitInlinedFramePush() {
    namespace off = offsets;
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(inlineSite_->callerPc)));
    a_.mov(qword_ptr(rbx, off::kFramePc), rax);
    a_.lea(rax, qword_ptr(rbx, int32_t(sizeof(runtime::Frame)) + int32_t(inlineSite_->callerSpDepth) * 8));
    a_.mov(qword_ptr(rbx, off::kFrameSp), rax);
    a_.lea(r10, qword_ptr(rbx, frameDisp_));
    a_.mov(qword_ptr(r10, off::kFrameCaller), rbx);
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(method_)));
    a_.mov(qword_ptr(r10, off::kFrameMethod), rax);
    a_.lea(rax, qword_ptr(r10, -int32_t(method_->maxLocals) * 8));
    a_.mov(qword_ptr(r10, off::kFrameLocals), rax);
    a_.mov(dword_ptr(r10, off::kFrameFlags), runtime::Frame::kEntryFrame | runtime::Frame::kCompiledFrame);
    a_.mov(qword_ptr(r14, off::kThreadTopFrame), r10);
    a_.mov(rbx, r10);
}

}  // namespace cortado::jit
