// The virtual machine instance: options, heap, class loader, natives,
// well-known classes, interned strings. One per process.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/ClassLoader.h"
#include "runtime/Heap.h"
#include "runtime/JniHandles.h"
#include "runtime/NativeRegistry.h"
#include "runtime/VmOptions.h"

namespace cortado::runtime {

class JavaThread;

// Offsets of the fields the VM touches directly (classlib/README.md lists the contract).
struct WellKnownOffsets {
    uint32_t stringValue = 0, stringHash = 0;
    uint32_t classVmClass = 0;
    uint32_t throwableBacktrace = 0, throwableDetailMessage = 0, throwableCause = 0;
    uint32_t threadName = 0;
    uint32_t referenceReferent = 0;
};

class Vm {
public:
    explicit Vm(VmOptions options, std::unique_ptr<Heap> heap);
    ~Vm();

    VmOptions options;
    std::unique_ptr<Heap> heap;
    ClassLoader loader;
    NativeRegistry natives;
    JniGlobalRefs jniGlobals;  // JNI global references (runtime/JniHandles.h): roots
    WellKnownOffsets offsets;
    JavaThread* mainThread = nullptr;
    // Thrown when the heap cannot even hold a new OutOfMemoryError (HotSpot
    // preallocates its OutOfMemoryErrors for the same reason). A root.
    Object* preallocatedOutOfMemoryError = nullptr;

    // Well-known classes, loaded at boot.
    Klass* objectClass = nullptr;
    Klass* stringClass = nullptr;
    Klass* classClass = nullptr;
    Klass* throwableClass = nullptr;
    Klass* charArrayClass = nullptr;

    // Loads the core classes, initializes System (initPhase1) and creates the
    // main Thread object. Returns false with an exception pending on failure.
    bool boot(JavaThread& thread);

    // The interned string for `chars` (JVMS 5.1: literals are interned); the
    // returned cell stays put and is a GC root. nullptr if allocation failed.
    Object** intern(JavaThread& thread, std::u16string_view chars);
    // String.intern(): the canonical instance, which is `string` itself if its
    // contents were not interned yet (JLS 3.10.5).
    Object* internString(JavaThread& thread, Object* string);
    template <typename F> void forEachInternedString(F&& f) { for (auto& [k, v] : interned_) f(&v); }

    // Runs at exit (System.exit or the end of main): the registered hooks
    // (reports such as -Xprof), once.
    void shutdown();
    void addExitHook(std::function<void()> hook) { exitHooks_.push_back(std::move(hook)); }

private:
    std::unordered_map<std::u16string, Object*> interned_;  // node-based: cells keep their address
    std::vector<std::function<void()>> exitHooks_;
    bool shutDown_ = false;
};

}  // namespace cortado::runtime
