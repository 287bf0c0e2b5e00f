#include "gc/HeapVerifier.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <vector>

#include "runtime/JavaThread.h"
#include "runtime/Roots.h"

namespace cortado::gc {

using runtime::Object;

void verifyReachableHeap(runtime::JavaThread& thread, const char* when,
                         const std::function<bool(const void*)>& isObjectStart) {
    std::unordered_set<const Object*> seen;
    std::vector<Object*> stack;
    auto check = [&](Object** cell, const char* what) {
        Object* o = *cell;
        if (!o || seen.count(o)) return;
        if (!isObjectStart(o) || !o->klass) {
            std::fprintf(stderr, "Internal error: heap verification (%s collection) failed: %s %p points at %p, not an object\n",
                         when, what, static_cast<void*>(cell), static_cast<void*>(o));
            std::abort();
        }
        seen.insert(o);
        stack.push_back(o);
    };
    runtime::forEachRoot(thread, [&](Object** cell) { check(cell, "root"); });
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        runtime::forEachReferenceField(o, [&](Object** field) { check(field, "field"); });
    }
}

}  // namespace cortado::gc
