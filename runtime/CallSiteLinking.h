// Resolution of an invokedynamic call site specifier (JVMS 5.4.3.6) and
// linking of the call site, shared by the interpreter and the JIT.
//
// The VM does not run bootstrap methods as Java code (there is no full
// java.lang.invoke): it recognises the JDK's bootstrap methods by class, name
// and descriptor and links their call sites itself, through a linker that
// natives/ registers (NativeRegistry::addBootstrap). A linker reads the static
// arguments symbolically from the caller's constant pool.
#pragma once
#include <cstdint>
#include <string>

#include "classfile/ClassFile.h"
#include "classfile/Descriptor.h"
#include "runtime/CallSite.h"
#include "runtime/Klass.h"

namespace cortado::runtime {

class JavaThread;

// What a linker is given: the call site specifier with its bootstrap method resolved.
struct BootstrapCall {
    Klass* caller;
    uint16_t cpIndex;                           // the CONSTANT_InvokeDynamic entry
    const std::string& name;                    // its NameAndType
    const std::string& descriptor;
    const classfile::MethodDescriptor& type;
    const classfile::BootstrapMethod& bootstrap;  // static arguments: constant-pool indices
    Method* bootstrapMethod;

    const classfile::ConstantPool& pool() const { return caller->constantPool(); }
    size_t argumentCount() const { return bootstrap.arguments.size(); }
    uint16_t argument(size_t i) const { return bootstrap.arguments[i]; }
};

// Links `site` (kind Unlinked, cpIndex set). On failure, false with the error
// pending; a LinkageError also makes the site Failed (remembered, JVMS 5.4.3),
// anything else leaves it Unlinked.
bool linkCallSite(JavaThread& thread, Klass* caller, CallSite& site);

// A failed site's error, thrown again (JVMS 5.4.3.6: the same error every time;
// as HotSpot, a new instance of its class with its message).
void rethrowLinkError(JavaThread& thread, const CallSite& site);

// HotSpot's wording when a bootstrap method fails with something other than
// an Error: BootstrapMethodError("bootstrap method initialization exception")
// caused by an exception of class `causeClass` with `message` (e.g.
// java/lang/invoke/LambdaConversionException).
void throwBootstrapFailure(JavaThread& thread, const char* causeClass, const std::string& message);

// JVMS 4.4.8 / 5.4.3.5: a CONSTANT_MethodHandle's referenced member, resolved.
// For field kinds `field` is set, for method kinds `method`; false with an
// exception pending.
struct ResolvedMethodHandle {
    classfile::RefKind kind;
    Klass* klass = nullptr;   // the symbolic class of the reference
    Method* method = nullptr;
    Field* field = nullptr;
    bool interfaceRef = false;  // an InterfaceMethodref
};
bool resolveMethodHandleConstant(JavaThread& thread, Klass* caller, uint16_t cpIndex, ResolvedMethodHandle& out);

// ldc of a CONSTANT_MethodType / CONSTANT_MethodHandle (JVMS 5.4.3.5): a
// java.lang.invoke.MethodType / MethodHandle object describing it (the VM
// links call sites itself, so these handles cannot be invoked).
Object* newMethodTypeObject(JavaThread& thread, std::string_view descriptor);
Object* newMethodHandleObject(JavaThread& thread, Klass* caller, uint16_t cpIndex);

}  // namespace cortado::runtime
