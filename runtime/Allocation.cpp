#include "runtime/Allocation.h"

#include <cstring>
#include <string>

#include "runtime/Barrier.h"
#include "runtime/JavaThread.h"
#include "runtime/Klass.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

InlineAllocation g_inlineAllocation;

// "Java heap space". Constructing the error allocates too (the object, its
// stack trace); when that fails as well, the preallocated error is thrown.
static void throwOutOfMemoryError(JavaThread& thread) {
    Object* preallocated = thread.vm.preallocatedOutOfMemoryError;
    if (thread.constructingOutOfMemoryError && preallocated) {
        thread.throwException(preallocated);
        return;
    }
    bool outer = !thread.constructingOutOfMemoryError;
    thread.constructingOutOfMemoryError = true;
    thread.throwNew("java/lang/OutOfMemoryError", "Java heap space");
    if (outer) thread.constructingOutOfMemoryError = false;
}

static Object* allocateRaw(JavaThread& thread, Klass* klass, size_t bytes) {
    // --gc-stress: a collection before every N-th allocation shakes out raw
    // references held across a safepoint (DESIGN.md).
    if (uint64_t n = thread.vm.options.gcStressInterval) {
        static uint64_t count = 0;
        if (++count % n == 0) thread.vm.heap->collect(thread, GcCause::Stress);
    }
    Object* o = thread.vm.heap->allocate(thread, alignObjectSize(bytes));
    if (!o) {
        throwOutOfMemoryError(thread);
        return nullptr;
    }
    o->klass = klass;
    o->mark = 0;
    return o;
}

Object* allocateInstance(JavaThread& thread, Klass* klass) {
    return allocateRaw(thread, klass, instanceAllocationSize(klass->instanceSize));
}

Array* allocateArray(JavaThread& thread, Klass* arrayClass, int32_t length) {
    if (length < 0) {
        thread.throwNew("java/lang/NegativeArraySizeException", std::to_string(length));
        return nullptr;
    }
    // HotSpot refuses arrays past its maximum length with this message, even with heap to spare.
    if (length > kMaxArrayLength) {
        thread.throwNew("java/lang/OutOfMemoryError", "Requested array size exceeds VM limit");
        return nullptr;
    }
    auto* a = static_cast<Array*>(allocateRaw(thread, arrayClass, arrayAllocationSize(arrayClass->elementSize, length)));
    if (a) a->length = length;
    return a;
}

Array* allocatePrimitiveArray(JavaThread& thread, classfile::BasicType elementType, int32_t length) {
    Klass* arrayClass = thread.vm.loader.arrayOf(thread, thread.vm.loader.primitive(elementType));
    if (!arrayClass) return nullptr;
    return allocateArray(thread, arrayClass, length);
}

Array* allocateMultiArray(JavaThread& thread, Klass* arrayClass, std::span<const int32_t> dims) {
    for (int32_t d : dims)
        if (d < 0) {  // JVMS 6.5.multianewarray: checked before anything is allocated
            thread.throwNew("java/lang/NegativeArraySizeException", std::to_string(d));
            return nullptr;
        }
    HandleScope scope(thread.handles);
    Handle<Array> outer(thread.handles, allocateArray(thread, arrayClass, dims[0]));
    if (!outer || dims.size() == 1) return outer.get();
    for (int32_t i = 0; i < dims[0]; ++i) {
        Array* inner = allocateMultiArray(thread, arrayClass->component, dims.subspan(1));
        if (!inner) return nullptr;
        storeReference(&outer->data<Object*>()[i], inner);
    }
    return outer.get();
}

size_t objectSize(Object* o) {
    Klass* k = o->klass;
    if (k->isArray()) return arrayAllocationSize(k->elementSize, static_cast<Array*>(o)->length);
    return instanceAllocationSize(k->instanceSize);
}

Object* cloneObject(JavaThread& thread, Object* original) {
    HandleScope scope(thread.handles);
    Handle<> src(thread.handles, original);
    size_t size = objectSize(original);
    Object* copy = allocateRaw(thread, original->klass, size);
    if (!copy) return nullptr;
    std::memcpy(reinterpret_cast<char*>(copy) + sizeof(Object), reinterpret_cast<char*>(src.get()) + sizeof(Object),
                size - sizeof(Object));
    markCards(copy, size);  // the copy's references were stored without the barrier
    return copy;
}

}  // namespace cortado::runtime
