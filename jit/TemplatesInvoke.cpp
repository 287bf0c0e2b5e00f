// Templates: invokevirtual, invokespecial, invokestatic, invokeinterface, invokedynamic.
#include <cstddef>
#include <utility>

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"

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
    emitCall(argSlots, resultSlots, hasReceiver, fn(&helpers::invoke));
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
    emitCall(argSlots, resultSlots, false, fn(&helpers::invokedynamic));
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

// A call: an inline fast path for a callee the site has called before and
// whose compiled code needs nothing from the interpreter (CallSiteCache): the
// callee's frame is pushed here as JavaThread::pushFrame would and its code
// called directly. Anything else (first execution, resolution, a native or
// interpreted callee, another receiver class, a null receiver, a full stack)
// takes the slow path, `slowHelper` (helpers::invoke or helpers::invokedynamic),
// which does it all as the interpreter does and fills the cache. The
// arguments are the top slots; the result replaces them.
void Templates::emitCall(int argSlots, int resultSlots, bool hasReceiver, const void* slowHelper) {
    namespace off = offsets;
    using helpers::CallSiteCache;
    CallSiteCache* site = helpers::newCallSiteCache();
    const int kCode = offsetof(CallSiteCache, code), kCallee = offsetof(CallSiteCache, callee),
              kReceiverClass = offsetof(CallSiteCache, receiverClass), kCalleeCode = offsetof(CallSiteCache, calleeCode),
              kFrameOffset = offsetof(CallSiteCache, frameOffset), kFrameEnd = offsetof(CallSiteCache, frameEnd);

    Label done = a_.newLabel(), afterCall = a_.newLabel();
    Label slow = slowPath([this, site, done, slowHelper] {
        saveState();
        loadThreadAndFrame();
        a_.mov(rdx, imm(reinterpret_cast<uint64_t>(live())));
        a_.mov(rcx, imm(reinterpret_cast<uint64_t>(site)));
        callHelper(slowHelper);
        bailOutIfPending();
        a_.jmp(done);
    });
    Label calleeBailedOut = slowPath([this, afterCall] {
        // The interpreter handles the exception in the callee's frame (and maybe runs the rest of it).
        a_.mov(rdi, r14);
        a_.mov(rsi, rax);
        callHelper(fn(&helpers::finishCallee));
        bailOutIfPending();
        a_.jmp(afterCall);
    });

    // The caller's state as at any call: pc here, sp below the arguments (they become the callee's locals).
    saveState(depth_ - uint32_t(argSlots));
    a_.mov(r8, imm(reinterpret_cast<uint64_t>(site)));
    a_.mov(rax, qword_ptr(r8, kCode));
    a_.test(rax, rax);
    a_.jz(slow);
    if (hasReceiver) {
        Label classOk = a_.newLabel();
        a_.mov(rcx, top(-argSlots));
        a_.test(rcx, rcx);
        a_.jz(slow);  // the slow path throws the NullPointerException
        a_.mov(rdx, qword_ptr(r8, kReceiverClass));
        a_.test(rdx, rdx);
        a_.jz(classOk);  // a direct call
        a_.cmp(rdx, qword_ptr(rcx, off::kObjectKlass));
        a_.jne(slow);
        a_.bind(classOk);
    }
    a_.mov(rdx, imm(reinterpret_cast<uint64_t>(&helpers::g_nativeStackLimit)));
    a_.cmp(rsp, qword_ptr(rdx));
    a_.jbe(slow);
    a_.lea(rsi, top(-argSlots));          // the callee's locals
    a_.mov(rdi, rsi);
    a_.add(rdi, qword_ptr(r8, kFrameOffset));  // its Frame
    a_.mov(rdx, rsi);
    a_.add(rdx, qword_ptr(r8, kFrameEnd));
    a_.mov(rcx, imm(reinterpret_cast<uint64_t>(&helpers::g_javaStackLimit)));
    a_.cmp(rdx, qword_ptr(rcx));
    a_.ja(slow);  // the slow path raises StackOverflowError
    // Locals beyond the arguments start as zero (null), so the GC never sees garbage.
    Label zeroLoop = a_.newLabel(), zeroed = a_.newLabel();
    a_.lea(rcx, qword_ptr(rsi, argSlots * 8));
    a_.bind(zeroLoop);
    a_.cmp(rcx, rdi);
    a_.jae(zeroed);
    a_.mov(qword_ptr(rcx), 0);
    a_.add(rcx, 8);
    a_.jmp(zeroLoop);
    a_.bind(zeroed);
    a_.mov(rcx, qword_ptr(r14, off::kThreadTopFrame));
    a_.mov(qword_ptr(rdi, off::kFrameCaller), rcx);
    a_.mov(rcx, qword_ptr(r8, kCallee));
    a_.mov(qword_ptr(rdi, off::kFrameMethod), rcx);
    a_.mov(rcx, qword_ptr(r8, kCalleeCode));
    a_.mov(qword_ptr(rdi, off::kFramePc), rcx);
    a_.mov(qword_ptr(rdi, off::kFrameLocals), rsi);
    a_.lea(rcx, qword_ptr(rdi, int32_t(sizeof(runtime::Frame))));
    a_.mov(qword_ptr(rdi, off::kFrameSp), rcx);
    // Compiled from here on (the callee's prologue sets the bit too): a sample in the call sequence counts as compiled.
    a_.mov(dword_ptr(rdi, off::kFrameFlags), runtime::Frame::kEntryFrame | runtime::Frame::kCompiledFrame);
    a_.mov(qword_ptr(r14, off::kThreadTopFrame), rdi);
    a_.mov(rsi, rdi);
    a_.mov(rdi, r14);
    a_.call(rax);
    a_.cmp(qword_ptr(r14, off::kThreadPendingException), 0);
    a_.jne(calleeBailedOut);
    a_.mov(qword_ptr(r14, off::kThreadTopFrame), rbx);  // pop the callee's frame
    a_.bind(afterCall);
    if (resultSlots) a_.mov(top(-argSlots), rax);
    a_.bind(done);
}

}  // namespace cortado::jit
