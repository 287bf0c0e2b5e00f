// Stack traces: Throwable.fillInStackTrace records (method, bci) pairs of the
// Java frames; getStackTrace0 turns them into StackTraceElements on demand.
#include "natives/Natives.h"
#include "natives/NativeSupport.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/JavaCalls.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"

namespace cortado::natives {

using namespace runtime;

// HotSpot's -XX:MaxJavaStackTraceDepth default.
constexpr int kMaxStackTraceDepth = 1024;

static Slot throwableFillInStackTrace(JavaThread& t, Slot* a) {
    HandleScope scope(t.handles);
    Handle<> self(t.handles, argRef(a, 0));
    // Skip the frames that are building the exception: fillInStackTrace itself,
    // then the constructors of the exception's class and its superclasses.
    Frame* f = t.topFrame;
    while (f && f->method->name == "fillInStackTrace") f = f->caller;
    while (f && f->method->name == "<init>" && self->klass->isSubclassOf(f->method->owner)) f = f->caller;
    // Frames of hidden classes (the VM's lambda classes) are left out, as
    // HotSpot does without -XX:+ShowHiddenFrames.
    int depth = 0;
    for (Frame* g = f; g && depth < kMaxStackTraceDepth; g = g->caller)
        if (!g->method->owner->isHidden) ++depth;
    Array* trace = allocatePrimitiveArray(t, classfile::BasicType::Long, depth * 2);
    if (!trace) return 0;
    int64_t* out = trace->data<int64_t>();
    for (int i = 0; i < depth; f = f->caller) {
        if (f->method->owner->isHidden) continue;
        out[2 * i] = reinterpret_cast<int64_t>(f->method);
        out[2 * i + 1] = f->bci();
        ++i;
    }
    storeReference(&self->field<Object*>(t.vm.offsets.throwableBacktrace), trace);
    return refToSlot(self.get());
}

static Slot throwableGetStackTrace0(JavaThread& t, Slot* a) {
    HandleScope scope(t.handles);
    Handle<> self(t.handles, argRef(a, 0));
    Handle<Array> trace(t.handles, self->field<Array*>(t.vm.offsets.throwableBacktrace));
    Klass* steClass = t.vm.loader.load(t, "java/lang/StackTraceElement");
    if (!steClass || !initializeClass(t, steClass)) return 0;
    Klass* arrayClass = t.vm.loader.arrayOf(t, steClass);
    if (!arrayClass) return 0;
    int32_t depth = trace ? trace->length / 2 : 0;
    Handle<Array> result(t.handles, allocateArray(t, arrayClass, depth));
    if (!result) return 0;
    Method* ctor = steClass->findDeclaredMethod(
        "<init>", "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V");
    if (!ctor) {
        t.throwNew("java/lang/InternalError", "class library lacks the 7-argument StackTraceElement constructor");
        return 0;
    }
    for (int32_t i = 0; i < depth; ++i) {
        HandleScope inner(t.handles);
        auto* m = reinterpret_cast<Method*>(trace->data<int64_t>()[2 * i]);
        int32_t bci = static_cast<int32_t>(trace->data<int64_t>()[2 * i + 1]);
        Klass* k = m->owner;
        Handle<> loaderName(t.handles, k->isBoot ? nullptr : newStringFromUtf8(t, "app"));
        Handle<> moduleName(t.handles, k->isBoot ? newStringFromUtf8(t, "java.base") : nullptr);
        Handle<> className(t.handles, newStringFromUtf8(t, k->externalName));
        Handle<> methodName(t.handles, newStringFromModifiedUtf8(t, m->name));
        const std::string& source = k->classFile ? k->classFile->source_file : std::string();
        Handle<> fileName(t.handles, source.empty() ? nullptr : newStringFromModifiedUtf8(t, source));
        if (t.hasPendingException()) return 0;
        int32_t line = m->isNative() ? -2 : m->lineNumber(bci);
        Handle<> element(t.handles, allocateInstance(t, steClass));
        if (!element) return 0;
        callJava(t, ctor,
                 {refToSlot(element.get()), refToSlot(loaderName.get()), refToSlot(moduleName.get()), 0,
                  refToSlot(className.get()), refToSlot(methodName.get()), refToSlot(fileName.get()), intToSlot(line)});
        if (t.hasPendingException()) return 0;
        storeReference(&result->data<Object*>()[i], element.get());
    }
    return refToSlot(result.get());
}

void registerThrowableNatives(NativeRegistry& r) {
    r.add("java/lang/Throwable", "fillInStackTrace", "(I)Ljava/lang/Throwable;", throwableFillInStackTrace);
    r.add("java/lang/Throwable", "getStackTrace0", "()[Ljava/lang/StackTraceElement;", throwableGetStackTrace0);
}

}  // namespace cortado::natives
