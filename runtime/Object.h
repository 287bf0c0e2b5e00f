// The object model (DESIGN.md "Object model"): 64-bit direct pointers, a
// two-word header (class pointer, then a mark word for identity hash, lock
// state and GC bits), arrays with a 32-bit length, everything 8-byte aligned.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace cortado::runtime {

class Klass;

// One operand-stack or local-variable slot (JVMS 2.6.1). A long or double
// takes two slots; its value lives in the first (lower-addressed) one.
using Slot = uint64_t;

struct Object {
    Klass* klass;
    uint64_t mark;  // see MarkWord below

    template <typename T>
    T& field(uint32_t offset) { return *reinterpret_cast<T*>(reinterpret_cast<char*>(this) + offset); }
};

// Mark word layout:
//   bits  0..7   GC bits (owned by the collector: mark, forwarded, age)
//   bits  8..23  monitor recursion count (single-threaded VM: the owner is the main thread)
//   bits 32..62  identity hash, 0 = not assigned yet
namespace mark {
constexpr uint64_t kGcMask = 0xff;
constexpr int kLockShift = 8;
constexpr uint64_t kLockMask = 0xffffull << kLockShift;
constexpr int kHashShift = 32;
constexpr uint64_t kHashMask = 0x7fffffffull << kHashShift;
}  // namespace mark

struct Array : Object {
    int32_t length;
    int32_t padding_;  // keeps element data 8-byte aligned for long/double/reference arrays

    template <typename T>
    T* data() { return reinterpret_cast<T*>(reinterpret_cast<char*>(this) + sizeof(Array)); }
};

constexpr size_t kObjectHeaderSize = sizeof(Object);  // 16
constexpr size_t kArrayHeaderSize = sizeof(Array);    // 24
static_assert(kObjectHeaderSize == 16 && kArrayHeaderSize == 24);

constexpr size_t kReferenceSize = sizeof(Object*);  // a reference field or array element
constexpr size_t kObjectAlignment = 8;
inline size_t alignObjectSize(size_t n) { return (n + kObjectAlignment - 1) & ~(kObjectAlignment - 1); }

// Java reference <-> slot.
inline Object* slotToRef(Slot s) { return reinterpret_cast<Object*>(s); }
inline Slot refToSlot(const Object* o) { return reinterpret_cast<Slot>(o); }
inline int32_t slotToInt(Slot s) { return static_cast<int32_t>(s); }
inline Slot intToSlot(int32_t v) { return static_cast<Slot>(static_cast<uint32_t>(v)); }
inline int64_t slotToLong(Slot s) { return static_cast<int64_t>(s); }
inline Slot longToSlot(int64_t v) { return static_cast<Slot>(v); }
inline float slotToFloat(Slot s) { uint32_t b = static_cast<uint32_t>(s); float f; std::memcpy(&f, &b, 4); return f; }
inline Slot floatToSlot(float f) { uint32_t b; std::memcpy(&b, &f, 4); return b; }
inline double slotToDouble(Slot s) { double d; std::memcpy(&d, &s, 8); return d; }
inline Slot doubleToSlot(double d) { Slot s; std::memcpy(&s, &d, 8); return s; }

}  // namespace cortado::runtime
