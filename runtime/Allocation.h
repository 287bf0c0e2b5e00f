// Creating objects and arrays through the heap interface. Each returns
// nullptr with an exception pending (OutOfMemoryError, NegativeArraySizeException).
#pragma once
#include <cstdint>
#include <span>

#include "classfile/Descriptor.h"
#include "runtime/Object.h"

namespace cortado::runtime {

struct AllocationArea;
class ClassLoader;
class JavaThread;
class Klass;

// The size rules every allocation follows, the JIT's inline path included
// (jit/TemplatesObjects.cpp encodes these, it does not restate them).
// HotSpot refuses arrays longer than this with "Requested array size exceeds VM limit".
constexpr int32_t kMaxArrayLength = INT32_MAX - 2;
inline size_t instanceAllocationSize(uint32_t instanceSize) { return alignObjectSize(instanceSize); }
inline size_t arrayAllocationSize(size_t elementSize, int32_t length) {
    return alignObjectSize(kArrayHeaderSize + size_t(length) * elementSize);
}

// What compiled code may allocate without calling allocateInstance/allocateArray
// (docs/jit.md "Inline allocation"). `area` is nullptr, and every allocation
// goes through the functions below, when the heap has no bump-pointer area or
// an option needs to see each allocation (--gc-stress counts them). `loader`
// finds the primitive array classes newarray creates. Set by Vm for its life.
struct InlineAllocation {
    AllocationArea* area = nullptr;
    const ClassLoader* loader = nullptr;
};
extern InlineAllocation g_inlineAllocation;

Object* allocateInstance(JavaThread& thread, Klass* klass);
Array* allocateArray(JavaThread& thread, Klass* arrayClass, int32_t length);
Array* allocatePrimitiveArray(JavaThread& thread, classfile::BasicType elementType, int32_t length);
// multianewarray (JVMS 6.5): `dims` counts, outermost first; may be fewer than the class's dimensions.
Array* allocateMultiArray(JavaThread& thread, Klass* arrayClass, std::span<const int32_t> dims);
// A shallow copy (Object.clone, array clone).
Object* cloneObject(JavaThread& thread, Object* original);
size_t objectSize(Object* o);

}  // namespace cortado::runtime
