// The baseline compiler's code generator: one template per bytecode, emitted
// with asmjit's x86::Assembler in a single walk over the method (docs/jit.md).
//
// Compiled code uses the interpreter's frame (runtime/Frame.h): every Java
// value lives in its local-variable or operand-stack slot in memory (up to
// three int locals also in registers, their slots written where the frame is
// observed: RegisterLocals.h), and the
// operand-stack depth at each instruction is known statically (from the
// reference-map analysis, runtime/ReferenceMap.h), so a template addresses
// slots at fixed offsets from the Frame (the locals just below it, the
// operand stack just above). Registers while compiled code runs:
//   rbx = Frame*   r14 = JavaThread*
//   r12, r13, r15 = up to three int or reference locals (RegisterLocals.h), each also
//   written to its slot wherever the frame can be observed (saveState)
// rax, rcx, rdx, rsi, rdi, r8-r11 and xmm0-xmm1 are scratch within a template
// that writes the stack cache out first; the templates that work on the cache
// keep cached values in rax, r8-r10, rsi, rdi (the pool) and xmm0-xmm13, and
// use rcx, rdx, r11 and xmm14-xmm15 as scratch.
//
// The templates are split by kind across Templates*.cpp; each emit* returns
// whether it handled the opcode (Emitted), does not know it (NotMine: the next
// group is asked) or knows the method must stay interpreted (Unsupported).
#pragma once
#include <asmjit/x86.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "classfile/Bytecodes.h"
#include "runtime/Klass.h"

namespace cortado::jit {

enum class TemplateResult { Emitted, NotMine, Unsupported };

// Whether a call to `m` is done inline as a getter or skipped as doing
// nothing (TemplatesAccessors.cpp), once its receiver is checked.
bool isInlineAccessor(const runtime::Method* m);

// Whether the instruction at `pc` of `m` is an invokestatic of
// System.arraycopy, whose common case compiled code does by calling
// runtime::copyArrayUnchecked (TemplatesIntrinsics.cpp).
bool callsSystemArraycopy(const runtime::Method* m, uint32_t pc);

// The callee a quick invokestatic, invokespecial (invokedirect_quick) or
// invokevirtual at `pc` of `m` is known to call when compiling: a direct
// call's method, or an invokevirtual's resolved method (`isVirtual`: the
// callee while the receiver class's vtable entry is it). None if the
// instruction is not quick yet or the callee has no bytecode
// (TemplatesInvoke.cpp).
struct QuickCallTarget {
    runtime::Method* callee = nullptr;
    bool isVirtual = false;
};
QuickCallTarget quickCallTarget(const runtime::Method* m, uint32_t pc);

// Whether the new, newarray or anewarray at `pc` of `m` is compiled as a
// bump of the heap's allocation area with its class a constant, calling out
// only on its slow path (TemplatesObjects.cpp): so an inlined body may do it.
bool allocatesInline(const runtime::Method* m, uint32_t pc);

class Templates {
public:
    Templates(asmjit::x86::Assembler& a, runtime::Method* method, const runtime::MethodRefMaps& maps);
    // The caller's side of an inlined call (TemplatesInline.cpp): where the
    // callee's frame would be, and what the caller's slow paths need.
    struct InlineSite {
        int32_t frameDisp;            // bytes from the caller's Frame (rbx) to the callee's
        uint8_t* callerPc;            // the invoke, in the caller's live code
        uint32_t callerSpDepth;       // the caller's operand stack below the arguments
        asmjit::Label calleeBailedOut;  // the caller's path for a callee frame that bailed out
        asmjit::Label callerBailOut;    // the caller's own bail-out
        uint32_t* trapCounter;          // the traps this site took (nullptr: none), nested ones the outermost site's
        Templates* caller;              // whose register locals go to their slots where the frame is pushed
        uint8_t* callerNextPc;          // after the invoke: where an inlined caller goes on in the interpreter
        uint32_t resultSlots;
    };
    // Templates for `callee` emitted into a caller's code at an InlineSite.
    Templates(asmjit::x86::Assembler& a, runtime::Method* callee, const runtime::MethodRefMaps& maps,
              const InlineSite& site);

    // Emits the whole method; false (with `reason`) if it must stay interpreted.
    bool emitMethod(std::string& reason);
    // The entries from C++ (runtime/CompiledCode.h, emitCxxEntry): (thread,
    // frame) runs the frame from its start; (thread, frame, bci) continues it
    // at the loop header `bci` (OSR), valid if hasLoops().
    asmjit::Label cxxEntry() const { return cxxEntry_; }
    asmjit::Label cxxOsrEntry() const { return cxxOsrEntry_; }
    // Compiled callers' entry (Method::directEntry): rbx = the pushed frame,
    // r14 = the thread; returns with rbx = the frame's caller (docs/jit.md "Calls").
    asmjit::Label directEntry() const { return entry_; }
    bool hasLoops() const { return !loopHeaders_.empty(); }
    // Whether its frames may return holding a monitor (synchronized, or a
    // monitorenter in its code): the interpreter's return path must see them.
    bool mayHoldMonitor() const { return mayHoldMonitor_; }
    // -Xlog:jit+inline: a line per call site with a known callee, saying what was done inline.
    void logInliningTo(std::vector<std::string>* log) { inlineLog_ = log; }

private:
    using Gp = asmjit::x86::Gp;
    using Mem = asmjit::x86::Mem;
    using Opcode = classfile::Opcode;

    // ---- the instruction being compiled ----
    uint32_t bci_ = 0;
    uint32_t depth_ = 0;        // operand-stack slots in use before it
    const uint8_t* bc_ = nullptr;  // its bytes in the class file's code (never quickened)
    uint8_t* live() const;      // its bytes in the interpreter's code (quickening rewrites them)
    uint32_t length() const;    // of the instruction, in bytes

    // The slot `i` places from the top (-1: top), or a local variable.
    Mem top(int i) const;
    Mem stackSlot(uint32_t depth) const;
    Mem local(uint32_t index) const;  // always the memory slot, even for a register local
    Mem ownLocal(uint32_t index) const;  // this frame's slot itself, even for a forwarded argument

    // A float or double local in an xmm register (register locals, below).
    struct XmmLocal {
        uint32_t index;
        asmjit::x86::Xmm reg;
        bool isDouble;
    };

    // ---- forwarded arguments (TemplatesInline.cpp, docs/jit.md "Inlining") ----
    // An argument of an inlined body that the caller passed from one of its
    // own locals, where the callee never stores to it, is read where the
    // caller keeps that local (its slot or register): local(), localReg() and
    // xmmLocalOf() answer for it. Its own slot is written only where the body's frame is
    // pushed (emitInlinedFramePush); after that push, in the slow path, the
    // slot is the local again (aliasesOff_).
    struct LocalAlias {
        bool active = false;
        Mem mem;  // the caller's slot
        Gp reg;   // or its int register (RegisterLocals.h), if valid
        std::optional<XmmLocal> xmm;  // or its float or double register
    };
    std::vector<LocalAlias> localAliases_;
    bool aliasesOff_ = false;
    const LocalAlias* aliasOf(uint32_t index) const;
    std::vector<bool> storedLocals_;  // per local: some instruction of the method stores to it
    // Before a call: the stack cache written out except for arguments that
    // are cached locals, which an inlined body may read in place, and the
    // cached locals and constants below them that keepsAcrossCall allows.
    void flushCacheForCall(int argSlots);
    asmjit::Label labelAt(int64_t bci);

    // Bytes from rbx to this method's Frame: 0, except in the main line of an
    // inlined body, whose frame is not pushed (TemplatesInline.cpp).
    int32_t frameDisp_ = 0;

    // ---- register locals (RegisterLocals.h, docs/jit.md "Register locals") ----
    // The register (64-bit: its upper half is zero) that holds int local
    // `index`, or an invalid Gp if the local lives in its slot only. The slot
    // is written (writeBackRegisterLocals) wherever the frame can be observed:
    // saveState (every helper that can allocate, throw, walk or run Java, and
    // every call) and the bail-out. OSR entries load them all from the slots.
    Gp localReg(uint32_t index) const;
    void writeBackRegisterLocals(bool references = true);
    Gp storeRegister(uint32_t index, bool reference) const;  // what an istore/astore writes
    bool isRefRegister(const Gp& reg) const;  // one of the owner's reference register locals
    bool holdsReference(uint32_t index) const;  // the map before this instruction says local `index` is one
    void loadRegisterLocals(bool argumentsOnly);  // at an entry: from the slots (else zero)
    std::vector<std::pair<uint32_t, Gp>> registerLocals_;
    // Those of registerLocals_ that hold references: reloaded from their slots
    // (reloadRefLocals, rbx this method's frame) after every point where the
    // GC may run and move them: a helper after saveState in this method's own
    // code (callHelper, while refLocalsInSlots_), a Java call, a callee's
    // bail-out, and where an inlined body's slow path returns to this frame.
    std::vector<std::pair<uint32_t, Gp>> refRegisterLocals_;
    bool refLocalsInSlots_ = false;
    bool isRefLocal(uint32_t index) const;
    void reloadRefLocals() const;
    // Float and double locals in xmm registers (the top of xmm0-xmm13; the
    // stack cache takes the rest): the xmm register that holds local `index`
    // (a double's or a float's value in its low lane), or an invalid Xmm. As
    // for the int ones, the slot is written where the frame can be observed;
    // the registers are caller-saved, so callHelper keeps them on the native
    // stack across a helper and a Java call reloads them from the slots its
    // saveState wrote (reloadXmmLocals). An inlined body's Templates has
    // none, but its code keeps its caller's (owner()).
    asmjit::x86::Xmm localXmm(uint32_t index) const;
    std::optional<XmmLocal> xmmLocalOf(uint32_t index) const;  // also a forwarded argument's
    void reloadXmmLocals();  // from their slots, after a Java call (rbx: this method's frame)
    // Set by saveState in this method's own code, until the next instruction or
    // slow path: the slots hold the xmm locals, so a helper call only reloads them.
    bool xmmLocalsInSlots_ = false;
    std::vector<XmmLocal> xmmLocals_;
    // The method whose code this is: this one, or the one an inlined body is inlined into.
    const Templates* owner() const { return inlineSite_ ? inlineSite_->caller->owner() : this; }
    uint32_t cacheXmmRegisters_ = 14;  // the stack cache's xmm0..xmm(n-1): those the owner's locals leave

    // ---- the stack cache (TemplatesStackCache.cpp, docs/jit.md) ----
    // Within a basic block the top slots of the operand stack need not be in
    // memory: a pushed local or constant is remembered, an int, long or
    // reference result stays in rax (moved to a pool register when the next
    // result needs rax) and a float or double result in an xmm register,
    // until an instruction consumes it. cache_[i] describes slot
    // depth_ - cache_.size() + i. A two-slot value (long, double) is described
    // by its first slot's entry (a Local is then the 64-bit local, a Const the
    // 64-bit bits); the entry of its second slot is always InSlot, since that
    // slot's contents mean nothing (runtime/Frame.h). Every instruction that
    // does not know the cache writes it out first (flushCache), and so does
    // every branch target's label, so all safepoints and joins see the
    // interpreter's frame exactly.
    struct Cached {
        // Rcx: only within an array access, for an array that was in rax (TemplatesArrays.cpp).
        // Flags: the outcome of an fcmp/dcmp in the flags, for the conditional
        // branch right after it (value: the condition code that branches).
        // Gpr: an int, long or reference moved out of rax into a pool register
        // (kCacheGprs); an int's upper half is zero, as in rax. No template
        // writes a pool register but the move into it, so entries may share one (dup).
        enum Kind : uint8_t { InSlot, Local, Const, Rax, Rcx, XmmD, XmmF, Flags, Gpr } kind;
        uint64_t value;  // the local's index, the constant's bits, the xmm or pool register's id, the condition
    };
    std::vector<Cached> cache_;
    bool isXmmLocal(const Cached& c) const;  // a cached Local that is an xmm register local
    void writeXmmLocal(const Mem& slot, uint32_t index);  // an xmm register local's value to a slot
    std::vector<Cached> cacheAtStart_;  // as the instruction began: what its slow paths write out
    std::vector<bool> branchTargets_;   // labels other code jumps to (a join: the cache is empty there)
    // Joins reached only by forward gotos and falling through, whose
    // instruction takes a one-slot int or reference from the top (`c ? 1 : 0`
    // then ireturn, ifeq or istore): every edge brings the top in rax, the
    // rest in their slots (enterRaxJoin), so the cache there is {rax}.
    std::vector<bool> raxJoins_;
    void findBranchTargets();
    void findRaxJoins(const std::vector<bool>& otherEdge);
    void enterRaxJoin();
    void materialize(const std::vector<Cached>& cache, uint32_t depth, size_t i);
    // Below a call's arguments, a cached local or constant stays cached across
    // the call (`sum += f(i)` reads sum where it is after f): the call path
    // writes it to its slot first but keeps reading it from the local, an
    // inlined body's frame push writes it (writeCacheBelowInlinedCall). Only
    // where the GC updates the local as it updates the slot (TemplatesStackCache.cpp).
    bool keepsAcrossCall(const Cached& c, uint32_t stackDepth) const;
    std::vector<Cached> cacheBelowCall(int argSlots) const;  // the entries below the arguments
    std::vector<Cached> belowInlinedCall_;  // as at the call whose callee is being inlined
    uint32_t belowInlinedCallDepth_ = 0;    // the operand stack's depth below its arguments
    void writeCacheBelowInlinedCall();
    void pushResult(int resultSlots);  // after a call (TemplatesInvoke.cpp)
    void flushCache();
    void flushCacheBelow(int operands);     // writes out all but the top `operands` entries
    // Frees rax for a result: an entry in rax (below the top `operands`) moves
    // to a free pool register, or to its slot if all five are taken.
    void flushRax();
    void flushRaxBelow(int operands);
    void moveRaxAside(size_t i);  // cache_[i], in rax
    Gp allocGpr();  // a pool register no entry names, or an invalid Gp
    Gp gprOf(int fromTop) const;  // the register of a cached Rax or Gpr entry, else an invalid Gp
    Gp intRegisterOf(int fromTop) const;  // a register local's or a Gpr entry's register (not rax), else invalid
    void flushCacheLocal(uint32_t index, uint32_t slots = 1);  // before a store to locals index.. index+slots-1
    const Cached* cachedTop(int fromTop) const;  // nullptr: in its slot
    asmjit::Operand operand(int fromTop, bool wide);  // a memory, immediate or register operand
    void loadOperand(const Gp& reg, int fromTop);   // 32- or 64-bit reg
    // A 64-bit operand stored to `dst` (a field, an element): straight from
    // its xmm register if a double is in one, else through rdx.
    void storeWide(const Mem& dst, int fromTop);
    void consume(int slots);
    void pushCached(Cached::Kind kind, uint64_t value = 0);
    // Float and double operands: the register of a cached
    // XmmD/XmmF entry, a free xmm register for a result (writing out the
    // deepest register entry if none is free), an SSE source operand (a
    // register or memory; a constant or rax goes through xmm15), or the value
    // loaded into `reg`.
    bool inXmm(int fromTop) const;  // a cached XmmD/XmmF entry (never a register local: that is a Local)
    bool hasFreeXmm() const;        // allocXmm would write nothing out
    asmjit::x86::Xmm xmmOf(int fromTop) const;
    asmjit::x86::Xmm allocXmm();
    asmjit::Operand fpOperand(int fromTop, bool isDouble);
    void loadFp(const asmjit::x86::Xmm& reg, int fromTop, bool isDouble);
    void pushXmm(const asmjit::x86::Xmm& reg, bool isDouble);
    // A slow path that returns to the main line after a call: reloads the
    // registers the cache (as written out by the slow path) says hold values.
    void reloadCacheRegisters(const std::vector<Cached>& cache, uint32_t depth);
    std::vector<Cached> slowPathCache_;  // the cache the running slow path wrote out
    // The instruction templates that work on cached operands (the others flush first).
    bool usesCache(Opcode op) const;

    // ---- the safepoint contract (JitRuntimeHelpers.h) ----
    // frame->pc = this instruction; frame->sp = stack base + `spDepth`; and
    // JavaThread::topFrame = this frame (rbx), which compiled code writes
    // only where something may read it (docs/jit.md "Calls"): not at a call
    // (`publish` false), whose callee publishes its own frame when it must.
    void saveState(uint32_t spDepth, bool publish = true);
    void saveState() { saveState(depth_); }
    // -Xprof's sampler reads topFrame at any instruction: code compiled while
    // profiling publishes every frame it pushes and pops.
    static bool publishesEveryFrame();
    // Calls a C++ helper; arguments already in rdi, rsi, rdx, rcx, xmm0, xmm1.
    void callHelper(const void* function);
    void loadThreadAndFrame();  // rdi = thread, rsi = frame
    void bailOutIfPending();    // return to the interpreter if an exception is pending
    // Out-of-line code, emitted after the method body (slow paths and throws).
    // `writeCache`: write out the stack cache as the instruction began first
    // (false only for a safepoint poll, whose frame is the branch target's).
    asmjit::Label slowPath(std::function<void()> body, bool writeCache = true);
    // A slow path that throws: saveState(), `body` (which calls a throw helper), bail out.
    asmjit::Label throwPath(std::function<void()> body);
    asmjit::Label nullCheckFailure();
    void nullCheck(const Gp& reg);  // jumps to a NullPointerException if reg == 0
    bool isThis(int fromTop) const;  // the operand is `this`, never null (no null check needed)
    // The operand (loaded into reg) null-checked, unless it is known not to
    // be null: `this`, or a local already checked in this basic block.
    void nullCheckOperand(const Gp& reg, int fromTop);
    std::vector<bool> checkedLocals_;  // locals found non-null since the last join or store
    void markCard(const Gp& fieldAddress);  // runtime/Barrier.h; clobbers fieldAddress and rax

    // ---- template groups ----
    TemplateResult emitInstruction(Opcode op);
    TemplateResult emitConstantsAndLocals(Opcode op);  // TemplatesLocals.cpp
    TemplateResult emitStackOps(Opcode op);            // TemplatesLocals.cpp
    TemplateResult emitIntArithmetic(Opcode op);       // TemplatesArithmetic.cpp
    TemplateResult emitLongArithmetic(Opcode op);      // TemplatesArithmetic.cpp
    TemplateResult emitFloatArithmetic(Opcode op);     // TemplatesFloat.cpp
    TemplateResult emitConversions(Opcode op);         // TemplatesFloat.cpp
    TemplateResult emitControl(Opcode op);             // TemplatesControl.cpp
    TemplateResult emitReturn(Opcode op);              // TemplatesControl.cpp
    TemplateResult emitFields(Opcode op);              // TemplatesObjects.cpp
    TemplateResult emitArrays(Opcode op);              // TemplatesArrays.cpp
    TemplateResult emitObjects(Opcode op);             // TemplatesObjects.cpp

    // The compiled-to-compiled convention (docs/jit.md "Calls"): entered with
    // rbx = this method's frame and r14 = the thread, both set by the caller;
    // the prologue saves only the register locals' registers (callee-saved)
    // and the epilogue leaves rbx = the frame's caller, the caller's frame.
    void emitPrologue();
    void emitEpilogue();  // restores what emitPrologue saved and returns
    // A C++ function (thread, frame[, bci]) around `target` (the direct or
    // the OSR entry): saves rbx and r14, which the C ABI needs preserved, sets
    // them up, derives JavaThread::compiledStackLimit for the calls nested in
    // it, and restores all three when the code returns, with the frame as
    // JavaThread::topFrame again (compiled code publishes frames lazily).
    void emitCxxEntry(asmjit::Label target);
    bool emitBody(std::string& reason);  // the instructions, then their slow paths

    // ---- inlining (TemplatesInline.cpp, docs/jit.md "Inlining") ----
    // The callee a call site may do inline: known when compiling (a direct
    // call), or, for invokevirtual, the resolved method, guarded at run time
    // by the receiver class's vtable entry `vtableIndex` (>= 0).
    struct InlineTarget {
        runtime::Method* callee = nullptr;
        int32_t vtableIndex = -1;
    };
    InlineTarget inlineTarget(Opcode op) const;
    // Jumps to `call` unless the receiver is non-null and, if guarded, of a
    // class whose vtable entry is still the target. Leaves the receiver in rcx.
    void emitInlineGuard(const InlineTarget& target, int argSlots, asmjit::Label call);
    // A call whose callee is small, straight-line code: its body emitted here
    // (returning to `returned`), and the call follows for when the guard fails.
    void emitInlinedCall(Opcode op, int argSlots, asmjit::Label returned, asmjit::Label calleeBailedOut);
    bool emitInlinedBody(asmjit::Label returned, std::string& reason);
    void forwardArguments(Templates& callee, int argSlots);  // sets the callee's localAliases_
    int inlineLevel() const;  // 0 in a method's own code, 1 in a body inlined into it, ...
    void emitInlinedFramePush(bool publish = true);  // at an inlined body's slow path: the frame it would have had
    void emitInlinedTrap();       // at an instruction left to the interpreter
    asmjit::Label inlinedTrapPath();  // its slow path: the frame pushed, the interpreter runs on from here
    // The compiled method's body inlined into itself (one level): its calls
    // to that method are real calls to this code's entry, made from the
    // body's frame, pushed for the call.
    bool callsCompiledMethod(Opcode op) const;
    void emitRecursiveCall(Opcode op, int argSlots, int resultSlots);
    // The end of a slow path that goes back to the main line at `label` (all
    // but the call sequence's, which inlined bodies never emit, end so): in
    // an inlined body, the frame the slow path pushed is popped first.
    void resumeMainLine(asmjit::Label label);
    // A call in an inlined body (up to kMaxInlineDepth levels): an accessor or a callee
    // inlined in turn, else a trap at the invoke.
    void emitNestedCall(Opcode op, int argSlots, int resultSlots);
    // Out of line, for an inlined body whose frame is pushed with its pc and
    // sp set: the interpreter runs it to its return, then its caller goes on
    // (emitAfterInterpreted).
    asmjit::Label interpreterResume();
    asmjit::Label interpreterResume_;
    // With rbx = this inlined body's frame, popped by the interpreter, which
    // left the result in rax (or an exception pending): the caller goes on.
    void emitAfterInterpreted();
    std::vector<bool> inlineTraps_;  // per bci of an inlined body: left to the interpreter
    std::optional<InlineSite> inlineSite_;  // set in the Templates of an inlined body
    std::vector<std::string>* inlineLog_ = nullptr;
    void logInlining(const runtime::Method* callee, const std::string& what);
    std::string inlineFailure_;  // an inlined body that could not be emitted: the method stays interpreted
    void emitProfileCount(uint64_t* counter);
    void emitBranch(asmjit::x86::CondCode cc, int32_t offset);
    void emitJump(int32_t offset);  // goto, goto_w
    void noteBranchTarget(int32_t offset);  // a backward one is a loop header (OSR entry)
    // A safepoint poll (runtime/Safepoint.h) with the frame as it is at `bci`
    // with `depth` stack slots: the method's start, or a loop header just branched to.
    void emitSafepointPoll(uint32_t bci, uint32_t depth);
    void emitWide();
    void emitTableSwitch();
    void emitLookupSwitch();
    void emitInvoke(Opcode op);  // TemplatesInvoke.cpp
    // java.lang.Math/StrictMath methods emitted inline (TemplatesIntrinsics.cpp).
    enum class Intrinsic : uint8_t { None, SqrtD, AbsI, AbsJ, AbsF, AbsD, MinI, MaxI, MinJ, MaxJ, MinF, MaxF, MinD, MaxD };
    Intrinsic intrinsicAt() const;  // of the invokestatic at bc_
    bool emitIntrinsic();           // false: not an intrinsic, emit the call
    // At a call's start (its arguments in their slots or cached locals): a
    // System.arraycopy whose common case is done here, going to `done`; else
    // false, nothing emitted.
    bool emitArraycopyFastPath(Opcode op, asmjit::Label done);
    void emitInvokedynamic();    // TemplatesInvoke.cpp
    std::pair<int, int> callSlots(bool hasReceiver) const;
    // A call by the invoke instruction `op` with `argSlots` argument slots on
    // top (the receiver first if `hasReceiver`): selected and called inline
    // through a CallSiteCache, else by `slowHelper` (thread, frame, pc, cache;
    // JitRuntimeHelpers.h invoke, invokedynamic).
    void emitCall(Opcode op, int argSlots, int resultSlots, bool hasReceiver, const void* slowHelper);
    runtime::Method* knownDirectCallee(Opcode op) const;
    runtime::Method* guardedVirtualCallee(Opcode op) const;
    int32_t guardedVtableOffset() const;  // of guardedVirtualCallee in the receiver class's vtable
    // The header of the frame at [base + disp]; then rbx is that frame, made
    // the thread's top frame if `publish`.
    void emitFrameHeader(const Gp& base, int32_t disp, const Gp& method, const Gp& locals, bool publish);
    // A call to a field getter, read inline with the result in rax, or to an
    // empty method, skipped, and a jump to `done`; the call follows for when
    // it cannot be (TemplatesAccessors.cpp). False if the callee is neither.
    bool emitInlineAccessor(Opcode op, int argSlots, int resultSlots, asmjit::Label done);
    void emitSubtypeCheck(runtime::Klass* target, asmjit::Label yes);  // TemplatesObjects.cpp
    void emitIntDivision(bool remainder);
    void emitLongDivision(bool remainder);
    // The guard of an instruction that quickens itself: if its live opcode is
    // not `quick` yet, call `resolver` (a helper taking thread, frame, pc, quick).
    void emitResolveGuard(uint8_t quick, const void* resolver);
    // Whether the instruction was already rewritten to `quick` when compiled:
    // then what its resolution cached is final and may be compiled in as a
    // constant (the usual case with tiering; with -Xcomp most are not yet).
    bool isQuickAtCompileTime(uint8_t quick) const { return *live() == quick; }
    // Inline allocation (TemplatesObjects.cpp, docs/jit.md): bumps the heap's
    // allocation area for an object of `klass` (nullptr: the class is in rsi)
    // or an array of the length in rdx (zero-extended, checked against the
    // bound), and leaves it in rcx with its header written and its body
    // zeroed, or jumps to `slow`.
    struct AllocationShape {
        runtime::Klass* klass;
        bool isArray;
        size_t elementSize;  // arrays
    };
    void emitBumpAllocation(const AllocationShape& shape, asmjit::Label slow);
    void emitNew();                  // new
    void emitNewArray(Opcode op);    // newarray, anewarray
    // Address of this instruction's constant-pool cache entry in rax.
    void loadCacheEntry(uint16_t cpIndex);

    asmjit::x86::Assembler& a_;
    runtime::Method* method_;
    const runtime::MethodRefMaps& maps_;
    bool mayHoldMonitor_;
    bool thisIsFixed_;  // an instance method that never stores to local 0: it always holds `this`
    std::vector<asmjit::Label> labels_;  // one per bci
    asmjit::Label entry_;  // the method's first instruction: its directEntry (a recursive call's target)
    asmjit::Label bailOut_;
    asmjit::Label epilogue_;
    asmjit::Label osrEntry_;
    asmjit::Label cxxEntry_;
    asmjit::Label cxxOsrEntry_;
    std::vector<uint32_t> loopHeaders_;
    std::vector<std::pair<asmjit::Label, std::function<void()>>> slowPaths_;
    asmjit::Label nullCheckLabel_;
    uint32_t nullCheckBci_ = UINT32_MAX;
};

}  // namespace cortado::jit
