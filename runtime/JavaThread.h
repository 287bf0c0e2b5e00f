// A Java thread: its Java stack, its frames, its pending exception.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/Frame.h"
#include "runtime/Handles.h"
#include "runtime/IdentityHash.h"
#include "runtime/JniHandles.h"
#include "runtime/Object.h"

namespace cortado::runtime {

class Vm;
class Klass;

class JavaThread {
public:
    JavaThread(Vm& vm, size_t stackBytes);
    ~JavaThread();
    JavaThread(const JavaThread&) = delete;
    JavaThread& operator=(const JavaThread&) = delete;

    Vm& vm;
    HandleArea handles;
    JniLocalRefs jniLocals;  // JNI local references (runtime/JniHandles.h): roots
    Frame* topFrame = nullptr;
    Object* pendingException = nullptr;  // a root
    bool constructingOutOfMemoryError = false;
    // Safepoint polls test this byte (runtime/Safepoint.h); compiled code reads it directly.
    volatile uint8_t safepointRequested = 0;
    std::vector<std::function<void(JavaThread&)>> safepointOperations;
    uint64_t safepointPolls = 0;  // slow-path polls, counted for --gc-stress-polls  // runtime/Allocation.cpp: nested failures throw the preallocated one
    Object* threadObject = nullptr;      // the java.lang.Thread (a root)
    // Identity hashes are drawn per thread, as HotSpot draws them (runtime/IdentityHash.h).
    IdentityHashState identityHashes = IdentityHashState::forThread(0);

    // Monitors entered by monitorenter, innermost last, with the frame that
    // entered them: released when that frame returns or unwinds (JVMS 2.11.10).
    // The objects are roots.
    struct LockRecord {
        Frame* frame;
        Object* object;
    };
    std::vector<LockRecord> lockRecords;
    void forgetLockRecord(Frame* f, Object* o) {
        for (size_t i = lockRecords.size(); i-- > 0;)
            if (lockRecords[i].frame == f && lockRecords[i].object == o) {
                lockRecords.erase(lockRecords.begin() + long(i));
                return;
            }
    }

    Slot* stackStart() const { return stackStart_; }
    Slot* stackLimit() const { return stackLimit_; }  // frames must end below this
    // Below this address the native stack has no room for another compiled
    // frame (jit/Tiering.cpp sets it before this thread runs compiled code;
    // until then, every address is below it). Compiled code's C++ entry
    // derives compiledStackLimit from it, addressed from the thread register
    // (jit/FrameOffsets.h).
    const char* compiledNativeStackLimit = reinterpret_cast<const char*>(UINTPTR_MAX);
    // What compiled call sites compare the end of the frame they push with:
    // one compare for both stacks (jit/TemplatesInvoke.cpp). Each entry from
    // C++ into compiled code (jit: the method's C++ entry stub) sets it, for
    // the calls nested in it, to the lower of stackLimit() and its frame plus
    // the native stack left above compiledNativeStackLimit (a compiled frame
    // takes no more native stack than Java stack), and restores it on return.
    // nullptr: every compiled call takes the slow path.
    const Slot* compiledStackLimit = nullptr;
    static constexpr size_t stackLimitOffset();

    bool hasPendingException() const { return pendingException != nullptr; }
    Object* takePendingException() { Object* e = pendingException; pendingException = nullptr; return e; }

    // Creates and sets as pending a new exception of the named class
    // (internal form, e.g. "java/lang/ArithmeticException") with a message
    // (nullptr: none). If creating it fails, the failure is pending instead.
    void throwNew(std::string_view className, const char* message);
    void throwNew(std::string_view className, const std::string& message) { throwNew(className, message.c_str()); }
    // Same, with a cause (for ExceptionInInitializerError and friends).
    void throwNewWithCause(std::string_view className, Object* cause);
    void throwException(Object* exception) { pendingException = exception; }

    // Pushes a frame for `method` whose arguments are already in place at
    // `locals` (the caller's operand stack top, or a fresh area for an entry
    // frame). Returns nullptr, with StackOverflowError pending, when the Java
    // stack is full (-Xss).
    Frame* pushFrame(Method* method, Slot* locals, uint32_t flags);
    void popFrame() { topFrame = topFrame->caller; }
    // Where an entry frame's arguments go: just above the current top frame.
    Slot* freeStackTop() const;

    // Reserve kept for creating the StackOverflowError itself (JVMS 2.5.2).
    static constexpr size_t kStackReserveSlots = 4096;

private:
    std::unique_ptr<Slot[]> stack_;
    Slot* stackStart_ = nullptr;
    Slot* stackLimit_ = nullptr;
    bool inStackOverflow_ = false;
    int throwDepth_ = 0;  // nested throwNew calls: a failure while creating an exception
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t JavaThread::stackLimitOffset() { return offsetof(JavaThread, stackLimit_); }
#pragma GCC diagnostic pop

}  // namespace cortado::runtime
