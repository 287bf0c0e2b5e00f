// JNI references (JNI specification, "Referencing Java Objects"): what native
// code holds instead of object pointers. Each reference is the address of a
// cell the collectors see as a root and update when they move the object, so
// a `jobject` stays valid across any GC a callback into Java triggers.
//
// Local references live in the thread's JniLocalRefs, in frames: the VM opens
// one per native-method call and PushLocalFrame/PopLocalFrame open nested
// ones. Global references live in the VM's JniGlobalRefs until deleted. A
// global reference is tagged in its low bit, so DeleteGlobalRef and
// GetObjectRefType tell the kinds apart without searching.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "runtime/Object.h"

namespace cortado::runtime {

// A JNI reference as the native side sees it (jobject): a tagged cell address, or null.
using JniRef = void*;

constexpr uintptr_t kJniGlobalTag = 1;

inline Object** jniCell(JniRef ref) { return reinterpret_cast<Object**>(reinterpret_cast<uintptr_t>(ref) & ~uintptr_t(7)); }
// The object a reference names (nullptr for a null reference or a deleted one).
inline Object* jniResolve(JniRef ref) { return ref ? *jniCell(ref) : nullptr; }
inline bool jniIsGlobal(JniRef ref) { return reinterpret_cast<uintptr_t>(ref) & kJniGlobalTag; }

class JniLocalRefs {
public:
    // A new reference to `o`, in the innermost frame; null for a null object.
    JniRef make(Object* o) {
        if (!o) return nullptr;
        cells_.push_back(o);
        return &cells_.back();
    }
    // DeleteLocalRef: the cell stays (cells are freed by frame) but no longer holds the object.
    void clear(JniRef ref) { *jniCell(ref) = nullptr; }
    void pushFrame() { frames_.push_back(cells_.size()); }
    // Frees every reference made since the matching pushFrame.
    void popFrame() {
        if (frames_.empty()) return;  // a PopLocalFrame without its Push: nothing of ours to free
        size_t mark = frames_.back();
        frames_.pop_back();
        while (cells_.size() > mark) cells_.pop_back();
    }
    size_t frameDepth() const { return frames_.size(); }
    template <typename F> void forEach(F&& f) { for (auto& c : cells_) f(&c); }

private:
    std::deque<Object*> cells_;  // deque: a cell keeps its address as the area grows
    std::vector<size_t> frames_;
};

class JniGlobalRefs {
public:
    JniRef make(Object* o) {
        if (!o) return nullptr;
        Object** cell;
        if (!free_.empty()) {
            cell = free_.back();
            free_.pop_back();
            *cell = o;
        } else {
            cells_.push_back(o);
            cell = &cells_.back();
        }
        return reinterpret_cast<JniRef>(reinterpret_cast<uintptr_t>(cell) | kJniGlobalTag);
    }
    void release(JniRef ref) {
        Object** cell = jniCell(ref);
        *cell = nullptr;
        free_.push_back(cell);
    }
    template <typename F> void forEach(F&& f) { for (auto& c : cells_) f(&c); }

private:
    std::deque<Object*> cells_;
    std::vector<Object**> free_;  // deleted cells, reused
};

}  // namespace cortado::runtime
