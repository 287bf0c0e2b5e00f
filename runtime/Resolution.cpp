#include "runtime/Resolution.h"

#include <algorithm>

#include "classfile/ModifiedUtf8.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/CallSiteLinking.h"
#include "runtime/JavaCalls.h"
#include "runtime/JavaThread.h"
#include "runtime/Strings.h"
#include "runtime/Verification.h"
#include "runtime/Vm.h"
#include "runtime/VmLog.h"

namespace cortado::runtime {

using classfile::CpTag;
namespace acc = classfile::acc;

// ---- Messages ---------------------------------------------------------------

static const Klass* elementClass(const Klass* k) {
    while (k->isArray()) k = k->component;
    return k;
}

std::string moduleDescription(const Klass* k) {
    const Klass* e = elementClass(k);
    return e->isBoot ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
}

std::string classCastMessage(const Klass* from, const Klass* to) {
    std::string where;
    std::string mf = moduleDescription(from), mt = moduleDescription(to);
    if (mf == mt) where = from->externalName + " and " + to->externalName + " are in " + mf;
    else where = from->externalName + " is in " + mf + "; " + to->externalName + " is in " + mt;
    return "class " + from->externalName + " cannot be cast to class " + to->externalName + " (" + where + ")";
}

std::string typeNameOfDescriptor(std::string_view d) {
    int dims = 0;
    while (!d.empty() && d[0] == '[') { ++dims; d.remove_prefix(1); }
    std::string base;
    switch (d.empty() ? 'V' : d[0]) {
        case 'B': base = "byte"; break;
        case 'C': base = "char"; break;
        case 'D': base = "double"; break;
        case 'F': base = "float"; break;
        case 'I': base = "int"; break;
        case 'J': base = "long"; break;
        case 'S': base = "short"; break;
        case 'Z': base = "boolean"; break;
        case 'V': base = "void"; break;
        default: base = classfile::toExternalName(d.substr(1, d.size() - 2));
    }
    for (int i = 0; i < dims; ++i) base += "[]";
    return base;
}

std::string methodForMessage(const Klass* k, std::string_view name, std::string_view descriptor) {
    auto md = classfile::parseMethodDescriptor(descriptor);
    if (!md) return "'" + k->externalName + "." + std::string(name) + std::string(descriptor) + "'";
    std::string s = "'" + typeNameOfDescriptor(md->returnDescriptor) + " " + k->externalName + "." + std::string(name) + "(";
    for (size_t i = 0; i < md->paramDescriptors.size(); ++i) {
        if (i) s += ", ";
        s += typeNameOfDescriptor(md->paramDescriptors[i]);
    }
    return s + ")'";
}

// ---- Lookup -----------------------------------------------------------------

Method* findMethodInClassChain(Klass* k, std::string_view name, std::string_view descriptor) {
    for (Klass* c = k; c; c = c->super)
        if (Method* m = c->findDeclaredMethod(name, descriptor)) return m;
    return nullptr;
}

// JVMS 5.4.3.3: maximally-specific superinterface methods are those declared in
// a superinterface of k, non-private and non-static, such that no subinterface
// of their owner (among k's superinterfaces) declares one too.
Method* findMaximallySpecific(Klass* k, std::string_view name, std::string_view descriptor) {
    std::vector<Method*> candidates;
    for (Klass* i : k->allInterfaces) {
        Method* m = i->findDeclaredMethod(name, descriptor);
        if (m && !m->isPrivate() && !m->isStatic()) candidates.push_back(m);
    }
    std::vector<Method*> maximal;
    for (Method* m : candidates) {
        bool shadowed = false;
        for (Method* o : candidates)
            if (o != m && o->owner != m->owner && o->owner->isSubclassOf(m->owner)) shadowed = true;
        if (!shadowed) maximal.push_back(m);
    }
    Method* nonAbstract = nullptr;
    int nonAbstractCount = 0;
    for (Method* m : maximal)
        if (!m->isAbstract()) { nonAbstract = m; ++nonAbstractCount; }
    if (nonAbstractCount == 1) return nonAbstract;
    return maximal.empty() ? nullptr : maximal.front();
}

// JVMS 5.4.3.2: the class itself, then its superinterfaces, then its superclass.
Field* findField(Klass* k, std::string_view name, std::string_view descriptor) {
    for (Klass* c = k; c; c = c->super) {
        if (Field* f = c->findDeclaredField(name, descriptor)) return f;
        for (Klass* i : c->interfaces)
            if (Field* f = findField(i, name, descriptor)) return f;
    }
    return nullptr;
}

// ---- Access control (JVMS 5.4.4) -------------------------------------------

// JVMS 5.4.4: the nest host of `k`, found once. A NestHost attribute names a
// candidate; it is the host only if it loads, is in the same package (the same
// run-time package: we have one loader) and lists `k` among its NestMembers.
// Otherwise, as HotSpot does since JDK 15, `k` is its own host and the failure
// is not an error. A class the VM generated (a lambda's) is a member of the
// nest it names without being listed, like HotSpot's hidden nestmates.
Klass* nestHostOf(JavaThread& thread, Klass* k) {
    if (k->nestHost) return k->nestHost;
    k->nestHost = k;
    const std::string& hostName = k->classFile ? k->classFile->nest_host : std::string();
    if (hostName.empty() || hostName == k->name) return k;
    HandleScope scope(thread.handles);
    Handle<> pending(thread.handles, thread.takePendingException());
    Klass* host = thread.vm.loader.load(thread, hostName);
    Object* loadError = thread.takePendingException();
    std::string loadMessage;
    if (loadError) {
        loadMessage = loadError->klass->externalName;
        if (Object* m = loadError->field<Object*>(thread.vm.offsets.throwableDetailMessage))
            loadMessage += ": " + stringToUtf8(thread, m);
    }
    thread.pendingException = pending.get();  // a load failure is dropped: k is its own host
    // HotSpot's words for a failed validation, appended to IllegalAccessError messages.
    auto loader = [](const Klass* c) { return c->isBoot ? std::string("'bootstrap'") : std::string("'app'"); };
    auto notMember = [&](const Klass* h, const char* why) {
        k->nestHostError = "Type " + k->externalName + " (loader: " + loader(k) + ") is not a nest member of type " +
                           h->externalName + " (loader: " + loader(h) + "): " + why;
    };
    if (!host) {
        k->nestHostError = "Nest host resolution of " + k->externalName + " with host " +
                           classfile::toExternalName(hostName) + " failed: " + loadMessage;
        return k;
    }
    if (host->packageName() != k->packageName()) {
        notMember(host, "types are in different packages");
        return k;
    }
    const auto& members = host->classFile ? host->classFile->nest_members : std::vector<std::string>();
    if (k->isHidden || std::find(members.begin(), members.end(), k->name) != members.end()) k->nestHost = host;
    else notMember(host, "current type is not listed as a nest member");
    return k->nestHost;
}

// ", (<why d's or c's nest host is not what it claims>)" for an IllegalAccessError.
static std::string nestHostErrorSuffix(const Klass* d, const Klass* c) {
    const std::string& e = !d->nestHostError.empty() ? d->nestHostError : c->nestHostError;
    return e.empty() ? std::string() : ", (" + e + ")";
}

static bool classAccessible(const Klass* d, const Klass* c) {
    const Klass* e = elementClass(c);
    if (e->isPrimitiveClass || (e->accessFlags & acc::PUBLIC)) return true;
    return e->packageName() == d->packageName();
}

static bool memberAccessible(JavaThread& thread, Klass* d, Klass* owner, uint16_t flags) {
    if (flags & acc::PUBLIC) return true;
    if (flags & acc::PRIVATE) return d == owner || nestHostOf(thread, d) == nestHostOf(thread, owner);
    if (d->packageName() == owner->packageName()) return true;
    if (flags & acc::PROTECTED) return d->isSubclassOf(owner);
    return false;
}

static std::string accessKind(uint16_t flags) {
    if (flags & acc::PRIVATE) return "private ";
    if (flags & acc::PROTECTED) return "protected ";
    if (flags & acc::PUBLIC) return "public ";
    return "";
}

static std::string pairWhere(const Klass* a, const Klass* b) {
    std::string ma = moduleDescription(a), mb = moduleDescription(b);
    if (ma == mb) return "(" + a->externalName + " and " + b->externalName + " are in " + ma + ")";
    return "(" + a->externalName + " is in " + ma + "; " + b->externalName + " is in " + mb + ")";
}

// ---- Resolution -------------------------------------------------------------

Klass* resolveClass(JavaThread& thread, Klass* from, uint16_t cpIndex) {
    CpCacheEntry& e = from->cpCache[cpIndex];
    if (e.klass) return e.klass;
    const std::string& name = from->constantPool().className(cpIndex);
    Klass* k = thread.vm.loader.load(thread, name);
    if (!k) return nullptr;
    if (!classAccessible(from, k)) {
        thread.throwNew("java/lang/IllegalAccessError", "failed to access class " + k->externalName + " from class " +
                                                            from->externalName + " " + pairWhere(k, from));
        return nullptr;
    }
    e.klass = k;
    return k;
}

Field* resolveField(JavaThread& thread, Klass* from, uint16_t cpIndex, bool isStatic) {
    CpCacheEntry& e = from->cpCache[cpIndex];
    Field* f = e.field;
    if (!f) {
        const auto& cp = from->constantPool();
        Klass* c = resolveClass(thread, from, cp.at(cpIndex).index1);
        if (!c) return nullptr;
        const std::string& name = cp.memberName(cpIndex);
        f = findField(c, name, cp.memberDescriptor(cpIndex));
        if (!f) {
            thread.throwNew("java/lang/NoSuchFieldError", name);
            return nullptr;
        }
        if (!memberAccessible(thread, from, f->owner, f->accessFlags)) {
            thread.throwNew("java/lang/IllegalAccessError",
                            "class " + from->externalName + " tried to access " + accessKind(f->accessFlags) + "field " +
                                f->owner->externalName + "." + f->name + " " + pairWhere(from, f->owner) +
                                ((f->accessFlags & acc::PRIVATE) ? nestHostErrorSuffix(from, f->owner) : std::string()));
            return nullptr;
        }
        e.field = f;
    }
    if (f->isStatic() != isStatic) {
        thread.throwNew("java/lang/IncompatibleClassChangeError",
                        std::string(isStatic ? "Expected static field " : "Expected non-static field ") +
                            f->owner->externalName + "." + f->name);
        return nullptr;
    }
    return f;
}

Method* resolveMethod(JavaThread& thread, Klass* from, uint16_t cpIndex) {
    CpCacheEntry& e = from->cpCache[cpIndex];
    if (e.method) return e.method;
    const auto& cp = from->constantPool();
    bool interfaceRef = cp.tag(cpIndex) == CpTag::InterfaceMethodref;
    Klass* c = resolveClass(thread, from, cp.at(cpIndex).index1);
    if (!c) return nullptr;
    const std::string& name = cp.memberName(cpIndex);
    const std::string& desc = cp.memberDescriptor(cpIndex);
    Method* m = nullptr;
    if (!interfaceRef) {
        // JVMS 5.4.3.3
        if (c->isInterface()) {
            thread.throwNew("java/lang/IncompatibleClassChangeError", "Found interface " + c->externalName + ", but class was expected");
            return nullptr;
        }
        m = findMethodInClassChain(c, name, desc);
        if (!m) m = findMaximallySpecific(c, name, desc);
    } else {
        // JVMS 5.4.3.4
        if (!c->isInterface()) {
            thread.throwNew("java/lang/IncompatibleClassChangeError", "Found class " + c->externalName + ", but interface was expected");
            return nullptr;
        }
        m = c->findDeclaredMethod(name, desc);
        if (!m) {
            Method* om = thread.vm.objectClass->findDeclaredMethod(name, desc);
            if (om && om->isPublic() && !om->isStatic()) m = om;
        }
        if (!m) m = findMaximallySpecific(c, name, desc);
    }
    if (!m) {
        thread.throwNew("java/lang/NoSuchMethodError", methodForMessage(c, name, desc));
        return nullptr;
    }
    if (!memberAccessible(thread, from, m->owner, m->accessFlags) &&
        !(m->isProtected() && m->owner == thread.vm.objectClass && name == "clone" && c->isArray())) {
        thread.throwNew("java/lang/IllegalAccessError",
                        "class " + from->externalName + " tried to access " + accessKind(m->accessFlags) + "method " +
                            methodForMessage(m->owner, m->name, m->descriptor) + " " + pairWhere(from, m->owner) +
                            (m->isPrivate() ? nestHostErrorSuffix(from, m->owner) : std::string()));
        return nullptr;
    }
    e.method = m;
    e.klass = c;
    return m;
}

Object** resolveConstant(JavaThread& thread, Klass* from, uint16_t cpIndex) {
    CpCacheEntry& e = from->cpCache[cpIndex];
    if (e.constant) return e.constant;
    const auto& cp = from->constantPool();
    switch (cp.tag(cpIndex)) {
        case CpTag::String: {
            std::u16string chars = classfile::decodeModifiedUtf8(cp.utf8(cp.at(cpIndex).index1));
            Object** cell = thread.vm.intern(thread, chars);
            if (!cell) return nullptr;
            e.constant = cell;
            return cell;
        }
        case CpTag::Class: {
            Klass* k = resolveClass(thread, from, cpIndex);
            if (!k || !mirrorOf(thread, k)) return nullptr;
            e.constant = &k->mirror;
            return e.constant;
        }
        case CpTag::MethodType:
        case CpTag::MethodHandle: {
            Object* o = cp.tag(cpIndex) == CpTag::MethodType ? newMethodTypeObject(thread, cp.utf8(cp.at(cpIndex).index1))
                                                               : newMethodHandleObject(thread, from, cpIndex);
            if (!o) return nullptr;
            e.constant = &from->resolvedConstants.emplace_back(o);
            return e.constant;
        }
        case CpTag::Dynamic:
            // JVMS 5.4.3.6 dynamically-computed constants: javac 17 emits none for
            // ordinary code and no bootstrap method the VM links needs one.
            throwBootstrapFailure(thread, "java/lang/UnsupportedOperationException",
                                  "Cortado does not resolve dynamically-computed constants (CONSTANT_Dynamic #" +
                                      std::to_string(cpIndex) + ")");
            return nullptr;
        default:
            thread.throwNew("java/lang/InternalError", "unsupported ldc constant kind " +
                                                           std::to_string(static_cast<int>(cp.tag(cpIndex))));
            return nullptr;
    }
}

// ---- Selection (JVMS 5.4.6, 6.5) -------------------------------------------

static bool canOverride(const Method& m, const Method* resolved) {
    if (m.isStatic() || m.isPrivate()) return false;
    if (resolved->isPublic() || resolved->isProtected()) return true;
    return m.owner->packageName() == resolved->owner->packageName();
}

Method* selectVirtual(Klass* receiver, Method* resolved) {
    if (resolved->isPrivate()) return resolved;
    for (Klass* c = receiver; c; c = c->super) {
        Method* m = c->findDeclaredMethod(resolved->name, resolved->descriptor);
        if (m && canOverride(*m, resolved)) return m;
    }
    Method* m = findMaximallySpecific(receiver, resolved->name, resolved->descriptor);
    return m && !m->isAbstract() ? m : nullptr;
}

Method* selectSpecial(Klass* current, Klass* symbolic, Method* resolved) {
    Klass* c = symbolic;
    if (resolved->name != "<init>" && !symbolic->isInterface() && current != symbolic && current->isSubclassOf(symbolic))
        c = current->super;  // ACC_SUPER semantics, always on since Java 8
    if (c == symbolic && c == resolved->owner) return resolved;
    if (Method* m = c->findDeclaredMethod(resolved->name, resolved->descriptor); m && !m->isStatic()) return m;
    if (!c->isInterface()) {
        if (Method* m = findMethodInClassChain(c->super, resolved->name, resolved->descriptor)) return m;
    }
    return findMaximallySpecific(c, resolved->name, resolved->descriptor);
}

// ---- Initialization (JVMS 5.5) ---------------------------------------------

static bool hasNonAbstractInstanceMethods(const Klass* i) {
    for (const auto& m : i->methods)
        if (!m.isAbstract() && !m.isStatic()) return true;
    return false;
}

// JVMS 5.5 step 6: static final fields with a ConstantValue attribute.
static bool initializeConstants(JavaThread& thread, Klass* k) {
    const auto& cp = k->constantPool();
    for (auto& f : k->fields) {
        if (!f.isStatic() || !f.constantValueIndex) continue;
        uint8_t* p = k->staticData.get() + f.offset;
        uint16_t i = f.constantValueIndex;
        switch (f.type) {
            case classfile::BasicType::Long: *reinterpret_cast<int64_t*>(p) = cp.longValue(i); break;
            case classfile::BasicType::Double: *reinterpret_cast<double*>(p) = cp.doubleValue(i); break;
            case classfile::BasicType::Float: *reinterpret_cast<float*>(p) = cp.floatValue(i); break;
            case classfile::BasicType::Int: *reinterpret_cast<int32_t*>(p) = cp.intValue(i); break;
            case classfile::BasicType::Short: *reinterpret_cast<int16_t*>(p) = static_cast<int16_t>(cp.intValue(i)); break;
            case classfile::BasicType::Char: *reinterpret_cast<uint16_t*>(p) = static_cast<uint16_t>(cp.intValue(i)); break;
            case classfile::BasicType::Byte: *reinterpret_cast<int8_t*>(p) = static_cast<int8_t>(cp.intValue(i)); break;
            case classfile::BasicType::Boolean: *reinterpret_cast<uint8_t*>(p) = static_cast<uint8_t>(cp.intValue(i) & 1); break;
            case classfile::BasicType::Object: {
                if (cp.tag(i) != CpTag::String) break;
                Object** cell = thread.vm.intern(thread, classfile::decodeModifiedUtf8(cp.utf8(cp.at(i).index1)));
                if (!cell) return false;
                *reinterpret_cast<Object**>(p) = *cell;
                break;
            }
            default: break;
        }
    }
    return true;
}

// JVMS 5.5 step 12: the class becomes erroneous. Like HotSpot, remember the
// failure as an ExceptionInInitializerError whose message describes the
// original exception, to be the cause of every later NoClassDefFoundError.
// The exception being thrown stays pending.
static void markErroneous(JavaThread& thread, Klass* k) {
    k->initState = InitState::Erroneous;
    HandleScope scope(thread.handles);
    Handle<> thrown(thread.handles, thread.takePendingException());
    if (!thrown) return;
    std::string message = "Exception " + thrown->klass->externalName;
    if (Object* m = thrown->field<Object*>(thread.vm.offsets.throwableDetailMessage))
        message += ": " + stringToUtf8(thread, m);
    std::string threadName = "main";
    if (thread.threadObject)
        if (Object* n = thread.threadObject->field<Object*>(thread.vm.offsets.threadName)) threadName = stringToUtf8(thread, n);
    message += " [in thread \"" + threadName + "\"]";
    thread.throwNew("java/lang/ExceptionInInitializerError", message);
    k->initError = thread.takePendingException();
    thread.throwException(thrown.get());
}

bool initializeClass(JavaThread& thread, Klass* k) {
    switch (k->initState) {
        case InitState::Initialized:
        case InitState::BeingInitialized:  // a recursive request by this (the only) thread: JVMS 5.5 step 3
            return true;
        case InitState::Erroneous:
            thread.throwNew("java/lang/NoClassDefFoundError", "Could not initialize class " + k->externalName);
            // Since JDK 17.0.x HotSpot names the original failure as the cause (JDK-8048190).
            if (k->initError && thread.pendingException && thread.pendingException->klass->name == "java/lang/NoClassDefFoundError")
                storeReference(&thread.pendingException->field<Object*>(thread.vm.offsets.throwableCause), k->initError);
            return false;
        default: break;
    }
    // JVMS 5.5 step 1 needs a linked, so verified, class.
    if (!linkClass(thread, k)) return false;
    k->initState = InitState::BeingInitialized;
    if (thread.vm.options.verboseInit) vmLog("class,init", "Initializing '" + k->name + "'");
    // Step 7: superclass first, then superinterfaces that declare non-abstract instance methods.
    if (!k->isInterface()) {
        if (k->super && !initializeClass(thread, k->super)) {
            markErroneous(thread, k);
            return false;
        }
        for (Klass* i : k->allInterfaces) {
            if (!hasNonAbstractInstanceMethods(i)) continue;
            if (!initializeClass(thread, i)) {
                markErroneous(thread, k);
                return false;
            }
        }
    }
    if (!initializeConstants(thread, k)) {
        markErroneous(thread, k);
        return false;
    }
    if (Method* clinit = k->findDeclaredMethod("<clinit>", "()V"); clinit && clinit->isStatic()) {
        callJava(thread, clinit, {});
        if (thread.hasPendingException()) {
            markErroneous(thread, k);
            // Step 11: an Exception (not an Error) is wrapped in ExceptionInInitializerError.
            Object* e = thread.pendingException;
            Klass* errorClass = thread.vm.loader.findLoaded("java/lang/Error");
            if (!errorClass || !e->klass->isSubclassOf(errorClass))
                thread.throwNewWithCause("java/lang/ExceptionInInitializerError", e);
            return false;
        }
    }
    k->initState = InitState::Initialized;
    return true;
}

// ---- Mirrors ----------------------------------------------------------------

Object* mirrorOf(JavaThread& thread, Klass* k) {
    if (k->mirror) return k->mirror;
    Klass* cc = thread.vm.classClass;
    Object* m = allocateInstance(thread, cc);
    if (!m) return nullptr;
    m->field<Klass*>(thread.vm.offsets.classVmClass) = k;
    k->mirror = m;
    return m;
}

Klass* klassOfMirror(JavaThread& thread, Object* mirror) {
    return mirror ? mirror->field<Klass*>(thread.vm.offsets.classVmClass) : nullptr;
}

}  // namespace cortado::runtime
