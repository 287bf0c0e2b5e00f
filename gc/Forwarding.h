// Forwarding pointers of the copying collectors (copying, generational's young
// generation): a copied object's old class word holds its new address with
// bit 0 set (class pointers are 8-byte aligned, so bit 0 is free).
#pragma once
#include <cstdint>

#include "runtime/Object.h"

namespace cortado::gc {

inline bool isForwarded(const runtime::Object* o) { return reinterpret_cast<uintptr_t>(o->klass) & 1; }
inline runtime::Object* forwardee(const runtime::Object* o) {
    return reinterpret_cast<runtime::Object*>(reinterpret_cast<uintptr_t>(o->klass) & ~uintptr_t(1));
}
inline void forward(runtime::Object* o, runtime::Object* to) {
    o->klass = reinterpret_cast<runtime::Klass*>(reinterpret_cast<uintptr_t>(to) | 1);
}

}  // namespace cortado::gc
