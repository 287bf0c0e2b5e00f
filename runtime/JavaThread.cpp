#include "runtime/JavaThread.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/Allocation.h"
#include "runtime/JavaCalls.h"
#include "runtime/Klass.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

JavaThread::JavaThread(Vm& v, size_t stackBytes) : vm(v) {
    size_t slots = stackBytes / sizeof(Slot) + kStackReserveSlots;
    stack_ = std::make_unique<Slot[]>(slots);
    stackStart_ = stack_.get();
    stackLimit_ = stackStart_ + slots - kStackReserveSlots;
}

JavaThread::~JavaThread() = default;

Slot* JavaThread::freeStackTop() const {
    if (!topFrame) return stackStart_;
    return topFrame->sp;
}

Frame* JavaThread::pushFrame(Method* method, Slot* locals, uint32_t flags) {
    Frame* f = reinterpret_cast<Frame*>(locals + method->maxLocals);
    Slot* end = f->stackBase() + method->maxStack;
    Slot* limit = inStackOverflow_ ? stackLimit_ + kStackReserveSlots : stackLimit_;
    if (end > limit) {
        if (inStackOverflow_) {
            // Overflowed again while building the StackOverflowError: give up on the message.
            pendingException = nullptr;
            return nullptr;
        }
        // JVMS 2.5.2: StackOverflowError; use the reserve to construct it.
        inStackOverflow_ = true;
        throwNew("java/lang/StackOverflowError", nullptr);
        inStackOverflow_ = false;
        return nullptr;
    }
    // Locals beyond the arguments start as zero (null), so the GC never sees garbage.
    if (method->maxLocals > method->argSlots)  // most calls have none: skip the memset call
        std::memset(locals + method->argSlots, 0, (method->maxLocals - method->argSlots) * sizeof(Slot));
    f->caller = topFrame;
    f->method = method;
    f->pc = method->code.get();
    f->locals = locals;
    f->sp = f->stackBase();
    f->flags = flags;
    topFrame = f;
    return f;
}

static Method* findConstructor(Klass* k, std::string_view desc) {
    return k->findDeclaredMethod("<init>", desc);
}

// Creating an exception runs Java code that may itself fail; past a few levels
// (a class library without the exception classes, say) the VM cannot go on.
struct ThrowDepthGuard {
    int& depth;
    ThrowDepthGuard(int& d, std::string_view className, const char* message) : depth(d) {
        if (++depth > 8) {
            std::string name(className);
            for (char& c : name) if (c == '/') c = '.';
            std::fprintf(stderr, "Error occurred during initialization of VM\n%s%s%s\n", name.c_str(),
                         message ? ": " : "", message ? message : "");
            std::exit(1);
        }
    }
    ~ThrowDepthGuard() { --depth; }
};

void JavaThread::throwNew(std::string_view className, const char* message) {
    ThrowDepthGuard guard(throwDepth_, className, message);
    HandleScope scope(handles);
    pendingException = nullptr;  // the new exception replaces any pending one
    Klass* k = vm.loader.load(*this, className);
    if (!k) return;  // the loading error is pending instead
    if (!initializeClass(*this, k)) return;
    Handle<> exception(handles, allocateInstance(*this, k));
    if (!exception) return;
    if (message) {
        Handle<> msg(handles, newStringFromUtf8(*this, message));
        if (!msg) return;
        Method* ctor = findConstructor(k, "(Ljava/lang/String;)V");
        if (!ctor) { pendingException = exception.get(); return; }
        callJava(*this, ctor, {refToSlot(exception.get()), refToSlot(msg.get())});
    } else {
        Method* ctor = findConstructor(k, "()V");
        if (!ctor) { pendingException = exception.get(); return; }
        callJava(*this, ctor, {refToSlot(exception.get())});
    }
    if (!hasPendingException()) pendingException = exception.get();
}

void JavaThread::throwNewWithCause(std::string_view className, Object* cause) {
    HandleScope scope(handles);
    Handle<> c(handles, cause);
    pendingException = nullptr;
    Klass* k = vm.loader.load(*this, className);
    if (!k || !initializeClass(*this, k)) return;
    Handle<> exception(handles, allocateInstance(*this, k));
    if (!exception) return;
    Method* ctor = findConstructor(k, "(Ljava/lang/Throwable;)V");
    if (!ctor) { pendingException = exception.get(); return; }
    callJava(*this, ctor, {refToSlot(exception.get()), refToSlot(c.get())});
    if (!hasPendingException()) pendingException = exception.get();
}

}  // namespace cortado::runtime
