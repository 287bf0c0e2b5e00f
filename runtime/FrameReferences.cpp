#include "runtime/FrameReferences.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/JavaThread.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

const MethodRefMaps* referenceMapsOf(Method* method, std::string* error) {
    if (!method->refMaps && method->info && method->info->code)
        method->refMaps = MethodRefMaps::analyze(method->owner->constantPool(), *method->info, method->isStatic(), error);
    return method->refMaps.get();
}

bool checkFrameReferences(JavaThread& thread, Frame* frame, Slot* sp, std::string* error) {
    Method* m = frame->method;
    std::string why;
    const MethodRefMaps* maps = referenceMapsOf(m, &why);
    if (!maps) {
        *error = "no reference map: " + why;
        return false;
    }
    Slot* stack = frame->stackBase();
    auto readSlot = [&](uint32_t slot) -> Slot {
        return slot < m->maxLocals ? frame->locals[slot] : stack[slot - m->maxLocals];
    };
    uint32_t pc = frame->bci();
    const FrameRefMap* map = maps->at(pc, readSlot);
    if (!map) {
        *error = "no reference map at pc " + std::to_string(pc);
        return false;
    }
    if (map->stackDepth() != sp - stack) {
        *error = "operand stack depth " + std::to_string(sp - stack) + ", the map says " + std::to_string(map->stackDepth());
        return false;
    }
    bool ok = true;
    map->forEachReference([&](uint32_t slot) {
        if (!ok) return;
        auto* o = slotToRef(readSlot(slot));
        if (o && (!thread.vm.heap->contains(o) || !o->klass)) {
            *error = "slot " + std::to_string(slot) + " is marked a reference but holds " + std::to_string(readSlot(slot));
            ok = false;
        }
    });
    return ok;
}

void verifyFrameReferencesOrDie(JavaThread& thread, Frame* frame, Slot* sp) {
    std::string error;
    if (checkFrameReferences(thread, frame, sp, &error)) return;
    std::fprintf(stderr, "Internal error: reference map invariant violated in %s at pc %u: %s\n",
                 frame->method->externalName().c_str(), frame->bci(), error.c_str());
    std::abort();
}

}  // namespace cortado::runtime
