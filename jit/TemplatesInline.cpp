// Templates: small callees inlined at their call sites (docs/jit.md "Inlining").
//
// A small callee without exception handlers that needs no resolution,
// allocates only by bumping the allocation area and makes no call (except,
// up to kMaxInlineDepth levels deep, calls that are done inline in turn:
// emitNestedCall), all but on cold paths left to the interpreter (traps), is
// emitted into its caller, with its own templates, as if it had been called: its locals are the arguments where the
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
#include "jit/Tiering.h"
#include "runtime/FrameReferences.h"
#include "runtime/JavaThread.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::Opcode;
using classfile::readU2;

namespace {

// HotSpot's MaxInlineSize is 35 bytes (and C1 inlines up to 35 bytes, more
// for hot callees in C2); 64 takes in methods such as Richards' and
// DeltaBlue's small dispatchers: 0.90-0.95 of their instructions per
// iteration against 48 (docs/jit.md "Speed").
constexpr size_t kMaxInlineBytes = 64;
// The callee's frame must fit in the Java stack's reserve beyond its limit
// (JavaThread::kStackReserveSlots): the caller checked only its own frame.
constexpr uint32_t kMaxInlineSlots = 64;
// A site whose inlined body trapped this often makes the call instead: the
// path that had not run when the caller was compiled is not cold after all,
// and the callee's own code does it at full speed.
constexpr uint32_t kMaxInlineTraps = 64;
// Bodies inlined into bodies inlined into a method: at most this many levels
// (a getter called by a small method called by the compiled one is three).
// Each level's frame fits kMaxInlineSlots, so all of them fit the reserve.
constexpr int kMaxInlineDepth = 3;
static_assert(kMaxInlineDepth * kMaxInlineSlots <= runtime::JavaThread::kStackReserveSlots / 4);

// How an inlined body does an instruction. Inline: with its template; it
// resolves nothing, allocates inline, a call in it is done inline in turn,
// and its slow paths (if any) throw, trap, or poll or allocate and go on.
// Trap: not at all; the interpreter runs the callee on from there
// (emitInlinedTrap): an instruction that has never run (still unresolved: its
// path is cold, as an error's `throw new ...`), athrow, a call not done
// inline, an allocation that calls the helper on the main line.
// Reject: the callee is not inlined. `code` is the class file's, `live` the
// interpreter's (rewritten to the quick form when an instruction resolves).
enum class InlineKind : uint8_t { Inline, Trap, Reject };

bool nestedCallInlinable(const runtime::Method* m, uint32_t pc, int callLevels);
std::optional<std::vector<bool>> inlinePlan(const runtime::Method* m, std::string& whyNot, int callLevels,
                                            bool callsItself = false);

// `callLevels`: how many levels of calls done inline in turn a body of `m`
// may still contain (0: none). `callsItself`: the body is the compiled
// method's own, inlined once into itself, and a call in it to that method is
// a real call (Templates::emitRecursiveCall).
InlineKind inlineKindOf(const runtime::Method* m, const uint8_t* code, const uint8_t* live, uint32_t pc,
                        int callLevels, bool callsItself) {
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
    // An allocation bumped inline: its slow path pushes the frame, as a poll's
    // does, and goes on (resumeMainLine). One that calls a helper on the main
    // line (not resolved yet; no allocation area, as under mark-sweep) is left
    // to the interpreter.
    if (op == O::new_ || op == O::newarray_ || op == O::anewarray_)
        return allocatesInline(m, pc) ? InlineKind::Inline : InlineKind::Trap;
    if (neverRan && o >= uint8_t(O::invokevirtual_) && o <= uint8_t(O::invokedynamic_)) return InlineKind::Trap;
    // A call that runs is done inline in turn (emitNestedCall), if levels are
    // left and its callee can be; else it is left to the interpreter: off the
    // path every call takes (inlinePlan), as a growing buffer's call to grow
    // it is, and the site's trap limit turns it into the call if it is common.
    if (o >= uint8_t(O::invokevirtual_) && o <= uint8_t(O::invokedynamic_)) {
        bool direct = op == O::invokevirtual_ || op == O::invokespecial_ || op == O::invokestatic_;
        if (direct && callsItself && quickCallTarget(m, pc).callee == m) return InlineKind::Inline;
        // Its common case a leaf call (emitArraycopyFastPath), the rest a trap.
        if (op == O::invokestatic_ && callsSystemArraycopy(m, pc)) return InlineKind::Inline;
        return direct && callLevels > 0 && nestedCallInlinable(m, pc, callLevels - 1) ? InlineKind::Inline
                                                                                      : InlineKind::Trap;
    }
    return InlineKind::Reject;
}

// Whether every run of `code` from its start to a return or throw passes
// the instruction at `pc` (straight-line code has no way around it): then a
// trap there would be taken by every call.
bool onEveryPath(const std::vector<uint8_t>& code, uint32_t pc) {
    std::vector<bool> seen(code.size(), false);
    std::vector<uint32_t> work{0};
    while (!work.empty()) {
        uint32_t at = work.back();
        work.pop_back();
        if (at == pc || at >= code.size() || seen[at]) continue;
        seen[at] = true;
        const auto& info = classfile::bytecodeInfo(code[at]);
        if (info.flags & classfile::BC_RETURN || code[at] == uint8_t(Opcode::athrow_)) return false;  // got around
        if (std::optional<int64_t> target = classfile::jumpTarget(code, at); target && *target >= 0)
            work.push_back(uint32_t(*target));
        uint32_t len = classfile::instructionLength(code, at);
        if (len && !(info.flags & classfile::BC_NO_FALLTHROUGH)) work.push_back(at + len);
    }
    return true;
}

// The instructions an inlined body of `m` leaves to the interpreter (true at
// their pc), or nothing if `m` is not to be inlined (`whyNot` says why).
std::optional<std::vector<bool>> inlinePlan(const runtime::Method* m, std::string& whyNot, int callLevels,
                                            bool callsItself) {
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
    bool reached = true;
    for (uint32_t pc = 0; pc < code.size(); pc += classfile::instructionLength(code, pc)) {
        if (targets[pc]) reached = true;
        if (!reached) continue;
        switch (inlineKindOf(m, code.data(), m->code.get(), pc, callLevels, callsItself)) {
            case InlineKind::Inline: break;
            case InlineKind::Trap:
                // On the path every call takes (as under -Xcomp, where nothing has run yet):
                // every call would trap, so the call itself is better.
                if (code[pc] != uint8_t(Opcode::athrow_) && onEveryPath(code, pc)) {
                    bool ran = m->code[pc] != code[pc] || code[pc] == uint8_t(Opcode::newarray_);  // quickened
                    whyNot = std::string(classfile::bytecodeInfo(code[pc]).name) + " at pc " + std::to_string(pc) +
                             (ran ? " is not done inline" : " has not run yet");
                    return std::nullopt;
                }
                traps[pc] = true;
                reached = false;
                break;
            case InlineKind::Reject:
                whyNot = std::string(classfile::bytecodeInfo(code[pc]).name) + " at pc " + std::to_string(pc);
                return std::nullopt;
        }
    }
    return traps;
}

bool nestedCallInlinable(const runtime::Method* m, uint32_t pc, int callLevels) {
    const runtime::Method* callee = quickCallTarget(m, pc).callee;
    if (!callee || callee == m) return false;
    if (callee->argSlots == 1 && callee->returnSlots() <= 1 && isInlineAccessor(callee)) return true;
    std::string whyNot;
    return inlinePlan(callee, whyNot, callLevels).has_value();
}

}  // namespace

Templates::Templates(Assembler& a, runtime::Method* callee, const runtime::MethodRefMaps& maps, const InlineSite& site)
    : Templates(a, callee, maps) {
    frameDisp_ = site.frameDisp;
    inlineSite_ = site;
    // Registers are the caller's (RegisterLocals.h): the callee's locals stay in their slots.
    registerLocals_.clear();
    xmmLocals_.clear();
    inlineLog_ = site.caller->inlineLog_;  // nested sites are logged with the path to them
}

int Templates::inlineLevel() const {
    int level = 0;
    for (const Templates* t = this; t->inlineSite_; t = t->inlineSite_->caller) ++level;
    return level;
}

void Templates::logInlining(const runtime::Method* callee, const std::string& what) {
    if (!inlineLog_) return;
    // A site in an inlined body is named by the sites around it, outermost
    // first: "@ 24 > @ 3 Foo.bar()V ..." is at bci 3 of the callee inlined at 24.
    std::string path;
    for (const Templates* t = this; t->inlineSite_; t = t->inlineSite_->caller)
        path = "@ " + std::to_string(t->inlineSite_->caller->bci_) + " > " + path;
    std::string line = path + "@ " + std::to_string(bci_) + " " + callee->externalName() + " (" +
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
    loadOperand(rcx, argSlots);  // a forwarded local, or in its slot
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
    if (inlineLevel() >= kMaxInlineDepth) return;
    if (runtime::g_profiling) return;  // -Xprof counts every invocation
    InlineTarget target = inlineTarget(op);
    if (!target.callee) return;
    std::string whyNot = "recursive";
    int level = inlineLevel() + 1;  // of the callee's body
    // A call of the compiled method to itself: its body inlined once, as C1
    // does (HotSpot's MaxRecursiveInlineLevel=1); the calls to itself in that
    // copy are real calls to this code's entry (emitRecursiveCall), which
    // needs the direct-entry convention. A body inlined further down that
    // calls itself is not inlined again.
    bool recursive = target.callee == method_;
    bool selfInlinable = recursive && !inlineSite_ && getsDirectEntry(mayHoldMonitor_);
    auto traps = recursive && !selfInlinable ? std::nullopt
                                             : inlinePlan(target.callee, whyNot, kMaxInlineDepth - level, recursive);
    if (!traps) return logInlining(target.callee, "not inlined: " + whyNot);
    std::string error;
    const runtime::MethodRefMaps* maps = runtime::referenceMapsOf(target.callee, &error);
    if (!maps) return;

    Label call = a_.newLabel();
    uint32_t* trapCounter = nullptr;
    // A site in an inlined body counts its traps in the outermost site's
    // counter, the one site that checks it: on the limit the whole outer body
    // becomes the call (whose callee's own code has the nested site), and the
    // main line of nested bodies carries no check. The outermost body has a
    // counter: it contains this site's call.
    if (inlineSite_) {
        const Templates* outermost = this;
        while (outermost->inlineSite_->caller->inlineSite_) outermost = outermost->inlineSite_->caller;
        trapCounter = outermost->inlineSite_->trapCounter;
    } else {
        // A body with calls traps where a nested guard fails (emitNestedCall).
        bool calls = false;
        const auto& calleeCode = target.callee->codeAttribute()->code;
        for (uint32_t pc = 0; pc < calleeCode.size(); pc += classfile::instructionLength(calleeCode, pc))
            if (classfile::bytecodeInfo(calleeCode[pc]).flags & classfile::BC_CALL) calls = true;
        if (calls || std::find(traps->begin(), traps->end(), true) != traps->end())
            trapCounter = helpers::newInlineTrapCounter();
    }
    // The callee's Frame follows its locals, which are the arguments.
    uint32_t spDepth = depth_ - uint32_t(argSlots);
    InlineSite site{frameDisp_ + int32_t(sizeof(runtime::Frame)) + int32_t(spDepth + target.callee->maxLocals) * 8,
                    live(), spDepth, calleeBailedOut, bailOut_, trapCounter, this, live() + length(),
                    uint32_t(target.callee->returnSlots())};
    Templates inlined(a_, target.callee, *maps, site);
    belowInlinedCall_ = cacheBelowCall(argSlots);  // before forwardArguments: the arguments go
    belowInlinedCallDepth_ = spDepth;
    forwardArguments(inlined, argSlots);
    if (trapCounter && !inlineSite_) {
        a_.mov(rax, imm(reinterpret_cast<uint64_t>(trapCounter)));
        a_.cmp(dword_ptr(rax), kMaxInlineTraps);
        a_.jae(call);
    }
    emitInlineGuard(target, argSlots, call);
    size_t trapCount = size_t(std::count(traps->begin(), traps->end(), true));
    std::string what = recursive ? "inlined (recursive, one level)" : "inlined";
    logInlining(target.callee, trapCount ? what + ", " + std::to_string(trapCount) + " cold instruction(s) left to the interpreter"
                                         : what);
    inlined.inlineTraps_ = std::move(*traps);
    std::string reason;
    if (!inlined.emitInlinedBody(returned, reason))
        inlineFailure_ = "inlining " + target.callee->externalName() + ": " + reason;
    a_.bind(call);
}

// The arguments on top of the cache become the callee's first locals: one
// that is a cached local of this method, and that the callee never stores
// to, is forwarded (the callee reads it where this method keeps it: no store
// here, no load there); the others are written to their slots, where the
// callee's frame has them.
void Templates::forwardArguments(Templates& callee, int argSlots) {
    callee.localAliases_.assign(callee.method_->maxLocals, LocalAlias{});
    for (int i = 0; i < argSlots; ++i) {
        size_t fromTop = size_t(argSlots - i);
        if (fromTop > cache_.size()) continue;  // in its slot already
        size_t at = cache_.size() - fromTop;
        Cached& c = cache_[at];
        if (c.kind == Cached::InSlot) continue;
        if (c.kind == Cached::Local && !callee.storedLocals_[size_t(i)]) {
            auto j = uint32_t(c.value);
            callee.localAliases_[size_t(i)] = LocalAlias{true, local(j), localReg(j), xmmLocalOf(j)};
            continue;
        }
        materialize(cache_, depth_, at);
        c.kind = Cached::InSlot;
    }
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
        owner()->reloadRefLocals();  // back in the caller's frame: the GC may have moved them
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
    if (callsCompiledMethod(op)) return emitRecursiveCall(op, argSlots, resultSlots);
    Label done = a_.newLabel(), afterCall = a_.newLabel();
    std::vector<Cached> below = cacheBelowCall(argSlots);
    if (!emitInlineAccessor(op, argSlots, resultSlots, done) && !emitArraycopyFastPath(op, done))
        emitInlinedCall(op, argSlots, afterCall, Label());
    cacheAtStart_ = cache_;  // arguments still cached (flushCacheForCall) go to their slots first
    emitInlinedTrap();  // the guard failed, or the site trapped too often: the interpreter makes the call
    a_.bind(afterCall);
    a_.bind(done);
    cache_ = std::move(below);  // what flushCacheForCall kept; the arguments are consumed
    pushResult(resultSlots);
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
        caller->reloadRefLocals();  // the interpreter ran this body (and maybe the GC): from their slots
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
    a_.jmp(inlinedTrapPath());
    cache_.clear();  // what follows up to the next join is never reached
}

Label Templates::inlinedTrapPath() {
    return slowPath([this] {
        a_.mov(rax, imm(reinterpret_cast<uint64_t>(inlineSite_->trapCounter)));
        a_.inc(dword_ptr(rax));
        saveState();
        a_.jmp(interpreterResume());
    });
}

// Whether the call at this instruction of an inlined body is one to the
// compiled method made by the copy of its own body inlined into it (the plan
// made it Inline: inlineKindOf's `callsItself`).
bool Templates::callsCompiledMethod(Opcode op) const {
    return inlineSite_ && !inlineSite_->caller->inlineSite_ && method_ == inlineSite_->caller->method_ &&
           inlineTarget(op).callee == method_;
}

// A call in the compiled method's body inlined into itself (one level) to
// that method: a real call to this code's entry. It is made from the frame
// the body would have had, pushed here as a slow path pushes it
// (emitInlinedFramePush: the caller's state as at its call, this frame's pc
// at the invoke and sp below the arguments), so the callee's frame links to
// it and the GC, stack traces and the interpreter see both frames exactly as
// after two real calls. When the call returns the frame is popped again. A
// receiver that is null or of a class that overrides the method, or a stack
// without room for the callee's frame, is a trap at the invoke: the
// interpreter makes the call (and throws, or raises StackOverflowError).
void Templates::emitRecursiveCall(Opcode op, int argSlots, int resultSlots) {
    namespace off = offsets;
    logInlining(method_, "called (recursive, the copy's calls are not inlined)");
    // A receiver that is the copy's own (local 0, which the method never
    // stores to) passed the guard at the copy's entry: not null, and of a
    // class whose vtable entry is this method, so the call needs no guard.
    bool guardedAtEntry = isThis(argSlots);
    flushCache();  // every argument in its slot: the callee's locals
    cacheAtStart_ = cache_;
    Label trap = inlinedTrapPath();
    if (!guardedAtEntry) emitInlineGuard(inlineTarget(op), argSlots, trap);
    // The callee's frame, beyond this body's, which the caller's own stack check did not count.
    int frame = -argSlots + int(method_->maxLocals);
    a_.lea(rdx, top(frame + runtime::kFrameHeaderSlots + int(method_->maxStack)));
    a_.cmp(rdx, qword_ptr(r14, off::kThreadCompiledStackLimit));
    a_.ja(trap);
    Templates* caller = inlineSite_->caller;  // the compiled method's own code
    emitInlinedFramePush(/*publish=*/false);  // rbx = this body's frame; the callee publishes its own
    int32_t disp = std::exchange(frameDisp_, 0);
    bool aliasesOff = std::exchange(aliasesOff_, true);
    saveState(depth_ - uint32_t(argSlots), /*publish=*/false);
    a_.lea(rdi, top(-argSlots));
    a_.mov(r9, imm(reinterpret_cast<uint64_t>(method_)));
    emitFrameHeader(rbx, top(frame).offsetLo32(), r9, rdi, false);
    a_.call(caller->entry_);  // returns with rbx = this body's frame
    // Back in the caller's frame: its xmm locals were clobbered and its
    // reference locals may have moved (from the slots the push wrote).
    Label bailedOut = a_.newLabel(), back = a_.newLabel();
    a_.mov(rbx, qword_ptr(rbx, off::kFrameCaller));
    caller->reloadXmmLocals();
    caller->reloadRefLocals();
    a_.cmp(qword_ptr(r14, off::kThreadPendingException), 0);
    a_.jne(bailedOut);
    a_.bind(back);
    if (publishesEveryFrame()) a_.mov(qword_ptr(r14, off::kThreadTopFrame), rbx);
    // The callee bailed out: the interpreter handles its exception (in that
    // frame, with this body's frame, still in place, as its caller), and then
    // the exception unwinds this body's frame (bailOut_) or the call returned.
    // Not through slowPath(): this body's frame is pushed already.
    uint32_t bci = bci_, depth = depth_;
    const uint8_t* bc = bc_;
    slowPaths_.emplace_back(bailedOut, [this, bci, depth, bc, disp, back, caller] {
        bci_ = bci;
        depth_ = depth;
        bc_ = bc;
        a_.lea(rbx, qword_ptr(rbx, disp));  // this body's frame again
        a_.mov(rdi, r14);
        a_.mov(rsi, rax);
        callHelper(reinterpret_cast<const void*>(&helpers::finishCallee));
        a_.mov(rbx, qword_ptr(rbx, off::kFrameCaller));
        caller->reloadXmmLocals();
        caller->reloadRefLocals();  // the interpreter may have collected
        a_.cmp(qword_ptr(r14, off::kThreadPendingException), 0);
        a_.je(back);
        a_.lea(rbx, qword_ptr(rbx, disp));  // it unwinds this body's frame: its bail-out, as a slow path's
        a_.jmp(bailOut_);
    });
    frameDisp_ = disp;
    aliasesOff_ = aliasesOff;
    consume(argSlots);
    pushResult(resultSlots);  // in rax on both paths
}

void Templates::resumeMainLine(Label label) {
    if (inlineSite_) {
        // Pop this frame and, nested, the caller's the slow path pushed first.
        for (const Templates* t = this; t->inlineSite_; t = t->inlineSite_->caller)
            a_.mov(rbx, qword_ptr(rbx, offsets::kFrameCaller));
        a_.mov(qword_ptr(r14, offsets::kThreadTopFrame), rbx);
        owner()->reloadRefLocals();  // the slow path's helpers may have moved them: from their slots
    }
    a_.jmp(label);
}

// The frame the inlined callee would have had, pushed as a call pushes it
// (TemplatesInvoke.cpp), with the caller's state as at that call; rbx is
// then the callee's frame. Its locals are already in place. `publish`: the
// thread's top frame is set to it (for a slow path's helpers; a real call
// made from it leaves that to the callee, as every compiled call does).
void Templates::emitInlinedFramePush(bool publish) {
    namespace off = offsets;
    Templates* caller = inlineSite_->caller;
    // The forwarded arguments to their slots, first: they are read relative
    // to the main line's rbx, which a nested push moves.
    for (uint32_t k = 0; k < localAliases_.size(); ++k) {
        const LocalAlias& alias = localAliases_[k];
        if (!alias.active) continue;
        if (alias.reg.isValid()) {
            a_.mov(ownLocal(k), alias.reg);  // zero-extended: a register local's upper half is zero
        } else if (alias.xmm) {
            writeXmmLocal(ownLocal(k), k);
        } else {
            a_.mov(r11, alias.mem);
            a_.mov(ownLocal(k), r11);
        }
    }
    // The caller's stack below the arguments, kept cached across the call (flushCacheForCall).
    caller->writeCacheBelowInlinedCall();
    // Nested: the caller's frame first (rbx is then that frame).
    if (caller->inlineSite_) caller->emitInlinedFramePush(/*publish=*/false);  // this frame is published instead
    else caller->writeBackRegisterLocals();  // as the caller's saveState at a call would
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(inlineSite_->callerPc)));
    a_.mov(qword_ptr(rbx, off::kFramePc), rax);
    a_.lea(rax, qword_ptr(rbx, int32_t(sizeof(runtime::Frame)) + int32_t(inlineSite_->callerSpDepth) * 8));
    a_.mov(qword_ptr(rbx, off::kFrameSp), rax);
    a_.lea(r10, qword_ptr(rbx, frameDisp_ - caller->frameDisp_));
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(method_)));
    a_.lea(r11, qword_ptr(r10, -int32_t(method_->maxLocals) * 8));
    emitFrameHeader(r10, 0, rax, r11, publish);
}

}  // namespace cortado::jit
