// The heap interface every collector implements (DESIGN.md "GC strategies
// behind one interface"). The runtime allocates only through it; gc/ provides
// the strategies and Vm picks one from the --gc flag.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/Object.h"

namespace cortado::runtime {

class JavaThread;

// The write barrier a strategy asks the interpreter and the JIT to emit.
enum class BarrierKind { None, CardMarking };

enum class GcCause { AllocationFailure, SystemGc, Stress };

// Where compiled code may allocate by bumping a pointer (docs/gc.md "The
// allocation area"): an object of `bytes` (aligned, at most `largestObject`)
// fits if top + bytes <= end; then [top, top + bytes) is the object and top
// moves past it, exactly what allocate() would have done. The memory is not
// zeroed: the inline path writes the header and zeroes the body itself. The
// heap owns the area for its whole life and moves top and end itself (a
// collection empties eden, a semispace flip changes halves), so compiled code
// reads both afresh at each allocation.
struct AllocationArea {
    uint8_t* top = nullptr;
    uint8_t* end = nullptr;
    size_t largestObject = 0;  // larger objects take another route (the old generation): allocate() only
};

class Heap {
public:
    virtual ~Heap() = default;
    virtual const char* name() const = 0;
    // Returns zeroed memory of `bytes` (8-byte aligned), or nullptr when the heap
    // is exhausted even after collecting (the caller throws OutOfMemoryError).
    virtual Object* allocate(JavaThread& thread, size_t bytes) = 0;
    virtual void collect(JavaThread& thread, GcCause cause) = 0;
    virtual BarrierKind barrierKind() const { return BarrierKind::None; }
    // The bump-pointer area compiled code may allocate in, or nullptr if every
    // allocation must call allocate() (a free-list heap). Objects bumped there
    // need no write barrier for their initialising stores.
    virtual AllocationArea* allocationArea() { return nullptr; }
    virtual size_t usedBytes() const = 0;
    virtual size_t capacityBytes() const = 0;   // Runtime.totalMemory
    virtual size_t maxBytes() const = 0;        // Runtime.maxMemory
    // Whether `p` points into this heap's allocated area (heap verification).
    virtual bool contains(const void* p) const = 0;
    // --verify-heap: checks that every root and every reference field points at
    // a valid object; aborts naming the broken invariant. `when` is "before"/"after".
    virtual void verify(JavaThread& thread, const char* when) {}
    // -Xlog:gc+heap+exit: logs the spaces and the collection totals (gc/HeapSummary.h).
    virtual void printExitSummary() const = 0;
};

}  // namespace cortado::runtime
