#include "runtime/JavaCalls.h"

#include <cstring>

#include "runtime/CompiledCode.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

static InterpreterEntry g_interpreter = nullptr;
TieringHook g_tieringHook = nullptr;
OsrHook g_osrHook = nullptr;

void setInterpreterEntry(InterpreterEntry entry) { g_interpreter = entry; }

Slot callNative(JavaThread& thread, Method* method, Slot* args) {
    if (!method->native) {
        method->native = thread.vm.natives.find(method->owner->name, method->name, method->descriptor);
        if (!method->native && thread.vm.natives.fallback) {
            method->native = thread.vm.natives.fallback(thread, method);
            if (thread.hasPendingException()) return 0;
        }
        if (!method->native) {
            thread.throwNew("java/lang/UnsatisfiedLinkError",
                            methodForMessage(method->owner, method->name, method->descriptor));
            return 0;
        }
    }
    return method->native(thread, args);
}

Slot callJava(JavaThread& thread, Method* method, const Slot* args, size_t count) {
    Slot* locals = thread.freeStackTop();
    // Arguments go where the callee's locals start; the reserve past the limit
    // leaves room for them even at the edge of the stack.
    if (locals + count + kFrameHeaderSlots > thread.stackLimit() + JavaThread::kStackReserveSlots / 2) {
        thread.throwNew("java/lang/StackOverflowError", nullptr);
        return 0;
    }
    if (count) std::memcpy(locals, args, count * sizeof(Slot));
    if (method->isNative()) {
        // Natives get no frame of their own yet; stack traces show their Java caller.
        return callNative(thread, method, locals);
    }
    if (method->isAbstract()) {
        thread.throwNew("java/lang/AbstractMethodError", methodForMessage(method->owner, method->name, method->descriptor));
        return 0;
    }
    Frame* f = thread.pushFrame(method, locals, Frame::kEntryFrame);
    if (!f) return 0;
    return g_interpreter(thread, f);
}

Slot callJava(JavaThread& thread, Method* method, std::initializer_list<Slot> args) {
    return callJava(thread, method, args.begin(), args.size());
}

}  // namespace cortado::runtime
