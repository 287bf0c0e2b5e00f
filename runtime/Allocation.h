// Creating objects and arrays through the heap interface. Each returns
// nullptr with an exception pending (OutOfMemoryError, NegativeArraySizeException).
#pragma once
#include <cstdint>
#include <span>

#include "classfile/Descriptor.h"
#include "runtime/Object.h"

namespace cortado::runtime {

class JavaThread;
class Klass;

Object* allocateInstance(JavaThread& thread, Klass* klass);
Array* allocateArray(JavaThread& thread, Klass* arrayClass, int32_t length);
Array* allocatePrimitiveArray(JavaThread& thread, classfile::BasicType elementType, int32_t length);
// multianewarray (JVMS 6.5): `dims` counts, outermost first; may be fewer than the class's dimensions.
Array* allocateMultiArray(JavaThread& thread, Klass* arrayClass, std::span<const int32_t> dims);
// A shallow copy (Object.clone, array clone).
Object* cloneObject(JavaThread& thread, Object* original);
size_t objectSize(Object* o);

}  // namespace cortado::runtime
