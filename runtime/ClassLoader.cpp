#include "runtime/ClassLoader.h"

#include <algorithm>
#include <cstdio>

#include "classfile/ClassFormatError.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Vm.h"
#include "runtime/VmLog.h"

namespace cortado::runtime {

using classfile::BasicType;
namespace acc = classfile::acc;

static uint8_t sizeOfType(BasicType t) {
    switch (t) {
        case BasicType::Byte: case BasicType::Boolean: return 1;
        case BasicType::Char: case BasicType::Short: return 2;
        case BasicType::Int: case BasicType::Float: return 4;
        default: return 8;  // long, double, references
    }
}

void ClassLoader::createPrimitiveClasses() {
    static const std::pair<BasicType, const char*> prims[] = {
        {BasicType::Boolean, "boolean"}, {BasicType::Byte, "byte"}, {BasicType::Char, "char"},
        {BasicType::Short, "short"},     {BasicType::Int, "int"},   {BasicType::Long, "long"},
        {BasicType::Float, "float"},     {BasicType::Double, "double"}, {BasicType::Void, "void"}};
    for (auto [type, name] : prims) {
        auto k = std::make_unique<Klass>();
        k->name = name;
        k->externalName = name;
        k->accessFlags = acc::PUBLIC | acc::FINAL | acc::ABSTRACT;
        k->isPrimitiveClass = true;
        k->primitiveType = type;
        k->isBoot = true;
        k->initState = InitState::Initialized;
        primitives_[static_cast<unsigned char>(type)] = k.get();
        classes_.emplace(std::string("<primitive>") + name, std::move(k));
    }
}

Klass* ClassLoader::findLoaded(std::string_view name) const {
    auto it = classes_.find(std::string(name));
    return it == classes_.end() ? nullptr : it->second.get();
}

Klass* ClassLoader::load(JavaThread& thread, std::string_view name) {
    if (Klass* k = findLoaded(name)) return k;
    if (!name.empty() && name[0] == '[') return createArrayClass(thread, name);
    std::string key(name);
    if (loading_.count(key)) {
        // JVMS 5.3.5 step 3: a class that is its own superclass or superinterface.
        thread.throwNew("java/lang/ClassCircularityError", classfile::toExternalName(name));
        return nullptr;
    }
    std::optional<std::vector<uint8_t>> bytes;
    bool boot = false;
    try {
        bytes = bootPath.find(name);
        boot = bytes.has_value();
        if (!bytes) bytes = appPath.find(name);
    } catch (const classfile::ArchiveError& e) {
        thread.throwNew("java/lang/ClassFormatError", e.what());
        return nullptr;
    }
    if (!bytes) {
        // HotSpot names the missing class in internal form here.
        thread.throwNew("java/lang/NoClassDefFoundError", std::string(name));
        return nullptr;
    }
    // HotSpot's application class loader draws one identity hash on the
    // loading thread per class it defines from the class path; drawing it
    // too keeps later hashes in HotSpot's sequence (runtime/IdentityHash.h).
    if (!boot) thread.identityHashes.next();
    loading_.insert(key);
    Klass* k = define(thread, name, std::move(*bytes), boot);
    loading_.erase(key);
    return k;
}

// JVMS 5.3.5 step 4: a sealed class or interface (a PermittedSubclasses
// attribute) may be extended only by the classes it lists, and (in the unnamed
// module, as HotSpot checks) only from its own package.
static bool sealedPermits(const Klass* sealed, const Klass* k) {
    if (!sealed->classFile || sealed->classFile->permitted_subclasses.empty()) return true;
    const auto& permitted = sealed->classFile->permitted_subclasses;
    return std::find(permitted.begin(), permitted.end(), k->name) != permitted.end() &&
           sealed->packageName() == k->packageName();
}

Klass* ClassLoader::defineGenerated(JavaThread& thread, std::string_view name, std::vector<uint8_t> bytes, bool boot,
                                    std::string_view source, std::string_view externalName) {
    if (findLoaded(name)) {
        thread.throwNew("java/lang/LinkageError", "duplicate class definition: " + std::string(name));
        return nullptr;
    }
    return define(thread, name, std::move(bytes), boot, source, externalName);
}

Klass* ClassLoader::define(JavaThread& thread, std::string_view name, std::vector<uint8_t> bytes, bool boot,
                           std::string_view generatedSource, std::string_view generatedExternalName) {
    std::shared_ptr<classfile::ClassFile> cf;
    try {
        cf = std::make_shared<classfile::ClassFile>(classfile::parseClassFile(bytes, name));
    } catch (const classfile::ClassFormatError& e) {
        thread.throwNew(classfile::toInternalName(e.javaClassName()), e.what());
        return nullptr;
    }
    if (cf->this_class != name) {
        // JVMS 5.3.5 step 2.
        thread.throwNew("java/lang/NoClassDefFoundError", std::string(name) + " (wrong name: " + cf->this_class + ")");
        return nullptr;
    }
    auto owned = std::make_unique<Klass>();
    Klass* k = owned.get();
    k->name = cf->this_class;
    k->externalName = generatedExternalName.empty() ? classfile::toExternalName(k->name) : std::string(generatedExternalName);
    k->accessFlags = cf->access_flags;
    k->isBoot = boot;
    k->classFile = cf;

    // JVMS 5.3.5 step 3: resolve the superclass and superinterfaces.
    if (!cf->super_class.empty()) {
        Klass* super = load(thread, cf->super_class);
        if (!super) return nullptr;
        if (super->isInterface()) {
            thread.throwNew("java/lang/IncompatibleClassChangeError",
                            "class " + k->externalName + " has interface " + super->externalName + " as super class");
            return nullptr;
        }
        if (super->accessFlags & acc::FINAL) {
            thread.throwNew("java/lang/IncompatibleClassChangeError",
                            "class " + k->externalName + " cannot inherit from final class " + super->externalName);
            return nullptr;
        }
        if (!sealedPermits(super, k)) {
            thread.throwNew("java/lang/IncompatibleClassChangeError",
                            "class " + k->externalName + " cannot inherit from sealed class " + super->externalName);
            return nullptr;
        }
        k->super = super;
        k->depth = super->depth + 1;
    }
    for (const auto& iname : cf->interfaces) {
        Klass* i = load(thread, iname);
        if (!i) return nullptr;
        if (!i->isInterface()) {
            thread.throwNew("java/lang/IncompatibleClassChangeError",
                            "class " + k->externalName + " can not implement " + i->externalName +
                                ", because it is not an interface (" + i->externalName + " is in " + moduleDescription(i) + ")");
            return nullptr;
        }
        if (!sealedPermits(i, k)) {
            thread.throwNew("java/lang/IncompatibleClassChangeError",
                            "class " + k->externalName + (k->isInterface() ? " cannot extend" : " cannot implement") +
                                " sealed interface " + i->externalName);
            return nullptr;
        }
        k->interfaces.push_back(i);
    }

    for (const auto& fi : cf->fields) {
        Field f;
        f.owner = k;
        f.name = fi.name;
        f.descriptor = fi.descriptor;
        f.type = static_cast<BasicType>(fi.descriptor[0]);
        f.accessFlags = fi.access_flags;
        f.constantValueIndex = fi.constant_value_index;
        k->fields.push_back(std::move(f));
    }
    k->methods.reserve(cf->methods.size());
    for (const auto& mi : cf->methods) {
        Method m;
        m.owner = k;
        m.info = &mi;
        m.name = mi.name;
        m.descriptor = mi.descriptor;
        m.signature = *classfile::parseMethodDescriptor(mi.descriptor);  // the parser validated it
        m.accessFlags = mi.access_flags;
        m.argSlots = static_cast<uint16_t>(m.signature.argSlots + (m.isStatic() ? 0 : 1));
        if (mi.code) {
            m.maxLocals = mi.code->max_locals;
            m.maxStack = mi.code->max_stack;
            m.codeLength = static_cast<uint32_t>(mi.code->code.size());
            m.code = std::make_unique<uint8_t[]>(m.codeLength);
            std::copy(mi.code->code.begin(), mi.code->code.end(), m.code.get());
        }
        k->methods.push_back(std::move(m));
    }
    if (!checkFinalOverrides(thread, k)) return nullptr;
    if (!link(thread, k)) return nullptr;
    if (verbose) {
        std::string source = !generatedSource.empty() ? std::string(generatedSource)
                             : boot                   ? "jrt:/java.base"
                                                      : appPath.describeSource(name);
        vmLog("class,load", k->externalName + " source: " + source);
    }
    classes_.emplace(k->name, std::move(owned));
    return k;
}

// JVMS 5.4.5 with 4.10: no method may override a final method it can access.
// HotSpot checks this when it parses the class, whether or not it verifies.
bool ClassLoader::checkFinalOverrides(JavaThread& thread, Klass* k) {
    for (const auto& m : k->methods) {
        if (m.isPrivate() || m.isStatic() || m.name == "<init>") continue;
        for (Klass* c = k->super; c; c = c->super) {
            Method* sm = c->findDeclaredMethod(m.name, m.descriptor);
            if (!sm || !sm->isFinal() || sm->isStatic() || sm->isPrivate()) continue;
            bool accessible = sm->isPublic() || sm->isProtected() || c->packageName() == k->packageName();
            if (!accessible) continue;
            thread.throwNew("java/lang/IncompatibleClassChangeError", "class " + k->externalName + " overrides final method " +
                                                                          c->externalName + "." + m.name + m.descriptor);
            return false;
        }
    }
    return true;
}

bool ClassLoader::link(JavaThread& thread, Klass* k) {
    // All superinterfaces, transitively: the superclass's first, then our own.
    if (k->super) k->allInterfaces = k->super->allInterfaces;
    auto addInterface = [&](Klass* i) {
        if (std::find(k->allInterfaces.begin(), k->allInterfaces.end(), i) == k->allInterfaces.end())
            k->allInterfaces.push_back(i);
    };
    for (Klass* i : k->interfaces) {
        addInterface(i);
        for (Klass* j : i->allInterfaces) addInterface(j);
    }
    layoutFields(k);
    if (k->isInterface()) {
        int index = 0;
        for (auto& m : k->methods)
            if (!m.isStatic() && !m.isPrivate() && m.name != "<clinit>") m.itableIndex = index++;
    } else {
        buildVtable(k);
        buildItable(k);
    }
    k->cpCache.resize(k->constantPool().size());
    // Prepared; verification, the rest of linking (JVMS 5.4.1), waits until the
    // class is first initialized (runtime/Verification.cpp), as in HotSpot.
    k->initState = InitState::Loaded;
    return true;
}

// Instance fields follow the superclass's, references first so the GC walks
// one run of offsets per class (DESIGN.md), then by decreasing size so no
// padding is needed after the first run. Statics use the same scheme in their
// own block.
void ClassLoader::layoutFields(Klass* k) {
    uint32_t instanceEnd = k->super ? k->super->instanceSize : kObjectHeaderSize;
    if (k->super) k->refOffsets = k->super->refOffsets;
    uint32_t staticEnd = 0;
    for (int pass = 0; pass < 5; ++pass) {
        for (auto& f : k->fields) {
            uint8_t size = sizeOfType(f.type);
            bool wanted = pass == 0 ? f.isReference()
                                    : !f.isReference() && size == (pass == 1 ? 8 : pass == 2 ? 4 : pass == 3 ? 2 : 1);
            if (!wanted) continue;
            uint32_t& end = f.isStatic() ? staticEnd : instanceEnd;
            end = (end + size - 1) & ~uint32_t(size - 1);
            f.offset = end;
            end += size;
            if (f.isReference()) (f.isStatic() ? k->staticRefOffsets : k->refOffsets).push_back(f.offset);
        }
    }
    k->instanceSize = instanceEnd;
    k->staticSize = staticEnd;
    if (staticEnd) k->staticData = std::make_unique<uint8_t[]>(staticEnd);  // value-initialized: zeroes
    std::fill_n(k->staticData.get(), staticEnd, 0);
}

// JVMS 5.4.5: does mC (declared in a subclass) override mA?
static bool overrides(const Method& mC, const Method* mA) {
    if (mA->isPrivate()) return false;
    if (mA->isPublic() || mA->isProtected()) return true;
    return mC.owner->packageName() == mA->owner->packageName();
}

void ClassLoader::buildVtable(Klass* k) {
    if (k->super) k->vtable = k->super->vtable;
    for (auto& m : k->methods) {
        if (m.isStatic() || m.isPrivate() || m.name[0] == '<') continue;
        int index = -1;
        for (size_t i = 0; i < k->vtable.size(); ++i) {
            Method* old = k->vtable[i];
            if (old->name == m.name && old->descriptor == m.descriptor && overrides(m, old)) {
                k->vtable[i] = &m;
                if (index < 0) index = static_cast<int>(i);
            }
        }
        if (index < 0) {
            index = static_cast<int>(k->vtable.size());
            k->vtable.push_back(&m);
        }
        m.vtableIndex = index;
    }
    // Interface methods the class neither declares nor inherits from a class
    // get a slot too (HotSpot's "miranda" methods), filled with the selected
    // default method or the abstract interface method (AbstractMethodError when called).
    for (Klass* i : k->allInterfaces) {
        for (auto& im : i->methods) {
            if (im.itableIndex < 0) continue;
            bool present = false;
            for (size_t s = 0; s < k->vtable.size(); ++s) {
                Method* v = k->vtable[s];
                if (v->name == im.name && v->descriptor == im.descriptor) {
                    present = true;
                    // A default replaces an inherited abstract interface slot.
                    if (v->owner->isInterface()) {
                        Method* sel = findMaximallySpecific(k, im.name, im.descriptor);
                        if (sel) k->vtable[s] = sel;
                    }
                    break;
                }
            }
            if (present) continue;
            Method* sel = findMaximallySpecific(k, im.name, im.descriptor);
            k->vtable.push_back(sel ? sel : &im);
        }
    }
}

void ClassLoader::buildItable(Klass* k) {
    for (Klass* i : k->allInterfaces) {
        ItableEntry entry{i, {}};
        for (auto& im : i->methods) {
            if (im.itableIndex < 0) continue;
            Method* sel = selectVirtual(k, &im);
            entry.methods.push_back(sel ? sel : &im);
        }
        k->itable.push_back(std::move(entry));
    }
}

static uint8_t elementSizeFor(char c) {
    switch (c) {
        case 'Z': case 'B': return 1;
        case 'C': case 'S': return 2;
        case 'I': case 'F': return 4;
        default: return 8;
    }
}

Klass* ClassLoader::createArrayClass(JavaThread& thread, std::string_view name) {
    if (name.size() < 2 || !classfile::isValidFieldDescriptor(name)) {
        thread.throwNew("java/lang/NoClassDefFoundError", std::string(name));
        return nullptr;
    }
    std::string_view comp = name.substr(1);
    Klass* component = nullptr;
    if (comp[0] == 'L') component = load(thread, comp.substr(1, comp.size() - 2));
    else if (comp[0] == '[') component = load(thread, comp);
    else component = primitive(static_cast<BasicType>(comp[0]));
    if (!component) return nullptr;
    if (Klass* k = findLoaded(name)) return k;  // created while loading the component

    Klass* object = load(thread, "java/lang/Object");
    Klass* cloneable = load(thread, "java/lang/Cloneable");
    Klass* serializable = load(thread, "java/io/Serializable");
    if (!object || !cloneable || !serializable) return nullptr;

    auto owned = std::make_unique<Klass>();
    Klass* k = owned.get();
    k->name = std::string(name);
    k->externalName = k->name;
    for (char& c : k->externalName) if (c == '/') c = '.';
    // JVMS 5.3.3: an array class is public if its component is (primitives are public).
    k->accessFlags = (component->accessFlags & acc::PUBLIC) | acc::FINAL | acc::ABSTRACT;
    k->isBoot = component->isBoot;
    k->super = object;
    k->depth = 1;
    k->interfaces = {cloneable, serializable};
    k->allInterfaces = {cloneable, serializable};
    k->component = component;
    k->elementType = static_cast<BasicType>(comp[0] == 'L' ? 'L' : comp[0]);
    k->elementSize = elementSizeFor(comp[0]);
    k->vtable = object->vtable;
    k->instanceSize = kArrayHeaderSize;
    k->initState = InitState::Initialized;
    component->arrayOf = k;
    classes_.emplace(k->name, std::move(owned));
    return k;
}

Klass* ClassLoader::arrayOf(JavaThread& thread, Klass* component) {
    if (component->arrayOf) return component->arrayOf;
    std::string name;
    if (component->isPrimitiveClass) name = std::string("[") + static_cast<char>(component->primitiveType);
    else if (component->isArray()) name = "[" + component->name;
    else name = "[L" + component->name + ";";
    return load(thread, name);
}

}  // namespace cortado::runtime
