#include "jit/JitRuntimeHelpers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>

#include "classfile/Bytecodes.h"
#include "interp/Interpreter.h"
#include "interp/JavaArithmetic.h"
#include "interp/SlowPaths.h"
#include "jit/Tiering.h"
#include "runtime/Allocation.h"
#include "runtime/FrameReferences.h"
#include "runtime/JavaCalls.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Safepoint.h"
#include "runtime/Vm.h"

namespace cortado::jit::helpers {

using classfile::Opcode;
using runtime::Method;
using runtime::Slot;

namespace {

[[noreturn]] void planMismatch(Frame* frame, uint8_t got, uint32_t expected) {
    std::fprintf(stderr, "Internal error: JIT planned quick opcode %u but resolution gave %u in %s at pc %u\n",
                 unsigned(expected), unsigned(got), frame->method->externalName().c_str(), frame->bci());
    std::abort();
}

// Fills the inline cache of `site`, once, with a compiled callee.
void fillInlineCache(CallSiteCache* site, uint8_t op, Method* callee, Object* receiver) {
    if (site->code || !callee->directEntry) return;
    bool dispatched = op == uint8_t(Opcode::invokevirtual_quick_) || op == uint8_t(Opcode::invokeinterface_quick_);
    site->callee = callee;
    site->receiverClass = dispatched ? receiver->klass : nullptr;
    site->frameOffset = int64_t(callee->maxLocals) * int64_t(sizeof(Slot));
    site->frameEnd = site->frameOffset + int64_t(sizeof(Frame)) + int64_t(callee->maxStack) * int64_t(sizeof(Slot));
    site->code = callee->directEntry;  // filled last: the fields above are read only when it is set
}

// Fills `site` from the quick instruction `op` and its resolution `e`: the
// selection interp::selectQuickInvokeTarget makes, in data machine code reads.
void fillCallSite(CallSiteCache* site, uint8_t op, const runtime::CpCacheEntry& e) {
    if (site->method) return;  // resolution is done once: the site never changes
    switch (static_cast<Opcode>(op)) {
        case Opcode::invokevirtual_quick_:
            site->dispatch = int64_t(e.vtableIndex) * int64_t(sizeof(Method*));
            site->method = e.method;
            break;
        case Opcode::invokeinterface_quick_:
            if (e.vtableIndex >= 0) {
                site->dispatch = int64_t(e.vtableIndex) * int64_t(sizeof(Method*));
            } else {
                site->dispatch = CallSiteCache::kInterface;
                site->interface = e.method->owner;
                site->itableOffset = int64_t(e.method->itableIndex) * int64_t(sizeof(Method*));
            }
            site->method = e.method;
            break;
        default:  // invokestatic_quick, invokedirect_quick
            site->dispatch = CallSiteCache::kDirect;
            site->method = e.directMethod;
            break;
    }
}

bool isQuickInvoke(uint8_t op) {
    return op == uint8_t(Opcode::invokevirtual_quick_) || op == uint8_t(Opcode::invokedirect_quick_) ||
           op == uint8_t(Opcode::invokestatic_quick_) || op == uint8_t(Opcode::invokeinterface_quick_);
}

// Calls the selected `callee` with its arguments on top of frame->sp (the
// interpreter's `invoke:`); the result, if any, replaces them.
void callSelected(JavaThread* thread, Frame* frame, Method* callee, Object* receiver) {
    Slot* sp = frame->sp;
    if (thread->vm.options.verifyReferenceMaps) runtime::verifyFrameReferencesOrDie(*thread, frame, sp);
    Slot* args = sp - callee->argSlots;
    Slot result;
    if (callee->isNative()) {
        // The arguments stay on the caller's stack, visible to the GC, during the call.
        result = runtime::callNative(*thread, callee, args);
        if (thread->hasPendingException()) return;
    } else if (callee->isAbstract()) {
        return interp::throwAbstractMethodError(*thread, receiver, callee);
    } else {
        // The arguments become the callee's locals (runtime/Frame.h).
        frame->sp = args;
        Frame* f = thread->pushFrame(callee, args, Frame::kEntryFrame);
        if (!f) {
            frame->sp = sp;
            return;
        }
        if (callee->compiledCode && !callee->isSynchronized() && nativeStackHasRoom()) {
            // Compiled to compiled: no interpreter entry in between, unless the
            // callee bailed out or returns holding a monitor (the interpreter
            // finishes those exactly as its own frames).
            f->flags |= Frame::kCompiledFrame;  // -Xprof's tier (runtime/Frame.h)
            result = callee->compiledCode(thread, f);
            if (thread->hasPendingException() ||
                (!thread->lockRecords.empty() && thread->lockRecords.back().frame == f))
                result = interp::finishCompiledFrame(*thread, f, result);
            else
                thread->popFrame();
        } else {
            result = interp::execute(*thread, f);
        }
        if (thread->hasPendingException()) return;
    }
    if (callee->returnSlots()) args[0] = result;
}

}  // namespace

void throwNullPointer(JavaThread* thread, Frame* frame) { interp::throwNullPointer(*thread, frame); }

void safepoint(JavaThread* thread, Frame*) { runtime::safepointReached(*thread); }
void throwArrayIndex(JavaThread* thread, int32_t index, int32_t length) {
    interp::throwArrayIndexOutOfBounds(*thread, index, length);
}
void throwDivisionByZero(JavaThread* thread) { interp::throwDivisionByZero(*thread); }
void throwArrayStore(JavaThread* thread, Object* value) {
    thread->throwNew("java/lang/ArrayStoreException", value->klass->externalName);
}
void throwClassCast(JavaThread* thread, Object* object, Klass* target) {
    thread->throwNew("java/lang/ClassCastException", runtime::classCastMessage(object->klass, target));
}
void throwObject(JavaThread* thread, Object* exception) { thread->throwException(exception); }

uint8_t resolveField(JavaThread* thread, Frame* frame, uint8_t* pc, uint32_t expected) {
    uint8_t quick = interp::resolveFieldAccess(*thread, frame->method->owner, pc);
    if (quick && quick != expected) planMismatch(frame, quick, expected);
    return quick;
}

uint8_t resolveClassUse(JavaThread* thread, Frame* frame, uint8_t* pc, uint32_t expected) {
    uint8_t quick = interp::resolveClassUse(*thread, frame->method->owner, pc);
    if (quick && quick != expected) planMismatch(frame, quick, expected);
    return quick;
}

uint8_t resolveLdc(JavaThread* thread, Frame* frame, uint8_t* pc) {
    return interp::resolveLdc(*thread, frame->method->owner, pc);
}

CallSiteCache* newCallSiteCache() {
    static std::deque<CallSiteCache> caches;  // stable addresses, referenced from machine code
    return &caches.emplace_back();
}

uint32_t* newInlineTrapCounter() {
    static std::deque<uint32_t> counters;
    return &counters.emplace_back(0);
}

Slot finishCallee(JavaThread* thread, Slot result) { return interp::finishCompiledFrame(*thread, thread->topFrame, result); }

Slot resumeInlinedCallee(JavaThread* thread) { return interp::resumeCompiledFrame(*thread, thread->topFrame); }

void invoke(JavaThread* thread, Frame* frame, uint8_t* pc, CallSiteCache* site) {
    uint8_t op = *pc;
    if (!isQuickInvoke(op)) {
        op = interp::resolveInvoke(*thread, frame->method->owner, pc);
        if (!op) return;
    }
    runtime::CpCacheEntry& e = frame->method->owner->cpCache[classfile::readU2(pc + 1)];
    Slot* sp = frame->sp;
    Object* receiver = nullptr;
    if (op != uint8_t(Opcode::invokestatic_quick_)) {
        Method* named = op == uint8_t(Opcode::invokedirect_quick_) ? e.directMethod : e.method;
        receiver = runtime::slotToRef(sp[-named->argSlots]);
        if (!receiver) return interp::throwNullPointer(*thread, frame);
    }
    Method* callee = interp::selectQuickInvokeTarget(*thread, op, e, receiver);
    if (!callee) return;
    // Only an instruction already rewritten to its quick form: before that
    // (a class being initialized), every execution must resolve again.
    if (site && *pc == op) {
        fillCallSite(site, op, e);
        fillInlineCache(site, op, callee, receiver);
    }
    callSelected(thread, frame, callee, receiver);
}

uint8_t linkInvokedynamic(JavaThread* thread, Frame* frame, uint8_t* pc, uint32_t expected) {
    uint8_t quick = interp::linkInvokedynamic(*thread, frame->method->owner, pc);
    if (quick && quick != expected) planMismatch(frame, quick, expected);
    return quick;
}

void invokedynamic(JavaThread* thread, Frame* frame, uint8_t* pc, CallSiteCache* site) {
    const runtime::CallSite& callSite = frame->method->owner->callSites[classfile::readU2(pc + 3)];
    if (callSite.kind != runtime::CallSite::Kind::Invoke) {
        interp::runLinkedCallSite(*thread, callSite, frame->sp - callSite.argSlots);
        return;
    }
    Method* callee = callSite.method;
    if (site) {  // JVMS 6.5: the site's target is a static method, called directly
        site->dispatch = CallSiteCache::kDirect;
        site->method = callee;
        fillInlineCache(site, uint8_t(Opcode::invokestatic_quick_), callee, nullptr);
    }
    callSelected(thread, frame, callee, nullptr);
}


Object* newInstance(JavaThread* thread, Klass* klass) { return runtime::allocateInstance(*thread, klass); }
Object* newObjectArray(JavaThread* thread, Klass* arrayClass, int32_t length) {
    return runtime::allocateArray(*thread, arrayClass, length);
}
Object* newPrimitiveArray(JavaThread* thread, uint32_t atype, int32_t length) {
    return runtime::allocatePrimitiveArray(*thread, interp::newarrayElementType(uint8_t(atype)), length);
}

void monitorEnter(JavaThread* thread, Frame* frame, Object* o) { interp::enterMonitor(*thread, frame, o); }
uint32_t monitorExit(JavaThread* thread, Frame* frame, Object* o) { return interp::exitMonitor(*thread, frame, o); }
Object* multianewarray(JavaThread* thread, Frame* frame, const uint8_t* pc) {
    return interp::multianewarray(*thread, frame->method->owner, pc, frame->sp);
}

uint32_t isSubclassOf(Klass* klass, Klass* of) { return klass->isSubclassOf(of) ? 1 : 0; }

int32_t f2i(float v) { return interp::saturatingCast<int32_t>(v); }
int64_t f2l(float v) { return interp::saturatingCast<int64_t>(v); }
int32_t d2i(double v) { return interp::saturatingCast<int32_t>(v); }
int64_t d2l(double v) { return interp::saturatingCast<int64_t>(v); }
// JVMS 6.5 frem/drem: truncating, like C's fmod, not IEEE remainder.
float frem(float a, float b) { return std::fmod(a, b); }
double drem(double a, double b) { return std::fmod(a, b); }

}  // namespace cortado::jit::helpers
