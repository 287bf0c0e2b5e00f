// Templates: invokevirtual, invokespecial, invokestatic, invokeinterface, invokedynamic.
#include <cstddef>
#include <utility>

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"
#include "jit/Tiering.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readU2;

namespace {
const void* fn(auto* f) { return reinterpret_cast<const void*>(f); }
}  // namespace

void Templates::emitInvoke(Opcode op) {
    if (op == Opcode::invokestatic_ && emitIntrinsic()) return;  // Math.sqrt & co. inline (TemplatesIntrinsics.cpp)
    bool hasReceiver = op != Opcode::invokestatic_;
    auto [argSlots, resultSlots] = callSlots(hasReceiver);
    emitCall(op, argSlots, resultSlots, hasReceiver, fn(&helpers::invoke));
}

// invokedynamic (JVMS 6.5): linked on its first execution by the resolve
// guard (the VM's linker, interp::linkInvokedynamic). A linked site of the
// Invoke form then calls its static method exactly as invokestatic does, on
// the inline path once its CallSiteCache is filled; every other form takes the
// slow path, where helpers::invokedynamic runs it through the interpreter's
// definition (interp::runLinkedCallSite).
void Templates::emitInvokedynamic() {
    auto [argSlots, resultSlots] = callSlots(false);
    emitResolveGuard(uint8_t(Opcode::invokedynamic_quick_), fn(&helpers::linkInvokedynamic));
    emitCall(Opcode::invokedynamic_, argSlots, resultSlots, false, fn(&helpers::invokedynamic));
}

// The header of a frame compiled code pushes at [base + disp], as
// JavaThread::pushFrame writes it (Frame::pc and sp are the callee's to
// write: docs/jit.md), with this one (rbx) as its caller. The caller link is
// also how the callee's epilogue gives rbx back. Then rbx is the new frame,
// made the thread's top frame if `publish` (a call's frame is not: see
// Templates::saveState).
void Templates::emitFrameHeader(const Gp& base, int32_t disp, const Gp& method, const Gp& locals, bool publish) {
    namespace off = offsets;
    a_.mov(qword_ptr(base, disp + off::kFrameCaller), rbx);
    a_.mov(qword_ptr(base, disp + off::kFrameMethod), method);
    a_.mov(qword_ptr(base, disp + off::kFrameLocals), locals);
    // Compiled from here on (the callee's prologue does not set the bit): a sample in the call sequence counts as compiled.
    a_.mov(dword_ptr(base, disp + off::kFrameFlags), runtime::Frame::kEntryFrame | runtime::Frame::kCompiledFrame);
    if (disp) a_.lea(rbx, qword_ptr(base, disp));
    else a_.mov(rbx, base);
    if (publish || publishesEveryFrame()) a_.mov(qword_ptr(r14, off::kThreadTopFrame), rbx);
}

QuickCallTarget quickCallTarget(const runtime::Method* m, uint32_t pc) {
    using classfile::Opcode;
    const uint8_t live = m->code[pc];
    const runtime::CpCacheEntry& e = m->owner->cpCache[readU2(m->codeAttribute()->code.data() + pc + 1)];
    QuickCallTarget t;
    if (live == uint8_t(Opcode::invokestatic_quick_) || live == uint8_t(Opcode::invokedirect_quick_)) {
        t.callee = e.directMethod;
    } else if (live == uint8_t(Opcode::invokevirtual_quick_) && e.vtableIndex >= 0) {
        t.callee = e.method;
        t.isVirtual = true;
    }
    if (t.callee && (t.callee->isNative() || t.callee->isAbstract() || !t.callee->code)) t = {};
    return t;
}

// The resolved method of an invokevirtual resolved before this method was
// compiled, if it has code: the callee whenever the receiver class's vtable
// entry is it; nullptr otherwise.
runtime::Method* Templates::guardedVirtualCallee(Opcode op) const {
    if (op != Opcode::invokevirtual_) return nullptr;
    QuickCallTarget t = quickCallTarget(method_, bci_);
    return t.isVirtual ? t.callee : nullptr;
}
int32_t Templates::guardedVtableOffset() const {
    return int32_t(method_->owner->cpCache[readU2(bc_ + 1)].vtableIndex) * int32_t(sizeof(runtime::Method*));
}

// The slots the instruction's arguments (and receiver) take, and its result's,
// from the descriptor of its Methodref or InvokeDynamic constant.
std::pair<int, int> Templates::callSlots(bool hasReceiver) const {
    uint16_t idx = readU2(bc_ + 1);
    auto sig = classfile::parseMethodDescriptor(method_->owner->constantPool().memberDescriptor(idx));
    int argSlots = hasReceiver ? 1 : 0;
    for (auto t : sig->params) argSlots += classfile::slotCount(t);
    return {argSlots, classfile::slotCount(sig->returnType)};
}

// The callee of a direct call (invokestatic, invokespecial, a final or private
// invokevirtual, an invokedynamic of a static method) already resolved when
// this method is compiled; nullptr otherwise.
runtime::Method* Templates::knownDirectCallee(Opcode op) const {
    if (op == Opcode::invokedynamic_) {
        if (!isQuickAtCompileTime(uint8_t(Opcode::invokedynamic_quick_))) return nullptr;
        const runtime::CallSite& site = method_->owner->callSites[readU2(live() + 3)];
        runtime::Method* m = site.kind == runtime::CallSite::Kind::Invoke ? site.method : nullptr;
        return m && !m->isNative() && !m->isAbstract() && m->code ? m : nullptr;
    }
    if (op == Opcode::invokeinterface_) return nullptr;
    QuickCallTarget t = quickCallTarget(method_, bci_);
    return t.isVirtual ? nullptr : t.callee;
}

// A call (docs/jit.md "Calls"). A callee known when compiling (a direct
// call's, or an invokevirtual's resolved method while the receiver class's
// vtable entry is it) gets its frame pushed with constant offsets and is
// called without the site's CallSiteCache. Otherwise the cache's inline
// cache first: for the cached receiver class (or any, for a direct call) the
// cached compiled callee's frame is pushed here as JavaThread::pushFrame would
// push it, and its code called. A receiver of another class takes an
// out-of-line selection in machine code, as interp::selectQuickInvokeTarget
// selects (through the receiver class's vtable, or by a search of its itable),
// and calls the selected method's Method::directEntry the same way. Anything
// else (an unresolved site, a null receiver, a callee that is interpreted,
// native, abstract or synchronized, a full stack) takes the slow path,
// `slowHelper` (helpers::invoke or helpers::invokedynamic), which does it all as
// the interpreter does and fills the site. The arguments are the top slots;
// the result replaces them.
void Templates::emitCall(Opcode op, int argSlots, int resultSlots, bool hasReceiver, const void* slowHelper) {
    flushCacheForCall(argSlots);
    if (inlineSite_) return emitNestedCall(op, argSlots, resultSlots);  // no call from an inlined body
    std::vector<Cached> below = cacheBelowCall(argSlots);  // cached again after the call
    namespace off = offsets;
    using helpers::CallSiteCache;
    CallSiteCache* site = helpers::newCallSiteCache();
    const int kCode = offsetof(CallSiteCache, code), kCallee = offsetof(CallSiteCache, callee),
              kReceiverClass = offsetof(CallSiteCache, receiverClass),
              kFrameOffset = offsetof(CallSiteCache, frameOffset), kFrameEnd = offsetof(CallSiteCache, frameEnd),
              kMethod = offsetof(CallSiteCache, method), kDispatch = offsetof(CallSiteCache, dispatch),
              kInterface = offsetof(CallSiteCache, interface), kItableOffset = offsetof(CallSiteCache, itableOffset);
    bool dispatched = op == Opcode::invokevirtual_ || op == Opcode::invokeinterface_;
    runtime::Method* known = knownDirectCallee(op);

    Label done = a_.newLabel(), afterCall = a_.newLabel(), push = a_.newLabel();
    Label slow = slowPath([this, site, done, slowHelper, argSlots, resultSlots] {
        saveState();
        loadThreadAndFrame();
        a_.mov(rdx, imm(reinterpret_cast<uint64_t>(live())));
        a_.mov(rcx, imm(reinterpret_cast<uint64_t>(site)));
        callHelper(slowHelper);
        bailOutIfPending();
        if (resultSlots) a_.mov(rax, top(-argSlots));  // the helper stored it; every path ends with it in rax
        a_.jmp(done);
    });
    Label calleeBailedOut = slowPath([this, afterCall] {
        // The interpreter handles the exception in the callee's frame (and maybe runs the rest of it).
        a_.mov(rdi, r14);
        a_.mov(rsi, rax);
        callHelper(fn(&helpers::finishCallee));
        reloadRefLocals();  // it may have collected: from the slots the call's saveState wrote
        bailOutIfPending();
        a_.jmp(afterCall);
    });
    // The selection for a receiver the inline cache does not hold (rcx, site in r8):
    // r9 = the callee, rax = its directEntry, rsi/rdi/rdx = its Frame / locals / the end of its stack.
    // Not for a known direct callee: its selection is itself, so a null directEntry means the slow path.
    Label select = !dispatched || known ? slow : slowPath([=, this] {
        Label selected = a_.newLabel();
        a_.cmp(qword_ptr(r8, kCode), 0);
        a_.je(slow);  // no inline cache yet: the slow path fills it
        a_.mov(r9, qword_ptr(r8, kMethod));
        a_.test(r9, r9);
        a_.jz(slow);
        // dispatch < 0: kDirect (r9 is the callee) or, for invokeinterface, kInterface.
        bool byInterfacePossible = op == Opcode::invokeinterface_;
        Label notVirtual = byInterfacePossible ? a_.newLabel() : selected;
        a_.mov(rdx, qword_ptr(r8, kDispatch));
        a_.test(rdx, rdx);
        a_.js(notVirtual);
        a_.mov(r10, qword_ptr(rcx, off::kObjectKlass));
        a_.mov(r10, qword_ptr(r10, off::kKlassVtableBegin));
        a_.mov(r9, qword_ptr(r10, rdx));
        if (byInterfacePossible) {
            // JVMS 6.5 invokeinterface: the receiver class's implementation of the
            // resolved interface method, from its itable entry for that interface
            // (a class that does not implement it takes the slow path, which throws).
            Label search = a_.newLabel(), found = a_.newLabel();
            a_.jmp(selected);
            a_.bind(notVirtual);
            a_.cmp(rdx, imm(CallSiteCache::kInterface));
            a_.jne(selected);  // kDirect
            a_.mov(r10, qword_ptr(rcx, off::kObjectKlass));
            a_.mov(r11, qword_ptr(r10, off::kKlassItableBegin));
            a_.mov(r10, qword_ptr(r10, off::kKlassItableEnd));
            a_.mov(rdx, qword_ptr(r8, kInterface));
            a_.bind(search);
            a_.cmp(r11, r10);
            a_.jae(slow);
            a_.cmp(qword_ptr(r11, off::kItableInterface), rdx);
            a_.je(found);
            a_.add(r11, off::kItableEntrySize);
            a_.jmp(search);
            a_.bind(found);
            a_.mov(r11, qword_ptr(r11, off::kItableMethodsBegin));
            a_.mov(rdx, qword_ptr(r8, kItableOffset));
            a_.mov(r9, qword_ptr(r11, rdx));
        }
        a_.bind(selected);
        a_.mov(rax, qword_ptr(r9, off::kMethodDirectEntry));
        a_.test(rax, rax);
        a_.jz(slow);  // interpreted, native, abstract or synchronized: the full call path
        a_.lea(rdi, top(-argSlots));
        a_.movzx(edx, word_ptr(r9, off::kMethodMaxLocals));
        a_.lea(rsi, qword_ptr(rdi, rdx, 3));
        a_.movzx(edx, word_ptr(r9, off::kMethodMaxStack));
        a_.lea(rdx, qword_ptr(rsi, rdx, 3, int32_t(sizeof(runtime::Frame))));
        a_.jmp(push);
    });

    // A getter or an empty method done inline, System.arraycopy's common case
    // (TemplatesIntrinsics.cpp); else maybe the callee's whole body (TemplatesInline.cpp).
    if (!emitInlineAccessor(op, argSlots, resultSlots, done) && !emitArraycopyFastPath(op, done))
        emitInlinedCall(op, argSlots, afterCall, calleeBailedOut);
    flushCache();  // the call: every argument in its slot (the callee's locals)
    cacheAtStart_ = cache_;
    // The caller's state as at any call: pc here, sp below the arguments (they become the callee's locals).
    saveState(depth_ - uint32_t(argSlots), /*publish=*/false);
    if (hasReceiver) {
        a_.mov(rcx, top(-argSlots));
        a_.test(rcx, rcx);
        a_.jz(slow);  // the slow path throws the NullPointerException
    }
    // The frame push (runtime/Frame.h): locals at the arguments (rdi), then the
    // Frame (rsi), then the operand stack, ending at rdx; r9 = the callee, rax
    // = its directEntry. One compare checks both stacks
    // (JavaThread::compiledStackLimit); failing, the slow path raises
    // StackOverflowError, or runs the callee through its C++ entry (which
    // derives a new limit) or interpreted near the end of the native stack.
    // Frame::pc and Frame::sp are not written: the callee
    // writes both before anything reads them (a safepoint, a helper call, a
    // bail-out: the contract of docs/jit.md), and the -Xprof sampler reads
    // only caller, method and flags.
    Label callRax = a_.newLabel();
    auto emitPush = [=, this] {  // by value: also emitted out of line, after this function returns
        a_.bind(push);
        a_.cmp(rdx, qword_ptr(r14, off::kThreadCompiledStackLimit));
        a_.ja(slow);
    };
    // The inline cache (receiver in rcx), then the push.
    auto emitInlineCacheCall = [=, this] {
        a_.mov(r8, imm(reinterpret_cast<uint64_t>(site)));
        a_.mov(rax, qword_ptr(r8, kCode));
        a_.test(rax, rax);
        a_.jz(select);
        if (dispatched) {
            Label hit = a_.newLabel();
            a_.mov(rdx, qword_ptr(r8, kReceiverClass));
            a_.test(rdx, rdx);
            a_.jz(hit);  // a direct call
            a_.cmp(rdx, qword_ptr(rcx, off::kObjectKlass));
            a_.jne(select);
            a_.bind(hit);
        }
        a_.mov(r9, qword_ptr(r8, kCallee));
        a_.lea(rdi, top(-argSlots));  // the callee's locals
        a_.mov(rsi, rdi);
        a_.add(rsi, qword_ptr(r8, kFrameOffset));  // its Frame
        a_.mov(rdx, rdi);
        a_.add(rdx, qword_ptr(r8, kFrameEnd));
        emitPush();
        emitFrameHeader(rsi, 0, r9, rdi, false);
    };
    // A callee known when compiling: a direct call's, or the resolved method
    // of an invokevirtual guarded by the receiver class's vtable entry (as
    // interp::selectQuickInvokeTarget selects: another class's override takes
    // the inline cache, out of line). Its frame layout is constants, and its
    // directEntry, once set, never changes (jit/Tiering.cpp): one already
    // compiled, or this very method (a recursive call, to entry_), is called
    // without loading it.
    runtime::Method* guarded = known ? nullptr : guardedVirtualCallee(op);
    runtime::Method* constant = known ? known : guarded;
    bool recursive = constant == method_ && getsDirectEntry(mayHoldMonitor_);
    const void* constantEntry = constant ? reinterpret_cast<const void*>(constant->directEntry) : nullptr;
    bool callsConstant = known && (recursive || constantEntry);  // `call entry_` or an immediate
    if (constant) {
        Label dynamic = !guarded ? slow : slowPath([=, this] {
            emitInlineCacheCall();
            a_.jmp(callRax);
        });
        if (guarded) {
            a_.mov(rdx, qword_ptr(rcx, off::kObjectKlass));
            a_.mov(rdx, qword_ptr(rdx, off::kKlassVtableBegin));
            a_.mov(r9, imm(reinterpret_cast<uint64_t>(guarded)));
            a_.cmp(qword_ptr(rdx, guardedVtableOffset()), r9);
            a_.jne(dynamic);
        }
        if (recursive && guarded) {
            a_.lea(rax, ptr(entry_));
        } else if (constantEntry && guarded) {
            a_.mov(rax, imm(reinterpret_cast<uint64_t>(constantEntry)));
        } else if (!callsConstant) {
            a_.mov(rax, qword_ptr(reinterpret_cast<uint64_t>(&constant->directEntry)));  // null until it is compiled
            a_.test(rax, rax);
            a_.jz(dynamic);
        }
        int frame = -argSlots + int(constant->maxLocals);
        a_.lea(rdx, top(frame + runtime::kFrameHeaderSlots + int(constant->maxStack)));
        a_.cmp(rdx, qword_ptr(r14, off::kThreadCompiledStackLimit));
        a_.ja(slow);
        // The locals beyond the arguments are not zeroed (the push above neither): the
        // GC's maps count a local only where every path assigned it (runtime/ReferenceMap.h),
        // verified code reads none before writing it, and the debugger, which shows
        // every slot, runs interpreted (JavaThread::pushFrame zeroes them there).
        a_.lea(rdi, top(-argSlots));
        if (!guarded) a_.mov(r9, imm(reinterpret_cast<uint64_t>(constant)));
        emitFrameHeader(rbx, top(frame).offsetLo32(), r9, rdi, false);  // at a constant offset from this frame
    } else {
        emitInlineCacheCall();
    }
    // The callee runs with rbx = its frame and returns with rbx = this one (Templates::emitPrologue).
    if (callsConstant && recursive) {
        a_.call(entry_);
    } else {
        if (callsConstant) a_.mov(rax, imm(reinterpret_cast<uint64_t>(constantEntry)));
        a_.bind(callRax);  // the guarded callee's inline cache path joins here
        a_.call(rax);
    }
    reloadXmmLocals();  // caller-saved: from the slots saveState wrote
    reloadRefLocals();  // the GC may have moved them: from the slots too
    a_.cmp(qword_ptr(r14, off::kThreadPendingException), 0);
    a_.jne(calleeBailedOut);
    if (publishesEveryFrame()) a_.mov(qword_ptr(r14, off::kThreadTopFrame), rbx);  // pop the callee's frame
    a_.bind(afterCall);
    a_.bind(done);
    // The entries below the arguments that flushCacheForCall kept are cached
    // again (the call path wrote them to their slots too, an inlined body did
    // not): their locals and constants hold the same values still.
    cache_ = std::move(below);
    pushResult(resultSlots);
}

// A call's result, in rax on every path to here, stays there as the cached
// top of the stack (TemplatesStackCache.cpp): a long or double whole.
void Templates::pushResult(int resultSlots) {
    if (resultSlots >= 1) pushCached(Cached::Rax);
    if (resultSlots == 2) pushCached(Cached::InSlot);
}

}  // namespace cortado::jit
