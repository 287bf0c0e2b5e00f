// java.lang.Object, java.lang.Class and java.lang.String natives.
#include <chrono>
#include <thread>

#include "classfile/Descriptor.h"
#include "natives/Natives.h"
#include "natives/NativeSupport.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/JavaCalls.h"
#include "runtime/Monitor.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"

namespace cortado::natives {

using namespace runtime;
namespace acc = classfile::acc;

// ---- Object ---------------------------------------------------------------

// The identity hash (Object.hashCode, System.identityHashCode): drawn from
// the calling thread's generator on first use (HotSpot's, runtime/IdentityHash.h)
// and kept in the mark word, so an object keeps it when the GC moves it.
int32_t identityHash(JavaThread& thread, Object* o) {
    if (!o) return 0;
    uint64_t h = (o->mark & mark::kHashMask) >> mark::kHashShift;
    if (h == 0) {
        h = thread.identityHashes.next();
        o->mark |= h << mark::kHashShift;
    }
    return static_cast<int32_t>(h);
}

static Slot objectGetClass(JavaThread& t, Slot* a) { return refToSlot(mirrorOf(t, argRef(a, 0)->klass)); }
static Slot objectHashCode(JavaThread& t, Slot* a) { return intToSlot(identityHash(t, argRef(a, 0))); }

static Slot objectClone(JavaThread& t, Slot* a) {
    Object* self = argRef(a, 0);
    Klass* cloneable = t.vm.loader.findLoaded("java/lang/Cloneable");
    if (!self->klass->isArray() && !(cloneable && self->klass->isSubclassOf(cloneable))) {
        t.throwNew("java/lang/CloneNotSupportedException", self->klass->externalName);
        return 0;
    }
    return refToSlot(cloneObject(t, self));
}

static bool requireOwner(JavaThread& t, Object* o) {
    if (holdsMonitor(t, o)) return true;
    t.throwNew("java/lang/IllegalMonitorStateException", "current thread is not owner");
    return false;
}

static Slot objectNotify(JavaThread& t, Slot* a) { requireOwner(t, argRef(a, 0)); return 0; }

// With one Java thread nothing can notify: wait(timeout) just sleeps, and an
// untimed wait blocks forever, as it would on HotSpot.
static Slot objectWait(JavaThread& t, Slot* a) {
    Object* o = argRef(a, 0);
    int64_t ms = argLong(a, 1);
    if (ms < 0) {
        t.throwNew("java/lang/IllegalArgumentException", "timeout value is negative");
        return 0;
    }
    if (!requireOwner(t, o)) return 0;
    if (ms == 0) for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    return 0;
}

// ---- Class ----------------------------------------------------------------

static Klass* self(JavaThread& t, Slot* a) { return klassOfMirror(t, argRef(a, 0)); }
static Slot mirrorSlot(JavaThread& t, Klass* k) { return k ? refToSlot(mirrorOf(t, k)) : 0; }

static Slot classGetName0(JavaThread& t, Slot* a) {
    return refToSlot(newStringFromUtf8(t, self(t, a)->externalName));
}

static Slot classGetSuperclass(JavaThread& t, Slot* a) {
    Klass* k = self(t, a);
    if (k->isInterface() || k->isPrimitiveClass) return 0;
    return mirrorSlot(t, k->super);
}

static Slot classGetInterfaces0(JavaThread& t, Slot* a) {
    HandleScope scope(t.handles);
    Klass* k = self(t, a);
    Klass* arrayClass = t.vm.loader.arrayOf(t, t.vm.classClass);
    if (!arrayClass) return 0;
    Handle<Array> result(t.handles, allocateArray(t, arrayClass, static_cast<int32_t>(k->interfaces.size())));
    if (!result) return 0;
    for (size_t i = 0; i < k->interfaces.size(); ++i) {
        Object* m = mirrorOf(t, k->interfaces[i]);
        if (!m) return 0;
        storeReference(&result->data<Object*>()[i], m);
    }
    return refToSlot(result.get());
}

static Slot classIsInstance(JavaThread& t, Slot* a) {
    Object* o = argRef(a, 1);
    Klass* k = self(t, a);
    return intToSlot(o && !k->isPrimitiveClass && o->klass->isSubclassOf(k));
}

static Slot classIsAssignableFrom(JavaThread& t, Slot* a) {
    Object* other = argRef(a, 1);
    if (!other) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return 0;
    }
    Klass* k = self(t, a);
    Klass* o = klassOfMirror(t, other);
    if (k->isPrimitiveClass || o->isPrimitiveClass) return intToSlot(k == o);
    return intToSlot(o->isSubclassOf(k));
}

static Slot classIsInterface(JavaThread& t, Slot* a) { return intToSlot(self(t, a)->isInterface()); }
static Slot classIsArray(JavaThread& t, Slot* a) { return intToSlot(self(t, a)->isArray()); }
static Slot classIsPrimitive(JavaThread& t, Slot* a) { return intToSlot(self(t, a)->isPrimitiveClass); }
static Slot classGetComponentType0(JavaThread& t, Slot* a) { return mirrorSlot(t, self(t, a)->component); }

// The InnerClasses entry describing `k` itself, if any (JVMS 4.7.6).
static const classfile::InnerClassEntry* innerClassEntry(const Klass* k) {
    if (!k->classFile) return nullptr;
    const auto& cp = k->constantPool();
    for (const auto& e : k->classFile->inner_classes)
        if (e.inner_class_info_index && cp.className(e.inner_class_info_index) == k->name) return &e;
    return nullptr;
}

static Slot classGetModifiers(JavaThread& t, Slot* a) {
    Klass* k = self(t, a);
    if (k->isArray() || k->isPrimitiveClass) {
        Klass* e = k;
        while (e->isArray()) e = e->component;
        return intToSlot((e->accessFlags & (acc::PUBLIC | acc::PRIVATE | acc::PROTECTED)) | acc::FINAL | acc::ABSTRACT);
    }
    // A nested class's modifiers (private, static, ...) are in InnerClasses, not in access_flags.
    if (const auto* e = innerClassEntry(k)) return intToSlot(e->inner_class_access_flags & ~acc::SUPER);
    return intToSlot(k->accessFlags & ~(acc::SUPER | 0x8000));
}

static Slot classGetSimpleBinaryName0(JavaThread& t, Slot* a) {
    Klass* k = self(t, a);
    const auto* e = innerClassEntry(k);
    if (!e) return 0;  // a top-level class
    if (!e->inner_name_index) return refToSlot(newStringFromUtf8(t, ""));  // anonymous
    return refToSlot(newStringFromModifiedUtf8(t, k->constantPool().utf8(e->inner_name_index)));
}

static Slot classGetPrimitiveClass(JavaThread& t, Slot* a) {
    std::string name = stringToUtf8(t, argRef(a, 0));
    static const std::pair<const char*, classfile::BasicType> names[] = {
        {"boolean", classfile::BasicType::Boolean}, {"byte", classfile::BasicType::Byte},
        {"char", classfile::BasicType::Char},       {"short", classfile::BasicType::Short},
        {"int", classfile::BasicType::Int},         {"long", classfile::BasicType::Long},
        {"float", classfile::BasicType::Float},     {"double", classfile::BasicType::Double},
        {"void", classfile::BasicType::Void}};
    for (auto [n, type] : names)
        if (name == n) return mirrorSlot(t, t.vm.loader.primitive(type));
    t.throwNew("java/lang/ClassNotFoundException", name);
    return 0;
}

static Slot classForName0(JavaThread& t, Slot* a) {
    HandleScope scope(t.handles);
    Handle<> nameString(t.handles, argRef(a, 0));
    bool initialize = argInt(a, 1) != 0;
    std::string name = stringToUtf8(t, nameString.get());
    // Class.forName takes binary names ("java.lang.String", "[I", "[Ljava.lang.String;").
    if (name.find('/') != std::string::npos || name.empty()) {
        t.throwNew("java/lang/ClassNotFoundException", name);
        return 0;
    }
    Klass* k = t.vm.loader.load(t, classfile::toInternalName(name));
    if (!k) {
        Object* cause = t.takePendingException();
        Klass* noClassDef = t.vm.loader.findLoaded("java/lang/NoClassDefFoundError");
        // A class that is simply absent is ClassNotFoundException; a broken one keeps its LinkageError.
        if (noClassDef && cause->klass == noClassDef) t.throwNew("java/lang/ClassNotFoundException", name);
        else t.throwException(cause);
        return 0;
    }
    if (initialize && !initializeClass(t, k)) return 0;
    return mirrorSlot(t, k);
}

static Slot classDesiredAssertionStatus0(JavaThread& t, Slot* a) {
    Klass* k = klassOfMirror(t, argRef(a, 0));
    return intToSlot(t.vm.options.enableAssertions && !k->isBoot);
}

static Slot classGetEnumConstants0(JavaThread& t, Slot* a) {
    Klass* k = self(t, a);
    if (!(k->accessFlags & acc::ENUM) || !k->super || k->super->name != "java/lang/Enum") return 0;
    std::string desc = "()[L" + k->name + ";";
    Method* values = k->findDeclaredMethod("values", desc);
    if (!values || !values->isStatic()) return 0;
    if (!initializeClass(t, k)) return 0;
    return callJava(t, values, {});
}

// ---- java.lang.reflect.Array ---------------------------------------------------

static Slot arrayNewArray(JavaThread& t, Slot* a) {
    Object* componentMirror = argRef(a, 0);
    if (!componentMirror) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return 0;
    }
    Klass* component = klassOfMirror(t, componentMirror);
    if (component->isPrimitiveClass && component->primitiveType == classfile::BasicType::Void) {
        t.throwNew("java/lang/IllegalArgumentException", nullptr);
        return 0;
    }
    Klass* arrayClass = t.vm.loader.arrayOf(t, component);
    if (!arrayClass) return 0;
    return refToSlot(allocateArray(t, arrayClass, argInt(a, 1)));
}

// ---- String ---------------------------------------------------------------

static Slot stringIntern(JavaThread& t, Slot* a) { return refToSlot(t.vm.internString(t, argRef(a, 0))); }

void registerObjectNatives(NativeRegistry& r) {
    r.add("java/lang/Object", "getClass", "()Ljava/lang/Class;", objectGetClass);
    r.add("java/lang/Object", "hashCode", "()I", objectHashCode);
    r.add("java/lang/Object", "clone", "()Ljava/lang/Object;", objectClone);
    r.add("java/lang/Object", "notify", "()V", objectNotify);
    r.add("java/lang/Object", "notifyAll", "()V", objectNotify);
    r.add("java/lang/Object", "wait", "(J)V", objectWait);

    const char* C = "java/lang/Class";
    r.add(C, "getName0", "()Ljava/lang/String;", classGetName0);
    r.add(C, "getSuperclass", "()Ljava/lang/Class;", classGetSuperclass);
    r.add(C, "getInterfaces0", "()[Ljava/lang/Class;", classGetInterfaces0);
    r.add(C, "isInstance", "(Ljava/lang/Object;)Z", classIsInstance);
    r.add(C, "isAssignableFrom", "(Ljava/lang/Class;)Z", classIsAssignableFrom);
    r.add(C, "isInterface", "()Z", classIsInterface);
    r.add(C, "isArray", "()Z", classIsArray);
    r.add(C, "isPrimitive", "()Z", classIsPrimitive);
    r.add(C, "getComponentType0", "()Ljava/lang/Class;", classGetComponentType0);
    r.add(C, "getModifiers", "()I", classGetModifiers);
    r.add(C, "getSimpleBinaryName0", "()Ljava/lang/String;", classGetSimpleBinaryName0);
    r.add(C, "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", classGetPrimitiveClass);
    r.add(C, "forName0", "(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;", classForName0);
    r.add(C, "desiredAssertionStatus0", "(Ljava/lang/Class;)Z", classDesiredAssertionStatus0);
    r.add(C, "getEnumConstants0", "()[Ljava/lang/Object;", classGetEnumConstants0);

    r.add("java/lang/String", "intern", "()Ljava/lang/String;", stringIntern);
    r.add("java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", arrayNewArray);
}

}  // namespace cortado::natives
