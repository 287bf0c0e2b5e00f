#include "runtime/CallSiteLinking.h"

#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/JavaCalls.h"
#include "runtime/Strings.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

using classfile::CpTag;
using classfile::RefKind;

void throwBootstrapFailure(JavaThread& thread, const char* causeClass, const std::string& message) {
    HandleScope scope(thread.handles);
    thread.throwNew(causeClass, message);
    Handle<> cause(thread.handles, thread.takePendingException());
    if (!cause) return;  // nothing to wrap (cannot happen unless creating it failed silently)
    thread.throwNew("java/lang/BootstrapMethodError", "bootstrap method initialization exception");
    if (Object* error = thread.pendingException; error && error->klass->name == "java/lang/BootstrapMethodError")
        storeReference(&error->field<Object*>(thread.vm.offsets.throwableCause), cause.get());
}

bool resolveMethodHandleConstant(JavaThread& thread, Klass* caller, uint16_t cpIndex, ResolvedMethodHandle& out) {
    const auto& cp = caller->constantPool();
    const auto& entry = cp.at(cpIndex);  // the parser checked the tag and the reference's kind
    out.kind = static_cast<RefKind>(entry.index1);
    uint16_t ref = entry.index2;
    switch (out.kind) {
        case RefKind::GetField: case RefKind::PutField: case RefKind::GetStatic: case RefKind::PutStatic: {
            bool isStatic = out.kind == RefKind::GetStatic || out.kind == RefKind::PutStatic;
            out.field = resolveField(thread, caller, ref, isStatic);
            if (!out.field) return false;
            out.klass = caller->cpCache[cp.at(ref).index1].klass;
            return true;
        }
        default: break;
    }
    out.method = resolveMethod(thread, caller, ref);
    if (!out.method) return false;
    out.klass = caller->cpCache[ref].klass;
    out.interfaceRef = cp.tag(ref) == CpTag::InterfaceMethodref;
    // JVMS 5.4.3.5: the resolved method must suit the kind.
    bool wantStatic = out.kind == RefKind::InvokeStatic;
    if (out.method->isStatic() != wantStatic) {
        thread.throwNew("java/lang/IncompatibleClassChangeError",
                        std::string(wantStatic ? "Expected static method " : "Expecting non-static method ") +
                            methodForMessage(out.method->owner, out.method->name, out.method->descriptor));
        return false;
    }
    return true;
}

Object* newMethodTypeObject(JavaThread& thread, std::string_view descriptor) {
    HandleScope scope(thread.handles);
    Klass* k = thread.vm.loader.load(thread, "java/lang/invoke/MethodType");
    if (!k || !initializeClass(thread, k)) return nullptr;
    Method* ctor = k->findDeclaredMethod("<init>", "(Ljava/lang/String;)V");
    if (!ctor) {
        thread.throwNew("java/lang/InternalError", "java.lang.invoke.MethodType(String) is missing");
        return nullptr;
    }
    Handle<> text(thread.handles, newStringFromModifiedUtf8(thread, descriptor));
    if (!text) return nullptr;
    Handle<> type(thread.handles, allocateInstance(thread, k));
    if (!type) return nullptr;
    callJava(thread, ctor, {refToSlot(type.get()), refToSlot(text.get())});
    return thread.hasPendingException() ? nullptr : type.get();
}

Object* newMethodHandleObject(JavaThread& thread, Klass* caller, uint16_t cpIndex) {
    ResolvedMethodHandle h;
    if (!resolveMethodHandleConstant(thread, caller, cpIndex, h)) return nullptr;
    // The handle's type (JVMS 5.4.3.5, Table 5.4.3.5-B).
    std::string self = "L" + h.klass->name + ";", type;
    switch (h.kind) {
        case RefKind::GetField: type = "(" + self + ")" + h.field->descriptor; break;
        case RefKind::GetStatic: type = "()" + h.field->descriptor; break;
        case RefKind::PutField: type = "(" + self + h.field->descriptor + ")V"; break;
        case RefKind::PutStatic: type = "(" + h.field->descriptor + ")V"; break;
        case RefKind::InvokeStatic: type = h.method->descriptor; break;
        case RefKind::NewInvokeSpecial:
            type = h.method->descriptor.substr(0, h.method->descriptor.find(')') + 1) + self;
            break;
        default: type = "(" + self + h.method->descriptor.substr(1); break;
    }
    HandleScope scope(thread.handles);
    Handle<> methodType(thread.handles, newMethodTypeObject(thread, type));
    if (!methodType) return nullptr;
    Klass* k = thread.vm.loader.load(thread, "java/lang/invoke/DirectMethodHandle");
    if (!k || !initializeClass(thread, k)) return nullptr;
    Method* ctor = k->findDeclaredMethod("<init>", "(Ljava/lang/invoke/MethodType;)V");
    if (!ctor) {
        thread.throwNew("java/lang/InternalError", "java.lang.invoke.DirectMethodHandle(MethodType) is missing");
        return nullptr;
    }
    Handle<> handle(thread.handles, allocateInstance(thread, k));
    if (!handle) return nullptr;
    callJava(thread, ctor, {refToSlot(handle.get()), refToSlot(methodType.get())});
    return thread.hasPendingException() ? nullptr : handle.get();
}

// JVMS 5.4.3: only a LinkageError is remembered; after anything else (a
// StackOverflowError or OutOfMemoryError while linking) the site stays
// unlinked and the next execution tries again.
static bool failSite(JavaThread& thread, CallSite& site) {
    Object* error = thread.pendingException;  // stays pending
    Klass* linkageError = thread.vm.loader.findLoaded("java/lang/LinkageError");
    if (error && linkageError && error->klass->isSubclassOf(linkageError)) {
        site.kind = CallSite::Kind::Failed;
        site.constant = error;
    }
    return false;
}

bool linkCallSite(JavaThread& thread, Klass* caller, CallSite& site) {
    const auto& cp = caller->constantPool();
    const auto& entry = cp.at(site.cpIndex);
    const std::string& name = cp.utf8(cp.at(entry.index2).index1);
    const std::string& descriptor = cp.utf8(cp.at(entry.index2).index2);
    auto type = classfile::parseMethodDescriptor(descriptor);  // the parser validated it
    site.argSlots = static_cast<uint16_t>(type->argSlots);
    site.returnSlots = static_cast<uint8_t>(classfile::slotCount(type->returnType));
    const classfile::BootstrapMethod& bootstrap = caller->classFile->bootstrap_methods.at(entry.index1);

    ResolvedMethodHandle handle;
    if (!resolveMethodHandleConstant(thread, caller, bootstrap.method_ref, handle)) return failSite(thread, site);
    Method* bsm = handle.method;
    BootstrapLinker linker = bsm ? thread.vm.natives.findBootstrap(bsm->owner->name, bsm->name, bsm->descriptor) : nullptr;
    if (!linker) {
        std::string what = bsm ? methodForMessage(bsm->owner, bsm->name, bsm->descriptor) : std::string("a field");
        throwBootstrapFailure(thread, "java/lang/UnsupportedOperationException",
                              "Cortado links only the JDK's bootstrap methods (string concatenation, lambdas, records), not " + what);
        return failSite(thread, site);
    }
    BootstrapCall call{caller, site.cpIndex, name, descriptor, *type, bootstrap, bsm};
    if (!linker(thread, call, site)) return failSite(thread, site);
    return true;
}

// HotSpot keeps the failure's class and message and throws a new error built
// from them (without the first one's cause), so do we.
void rethrowLinkError(JavaThread& thread, const CallSite& site) {
    Object* first = site.constant;
    std::string className = first->klass->name;
    Object* message = first->field<Object*>(thread.vm.offsets.throwableDetailMessage);
    if (!message) {
        thread.throwNew(className, nullptr);
        return;
    }
    std::string text = stringToUtf8(thread, message);
    thread.throwNew(className, text);
}

}  // namespace cortado::runtime
