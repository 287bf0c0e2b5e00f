// --verify-heap for every strategy: walks the objects reachable from the
// roots and checks that every root and every reference field points at the
// start of an object (`isObjectStart`); aborts naming the broken reference.
#pragma once
#include <functional>

namespace cortado::runtime {
class JavaThread;
}

namespace cortado::gc {

void verifyReachableHeap(runtime::JavaThread& thread, const char* when,
                         const std::function<bool(const void*)>& isObjectStart);

}  // namespace cortado::gc
