#include "jit/Templates.h"

#include <utility>

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/RegisterLocals.h"
#include "runtime/Barrier.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::bytecodeInfo;

namespace {
// Float and double locals in xmm registers at most (xmm13 down to xmm6): the
// stack cache keeps at least xmm0-xmm5, more than expressions need.
constexpr size_t kMaxXmmLocals = 8;

// What the templates need to know of a method's code as a whole: whether it
// has a monitorenter, and which locals it stores to (in an instance method
// that never stores to local 0 it holds `this`: never null, JVMS 2.6.1; an
// argument never stored to may be forwarded into an inlined body).
struct CodeFacts {
    bool monitorEnter = false;
    std::vector<bool> stored;
};

CodeFacts scanCode(const runtime::Method* m) {
    using O = classfile::Opcode;
    const auto& code = m->codeAttribute()->code;
    CodeFacts facts;
    facts.stored.assign(m->maxLocals, false);
    auto store = [&](uint32_t index, uint32_t slots) {
        for (uint32_t i = index; i < index + slots && i < facts.stored.size(); ++i) facts.stored[i] = true;
    };
    for (uint32_t pc = 0; pc < code.size();) {
        uint8_t o = code[pc];
        auto op = static_cast<O>(o);
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) {  // undecodable: assume the worst (the method is rejected anyway)
            facts.monitorEnter = true;
            facts.stored.assign(m->maxLocals, true);
            return facts;
        }
        bool wide = op == O::wide_;
        uint8_t w = wide ? code[pc + 1] : o;
        uint32_t index = wide ? classfile::readU2(&code[pc + 2]) : len > 1 ? code[pc + 1] : 0;
        if (op == O::monitorenter_) facts.monitorEnter = true;
        if (w >= uint8_t(O::istore_) && w <= uint8_t(O::astore_)) {  // JVMS 6.5: a long or double takes two
            store(index, w == uint8_t(O::lstore_) || w == uint8_t(O::dstore_) ? 2 : 1);
        } else if (o >= uint8_t(O::istore_0_) && o <= uint8_t(O::astore_3_)) {  // four of each kind in a row
            uint32_t kind = (o - uint8_t(O::istore_0_)) / 4;  // i, l, f, d, a
            store((o - uint8_t(O::istore_0_)) % 4, kind == 1 || kind == 3 ? 2 : 1);
        } else if (w == uint8_t(O::iinc_)) {
            store(index, 1);
        } else if (!wide && (classfile::bytecodeInfo(o).flags & classfile::BC_EXTENSION) &&
                   classfile::bytecodeInfo(o).format == classfile::OperandFormat::Local) {
            store(index, 2);  // a Cortado instruction on a local: may store, as far as this scan knows
        }
        pc += len;
    }
    return facts;
}
}  // namespace

Templates::Templates(Assembler& a, runtime::Method* method, const runtime::MethodRefMaps& maps)
    : a_(a), method_(method), maps_(maps) {
    CodeFacts facts = scanCode(method);
    mayHoldMonitor_ = method->isSynchronized() || facts.monitorEnter;
    storedLocals_ = std::move(facts.stored);
    thisIsFixed_ = !method->isStatic() && !(method->maxLocals > 0 && storedLocals_[0]);
    // The callee-saved registers compiled code does not otherwise use (rbp stays the frame pointer).
    const Gp kLocalRegisters[] = {r12, r13, r15};
    RegisterLocalChoice chosen = chooseRegisterLocals(method, std::size(kLocalRegisters), kMaxXmmLocals);
    for (uint32_t index : chosen.ints) registerLocals_.emplace_back(index, kLocalRegisters[registerLocals_.size()]);
    for (uint32_t index : chosen.refs) {
        registerLocals_.emplace_back(index, kLocalRegisters[registerLocals_.size()]);
        refRegisterLocals_.push_back(registerLocals_.back());
    }
    // Float and double locals take xmm13 downwards; the stack cache keeps the registers below.
    for (size_t i = 0; i < chosen.fps.size(); ++i)
        xmmLocals_.push_back({chosen.fps[i].index, xmm(13 - uint32_t(i)), chosen.fps[i].isDouble});
    cacheXmmRegisters_ = 14 - uint32_t(xmmLocals_.size());
}

uint8_t* Templates::live() const { return method_->code.get() + bci_; }

uint32_t Templates::length() const {
    const auto& code = method_->codeAttribute()->code;
    return classfile::instructionLength(code, bci_);
}

// Both relative to the Frame: in every frame the locals end where the Frame
// begins and the operand stack starts where it ends (JavaThread::pushFrame).
Mem Templates::stackSlot(uint32_t depth) const {
    return qword_ptr(rbx, frameDisp_ + int32_t(sizeof(runtime::Frame)) + int32_t(depth) * 8);
}
Mem Templates::top(int i) const { return stackSlot(uint32_t(int32_t(depth_) + i)); }
Mem Templates::local(uint32_t index) const {
    if (const LocalAlias* alias = aliasOf(index)) return alias->mem;
    return ownLocal(index);
}
Mem Templates::ownLocal(uint32_t index) const {
    return qword_ptr(rbx, frameDisp_ + (int32_t(index) - int32_t(method_->maxLocals)) * 8);
}
const Templates::LocalAlias* Templates::aliasOf(uint32_t index) const {
    if (aliasesOff_ || index >= localAliases_.size() || !localAliases_[index].active) return nullptr;
    return &localAliases_[index];
}
Label Templates::labelAt(int64_t bci) { return labels_.at(size_t(bci)); }

// A reference register local's register holds the local only where the slot
// holds a reference (the reference map before this instruction says so): its
// slot may hold another kind elsewhere (RegisterLocals.cpp), read and written
// in memory. A cached load of it is consumed within its basic block, before
// any store to the local (which writes the cached copies out first), so the
// map of the instruction consuming it answers as the load's would.
Templates::Gp Templates::localReg(uint32_t index) const {
    if (const LocalAlias* alias = aliasOf(index)) return alias->reg;
    for (const auto& [local, reg] : registerLocals_) {
        if (local != index) continue;
        if (isRefRegister(reg) && !holdsReference(index)) return Gp();
        return reg;
    }
    return Gp();
}

// The register an istore (`reference` false) or astore to local `index` writes, if any.
Templates::Gp Templates::storeRegister(uint32_t index, bool reference) const {
    for (const auto& [local, reg] : registerLocals_)
        if (local == index && isRefRegister(reg) == reference) return reg;
    return Gp();
}

bool Templates::isRefRegister(const Gp& reg) const {
    for (const auto& entry : owner()->refRegisterLocals_)
        if (entry.second.id() == reg.id()) return true;
    return false;
}

bool Templates::holdsReference(uint32_t index) const {
    const runtime::FrameRefMap* map = maps_.at(bci_);
    return map && map->isLocalReference(index);
}

std::optional<Templates::XmmLocal> Templates::xmmLocalOf(uint32_t index) const {
    if (const LocalAlias* alias = aliasOf(index))  // a forwarded argument: the caller's (TemplatesInline.cpp)
        return alias->xmm ? std::optional<XmmLocal>(XmmLocal{index, alias->xmm->reg, alias->xmm->isDouble}) : std::nullopt;
    for (const XmmLocal& l : xmmLocals_)
        if (l.index == index) return l;
    return std::nullopt;
}

Xmm Templates::localXmm(uint32_t index) const {
    std::optional<XmmLocal> l = xmmLocalOf(index);
    return l ? l->reg : Xmm();
}

// The whole 64-bit register: its upper half is zero, so the slot holds the int
// zero-extended, as intToSlot stores it. A double fills its first slot (the
// second is never written by this method's code: RegisterLocals.h); a
// float's bits are zero-extended too.
// A reference register local only where its slot holds a reference at this
// instruction (elsewhere the register is dead, and the slot may hold another kind).
void Templates::writeBackRegisterLocals(bool references) {
    for (const auto& [index, reg] : registerLocals_) {
        if (isRefRegister(reg) && (!references || !holdsReference(index))) continue;
        a_.mov(local(index), reg);
    }
    for (const XmmLocal& l : xmmLocals_) {
        if (l.isDouble) {
            a_.movsd(local(l.index), l.reg);
        } else {
            a_.movss(local(l.index).cloneResized(4), l.reg);
            a_.mov(local(l.index).cloneAdjusted(4).cloneResized(4), 0);
        }
    }
}

void Templates::loadRegisterLocals(bool argumentsOnly) {
    for (const auto& [index, reg] : registerLocals_) {
        if (argumentsOnly && index >= method_->argSlots) a_.xor_(reg.r32(), reg.r32());  // as pushFrame zeroed the slot
        else if (isRefRegister(reg)) a_.mov(reg, local(index));  // the whole slot, whatever it holds here
        else a_.mov(reg.r32(), local(index).cloneResized(4));
    }
    for (const XmmLocal& l : xmmLocals_) {
        if (argumentsOnly && l.index >= method_->argSlots) a_.xorps(l.reg, l.reg);  // as the zeroed slot
        else if (l.isDouble) a_.movsd(l.reg, local(l.index));
        else a_.movss(l.reg, local(l.index).cloneResized(4));
    }
}

// Whether local `index` is in a register holding a reference (a forwarded
// argument: its caller's register local).
bool Templates::isRefLocal(uint32_t index) const {
    Gp reg = localReg(index);
    return reg.isValid() && isRefRegister(reg);
}

// After anything that may have run the GC (a helper after saveState, a Java
// call, an inlined body's slow path), with rbx this method's frame: the GC
// updated the slots saveState wrote (the reference maps type them as the
// interpreter's frame would be), and may have moved what the registers point to.
void Templates::reloadRefLocals() const {
    for (const auto& [index, reg] : refRegisterLocals_) a_.mov(reg, ownLocal(index));
}

// After a Java call: the callee clobbered every xmm register, and the
// caller's saveState wrote the locals to their slots, which no callee writes.
void Templates::reloadXmmLocals() {
    for (const XmmLocal& l : xmmLocals_) {
        if (l.isDouble) a_.movsd(l.reg, local(l.index));
        else a_.movss(l.reg, local(l.index).cloneResized(4));
    }
}

// Every place the frame can be observed by other code (a helper that can
// allocate, throw, walk the stack or run Java; a call) saves its state here
// first, so this is where the register locals go to their slots too.
void Templates::saveState(uint32_t spDepth, bool publish) {
    if (publish || publishesEveryFrame()) a_.mov(qword_ptr(r14, offsets::kThreadTopFrame), rbx);
    writeBackRegisterLocals();
    xmmLocalsInSlots_ = !inlineSite_ && !xmmLocals_.empty();
    refLocalsInSlots_ = !inlineSite_ && !refRegisterLocals_.empty();
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(method_->code.get() + bci_)));
    a_.mov(qword_ptr(rbx, offsets::kFramePc), rax);
    a_.lea(rax, stackSlot(spDepth));
    a_.mov(qword_ptr(rbx, offsets::kFrameSp), rax);
}

bool Templates::publishesEveryFrame() { return runtime::g_profiling; }

void Templates::loadThreadAndFrame() {
    a_.mov(rdi, r14);
    a_.mov(rsi, rbx);
}

// The xmm register locals of the method this code belongs to (an inlined
// body's are its caller's) are caller-saved: they wait on the native stack
// (16-byte aligned, as the call needs) during the helper. Not in their slots:
// rbx is not always their frame (an inlined body's slow path runs in its own),
// and a helper that cannot observe the frame (a conversion) has no saveState.
//
// A reference register local (in a callee-saved register) is reloaded from
// its slot after a helper that saveState preceded in this method's own code:
// the helper may have collected and moved the object. In an inlined body's
// slow path the registers are reloaded where it goes back to this method's
// frame (resumeMainLine, emitAfterInterpreted, its bail-out).
void Templates::callHelper(const void* function) {
    bool reloadRefs = refLocalsInSlots_;
    if (xmmLocalsInSlots_) {  // saveState wrote them, in this method's own frame (rbx, callee-saved)
        a_.mov(rax, imm(reinterpret_cast<uint64_t>(function)));
        a_.call(rax);
        reloadXmmLocals();
        if (reloadRefs) reloadRefLocals();
        return;
    }
    const auto& saved = owner()->xmmLocals_;
    int32_t area = int32_t((saved.size() * 8 + 15) & ~size_t(15));
    if (area) a_.sub(rsp, area);
    for (size_t i = 0; i < saved.size(); ++i) a_.movsd(qword_ptr(rsp, int32_t(i) * 8), saved[i].reg);
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(function)));
    a_.call(rax);
    for (size_t i = 0; i < saved.size(); ++i) a_.movsd(saved[i].reg, qword_ptr(rsp, int32_t(i) * 8));
    if (area) a_.add(rsp, area);
    if (reloadRefs) reloadRefLocals();
}

void Templates::bailOutIfPending() {
    a_.cmp(qword_ptr(r14, offsets::kThreadPendingException), 0);
    a_.jne(bailOut_);
}

Label Templates::slowPath(std::function<void()> body, bool writeCache) {
    Label l = a_.newLabel();
    // The body runs later, after the method body: it sees this instruction's
    // state, with the stack cache written to the slots (TemplatesStackCache.cpp).
    uint32_t bci = bci_, depth = depth_;
    const uint8_t* bc = bc_;
    std::vector<Cached> cache;
    if (writeCache) cache = cacheAtStart_;
    slowPaths_.emplace_back(l, [this, bci, depth, bc, cache, body = std::move(body)] {
        bci_ = bci;
        depth_ = depth;
        bc_ = bc;
        for (size_t i = 0; i < cache.size(); ++i) materialize(cache, depth, i);
        slowPathCache_ = cache;
        xmmLocalsInSlots_ = false;
        refLocalsInSlots_ = false;
        if (!inlineSite_) return body();
        // In an inlined body, the frame it would have had is pushed first; the
        // slow path then runs in it as in the callee's own compiled code
        // (TemplatesInline.cpp), and leaves through bailOut_, a trap's
        // interpreterResume, or resumeMainLine, which pops the frame again.
        emitInlinedFramePush();
        int32_t disp = std::exchange(frameDisp_, 0);
        bool aliasesOff = std::exchange(aliasesOff_, true);  // the pushed frame holds the forwarded arguments
        body();
        aliasesOff_ = aliasesOff;
        frameDisp_ = disp;
    });
    return l;
}

Label Templates::throwPath(std::function<void()> body) {
    return slowPath([this, body = std::move(body)] {
        saveState();
        body();
        a_.jmp(bailOut_);
    });
}

Label Templates::nullCheckFailure() {
    if (nullCheckBci_ != bci_) {
        nullCheckBci_ = bci_;
        nullCheckLabel_ = throwPath([this] {
            loadThreadAndFrame();
            callHelper(reinterpret_cast<const void*>(&helpers::throwNullPointer));
        });
    }
    return nullCheckLabel_;
}

void Templates::nullCheck(const Gp& reg) {
    a_.test(reg, reg);
    a_.jz(nullCheckFailure());
}

void Templates::markCard(const Gp& fieldAddress) {
    a_.shr(fieldAddress, runtime::kCardShift);
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(&runtime::g_cardTableBiased)));
    a_.mov(rax, qword_ptr(rax));
    a_.mov(byte_ptr(rax, fieldAddress), runtime::kDirtyCard);
}

void Templates::loadCacheEntry(uint16_t cpIndex) {
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(&method_->owner->cpCache[cpIndex])));
}

void Templates::emitResolveGuard(uint8_t quick, const void* resolver) {
    // Quickening is never undone: an instruction already quick needs no guard.
    if (isQuickAtCompileTime(quick)) return;
    Label resolved = a_.newLabel();
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(live())));
    a_.cmp(byte_ptr(rax), quick);
    Label slow = slowPath([this, quick, resolver, resolved] {
        saveState();
        loadThreadAndFrame();
        a_.mov(rdx, imm(reinterpret_cast<uint64_t>(live())));
        a_.mov(ecx, quick);
        callHelper(resolver);
        a_.test(al, al);
        a_.jz(bailOut_);
        reloadCacheRegisters(slowPathCache_, depth_);  // the call clobbered the cached xmm registers
        resumeMainLine(resolved);
    });
    a_.jne(slow);
    a_.bind(resolved);
}

TemplateResult Templates::emitInstruction(Opcode op) {
    for (auto group : {&Templates::emitConstantsAndLocals, &Templates::emitStackOps, &Templates::emitIntArithmetic,
                       &Templates::emitLongArithmetic, &Templates::emitFloatArithmetic, &Templates::emitConversions,
                       &Templates::emitControl, &Templates::emitReturn, &Templates::emitFields, &Templates::emitArrays,
                       &Templates::emitObjects}) {
        TemplateResult r = (this->*group)(op);
        if (r != TemplateResult::NotMine) return r;
    }
    return TemplateResult::Unsupported;
}

// The native stack one compiled frame takes: the return address, rbp, up to
// three register locals' registers and the alignment pad. No more than the
// Java stack any frame takes (its Frame header, at least), so a call site's
// one compare of the callee frame's end with JavaThread::compiledStackLimit
// bounds the native stack too (emitCxxEntry).
constexpr int32_t kMaxCompiledNativeFrameBytes = 8 + 8 + 3 * 8 + 8;
static_assert(kMaxCompiledNativeFrameBytes <= int32_t(sizeof(runtime::Frame)));

void Templates::emitPrologue() {
    // rbx and r14 come set (docs/jit.md "Calls"): the return address and rbp
    // keep rsp 16-byte aligned at calls; an odd number of register locals'
    // registers needs one more slot.
    a_.push(rbp);
    a_.mov(rbp, rsp);
    for (const auto& entry : registerLocals_) a_.push(entry.second);
    if (registerLocals_.size() % 2) a_.sub(rsp, 8);
}

void Templates::emitEpilogue() {
    if (registerLocals_.size() % 2) a_.add(rsp, 8);
    for (auto it = registerLocals_.rbegin(); it != registerLocals_.rend(); ++it) a_.pop(it->second);
    a_.pop(rbp);
    a_.mov(rbx, qword_ptr(rbx, offsets::kFrameCaller));  // the caller's frame: its rbx, which it does not save
    a_.ret();
}

void Templates::emitCxxEntry(Label target) {
    namespace off = offsets;
    Label noRoom = a_.newLabel(), set = a_.newLabel();
    // Five words and the return address: rsp stays 16-byte aligned at the call.
    a_.push(rbx);
    a_.push(r14);
    a_.mov(r14, rdi);
    a_.mov(rbx, rsi);
    a_.push(qword_ptr(r14, off::kThreadCompiledStackLimit));  // an outer entry's, restored below
    a_.push(rsi);  // the frame, the top frame again when the code returns
    a_.sub(rsp, 8);
    // The calls nested here may push frames up to the Java stack's limit, or
    // up to this frame plus the native stack left (every compiled frame takes
    // no more of it than of the Java stack, and this one's prologue is counted
    // in the slack), whichever is lower; no room at all (or no limit set by the
    // tiering hooks yet): every compiled call takes the slow path.
    a_.lea(rax, qword_ptr(rsp, -2 * kMaxCompiledNativeFrameBytes));
    a_.sub(rax, qword_ptr(r14, off::kThreadNativeStackLimit));
    a_.jbe(noRoom);
    a_.add(rax, rbx);
    a_.cmp(rax, qword_ptr(r14, off::kThreadJavaStackLimit));
    a_.cmova(rax, qword_ptr(r14, off::kThreadJavaStackLimit));
    a_.jmp(set);
    a_.bind(noRoom);
    a_.xor_(eax, eax);
    a_.bind(set);
    a_.mov(qword_ptr(r14, off::kThreadCompiledStackLimit), rax);
    a_.call(target);  // edx (OSR: the bci) as the C++ caller passed it
    // The C++ caller pops the frame itself: it must be the top frame again,
    // whichever frames the code published last (Templates::saveState).
    a_.add(rsp, 8);
    a_.pop(rcx);
    a_.mov(qword_ptr(r14, off::kThreadTopFrame), rcx);
    a_.pop(qword_ptr(r14, off::kThreadCompiledStackLimit));
    a_.pop(r14);
    a_.pop(rbx);
    a_.ret();
}

// -Xprof's exact counts (runtime/Profiler.h): compiled only into code compiled while profiling.
void Templates::emitProfileCount(uint64_t* counter) {
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(counter)));
    a_.inc(qword_ptr(rax));
}

// The instructions, one template each, then the slow paths they asked for.
bool Templates::emitBody(std::string& reason) {
    const auto& code = method_->codeAttribute()->code;
    bool trapped = false;  // after an inlined body's trap
    checkedLocals_.assign(method_->maxLocals, false);
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) {
            reason = "undecodable instruction at pc " + std::to_string(pc);
            return false;
        }
        const runtime::FrameRefMap* map = maps_.at(pc);
        // The cache describes the top slots of the stack as this instruction finds it.
        if (map) depth_ = map->stackDepth();
        // A join: every value in its slot, or at a rax join the top in rax
        // (findRaxJoins); this is the edge from the instruction before.
        if (branchTargets_[pc] && map) {
            if (raxJoins_[pc]) enterRaxJoin();
            else flushCache();
        }
        if (branchTargets_[pc]) checkedLocals_.assign(method_->maxLocals, false);
        if (!map) cache_.clear();
        a_.bind(labels_[pc]);
        cacheAtStart_.clear();
        if (branchTargets_[pc]) trapped = false;
        if (map && !trapped && !inlineTraps_.empty() && inlineTraps_[pc]) {
            bci_ = pc;
            bc_ = code.data() + pc;
            flushCache();
            emitInlinedTrap();
            trapped = true;  // up to the next join, never reached
        } else if (map && !trapped) {  // no map: unreachable code, never entered
            Opcode op = static_cast<Opcode>(code[pc]);
            bci_ = pc;
            bc_ = code.data() + pc;
            if (std::optional<int64_t> target = classfile::jumpTarget(code, pc);
                (op == Opcode::goto_ || op == Opcode::goto_w_) && target && *target > int64_t(pc) &&
                raxJoins_[size_t(*target)]) {
                enterRaxJoin();  // the goto's edge into a rax join
            } else if (!usesCache(op)) {
                flushCache();
            }
            cacheAtStart_ = cache_;
            xmmLocalsInSlots_ = false;
            refLocalsInSlots_ = false;
            if (emitInstruction(op) != TemplateResult::Emitted) {
                std::string name(bytecodeInfo(code[pc]).name);
                if (op == Opcode::wide_) name += " " + std::string(bytecodeInfo(code[pc + 1]).name);
                reason = "no template for " + name + " at pc " + std::to_string(pc);
                return false;
            }
            // A return, goto, throw or switch: nothing reaches the next
            // instruction from here, so nothing cached is written out there
            // (a return leaves its operand cached: `iload_0; ireturn`).
            if (bytecodeInfo(code[pc]).flags & classfile::BC_NO_FALLTHROUGH) cache_.clear();
        }
        pc += len;
    }
    a_.ud2();  // JVMS 4.9.2: execution never falls off the end of the code
    cache_.clear();
    cacheAtStart_.clear();
    for (size_t i = 0; i < slowPaths_.size(); ++i) {
        a_.bind(slowPaths_[i].first);
        auto body = slowPaths_[i].second;  // a copy: the body may add slow paths
        xmmLocalsInSlots_ = false;
        refLocalsInSlots_ = false;
        body();
    }

    return true;
}

bool Templates::emitMethod(std::string& reason) {
    const auto& code = method_->codeAttribute()->code;
    labels_.clear();
    for (size_t i = 0; i <= code.size(); ++i) labels_.push_back(a_.newLabel());
    bailOut_ = a_.newLabel();
    epilogue_ = a_.newLabel();

    osrEntry_ = a_.newLabel();
    entry_ = a_.newLabel();
    a_.bind(entry_);
    emitPrologue();
    loadRegisterLocals(/*argumentsOnly=*/true);
    if (runtime::g_profiling) emitProfileCount(&method_->profiledInvocations);
    // A frame's start is a safepoint poll (the OSR entry below does not poll: it
    // comes from an interpreted back-edge that just did).
    bci_ = 0;
    depth_ = 0;
    emitSafepointPoll(0, 0);
    findBranchTargets();
    cache_.clear();

    if (!emitBody(reason)) return false;
    if (!inlineFailure_.empty()) {
        reason = inlineFailure_;
        return false;
    }

    // Bail-out: the exception is pending and frame->pc/sp say where (runtime/CompiledCode.h).
    // The interpreter continues the frame from its slots if the handler is in
    // this method: the register locals go there (saveState did already at the
    // throw; this keeps the rule in one obvious place too, for ints and floats).
    a_.bind(bailOut_);
    // Not the reference register locals: every path here passed a saveState
    // (or an inlined body's frame push) after their last store, which wrote
    // them, and the GC may have moved them since (the slots are current).
    writeBackRegisterLocals(/*references=*/false);
    a_.xor_(eax, eax);
    a_.bind(epilogue_);
    emitEpilogue();

    if (hasLoops()) {
        // OSR entry: the interpreter's frame is already what the code at the loop header expects.
        a_.bind(osrEntry_);
        emitPrologue();
        // The tier -Xprof samples: the caller of the main entry sets it (Frame.h), the interpreter's frame here is its own.
        a_.or_(dword_ptr(rbx, offsets::kFrameFlags), runtime::Frame::kCompiledFrame);
        loadRegisterLocals(/*argumentsOnly=*/false);  // the interpreter's values, in their slots
        for (uint32_t header : loopHeaders_) {
            a_.cmp(edx, header);
            a_.je(labels_[header]);
        }
        a_.ud2();  // the interpreter offers only the headers noted above
    }
    cxxEntry_ = a_.newLabel();
    a_.bind(cxxEntry_);
    emitCxxEntry(entry_);
    if (hasLoops()) {
        cxxOsrEntry_ = a_.newLabel();
        a_.bind(cxxOsrEntry_);
        emitCxxEntry(osrEntry_);
    }
    return true;
}

}  // namespace cortado::jit
