// Runtime classes, methods and fields: what a loaded and linked class is.
#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "classfile/ClassFile.h"
#include "classfile/Descriptor.h"
#include "runtime/CallSite.h"
#include "runtime/Object.h"
#include "runtime/ReferenceMap.h"

namespace cortado::runtime {

class Klass;
class JavaThread;
struct Frame;

// A native method's C++ implementation. `args` are the Java argument slots
// (receiver first for instance methods, long/double taking two). The result
// goes in the returned slot (ignored for void). To throw, the native sets the
// thread's pending exception (JavaThread::throwNew) and returns anything.
using NativeFunction = Slot (*)(JavaThread& thread, Slot* args);

struct Field {
    Klass* owner = nullptr;
    std::string name;
    std::string descriptor;
    classfile::BasicType type = classfile::BasicType::Int;
    uint16_t accessFlags = 0;
    uint16_t constantValueIndex = 0;  // ConstantValue attribute (static final fields)
    uint32_t offset = 0;              // in the object, or in the owner's static block

    bool isStatic() const { return accessFlags & classfile::acc::STATIC; }
    bool isReference() const { return classfile::isReference(type); }
};

struct Method {
    Klass* owner = nullptr;
    const classfile::MethodInfo* info = nullptr;  // owned by owner->classFile
    std::string name;
    std::string descriptor;
    classfile::MethodDescriptor signature;
    uint16_t accessFlags = 0;
    uint16_t argSlots = 0;   // parameter slots including `this`
    uint16_t maxLocals = 0;
    uint16_t maxStack = 0;
    // The bytecode the interpreter runs: a private copy that quickening rewrites
    // (interp/Quickening). The class file's original stays in info->code.
    std::unique_ptr<uint8_t[]> code;
    uint32_t codeLength = 0;
    int vtableIndex = -1;    // -1: not dispatched through the vtable (static, private, <init>)
    int itableIndex = -1;    // position among its interface's methods (interface methods only)
    NativeFunction native = nullptr;  // bound on first call for ACC_NATIVE methods
    std::unique_ptr<MethodRefMaps> refMaps;  // computed lazily (GC roots)
    uint32_t invocationCount = 0;
    // jit/: machine code for this method (same frame layout as the
    // interpreter's; runtime/CompiledCode.h), or nullptr while interpreted.
    Slot (*compiledCode)(JavaThread*, Frame*) = nullptr;
    Slot (*osrCode)(JavaThread*, Frame*, uint32_t bci) = nullptr;  // enters it at a loop header
    // Where compiled callers that push its frame themselves call it
    // (jit/TemplatesInvoke.cpp), if it needs nothing from the interpreter's
    // call path (not synchronized, no monitorenter, no --verify-refmaps).
    // Machine code only: the JIT's own convention (rbx = the frame, r14 = the
    // thread, docs/jit.md "Calls"), not a C++ function; compiledCode and
    // osrCode are the C++ entries. nullptr: calls to it take the full call path.
    const void* directEntry = nullptr;
    uint32_t backedgeCount = 0;
    bool jitRejected = false;  // the JIT cannot compile it (docs/jit.md): stays interpreted
    // jit/Tiering records how its compilation went; -Xlog:jit and -Xprof report it.
    double compiledAtSeconds = -1;  // VM uptime when its code was installed; -1: never compiled
    double compileMillis = 0;
    uint32_t machineCodeBytes = 0;
    // -Xprof (runtime/Profiler.h) only: every invocation and back-edge in either
    // tier, and the instructions the interpreter executed for it.
    uint64_t profiledInvocations = 0;
    uint64_t profiledBackedges = 0;
    uint64_t profiledBytecodes = 0;

    bool isStatic() const { return accessFlags & classfile::acc::STATIC; }
    bool isNative() const { return accessFlags & classfile::acc::NATIVE; }
    bool isAbstract() const { return accessFlags & classfile::acc::ABSTRACT; }
    bool isPrivate() const { return accessFlags & classfile::acc::PRIVATE; }
    bool isPublic() const { return accessFlags & classfile::acc::PUBLIC; }
    bool isProtected() const { return accessFlags & classfile::acc::PROTECTED; }
    bool isFinal() const { return accessFlags & classfile::acc::FINAL; }
    bool isSynchronized() const { return accessFlags & classfile::acc::SYNCHRONIZED; }
    bool isConstructor() const { return name == "<init>"; }
    int returnSlots() const { return classfile::slotCount(signature.returnType); }
    const classfile::CodeAttribute* codeAttribute() const { return info && info->code ? &*info->code : nullptr; }
    int lineNumber(uint32_t pc) const;
    // "java.lang.String.indexOf(I)I", for messages.
    std::string externalName() const;
};

// JVMS 5.5 initialization states.
enum class InitState : uint8_t { Loaded, Linked, BeingInitialized, Initialized, Erroneous };

// One interface a class implements, and the implementation of each of its
// methods (indexed by Method::itableIndex). JVMS 5.4.6 selection, done once.
struct ItableEntry {
    Klass* interface;
    std::vector<Method*> methods;
};

// A resolved constant-pool entry (the "constant pool cache"). Filled the first
// time an instruction uses the entry; quickened instructions read it directly.
struct CpCacheEntry {
    Klass* klass = nullptr;      // Class entries; the symbolic class of a member reference
    Field* field = nullptr;      // Fieldref
    Method* method = nullptr;    // Methodref / InterfaceMethodref: the resolved method (JVMS 5.4.3.3)
    Method* directMethod = nullptr;    // quick invokestatic / invokespecial / final invokevirtual: the selected method
    Object** constant = nullptr; // String / Class constants: a root cell that stays put
    Klass* arrayClass = nullptr;       // quick anewarray: the array class of the entry's class
    uint8_t* staticAddress = nullptr;  // quick getstatic/putstatic: the field's storage
    uint32_t fieldOffset = 0;          // quick getfield/putfield
    int32_t vtableIndex = -1;          // quick invokevirtual (and invokeinterface of Object methods)
    Klass* icKlass = nullptr;          // invokeinterface inline cache: last receiver class...
    Method* icMethod = nullptr;        // ...and the method selected for it
};

class Klass {
public:
    // Identity
    std::string name;            // internal form: "java/lang/String", "[I"
    std::string externalName;    // "java.lang.String", "[I"
    uint16_t accessFlags = 0;
    bool isBoot = false;         // loaded from the boot class path (java.base)
    bool isHidden = false;       // generated by the VM (a lambda's class): left out of stack traces
    Klass* nestHost = nullptr;   // JVMS 5.4.4, validated on first use (runtime/Resolution.cpp nestHostOf)
    std::string nestHostError;   // why the NestHost attribute was not accepted, in HotSpot's words
    std::shared_ptr<const classfile::ClassFile> classFile;  // null for arrays and primitives

    // Hierarchy
    Klass* super = nullptr;
    std::vector<Klass*> interfaces;      // direct superinterfaces
    std::vector<Klass*> allInterfaces;   // transitive closure (for instanceof / itables)
    int depth = 0;                       // distance from java/lang/Object

    // Arrays and primitives
    classfile::BasicType primitiveType = classfile::BasicType::Object;  // for primitive classes
    bool isPrimitiveClass = false;
    Klass* component = nullptr;          // arrays: element class
    Klass* arrayOf = nullptr;            // the array class whose component is this, once created
    uint8_t elementSize = 0;             // arrays: bytes per element
    classfile::BasicType elementType = classfile::BasicType::Object;

    // Members
    std::vector<Field> fields;           // declared fields
    std::vector<Method> methods;         // declared methods
    std::vector<Method*> vtable;
    std::vector<ItableEntry> itable;

    // Layout
    uint32_t instanceSize = kObjectHeaderSize;   // bytes, not yet aligned
    std::vector<uint32_t> refOffsets;            // every reference field, inherited ones included
    std::unique_ptr<uint8_t[]> staticData;       // static fields, laid out like instance fields
    uint32_t staticSize = 0;
    std::vector<uint32_t> staticRefOffsets;

    // Resolution and initialization
    std::vector<CpCacheEntry> cpCache;
    // invokedynamic call sites of this class's code, one per instruction
    // occurrence, numbered in the order they were first executed (the quick
    // instruction holds the number). A deque: a site keeps its address.
    std::deque<CallSite> callSites;
    // Objects ldc of a MethodType/MethodHandle constant resolved to (roots; a
    // deque, so each cell stays put for CpCacheEntry::constant).
    std::deque<Object*> resolvedConstants;
    InitState initState = InitState::Loaded;
    Object* initError = nullptr;         // the exception that made initialization fail (a root)
    Object* mirror = nullptr;            // the java.lang.Class object (a root)

    bool isArray() const { return component != nullptr; }
    bool isInterface() const { return accessFlags & classfile::acc::INTERFACE; }
    bool isAbstract() const { return accessFlags & classfile::acc::ABSTRACT; }
    bool isInitialized() const { return initState == InitState::Initialized; }
    const classfile::ConstantPool& constantPool() const { return classFile->constant_pool; }
    std::string packageName() const;   // internal form, "" for the unnamed package

    // JVMS 6.5 instanceof / checkcast: is an instance of this class also an instance of `other`?
    bool isSubclassOf(const Klass* other) const;

    // Declared-member lookup (no inheritance).
    Method* findDeclaredMethod(std::string_view name, std::string_view descriptor);
    Field* findDeclaredField(std::string_view name, std::string_view descriptor);
};

}  // namespace cortado::runtime
