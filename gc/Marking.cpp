#include "gc/Marking.h"

#include <vector>

#include "gc/FreeListSpace.h"
#include "runtime/JavaThread.h"
#include "runtime/Roots.h"
#include "runtime/Vm.h"

namespace cortado::gc {

using runtime::Object;

void markFromRoots(runtime::JavaThread& thread, bool clearSoftReferences) {
    std::vector<Object*> stack;
    std::vector<Object*> references;  // References whose referent was not traced
    runtime::Klass* softReference = thread.vm.loader.findLoaded("java/lang/ref/SoftReference");
    uint32_t referentOffset = thread.vm.offsets.referenceReferent;
    auto push = [&](Object* o) {
        if (o && !(o->mark & kMarkBit)) {
            o->mark |= kMarkBit;
            stack.push_back(o);
        }
    };
    runtime::forEachRoot(thread, [&](Object** cell) { push(*cell); });
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        bool weak = runtime::isReferenceClass(thread, o->klass) &&
                    (clearSoftReferences || !softReference || !o->klass->isSubclassOf(softReference));
        if (weak) references.push_back(o);
        runtime::forEachReferenceField(o, [&](Object** field) {
            if (weak && reinterpret_cast<uint8_t*>(field) == reinterpret_cast<uint8_t*>(o) + referentOffset) return;
            push(*field);
        });
    }
    // A referent reachable only through References is cleared ("atomically", java.lang.ref).
    for (Object* r : references) {
        Object*& referent = r->field<Object*>(referentOffset);
        if (referent && !(referent->mark & kMarkBit)) referent = nullptr;
    }
}

}  // namespace cortado::gc
