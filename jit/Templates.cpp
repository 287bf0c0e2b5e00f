#include "jit/Templates.h"

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "runtime/Barrier.h"
#include "runtime/Profiler.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::bytecodeInfo;

namespace {
// Whether the method's code has a monitorenter.
bool hasMonitorEnter(const runtime::Method* m) {
    const auto& code = m->codeAttribute()->code;
    for (uint32_t pc = 0; pc < code.size();) {
        if (code[pc] == uint8_t(classfile::Opcode::monitorenter_)) return true;
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) return true;
        pc += len;
    }
    return false;
}
}  // namespace

Templates::Templates(Assembler& a, runtime::Method* method, const runtime::MethodRefMaps& maps)
    : a_(a), method_(method), maps_(maps), mayHoldMonitor_(method->isSynchronized() || hasMonitorEnter(method)) {}

uint8_t* Templates::live() const { return method_->code.get() + bci_; }

uint32_t Templates::length() const {
    const auto& code = method_->codeAttribute()->code;
    return classfile::instructionLength(code, bci_);
}

// Both relative to the Frame: in every frame the locals end where the Frame
// begins and the operand stack starts where it ends (JavaThread::pushFrame).
Mem Templates::stackSlot(uint32_t depth) const {
    return qword_ptr(rbx, int32_t(sizeof(runtime::Frame)) + int32_t(depth) * 8);
}
Mem Templates::top(int i) const { return stackSlot(uint32_t(int32_t(depth_) + i)); }
Mem Templates::local(uint32_t index) const {
    return qword_ptr(rbx, (int32_t(index) - int32_t(method_->maxLocals)) * 8);
}
Label Templates::labelAt(int64_t bci) { return labels_.at(size_t(bci)); }

void Templates::saveState(uint32_t spDepth) {
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(method_->code.get() + bci_)));
    a_.mov(qword_ptr(rbx, offsets::kFramePc), rax);
    a_.lea(rax, stackSlot(spDepth));
    a_.mov(qword_ptr(rbx, offsets::kFrameSp), rax);
}

void Templates::loadThreadAndFrame() {
    a_.mov(rdi, r14);
    a_.mov(rsi, rbx);
}

void Templates::callHelper(const void* function) {
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(function)));
    a_.call(rax);
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
        body();
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
        a_.jmp(resolved);
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

void Templates::emitPrologue() {
    // Three pushes plus the return address keep rsp 16-byte aligned at calls.
    a_.push(rbp);
    a_.mov(rbp, rsp);
    a_.push(rbx);
    a_.push(r14);
    a_.mov(r14, rdi);
    a_.mov(rbx, rsi);
}

// -Xprof's exact counts (runtime/Profiler.h): compiled only into code compiled while profiling.
void Templates::emitProfileCount(uint64_t* counter) {
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(counter)));
    a_.inc(qword_ptr(rax));
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
    if (runtime::g_profiling) emitProfileCount(&method_->profiledInvocations);
    // A frame's start is a safepoint poll (the OSR entry below does not poll: it
    // comes from an interpreted back-edge that just did).
    bci_ = 0;
    depth_ = 0;
    emitSafepointPoll(0, 0);
    findBranchTargets();
    cache_.clear();

    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) {
            reason = "undecodable instruction at pc " + std::to_string(pc);
            return false;
        }
        const runtime::FrameRefMap* map = maps_.at(pc);
        // The cache describes the top slots of the stack as this instruction finds it.
        if (map) depth_ = map->stackDepth();
        if (branchTargets_[pc] && map) flushCache();  // a join: every value in its slot
        if (!map) cache_.clear();
        a_.bind(labels_[pc]);
        cacheAtStart_.clear();
        if (map) {  // no map: unreachable code, never entered
            Opcode op = static_cast<Opcode>(code[pc]);
            bci_ = pc;
            bc_ = code.data() + pc;
            if (!usesCache(op)) flushCache();
            cacheAtStart_ = cache_;
            if (emitInstruction(op) != TemplateResult::Emitted) {
                std::string name(bytecodeInfo(code[pc]).name);
                if (op == Opcode::wide_) name += " " + std::string(bytecodeInfo(code[pc + 1]).name);
                reason = "no template for " + name + " at pc " + std::to_string(pc);
                return false;
            }
        }
        pc += len;
    }
    a_.ud2();  // JVMS 4.9.2: execution never falls off the end of the code

    cache_.clear();
    cacheAtStart_.clear();
    for (size_t i = 0; i < slowPaths_.size(); ++i) {
        a_.bind(slowPaths_[i].first);
        auto body = slowPaths_[i].second;  // a copy: the body may add slow paths
        body();
    }

    // Bail-out: the exception is pending and frame->pc/sp say where (runtime/CompiledCode.h).
    a_.bind(bailOut_);
    a_.xor_(eax, eax);
    a_.bind(epilogue_);
    a_.pop(r14);
    a_.pop(rbx);
    a_.pop(rbp);
    a_.ret();

    if (hasLoops()) {
        // OSR entry: the interpreter's frame is already what the code at the loop header expects.
        a_.bind(osrEntry_);
        emitPrologue();
        // The tier -Xprof samples: the caller of the main entry sets it (Frame.h), the interpreter's frame here is its own.
        a_.or_(dword_ptr(rbx, offsets::kFrameFlags), runtime::Frame::kCompiledFrame);
        for (uint32_t header : loopHeaders_) {
            a_.cmp(edx, header);
            a_.je(labels_[header]);
        }
        a_.ud2();  // the interpreter offers only the headers noted above
    }
    return true;
}

}  // namespace cortado::jit
