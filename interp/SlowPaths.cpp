#include "interp/SlowPaths.h"

#include "classfile/Bytecodes.h"
#include "runtime/Allocation.h"
#include "runtime/CallSiteLinking.h"
#include "runtime/JavaThread.h"
#include "runtime/Monitor.h"
#include "runtime/NullPointerMessage.h"
#include "runtime/Resolution.h"
#include "runtime/Vm.h"

namespace cortado::interp {

using namespace runtime;
using classfile::BasicType;
using classfile::Opcode;
using classfile::readU2;

namespace {

enum class Access { GetField, PutField, GetStatic, PutStatic };

// The quick opcode for a field access, by how the field is stored.
Opcode quickFieldOpcode(Access access, BasicType t) {
    static const Opcode table[4][6] = {
        // int/float, long/double, reference, byte, char, short   (boolean: see below)
        {Opcode::getfield_i_, Opcode::getfield_j_, Opcode::getfield_a_, Opcode::getfield_b_, Opcode::getfield_c_, Opcode::getfield_s_},
        {Opcode::putfield_i_, Opcode::putfield_j_, Opcode::putfield_a_, Opcode::putfield_b_, Opcode::putfield_c_, Opcode::putfield_c_},
        {Opcode::getstatic_i_, Opcode::getstatic_j_, Opcode::getstatic_a_, Opcode::getstatic_b_, Opcode::getstatic_c_, Opcode::getstatic_s_},
        {Opcode::putstatic_i_, Opcode::putstatic_j_, Opcode::putstatic_a_, Opcode::putstatic_b_, Opcode::putstatic_c_, Opcode::putstatic_c_},
    };
    int a = static_cast<int>(access);
    switch (t) {
        case BasicType::Int: case BasicType::Float: return table[a][0];
        case BasicType::Long: case BasicType::Double: return table[a][1];
        case BasicType::Object: case BasicType::Array: return table[a][2];
        case BasicType::Byte: return table[a][3];
        // JVMS 6.5 putfield/putstatic: a boolean store keeps only the low bit.
        case BasicType::Boolean:
            return access == Access::PutField ? Opcode::putfield_z_ : access == Access::PutStatic ? Opcode::putstatic_z_ : table[a][3];
        case BasicType::Char: return table[a][4];
        default: return table[a][5];  // short
    }
}

Access accessOf(uint8_t opcode) {
    switch (static_cast<Opcode>(opcode)) {
        case Opcode::getfield_: return Access::GetField;
        case Opcode::putfield_: return Access::PutField;
        case Opcode::getstatic_: return Access::GetStatic;
        default: return Access::PutStatic;
    }
}

}  // namespace

uint8_t quickFieldOpcodeFor(uint8_t fieldOpcode, BasicType type) {
    return static_cast<uint8_t>(quickFieldOpcode(accessOf(fieldOpcode), type));
}

uint8_t resolveFieldAccess(JavaThread& thread, Klass* current, uint8_t* pc) {
    uint16_t idx = readU2(pc + 1);
    Access access = accessOf(*pc);
    bool isStatic = access == Access::GetStatic || access == Access::PutStatic;
    Field* f = resolveField(thread, current, idx, isStatic);
    if (!f) return 0;
    // JVMS 6.5 putfield/putstatic: a final field may be set only by its own class
    // (HotSpot allows it in any method of that class for old class files).
    bool isPut = access == Access::PutField || access == Access::PutStatic;
    if (isPut && (f->accessFlags & classfile::acc::FINAL) && f->owner != current) {
        thread.throwNew("java/lang/IllegalAccessError",
                        "Update to " + std::string(isStatic ? "static" : "non-static") + " final field " +
                            f->owner->externalName + "." + f->name + " attempted from a different class (" +
                            current->externalName + ") than the field's declaring class");
        return 0;
    }
    CpCacheEntry& e = current->cpCache[idx];
    uint8_t quick = static_cast<uint8_t>(quickFieldOpcode(access, f->type));
    if (!isStatic) {
        e.fieldOffset = f->offset;
        *pc = quick;
        return quick;
    }
    // JVMS 5.5: getstatic/putstatic initialize the field's declaring class.
    if (!initializeClass(thread, f->owner)) return 0;
    e.staticAddress = f->owner->staticData.get() + f->offset;
    if (f->owner->isInitialized()) *pc = quick;  // not while <clinit> runs: it may yet fail
    return quick;
}

uint8_t resolveInvoke(JavaThread& thread, Klass* current, uint8_t* pc) {
    uint16_t idx = readU2(pc + 1);
    Opcode op = static_cast<Opcode>(*pc);
    Method* m = resolveMethod(thread, current, idx);
    if (!m) return 0;
    CpCacheEntry& e = current->cpCache[idx];
    if (op == Opcode::invokestatic_) {
        if (!m->isStatic()) {
            thread.throwNew("java/lang/IncompatibleClassChangeError",
                            "Expected static method " + methodForMessage(m->owner, m->name, m->descriptor));
            return 0;
        }
        if (!initializeClass(thread, m->owner)) return 0;
        e.directMethod = m;
        if (m->owner->isInitialized()) *pc = uint8_t(Opcode::invokestatic_quick_);
        return uint8_t(Opcode::invokestatic_quick_);
    }
    if (m->isStatic()) {
        thread.throwNew("java/lang/IncompatibleClassChangeError",
                        "Expecting non-static method " + methodForMessage(m->owner, m->name, m->descriptor));
        return 0;
    }
    if (op == Opcode::invokespecial_) {
        Method* sel = selectSpecial(current, e.klass, m);
        if (!sel || sel->isAbstract()) {
            thread.throwNew("java/lang/AbstractMethodError", methodForMessage(m->owner, m->name, m->descriptor));
            return 0;
        }
        e.directMethod = sel;
        *pc = uint8_t(Opcode::invokedirect_quick_);
        return *pc;
    }
    if (op == Opcode::invokevirtual_) {
        // Private and final methods are never overridden: call them directly.
        if (m->isPrivate() || m->isFinal() || ((m->owner->accessFlags & classfile::acc::FINAL) && !m->owner->isInterface())) {
            e.directMethod = m;
            *pc = uint8_t(Opcode::invokedirect_quick_);
            return *pc;
        }
        int index = m->owner->isInterface() ? -1 : m->vtableIndex;
        if (index < 0) {
            // A default method reached through a class reference: its slot in that class's vtable.
            for (size_t i = 0; i < e.klass->vtable.size(); ++i)
                if (e.klass->vtable[i]->name == m->name && e.klass->vtable[i]->descriptor == m->descriptor) index = int(i);
        }
        if (index < 0) {
            thread.throwNew("java/lang/AbstractMethodError", methodForMessage(m->owner, m->name, m->descriptor));
            return 0;
        }
        e.vtableIndex = index;
        *pc = uint8_t(Opcode::invokevirtual_quick_);
        return *pc;
    }
    // invokeinterface: an Object method found through an interface dispatches
    // through the vtable; a private interface method is called directly.
    e.vtableIndex = m->owner->isInterface() ? -1 : m->vtableIndex;
    if (m->owner->isInterface() && m->isPrivate()) {
        e.directMethod = m;
        return uint8_t(Opcode::invokedirect_quick_);  // 5-byte instruction: do not rewrite to a 3-byte form
    }
    *pc = uint8_t(Opcode::invokeinterface_quick_);
    return *pc;
}

uint8_t linkInvokedynamic(JavaThread& thread, Klass* current, uint8_t* pc) {
    if (current->callSites.size() > 0xffff) {
        thread.throwNew("java/lang/InternalError", "more than 65536 invokedynamic call sites in " + current->externalName);
        return 0;
    }
    auto number = static_cast<uint16_t>(current->callSites.size());
    CallSite& site = current->callSites.emplace_back();
    site.cpIndex = readU2(pc + 1);
    bool linked = linkCallSite(thread, current, site);
    if (site.kind == CallSite::Kind::Unlinked) {
        // Not a linkage error (JVMS 5.4.3): the next execution links again.
        if (&current->callSites.back() == &site) current->callSites.pop_back();
        return 0;
    }
    pc[3] = static_cast<uint8_t>(number >> 8);
    pc[4] = static_cast<uint8_t>(number);
    *pc = uint8_t(Opcode::invokedynamic_quick_);
    return linked ? *pc : 0;
}

bool runLinkedCallSite(JavaThread& thread, const CallSite& site, Slot* args) {
    switch (site.kind) {
        case CallSite::Kind::Constant:
            args[0] = refToSlot(site.constant);
            return true;
        case CallSite::Kind::Native: {
            Slot r = site.target(thread, site, args);
            if (thread.hasPendingException()) return false;
            if (site.returnSlots) args[0] = r;
            return true;
        }
        case CallSite::Kind::Failed:
            rethrowLinkError(thread, site);
            return false;
        case CallSite::Kind::Invoke:
        case CallSite::Kind::Unlinked:
            break;
    }
    // The callers run Invoke sites themselves and never an unlinked one: a VM bug.
    thread.throwNew("java/lang/InternalError", "invokedynamic call site in an unexpected state");
    return false;
}

Method* selectInterfaceMethod(JavaThread& thread, Klass* receiver, Method* resolved) {
    for (const ItableEntry& entry : receiver->itable) {
        if (entry.interface != resolved->owner) continue;
        Method* m = entry.methods[resolved->itableIndex];
        if (m->isAbstract()) {
            thread.throwNew("java/lang/AbstractMethodError",
                            "Receiver class " + receiver->externalName + " does not define or inherit an implementation of the resolved method 'abstract " +
                                methodForMessage(resolved->owner, resolved->name, resolved->descriptor).substr(1) + " of interface " +
                                resolved->owner->externalName + ".");
            return nullptr;
        }
        return m;
    }
    thread.throwNew("java/lang/IncompatibleClassChangeError",
                    "Class " + receiver->externalName + " does not implement the requested interface " + resolved->owner->externalName);
    return nullptr;
}

void throwAbstractMethodError(JavaThread& thread, Object* receiver, Method* method) {
    if (receiver) {
        thread.throwNew("java/lang/AbstractMethodError",
                        "Receiver class " + receiver->klass->externalName +
                            " does not define or inherit an implementation of the resolved method 'abstract " +
                            methodForMessage(method->owner, method->name, method->descriptor).substr(1) + " of " +
                            (method->owner->isInterface() ? "interface " : "abstract class ") + method->owner->externalName + ".");
    } else {
        thread.throwNew("java/lang/AbstractMethodError", methodForMessage(method->owner, method->name, method->descriptor));
    }
}

uint8_t resolveClassUse(JavaThread& thread, Klass* current, uint8_t* pc) {
    uint16_t idx = readU2(pc + 1);
    Klass* k = resolveClass(thread, current, idx);
    if (!k) return 0;
    CpCacheEntry& e = current->cpCache[idx];
    switch (static_cast<Opcode>(*pc)) {
        case Opcode::new_:
            // JVMS 6.5 new: an interface or abstract class cannot be instantiated.
            if (k->isInterface() || k->isAbstract() || k->isArray()) {
                thread.throwNew("java/lang/InstantiationError", k->externalName);
                return 0;
            }
            if (!initializeClass(thread, k)) return 0;
            if (k->isInitialized()) *pc = uint8_t(Opcode::new_quick_);
            return uint8_t(Opcode::new_quick_);
        case Opcode::anewarray_: {
            Klass* arrayClass = thread.vm.loader.arrayOf(thread, k);
            if (!arrayClass) return 0;
            e.arrayClass = arrayClass;
            *pc = uint8_t(Opcode::anewarray_quick_);
            return *pc;
        }
        case Opcode::checkcast_: *pc = uint8_t(Opcode::checkcast_quick_); return *pc;
        default: *pc = uint8_t(Opcode::instanceof_quick_); return *pc;
    }
}

uint8_t resolveLdc(JavaThread& thread, Klass* current, uint8_t* pc) {
    bool narrow = *pc == uint8_t(Opcode::ldc_);
    if (!resolveConstant(thread, current, narrow ? pc[1] : readU2(pc + 1))) return 0;
    *pc = uint8_t(narrow ? Opcode::ldc_quick_ : Opcode::ldc_w_quick_);
    return *pc;
}

Method* selectQuickInvokeTarget(JavaThread& thread, uint8_t quickOpcode, CpCacheEntry& e, Object* receiver) {
    switch (static_cast<Opcode>(quickOpcode)) {
        case Opcode::invokevirtual_quick_: return receiver->klass->vtable[e.vtableIndex];
        case Opcode::invokeinterface_quick_: {
            if (e.vtableIndex >= 0) return receiver->klass->vtable[e.vtableIndex];
            if (receiver->klass == e.icKlass) return e.icMethod;  // monomorphic inline cache hit
            Method* m = selectInterfaceMethod(thread, receiver->klass, e.method);
            if (!m) return nullptr;
            e.icKlass = receiver->klass;
            e.icMethod = m;
            return m;
        }
        default: return e.directMethod;  // invokedirect_quick, invokestatic_quick
    }
}

void enterMonitor(JavaThread& thread, Frame* frame, Object* o) {
    monitorEnter(thread, o);
    thread.lockRecords.push_back({frame, o});
}

bool exitMonitor(JavaThread& thread, Frame* frame, Object* o) {
    if (!monitorExit(thread, o)) return false;
    thread.forgetLockRecord(frame, o);
    return true;
}

Array* multianewarray(JavaThread& thread, Klass* current, const uint8_t* pc, const Slot* sp) {
    int dims = pc[3];
    Klass* k = resolveClass(thread, current, readU2(pc + 1));
    if (!k) return nullptr;
    int32_t counts[255];
    for (int i = 0; i < dims; ++i) counts[i] = slotToInt(sp[i - dims]);
    return allocateMultiArray(thread, k, std::span<const int32_t>(counts, dims));
}

void throwNullPointer(JavaThread& thread, Frame* frame) {
    const std::string message = helpfulNullPointerMessage(*frame->method, frame->bci());
    thread.throwNew("java/lang/NullPointerException", message.empty() ? nullptr : message.c_str());
}

void throwArrayIndexOutOfBounds(JavaThread& thread, int32_t index, int32_t length) {
    thread.throwNew("java/lang/ArrayIndexOutOfBoundsException",
                    "Index " + std::to_string(index) + " out of bounds for length " + std::to_string(length));
}

void throwDivisionByZero(JavaThread& thread) { thread.throwNew("java/lang/ArithmeticException", "/ by zero"); }

BasicType newarrayElementType(uint8_t atype) {
    // JVMS 6.5 newarray, Table 6.5.newarray-A.
    switch (atype) {
        case 4: return BasicType::Boolean;
        case 5: return BasicType::Char;
        case 6: return BasicType::Float;
        case 7: return BasicType::Double;
        case 8: return BasicType::Byte;
        case 9: return BasicType::Short;
        case 10: return BasicType::Int;
        default: return BasicType::Long;
    }
}

int32_t findExceptionHandler(JavaThread& thread, Method* method, uint32_t bci) {
    const auto* code = method->codeAttribute();
    if (!code) return -1;
    for (const auto& h : code->exception_table) {
        if (bci < h.start_pc || bci >= h.end_pc) continue;
        if (h.catch_type == 0) return h.handler_pc;
        // Resolving the catch type may load a class; the exception stays pending
        // across it, and a catch type that cannot be resolved matches nothing.
        HandleScope scope(thread.handles);
        Handle<> exception(thread.handles, thread.takePendingException());
        Klass* k = resolveClass(thread, method->owner, h.catch_type);
        thread.pendingException = exception.get();
        if (k && exception->klass->isSubclassOf(k)) return h.handler_pc;
    }
    return -1;
}

}  // namespace cortado::interp
