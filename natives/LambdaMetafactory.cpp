// java.lang.invoke.LambdaMetafactory.metafactory and altMetafactory, linked by
// the VM (JVMS 6.5 invokedynamic; the adaptation rules are LambdaMetafactory's
// javadoc). For each call site we generate a real class, once:
//
//   final synthetic class Caller$$Lambda$N implements I [, markers, Serializable] {
//       private final C1 arg$1; ...                       // the captured values
//       private Caller$$Lambda$N(C1, ...)                 // stores them
//       private static I get$Lambda(C1, ...)              // new + <init>: the call site's target
//       public R m(P...)                                  // adapts and calls the implementation
//       public R' m(P'...)                                // bridges, same body
//   }
//
// and define it through the ClassLoader, so the interpreter, a JIT and the
// collectors see an ordinary class. Its NestHost is the caller's nest host,
// which gives it access to the caller's private lambda$ methods (JVMS 5.4.4),
// as HotSpot's hidden nestmate classes have. A non-capturing lambda's site
// holds one shared instance (as HotSpot); a capturing one calls get$Lambda.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "classfile/writer/ClassWriter.h"
#include "classfile/writer/CodeBuilder.h"
#include "classfile/writer/WriteError.h"
#include "natives/Natives.h"
#include "runtime/CallSiteLinking.h"
#include "runtime/JavaCalls.h"
#include "runtime/JavaThread.h"
#include "runtime/Resolution.h"
#include "runtime/Vm.h"

namespace cortado::natives {

using classfile::BasicType;
using classwriter::CodeBuilder;
using classfile::CpTag;
using classfile::Opcode;
using classfile::RefKind;
using namespace runtime;
namespace acc = classfile::acc;

namespace {

constexpr const char* kConversionException = "java/lang/invoke/LambdaConversionException";
constexpr int kFlagSerializable = 1, kFlagMarkers = 2, kFlagBridges = 4;

BasicType typeOf(const std::string& d) { return static_cast<BasicType>(d[0]); }
bool isRef(const std::string& d) { return d[0] == 'L' || d[0] == '['; }
// The class a reference descriptor names, as checkcast's operand wants it.
std::string classOperand(const std::string& d) { return d[0] == 'L' ? d.substr(1, d.size() - 2) : d; }

struct Wrapper {
    char prim;
    const char* cls;
    const char* unbox;
};
constexpr Wrapper kWrappers[] = {
    {'Z', "java/lang/Boolean", "booleanValue"}, {'B', "java/lang/Byte", "byteValue"},
    {'C', "java/lang/Character", "charValue"},  {'S', "java/lang/Short", "shortValue"},
    {'I', "java/lang/Integer", "intValue"},     {'J', "java/lang/Long", "longValue"},
    {'F', "java/lang/Float", "floatValue"},     {'D', "java/lang/Double", "doubleValue"},
};
const Wrapper* wrapperOfPrimitive(char p) {
    for (const auto& w : kWrappers) if (w.prim == p) return &w;
    return nullptr;
}
const Wrapper* wrapperOfDescriptor(const std::string& d) {
    for (const auto& w : kWrappers) if (d == std::string("L") + w.cls + ";") return &w;
    return nullptr;
}

bool isIntLike(char c) { return c == 'I' || c == 'S' || c == 'B' || c == 'C'; }

// JLS 5.1.2 widening primitive conversion; false if `from` does not widen to `to`.
bool emitWidening(CodeBuilder& c, char from, char to) {
    if (from == to || (isIntLike(from) && to == 'I') || (from == 'B' && to == 'S')) return true;
    if (from == 'Z' || to == 'Z' || to == 'B' || to == 'C' || to == 'S') return false;
    if (isIntLike(from)) {
        if (to == 'J') c.op(Opcode::i2l_);
        else if (to == 'F') c.op(Opcode::i2f_);
        else if (to == 'D') c.op(Opcode::i2d_);
        else return false;
        return true;
    }
    if (from == 'J' && to == 'F') { c.op(Opcode::l2f_); return true; }
    if (from == 'J' && to == 'D') { c.op(Opcode::l2d_); return true; }
    if (from == 'F' && to == 'D') { c.op(Opcode::f2d_); return true; }
    return false;
}

// Emits the conversion of the value on top of the stack from type `from` to
// type `to`; `hint` is the instantiated (more specific) type of the value,
// which names the wrapper to unbox through. False: no such conversion.
bool emitConversion(CodeBuilder& c, classwriter::ConstantPoolBuilder& pool, const std::string& from, const std::string& to,
                    const std::string& hint) {
    if (from == to) return true;
    if (isRef(from) && isRef(to)) {
        if (to != "Ljava/lang/Object;") {
            c.op(Opcode::checkcast_);
            c.u2(pool.classRef(classOperand(to)));
        }
        return true;
    }
    if (isRef(from)) {  // unboxing, then widening
        const Wrapper* w = wrapperOfDescriptor(hint);
        if (!w) w = wrapperOfDescriptor(from);
        if (!w) w = wrapperOfPrimitive(to[0]);
        if (!w) return false;
        c.op(Opcode::checkcast_);
        c.u2(pool.classRef(w->cls));
        c.op(Opcode::invokevirtual_);
        c.u2(pool.methodref(w->cls, w->unbox, std::string("()") + w->prim));
        return emitWidening(c, w->prim, to[0]);
    }
    if (isRef(to)) {  // boxing
        const Wrapper* w = wrapperOfPrimitive(from[0]);
        if (!w) return false;
        c.op(Opcode::invokestatic_);
        c.u2(pool.methodref(w->cls, "valueOf", std::string("(") + w->prim + ")L" + w->cls + ";"));
        std::string boxed = std::string("L") + w->cls + ";";
        if (to != "Ljava/lang/Object;" && to != boxed) {
            c.op(Opcode::checkcast_);
            c.u2(pool.classRef(classOperand(to)));
        }
        return true;
    }
    return emitWidening(c, from[0], to[0]);
}

struct LambdaSpec {
    Klass* caller;
    std::string interfaceName;             // internal form
    std::string methodName;
    std::vector<std::string> captured;     // factory parameter descriptors
    std::string samDescriptor;
    std::string instantiatedDescriptor;
    std::vector<std::string> bridges;
    std::vector<std::string> markers;
    bool serializable = false;
    ResolvedMethodHandle impl;
};

// The implementation's parameter list as the adapted call sees it: the
// receiver first for instance kinds.
std::vector<std::string> implParameters(const LambdaSpec& s) {
    std::vector<std::string> params;
    RefKind k = s.impl.kind;
    if (k == RefKind::InvokeVirtual || k == RefKind::InvokeInterface || k == RefKind::InvokeSpecial)
        params.push_back("L" + s.impl.klass->name + ";");
    for (const auto& p : s.impl.method->signature.paramDescriptors) params.push_back(p);
    return params;
}

std::string implReturn(const LambdaSpec& s) {
    return s.impl.kind == RefKind::NewInvokeSpecial ? "L" + s.impl.klass->name + ";" : s.impl.method->signature.returnDescriptor;
}

int slotsOf(const std::vector<std::string>& ds) {
    int n = 0;
    for (const auto& d : ds) n += classfile::slotCount(typeOf(d));
    return n;
}

// The body of the interface method (or a bridge) with descriptor `descriptor`.
bool emitForwarder(classwriter::ClassWriter& w, const LambdaSpec& s, const std::string& selfName, const std::string& descriptor,
                   std::string& error) {
    auto md = classfile::parseMethodDescriptor(descriptor);
    auto inst = classfile::parseMethodDescriptor(s.instantiatedDescriptor);
    std::vector<std::string> implParams = implParameters(s);
    if (!md || !inst || implParams.size() != s.captured.size() + md->paramDescriptors.size() ||
        inst->paramDescriptors.size() != md->paramDescriptors.size()) {
        error = "Incorrect number of parameters for " + std::string(s.impl.method->isStatic() ? "static" : "instance") +
                " method " + methodForMessage(s.impl.method->owner, s.impl.method->name, s.impl.method->descriptor);
        return false;
    }
    CodeBuilder c;
    auto& pool = w.pool;
    const Method* m = s.impl.method;
    if (s.impl.kind == RefKind::NewInvokeSpecial) {
        c.op(Opcode::new_);
        c.u2(pool.classRef(s.impl.klass->name));
        c.op(Opcode::dup_);
    }
    size_t arg = 0;
    for (size_t i = 0; i < s.captured.size(); ++i, ++arg) {
        c.op(Opcode::aload_0_);
        c.op(Opcode::getfield_);
        c.u2(pool.fieldref(selfName, "arg$" + std::to_string(i + 1), s.captured[i]));
        if (!emitConversion(c, pool, s.captured[i], implParams[arg], s.captured[i])) {
            error = "Type mismatch for lambda argument " + std::to_string(arg) + ": " + typeNameOfDescriptor(s.captured[i]) +
                    " is not convertible to " + typeNameOfDescriptor(implParams[arg]);
            return false;
        }
    }
    uint16_t local = 1;
    for (size_t j = 0; j < md->paramDescriptors.size(); ++j, ++arg) {
        const std::string& p = md->paramDescriptors[j];
        c.load(typeOf(p), local);
        local = static_cast<uint16_t>(local + classfile::slotCount(typeOf(p)));
        if (!emitConversion(c, pool, p, implParams[arg], inst->paramDescriptors[j])) {
            error = "Type mismatch for lambda argument " + std::to_string(arg) + ": " + typeNameOfDescriptor(p) +
                    " is not convertible to " + typeNameOfDescriptor(implParams[arg]);
            return false;
        }
    }
    bool ownerIsInterface = s.impl.interfaceRef;
    uint16_t ref = ownerIsInterface ? pool.interfaceMethodref(s.impl.klass->name, m->name, m->descriptor)
                                    : pool.methodref(s.impl.klass->name, m->name, m->descriptor);
    switch (s.impl.kind) {
        case RefKind::InvokeStatic: c.op(Opcode::invokestatic_); c.u2(ref); break;
        case RefKind::NewInvokeSpecial: c.op(Opcode::invokespecial_); c.u2(ref); break;
        case RefKind::InvokeInterface:
            c.op(Opcode::invokeinterface_);
            c.u2(ref);
            c.u1(static_cast<uint8_t>(1 + m->signature.argSlots));
            c.u1(0);
            break;
        case RefKind::InvokeSpecial:
            // A private method of the caller (javac's lambda$ bodies): a
            // nestmate call, invokevirtual/invokeinterface of a private method
            // selects it directly (JVMS 6.5, as HotSpot's metafactory does).
            if (ownerIsInterface) {
                c.op(Opcode::invokeinterface_);
                c.u2(ref);
                c.u1(static_cast<uint8_t>(1 + m->signature.argSlots));
                c.u1(0);
            } else {
                c.op(m->isPrivate() ? Opcode::invokevirtual_ : Opcode::invokespecial_);
                c.u2(ref);
            }
            break;
        default: c.op(Opcode::invokevirtual_); c.u2(ref); break;
    }
    std::string from = implReturn(s), to = md->returnDescriptor;
    if (to == "V") {
        if (from != "V") c.op(classfile::slotCount(typeOf(from)) == 2 ? Opcode::pop2_ : Opcode::pop_);
    } else if (from == "V") {
        error = "Type mismatch for lambda return: void is not convertible to " + typeNameOfDescriptor(to);
        return false;
    } else if (!emitConversion(c, pool, from, to, inst->returnDescriptor)) {
        error = "Type mismatch for lambda return: " + typeNameOfDescriptor(from) + " is not convertible to " +
                typeNameOfDescriptor(to);
        return false;
    }
    c.returnValue(typeOf(to));
    // An upper bound: new+dup, every argument, and two slots of conversion.
    uint16_t maxStack = static_cast<uint16_t>(2 + slotsOf(implParams) + 4);
    w.addMethod(acc::PUBLIC | acc::FINAL, s.methodName, descriptor, c.finish(w, maxStack, local));
    return true;
}

int g_lambdaCount = 0;

// get$Lambda's descriptor: the captured values in, the interface out.
std::string factoryDescriptorOf(const LambdaSpec& s) {
    std::string d = "(";
    for (const auto& c : s.captured) d += c;
    return d + ")L" + s.interfaceName + ";";
}

// Why writing a lambda class failed, and the class of the exception that
// says so (the cause of the BootstrapMethodError, throwBootstrapFailure).
struct WriteFailure {
    const char* exceptionClass = kConversionException;
    std::string message;
};

// The class file of lambda class `name` (see the top of this file), or
// nothing with `failure` set: an adaptation the rules do not allow
// (LambdaConversionException), or a class the format cannot hold
// (classwriter::WriteError, e.g. a name longer than a CONSTANT_Utf8's 65535
// bytes, JVMS 4.4.7). HotSpot's metafactory fails there with its class
// writer's IllegalArgumentException ("UTF8 string too large"), so that is the
// cause we give too, with the writer's words. The writer's errors end here,
// never beyond the metafactory.
std::optional<classwriter::Bytes> writeLambdaClass(const LambdaSpec& s, const std::string& name, const std::string& nestHost,
                                                   WriteFailure& failure) {
    try {
        // Names and descriptors come from parsed classes: already modified UTF-8.
        classwriter::ClassWriter w(classwriter::ConstantPoolBuilder::Text::ModifiedUtf8);
        w.major = 55;  // Java 11: the first version with NestHost (JVMS 4.7.28)
        w.minor = 0;
        w.access = acc::FINAL | acc::SUPER | acc::SYNTHETIC;
        w.thisClass = w.pool.classRef(name);
        w.superClass = w.pool.classRef("java/lang/Object");
        auto addInterface = [&](const std::string& i) {
            uint16_t index = w.pool.classRef(i);  // one entry per name, so equal names give equal indices
            if (std::find(w.interfaces.begin(), w.interfaces.end(), index) == w.interfaces.end())
                w.interfaces.push_back(index);
        };
        addInterface(s.interfaceName);
        for (const auto& m : s.markers) addInterface(m);
        if (s.serializable) addInterface("java/io/Serializable");
        w.addNestHost(nestHost);

        std::string ctorDescriptor = "(", factoryDescriptor = factoryDescriptorOf(s);
        for (const auto& d : s.captured) ctorDescriptor += d;
        ctorDescriptor += ")V";
        for (size_t i = 0; i < s.captured.size(); ++i)
            w.addField(acc::PRIVATE | acc::FINAL, "arg$" + std::to_string(i + 1), s.captured[i]);
        {
            CodeBuilder c;
            c.op(Opcode::aload_0_);
            c.op(Opcode::invokespecial_);
            c.u2(w.pool.methodref("java/lang/Object", "<init>", "()V"));
            uint16_t local = 1;
            for (size_t i = 0; i < s.captured.size(); ++i) {
                c.op(Opcode::aload_0_);
                c.load(typeOf(s.captured[i]), local);
                local = static_cast<uint16_t>(local + classfile::slotCount(typeOf(s.captured[i])));
                c.op(Opcode::putfield_);
                c.u2(w.pool.fieldref(name, "arg$" + std::to_string(i + 1), s.captured[i]));
            }
            c.op(Opcode::return_);
            w.addMethod(acc::PRIVATE, "<init>", ctorDescriptor, c.finish(w, 3, local));  // this + a long/double
        }
        {
            CodeBuilder c;
            c.op(Opcode::new_);
            c.u2(w.pool.classRef(name));
            c.op(Opcode::dup_);
            uint16_t local = 0;
            for (const auto& d : s.captured) {
                c.load(typeOf(d), local);
                local = static_cast<uint16_t>(local + classfile::slotCount(typeOf(d)));
            }
            c.op(Opcode::invokespecial_);
            c.u2(w.pool.methodref(name, "<init>", ctorDescriptor));
            c.op(Opcode::areturn_);
            w.addMethod(acc::PRIVATE | acc::STATIC, "get$Lambda", factoryDescriptor,
                        c.finish(w, static_cast<uint16_t>(2 + local), local));
        }
        std::vector<std::string> descriptors{s.samDescriptor};
        for (const auto& b : s.bridges)
            if (std::find(descriptors.begin(), descriptors.end(), b) == descriptors.end()) descriptors.push_back(b);
        for (const auto& d : descriptors) {
            if (!emitForwarder(w, s, name, d, failure.message)) {
                failure.exceptionClass = kConversionException;
                return std::nullopt;
            }
        }
        return w.build();
    } catch (const classwriter::WriteError& e) {
        failure = {"java/lang/IllegalArgumentException", e.what()};
        return std::nullopt;
    }
}

// Generates, defines and initializes the class; returns its get$Lambda factory.
Method* defineLambdaClass(JavaThread& thread, const LambdaSpec& s) {
    int number = ++g_lambdaCount;
    std::string name = s.caller->name + "$$Lambda$" + std::to_string(number);
    WriteFailure failure;
    std::optional<classwriter::Bytes> bytes = writeLambdaClass(s, name, nestHostOf(thread, s.caller)->name, failure);
    if (!bytes) {
        throwBootstrapFailure(thread, failure.exceptionClass, failure.message);
        return nullptr;
    }
    // HotSpot names a lambda class as a hidden class: "Main$$Lambda$14/0x0000000800c03000".
    char address[32];
    std::snprintf(address, sizeof address, "/0x%016llx", 0x800c00000ull + 0x1000ull * unsigned(number));
    std::string externalName = classfile::toExternalName(name) + address;
    Klass* k = thread.vm.loader.defineGenerated(thread, name, std::move(*bytes), s.caller->isBoot, s.caller->externalName,
                                                externalName);
    if (!k) return nullptr;
    k->isHidden = true;
    if (!initializeClass(thread, k)) return nullptr;
    return k->findDeclaredMethod("get$Lambda", factoryDescriptorOf(s));
}

const std::string* methodTypeArg(const BootstrapCall& call, size_t i) {
    if (i >= call.argumentCount() || call.pool().tag(call.argument(i)) != CpTag::MethodType) return nullptr;
    return &call.pool().utf8(call.pool().at(call.argument(i)).index1);
}

bool intArg(const BootstrapCall& call, size_t i, int32_t& out) {
    if (i >= call.argumentCount() || call.pool().tag(call.argument(i)) != CpTag::Integer) return false;
    out = call.pool().intValue(call.argument(i));
    return true;
}

bool link(JavaThread& thread, const BootstrapCall& call, CallSite& site, bool alt) {
    LambdaSpec s;
    s.caller = call.caller;
    s.methodName = call.name;
    const std::string& ret = call.type.returnDescriptor;
    if (ret[0] != 'L') {
        throwBootstrapFailure(thread, kConversionException, "Functional interface is not an interface: " + typeNameOfDescriptor(ret));
        return false;
    }
    s.interfaceName = ret.substr(1, ret.size() - 2);
    s.captured = call.type.paramDescriptors;
    const std::string* sam = methodTypeArg(call, 0);
    const std::string* inst = methodTypeArg(call, 2);
    if (!sam || !inst || call.argumentCount() < 3 || call.pool().tag(call.argument(1)) != CpTag::MethodHandle) {
        throwBootstrapFailure(thread, "java/lang/IllegalArgumentException", "bad LambdaMetafactory arguments");
        return false;
    }
    s.samDescriptor = *sam;
    s.instantiatedDescriptor = *inst;
    if (!resolveMethodHandleConstant(thread, call.caller, call.argument(1), s.impl)) return false;
    if (!s.impl.method) {
        throwBootstrapFailure(thread, kConversionException, "Unsupported MethodHandle kind: " + std::to_string(int(s.impl.kind)));
        return false;
    }
    Klass* iface = thread.vm.loader.load(thread, s.interfaceName);
    if (!iface) return false;
    if (!iface->isInterface()) {
        throwBootstrapFailure(thread, kConversionException, "Functional interface " + iface->externalName + " is not an interface");
        return false;
    }
    if (alt) {
        int32_t flags = 0;
        size_t next = 4;
        if (!intArg(call, 3, flags)) {
            throwBootstrapFailure(thread, "java/lang/IllegalArgumentException", "bad altMetafactory flags");
            return false;
        }
        s.serializable = flags & kFlagSerializable;
        if (flags & kFlagMarkers) {
            int32_t count = 0;
            if (!intArg(call, next++, count)) return false;
            for (int32_t i = 0; i < count && next < call.argumentCount(); ++i) {
                uint16_t a = call.argument(next++);
                if (call.pool().tag(a) == CpTag::Class) s.markers.push_back(call.pool().className(a));
            }
        }
        if (flags & kFlagBridges) {
            int32_t count = 0;
            if (!intArg(call, next++, count)) return false;
            for (int32_t i = 0; i < count; ++i)
                if (const std::string* b = methodTypeArg(call, next++)) s.bridges.push_back(*b);
        }
    }
    Method* factory = defineLambdaClass(thread, s);
    if (!factory) return false;
    if (s.captured.empty()) {
        // Non-capturing: one instance for every execution of the site.
        Slot instance = callJava(thread, factory, {});
        if (thread.hasPendingException()) return false;
        site.constant = slotToRef(instance);
        site.kind = CallSite::Kind::Constant;
    } else {
        site.method = factory;
        site.kind = CallSite::Kind::Invoke;
    }
    return true;
}

bool linkMetafactory(JavaThread& thread, const BootstrapCall& call, CallSite& site) { return link(thread, call, site, false); }
bool linkAltMetafactory(JavaThread& thread, const BootstrapCall& call, CallSite& site) { return link(thread, call, site, true); }

}  // namespace

void registerLambdaBootstraps(NativeRegistry& r) {
    const char* factory = "java/lang/invoke/LambdaMetafactory";
    r.addBootstrap(factory, "metafactory",
                   "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                   "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                   "Ljava/lang/invoke/CallSite;",
                   &linkMetafactory);
    r.addBootstrap(factory, "altMetafactory",
                   "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                   "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
                   &linkAltMetafactory);
}

}  // namespace cortado::natives
