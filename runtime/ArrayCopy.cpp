#include "runtime/ArrayCopy.h"

#include <cstring>

#include "runtime/Barrier.h"
#include "runtime/Klass.h"

namespace cortado::runtime {

bool copyArrayUnchecked(Object* srcObject, int32_t srcPos, Object* dstObject, int32_t dstPos, int32_t length) {
    if (!srcObject || !dstObject) return false;
    Klass* sk = srcObject->klass;
    Klass* dk = dstObject->klass;
    if (!sk->isArray() || !dk->isArray()) return false;
    auto* src = static_cast<Array*>(srcObject);
    auto* dst = static_cast<Array*>(dstObject);
    if (length < 0 || srcPos < 0 || dstPos < 0 || int64_t(srcPos) + length > src->length ||
        int64_t(dstPos) + length > dst->length)
        return false;
    bool primitive = sk->component->isPrimitiveClass;
    if (primitive ? sk->component != dk->component
                  : dk->component->isPrimitiveClass || (sk != dk && !sk->isSubclassOf(dk)))
        return false;
    if (length == 0) return true;
    size_t es = sk->elementSize;
    char* d = dst->data<char>() + size_t(dstPos) * es;
    std::memmove(d, src->data<char>() + size_t(srcPos) * es, size_t(length) * es);
    if (!primitive) markCards(d, size_t(length) * es);  // the barrier of every element stored
    return true;
}

}  // namespace cortado::runtime
