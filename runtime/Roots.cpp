#include "runtime/Roots.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/FrameReferences.h"
#include "runtime/JavaThread.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

void forEachFrameRoot(JavaThread& thread, const RootVisitor& visit) {
    for (Frame* f = thread.topFrame; f; f = f->caller) {
        Method* m = f->method;
        std::string error;
        const MethodRefMaps* maps = referenceMapsOf(m, &error);
        Slot* stack = f->stackBase();
        auto readSlot = [&](uint32_t slot) -> Slot { return slot < m->maxLocals ? f->locals[slot] : stack[slot - m->maxLocals]; };
        const FrameRefMap* map = maps ? maps->at(f->bci(), readSlot) : nullptr;
        if (!map) {
            // Without a map the frame cannot be scanned precisely: that is a VM bug, not a program error.
            std::fprintf(stderr, "Internal error: no reference map for %s at pc %u %s\n", m->externalName().c_str(),
                         f->bci(), error.c_str());
            std::abort();
        }
        // A frame suspended at a call has handed its outgoing arguments to the
        // callee (they are the callee's locals): scan its stack only up to sp.
        uint32_t depth = static_cast<uint32_t>(f->sp - stack);
        map->forEachReference([&](uint32_t slot) {
            if (slot < m->maxLocals) visit(reinterpret_cast<Object**>(&f->locals[slot]));
            else if (slot - m->maxLocals < depth) visit(reinterpret_cast<Object**>(&stack[slot - m->maxLocals]));
        });
    }
}

void forEachRoot(JavaThread& thread, const RootVisitor& visit) {
    forEachFrameRoot(thread, visit);
    thread.handles.forEach([&](Object** cell) { visit(cell); });
    thread.jniLocals.forEach([&](Object** cell) { visit(cell); });
    visit(&thread.pendingException);
    visit(&thread.threadObject);
    for (auto& record : thread.lockRecords) visit(&record.object);
    Vm& vm = thread.vm;
    vm.forEachInternedString([&](Object** cell) { visit(cell); });
    visit(&vm.preallocatedOutOfMemoryError);
    vm.jniGlobals.forEach([&](Object** cell) { visit(cell); });
    vm.loader.forEachClass([&](Klass* k) {
        visit(&k->mirror);
        visit(&k->initError);
        for (CallSite& site : k->callSites) visit(&site.constant);
        for (Object*& constant : k->resolvedConstants) visit(&constant);
        for (uint32_t offset : k->staticRefOffsets) visit(reinterpret_cast<Object**>(k->staticData.get() + offset));
    });
}

bool isReferenceClass(JavaThread& thread, const Klass* k) {
    static Klass* reference = nullptr;
    if (!reference) reference = thread.vm.loader.findLoaded("java/lang/ref/Reference");
    return reference && !k->isArray() && k->isSubclassOf(reference);
}

}  // namespace cortado::runtime
