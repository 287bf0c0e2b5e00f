#include "runtime/Vm.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/Allocation.h"
#include "runtime/JavaCalls.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"

namespace cortado::runtime {

Vm::Vm(VmOptions opts, std::unique_ptr<Heap> h) : options(std::move(opts)), heap(std::move(h)) {
    for (const auto& p : options.bootClassPath) loader.bootPath.add(p);
    for (const auto& p : options.classPath) loader.appPath.add(p);
    loader.verbose = options.verboseClass;
    loader.createPrimitiveClasses();
    // --gc-stress must see every allocation to count it: compiled code then
    // always calls the runtime (runtime/Allocation.h).
    if (heap && !options.gcStressInterval) g_inlineAllocation = {heap->allocationArea(), &loader};
}

Vm::~Vm() {
    if (g_inlineAllocation.loader == &loader) g_inlineAllocation = {};
}

// The offset of a field the VM relies on (the classlib contract), or false
// with InternalError pending if the class library does not have it.
static bool requireField(JavaThread& thread, Klass* k, const char* name, const char* desc, uint32_t& offset) {
    if (Field* f = k->findDeclaredField(name, desc)) {
        offset = f->offset;
        return true;
    }
    thread.throwNew("java/lang/InternalError",
                    std::string("class library lacks field ") + k->externalName + "." + name + " " + desc);
    return false;
}

bool Vm::boot(JavaThread& thread) {
    if (!loader.bootPath.find("java/lang/Object")) {
        // Nothing can be reported as a Java exception without the class library.
        std::fprintf(stderr, "Error occurred during initialization of VM\njava.lang.NoClassDefFoundError: java/lang/Object\n");
        std::exit(1);
    }
    objectClass = loader.load(thread, "java/lang/Object");
    if (!objectClass) return false;
    stringClass = loader.load(thread, "java/lang/String");
    classClass = loader.load(thread, "java/lang/Class");
    throwableClass = loader.load(thread, "java/lang/Throwable");
    if (!stringClass || !classClass || !throwableClass) return false;
    charArrayClass = loader.arrayOf(thread, loader.primitive(classfile::BasicType::Char));
    if (!charArrayClass) return false;
    Klass* threadClass = loader.load(thread, "java/lang/Thread");
    Klass* referenceClass = loader.load(thread, "java/lang/ref/Reference");
    if (!threadClass || !referenceClass) return false;
    if (!requireField(thread, stringClass, "value", "[C", offsets.stringValue) ||
        !requireField(thread, stringClass, "hash", "I", offsets.stringHash) ||
        !requireField(thread, classClass, "vmClass", "J", offsets.classVmClass) ||
        !requireField(thread, throwableClass, "backtrace", "Ljava/lang/Object;", offsets.throwableBacktrace) ||
        !requireField(thread, throwableClass, "detailMessage", "Ljava/lang/String;", offsets.throwableDetailMessage) ||
        !requireField(thread, throwableClass, "cause", "Ljava/lang/Throwable;", offsets.throwableCause) ||
        !requireField(thread, threadClass, "name", "Ljava/lang/String;", offsets.threadName) ||
        !requireField(thread, referenceClass, "referent", "Ljava/lang/Object;", offsets.referenceReferent))
        return false;

    // The main Thread object exists before System is initialized, so that code
    // run by initPhase1 (and any exception it throws) sees a current thread.
    if (!initializeClass(thread, threadClass)) return false;
    HandleScope scope(thread.handles);
    Handle<> threadObject(thread.handles, allocateInstance(thread, threadClass));
    if (!threadObject) return false;
    thread.threadObject = threadObject.get();
    Handle<> name(thread.handles, newStringFromUtf8(thread, "main"));
    Method* ctor = threadClass->findDeclaredMethod("<init>", "(Ljava/lang/String;)V");
    if (!name || !ctor) {
        if (!thread.hasPendingException()) thread.throwNew("java/lang/InternalError", "class library lacks Thread(String)");
        return false;
    }
    callJava(thread, ctor, {refToSlot(threadObject.get()), refToSlot(name.get())});
    if (thread.hasPendingException()) return false;

    Klass* system = loader.load(thread, "java/lang/System");
    if (!system || !initializeClass(thread, system)) return false;
    Method* init = system->findDeclaredMethod("initPhase1", "()V");
    if (!init) {
        thread.throwNew("java/lang/InternalError", "class library lacks System.initPhase1()");
        return false;
    }
    callJava(thread, init, {});
    if (thread.hasPendingException()) return false;
    thread.throwNew("java/lang/OutOfMemoryError", "Java heap space");
    preallocatedOutOfMemoryError = thread.takePendingException();
    return preallocatedOutOfMemoryError && preallocatedOutOfMemoryError->klass->name == "java/lang/OutOfMemoryError";
}

Object** Vm::intern(JavaThread& thread, std::u16string_view chars) {
    std::u16string key(chars);
    auto it = interned_.find(key);
    if (it != interned_.end()) return &it->second;
    Object* s = newString(thread, chars);
    if (!s) return nullptr;
    return &interned_.emplace(std::move(key), s).first->second;
}

Object* Vm::internString(JavaThread& thread, Object* string) {
    std::u16string key = stringChars(thread, string);
    auto it = interned_.find(key);
    if (it != interned_.end()) return it->second;
    interned_.emplace(std::move(key), string);
    return string;
}

void Vm::shutdown() {
    if (shutDown_) return;
    shutDown_ = true;
    for (auto& hook : exitHooks_) hook();
}

}  // namespace cortado::runtime
