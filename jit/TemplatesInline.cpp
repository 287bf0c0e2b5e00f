// Templates: small callees inlined at their call sites (docs/jit.md "Inlining").
//
// A small callee without exception handlers that allocates nothing, needs no
// resolution and makes no call (except, one level deep, calls that are done
// inline in turn: emitNestedCall) is emitted into its caller, with its own
// templates, as if it had been called: its locals are the arguments where the
// caller left them (the top slots of the caller's operand stack, exactly where
// a call would put the callee's locals, runtime/Frame.h), and its operand
// stack is where its frame's would be. Only its Frame header is not written.
// The missing frame could be observed only in a slow path (a throw, a trap, a
// loop's safepoint poll), so every slow path of an inlined body first pushes
// the frame the callee would have had, with the caller's state as at a call,
// and then runs as in the callee's own compiled code. Its bail-out returns to
// the caller's path for a compiled callee that bailed out, so the exception,
// its stack trace and any handler are exactly what the call would have given;
// a slow path that goes on pops the frame again (resumeMainLine).
#include <algorithm>
#include <optional>
#include <vector>

#include "interp/SlowPaths.h"
#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"
#include "runtime/FrameReferences.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::Opcode;
using classfile::readU2;

namespace {

// HotSpot's MaxInlineSize is 35 bytes; a little more takes in accessors that
// check their arguments, such as Queens.getRowColumn.
constexpr size_t kMaxInlineBytes = 48;
// The callee's frame must fit in the Java stack's reserve beyond its limit
// (JavaThread::kStackReserveSlots): the caller checked only its own frame.
constexpr uint32_t kMaxInlineSlots = 64;
// A site whose inlined body trapped this often makes the call instead: the
// path that had not run when the caller was compiled is not cold after all,
// and the callee's own code does it at full speed.
constexpr uint32_t kMaxInlineTraps = 64;

// How an inlined body does an instruction. Inline: with its template; it
// neither allocates nor resolves, a call in it is done inline in turn, and its
// slow paths (if any) throw, trap, or poll at a back-edge and go on. Trap: not at all; the interpreter runs the callee on
// from there (emitInlinedTrap): an instruction that has never run (still
// unresolved: its path is cold, as an error's `throw new ...`) or athrow.
// Reject: the callee is not inlined. `code` is the class file's, `live` the
// interpreter's (rewritten to the quick form when an instruction resolves).
enum class InlineKind : uint8_t { Inline, Trap, Reject };

bool nestedCallInlinable(const runtime::Method* m, uint32_t pc);
std::optional<std::vector<bool>> inlinePlan(const runtime::Method* m, std::string& whyNot, bool calls);

InlineKind inlineKindOf(const runtime::Method* m, const uint8_t* code, const uint8_t* live, uint32_t pc, bool calls) {
    using O = Opcode;
    auto op = static_cast<O>(code[pc]);
    uint8_t o = code[pc];
    bool neverRan = live[pc] == o;  // for an instruction with a quick form
    if (o >= uint8_t(O::nop_) && o <= uint8_t(O::sipush_)) return InlineKind::Inline;  // constants
    if (op == O::ldc_ || op == O::ldc_w_) {
        auto tag = m->owner->constantPool().tag(op == O::ldc_ ? code[pc + 1] : readU2(code + pc + 1));
        if (tag == classfile::CpTag::Integer || tag == classfile::CpTag::Float) return InlineKind::Inline;
        return neverRan ? InlineKind::Trap : InlineKind::Inline;
    }
    if (op == O::ldc2_w_) return InlineKind::Inline;
    if (o >= uint8_t(O::iload_) && o <= uint8_t(O::saload_)) return InlineKind::Inline;   // loads
    if (o >= uint8_t(O::istore_) && o <= uint8_t(O::sastore_)) return InlineKind::Inline;  // stores
    if (o >= uint8_t(O::pop_) && o <= uint8_t(O::dcmpg_)) return InlineKind::Inline;  // stack, arithmetic, conversions
    // A loop's back-edge polls for safepoints; its slow path returns (resumeMainLine).
    if ((o >= uint8_t(O::ifeq_) && o <= uint8_t(O::goto_)) || op == O::ifnull_ || op == O::ifnonnull_)
        return InlineKind::Inline;
    if (o >= uint8_t(O::ireturn_) && o <= uint8_t(O::return_)) return InlineKind::Inline;
    if (op == O::arraylength_) return InlineKind::Inline;
    if (op == O::athrow_) return InlineKind::Trap;
    if (o >= uint8_t(O::getstatic_) && o <= uint8_t(O::putfield_)) {
        // Resolved (and, for a static, its class initialized) when compiling: no resolve guard.
        auto type = static_cast<classfile::BasicType>(m->owner->constantPool().memberDescriptor(readU2(code + pc + 1))[0]);
        return live[pc] == interp::quickFieldOpcodeFor(o, type) ? InlineKind::Inline : InlineKind::Trap;
    }
    if (op == O::checkcast_ || op == O::instanceof_) return neverRan ? InlineKind::Trap : InlineKind::Inline;
    if (neverRan && ((o >= uint8_t(O::invokevirtual_) && o <= uint8_t(O::new_)) || op == O::anewarray_))
        return InlineKind::Trap;
    // A call that runs: only in a body inlined at the first level, and only if
    // it is done inline in turn (emitNestedCall).
    if (calls && (op == O::invokevirtual_ || op == O::invokespecial_ || op == O::invokestatic_) &&
        nestedCallInlinable(m, pc))
        return InlineKind::Inline;
    return InlineKind::Reject;
}

// The instructions an inlined body of `m` leaves to the interpreter (true at
// their pc), or nothing if `m` is not to be inlined (`whyNot` says why).
std::optional<std::vector<bool>> inlinePlan(const runtime::Method* m, std::string& whyNot, bool calls) {
    if (m->isNative() || m->isAbstract() || m->isSynchronized() || !m->code || !m->codeAttribute()) {
        whyNot = m->isNative() ? "native" : m->isAbstract() ? "abstract" : m->isSynchronized() ? "synchronized" : "no code";
        return std::nullopt;
    }
    const auto& attr = *m->codeAttribute();
    const auto& code = attr.code;
    if (code.size() > kMaxInlineBytes) {
        whyNot = "too big";
        return std::nullopt;
    }
    // A handler would be a join the slow paths cannot reach; none is needed in such code.
    if (!attr.exception_table.empty() ||
        uint32_t(m->maxLocals) + m->maxStack + runtime::kFrameHeaderSlots > kMaxInlineSlots) {
        whyNot = attr.exception_table.empty() ? "frame too large" : "has exception handlers";
        return std::nullopt;
    }
    // The code after a trap up to the next branch target is never reached.
    std::vector<bool> targets(code.size() + 1, false), traps(code.size(), false);
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) return std::nullopt;
        std::optional<int64_t> target = classfile::jumpTarget(code, pc);
        if (target && *target >= 0 && size_t(*target) < targets.size()) targets[size_t(*target)] = true;
        pc += len;
    }
    bool reached = true, branched = false;
    for (uint32_t pc = 0; pc < code.size(); pc += classfile::instructionLength(code, pc)) {
        if (targets[pc]) reached = true;
        if (!reached) continue;
        switch (inlineKindOf(m, code.data(), m->code.get(), pc, calls)) {
            case InlineKind::Inline: break;
            case InlineKind::Trap:
                // On the path every call takes (as under -Xcomp, where nothing has run yet):
                // every call would trap, so the call itself is better.
                if (!branched && code[pc] != uint8_t(Opcode::athrow_)) {
                    whyNot = std::string(classfile::bytecodeInfo(code[pc]).name) + " at pc " + std::to_string(pc) +
                             " has not run yet";
                    return std::nullopt;
                }
                traps[pc] = true;
                reached = false;
                break;
            case InlineKind::Reject:
                whyNot = std::string(classfile::bytecodeInfo(code[pc]).name) + " at pc " + std::to_string(pc);
                return std::nullopt;
        }
        if (classfile::jumpTarget(code, pc)) branched = true;
    }
    return traps;
}

bool nestedCallInlinable(const runtime::Method* m, uint32_t pc) {
    const runtime::Method* callee = quickCallTarget(m, pc).callee;
    if (!callee || callee == m) return false;
    if (callee->argSlots == 1 && callee->returnSlots() <= 1 && isInlineAccessor(callee)) return true;
    std::string whyNot;
    return inlinePlan(callee, whyNot, /*calls=*/false).has_value();
}

}  // namespace

Templates::Templates(Assembler& a, runtime::Method* callee, const runtime::MethodRefMaps& maps, const InlineSite& site)
    : Templates(a, callee, maps) {
    frameDisp_ = site.frameDisp;
    inlineSite_ = site;
    // Registers are the caller's (RegisterLocals.h): the callee's locals stay in their slots.
    registerLocals_.clear();
    xmmLocals_.clear();
}

void Templates::logInlining(const runtime::Method* callee, const std::string& what) {
    if (!inlineLog_) return;
    std::string line = "@ " + std::to_string(bci_) + " " + callee->externalName() + " (" +
                       std::to_string(callee->codeLength) + " bytes): " + what;
    inlineLog_->push_back(line);
}

Templates::InlineTarget Templates::inlineTarget(Opcode op) const {
    if (op != Opcode::invokestatic_ && op != Opcode::invokespecial_ && op != Opcode::invokevirtual_) return {};
    QuickCallTarget q = quickCallTarget(method_, bci_);
    InlineTarget t;
    t.callee = q.callee;
    if (q.isVirtual) t.vtableIndex = method_->owner->cpCache[readU2(bc_ + 1)].vtableIndex;
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
    if (inlineSite_ && inlineSite_->caller->inlineSite_) return;  // one level of nesting
    if (runtime::g_profiling) return;  // -Xprof counts every invocation
    InlineTarget target = inlineTarget(op);
    if (!target.callee) return;
    std::string whyNot = "recursive";
    auto traps = target.callee == method_ ? std::nullopt : inlinePlan(target.callee, whyNot, /*calls=*/!inlineSite_);
    if (!traps) return logInlining(target.callee, "not inlined: " + whyNot);
    std::string error;
    const runtime::MethodRefMaps* maps = runtime::referenceMapsOf(target.callee, &error);
    if (!maps) return;

    Label call = a_.newLabel();
    uint32_t* trapCounter = nullptr;
    // A body with calls traps where a nested guard fails (emitNestedCall).
    bool calls = false;
    const auto& calleeCode = target.callee->codeAttribute()->code;
    for (uint32_t pc = 0; pc < calleeCode.size(); pc += classfile::instructionLength(calleeCode, pc))
        if (classfile::bytecodeInfo(calleeCode[pc]).flags & classfile::BC_CALL) calls = true;
    if (calls || std::find(traps->begin(), traps->end(), true) != traps->end()) {
        trapCounter = helpers::newInlineTrapCounter();
        a_.mov(rax, imm(reinterpret_cast<uint64_t>(trapCounter)));
        a_.cmp(dword_ptr(rax), kMaxInlineTraps);
        a_.jae(call);
    }
    emitInlineGuard(target, argSlots, call);
    // The callee's Frame follows its locals, which are the arguments.
    uint32_t spDepth = depth_ - uint32_t(argSlots);
    InlineSite site{frameDisp_ + int32_t(sizeof(runtime::Frame)) + int32_t(spDepth + target.callee->maxLocals) * 8,
                    live(), spDepth, calleeBailedOut, bailOut_, trapCounter, this, live() + length(),
                    uint32_t(target.callee->returnSlots())};
    size_t trapCount = size_t(std::count(traps->begin(), traps->end(), true));
    logInlining(target.callee, trapCount ? "inlined, " + std::to_string(trapCount) + " cold instruction(s) left to the interpreter"
                                         : "inlined");
    Templates inlined(a_, target.callee, *maps, site);
    inlined.inlineTraps_ = std::move(*traps);
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
    if (!inlineSite_->caller->inlineSite_) {
        a_.xor_(eax, eax);
        a_.mov(rbx, qword_ptr(rbx, offsets::kFrameCaller));
        a_.jmp(inlineSite_->calleeBailedOut);
        return true;
    }
    // Nested: the caller's frame is pushed too. The interpreter finishes this
    // frame (it handles or unwinds the exception), then the caller goes on.
    a_.mov(rdi, r14);
    a_.xor_(esi, esi);
    callHelper(reinterpret_cast<const void*>(&helpers::finishCallee));
    emitAfterInterpreted();
    return true;
}

void Templates::emitNestedCall(Opcode op, int argSlots, int resultSlots) {
    Label done = a_.newLabel(), afterCall = a_.newLabel();
    if (!emitInlineAccessor(op, argSlots, resultSlots, done)) emitInlinedCall(op, argSlots, afterCall, Label());
    emitInlinedTrap();  // the guard failed, or the site trapped too often: the interpreter makes the call
    a_.bind(afterCall);
    if (resultSlots == 2) a_.mov(top(-argSlots), rax);
    a_.bind(done);
    consume(argSlots);
    if (resultSlots == 1) pushCached(Cached::Rax);
}

Label Templates::interpreterResume() {
    if (!interpreterResume_.isValid()) {
        interpreterResume_ = a_.newLabel();
        // Not through slowPath(): the frame is pushed already.
        slowPaths_.emplace_back(interpreterResume_, [this] {
            a_.mov(rdi, r14);
            callHelper(reinterpret_cast<const void*>(&helpers::resumeInlinedCallee));
            emitAfterInterpreted();
        });
    }
    return interpreterResume_;
}

void Templates::emitAfterInterpreted() {
    namespace off = offsets;
    a_.mov(rbx, qword_ptr(rbx, off::kFrameCaller));  // the interpreter popped this frame
    Templates* caller = inlineSite_->caller;
    if (!caller->inlineSite_) {
        a_.mov(qword_ptr(r14, off::kThreadTopFrame), rbx);
        a_.cmp(qword_ptr(r14, off::kThreadPendingException), 0);
        a_.jne(inlineSite_->callerBailOut);
        a_.jmp(epilogue_);  // the result in rax, as from a call
        return;
    }
    // The caller is an inlined body whose frame is pushed (rbx): it goes on in
    // the interpreter after the invoke, with the result pushed.
    a_.cmp(qword_ptr(r14, off::kThreadPendingException), 0);
    a_.jne(caller->bailOut_);
    int32_t resultAt = int32_t(sizeof(runtime::Frame)) + int32_t(inlineSite_->callerSpDepth) * 8;
    if (inlineSite_->resultSlots) a_.mov(qword_ptr(rbx, resultAt), rax);
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(inlineSite_->callerNextPc)));
    a_.mov(qword_ptr(rbx, off::kFramePc), rax);
    a_.lea(rax, qword_ptr(rbx, resultAt + int32_t(inlineSite_->resultSlots) * 8));
    a_.mov(qword_ptr(rbx, off::kFrameSp), rax);
    a_.jmp(caller->interpreterResume());
}

// An instruction the inlined body leaves to the interpreter: the callee's
// frame is pushed (by the slow path) with this instruction as its pc, and the
// interpreter runs it to its return; then the caller goes on after the call.
void Templates::emitInlinedTrap() {
    namespace off = offsets;
    Label trap = slowPath([this] {
        a_.mov(rax, imm(reinterpret_cast<uint64_t>(inlineSite_->trapCounter)));
        a_.inc(dword_ptr(rax));
        saveState();
        a_.jmp(interpreterResume());
    });
    a_.jmp(trap);
    cache_.clear();  // what follows up to the next join is never reached
}

void Templates::resumeMainLine(Label label) {
    if (inlineSite_) {
        // Pop this frame and, nested, the caller's the slow path pushed first.
        for (const Templates* t = this; t->inlineSite_; t = t->inlineSite_->caller)
            a_.mov(rbx, qword_ptr(rbx, offsets::kFrameCaller));
        a_.mov(qword_ptr(r14, offsets::kThreadTopFrame), rbx);
    }
    a_.jmp(label);
}

// The frame the inlined callee would have had, pushed as a call pushes it
// (TemplatesInvoke.cpp), with the caller's state as at that call; rbx is
// then the callee's frame. Its locals are already in place.
void Templates::emitInlinedFramePush() {
    namespace off = offsets;
    Templates* caller = inlineSite_->caller;
    // Nested: the caller's frame first (rbx is then that frame).
    if (caller->inlineSite_) caller->emitInlinedFramePush();
    else caller->writeBackRegisterLocals();  // as the caller's saveState at a call would
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(inlineSite_->callerPc)));
    a_.mov(qword_ptr(rbx, off::kFramePc), rax);
    a_.lea(rax, qword_ptr(rbx, int32_t(sizeof(runtime::Frame)) + int32_t(inlineSite_->callerSpDepth) * 8));
    a_.mov(qword_ptr(rbx, off::kFrameSp), rax);
    a_.lea(r10, qword_ptr(rbx, frameDisp_ - caller->frameDisp_));
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(method_)));
    a_.lea(r11, qword_ptr(r10, -int32_t(method_->maxLocals) * 8));
    emitFrameHeader(r10, rax, r11);
    a_.mov(rbx, r10);
}

}  // namespace cortado::jit
