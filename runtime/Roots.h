// What a collector needs from the runtime (DESIGN.md "Frames and GC roots"):
// every root cell, precisely, and the reference fields of an object. A root
// is visited as the address of the cell holding the reference, so a moving
// collector can update it.
//
// Roots: each Java frame's reference slots (through the method's reference
// map at the frame's pc), handles held by C++ code, the pending exception,
// JNI local and global references, the current Thread object, monitors held by monitorenter, interned strings,
// and per class: static reference fields, the Class mirror, the recorded
// initialization error. (Constant-pool cache entries point at interned-string
// and mirror cells, so they need no visit of their own.)
#pragma once
#include <functional>

#include "runtime/Klass.h"
#include "runtime/Object.h"

namespace cortado::runtime {

class JavaThread;

using RootVisitor = std::function<void(Object** cell)>;

// Visits every root cell (null cells too; a visitor skips what it does not want).
void forEachRoot(JavaThread& thread, const RootVisitor& visit);

// The frames' part of forEachRoot, for collectors that want it separately.
void forEachFrameRoot(JavaThread& thread, const RootVisitor& visit);

// Whether objects of this class are java.lang.ref.Reference instances, whose
// `referent` field a collector treats as weak (cleared when only weakly reachable).
bool isReferenceClass(JavaThread& thread, const Klass* k);

// Calls f(Object** field) for every reference field (or element) of `o`.
template <typename F>
inline void forEachReferenceField(Object* o, F&& f) {
    Klass* k = o->klass;
    if (k->isArray()) {
        if (k->elementType == classfile::BasicType::Object || k->elementType == classfile::BasicType::Array) {
            auto* a = static_cast<Array*>(o);
            Object** elements = a->data<Object*>();
            for (int32_t i = 0; i < a->length; ++i) f(&elements[i]);
        }
        return;
    }
    for (uint32_t offset : k->refOffsets) f(&o->field<Object*>(offset));
}

}  // namespace cortado::runtime
