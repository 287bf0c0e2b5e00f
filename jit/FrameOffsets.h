// Byte offsets of the VM structures compiled code reads and writes directly.
// offsetof on these non-standard-layout classes is conditionally supported;
// GCC and Clang compute it exactly (no virtual bases are involved).
#pragma once
#include <cstddef>

#include "runtime/Frame.h"
#include "runtime/Heap.h"
#include "runtime/JavaThread.h"
#include "runtime/Klass.h"

namespace cortado::jit::offsets {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int kFrameCaller = offsetof(runtime::Frame, caller);
constexpr int kFrameMethod = offsetof(runtime::Frame, method);
constexpr int kFrameFlags = offsetof(runtime::Frame, flags);
constexpr int kFramePc = offsetof(runtime::Frame, pc);
constexpr int kFrameSp = offsetof(runtime::Frame, sp);
constexpr int kFrameLocals = offsetof(runtime::Frame, locals);
constexpr int kThreadTopFrame = offsetof(runtime::JavaThread, topFrame);
constexpr int kThreadPendingException = offsetof(runtime::JavaThread, pendingException);
constexpr int kThreadJavaStackLimit = int(runtime::JavaThread::stackLimitOffset());
constexpr int kThreadNativeStackLimit = offsetof(runtime::JavaThread, compiledNativeStackLimit);
constexpr int kThreadCompiledStackLimit = offsetof(runtime::JavaThread, compiledStackLimit);
constexpr int kThreadSafepointRequested = offsetof(runtime::JavaThread, safepointRequested);
constexpr int kObjectKlass = offsetof(runtime::Object, klass);
constexpr int kObjectMark = offsetof(runtime::Object, mark);
constexpr int kAreaTop = offsetof(runtime::AllocationArea, top);
constexpr int kAreaEnd = offsetof(runtime::AllocationArea, end);
constexpr int kArrayLength = offsetof(runtime::Array, length);
constexpr int kArrayData = sizeof(runtime::Array);
constexpr int kKlassElementType = offsetof(runtime::Klass, elementType);
constexpr int kKlassComponent = offsetof(runtime::Klass, component);
constexpr int kKlassInstanceSize = offsetof(runtime::Klass, instanceSize);
constexpr int kCacheFieldOffset = offsetof(runtime::CpCacheEntry, fieldOffset);
constexpr int kCacheStaticAddress = offsetof(runtime::CpCacheEntry, staticAddress);
constexpr int kCacheConstant = offsetof(runtime::CpCacheEntry, constant);
constexpr int kCacheKlass = offsetof(runtime::CpCacheEntry, klass);
constexpr int kCacheArrayClass = offsetof(runtime::CpCacheEntry, arrayClass);
constexpr int kMethodDirectEntry = offsetof(runtime::Method, directEntry);
constexpr int kMethodMaxLocals = offsetof(runtime::Method, maxLocals);  // uint16_t
constexpr int kMethodMaxStack = offsetof(runtime::Method, maxStack);    // uint16_t
// The pointers inside std::unique_ptr and std::vector (their first word in
// libstdc++; jit::checkLibraryLayout verifies it when the JIT starts).
constexpr int kMethodCode = offsetof(runtime::Method, code);
constexpr int kKlassVtableBegin = offsetof(runtime::Klass, vtable);
constexpr int kKlassItableBegin = offsetof(runtime::Klass, itable);
constexpr int kKlassItableEnd = offsetof(runtime::Klass, itable) + sizeof(void*);
constexpr int kKlassSuper = offsetof(runtime::Klass, super);
constexpr int kKlassAllInterfacesBegin = offsetof(runtime::Klass, allInterfaces);
constexpr int kKlassAllInterfacesEnd = offsetof(runtime::Klass, allInterfaces) + sizeof(void*);
constexpr int kItableInterface = offsetof(runtime::ItableEntry, interface);
constexpr int kItableMethodsBegin = offsetof(runtime::ItableEntry, methods);
constexpr int kItableEntrySize = sizeof(runtime::ItableEntry);
#pragma GCC diagnostic pop

}  // namespace cortado::jit::offsets
