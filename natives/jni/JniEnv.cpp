// The JNIEnv function table (JNI specification chapter 4) and the JavaVM
// invocation table, as the JDK's jni.h declares them. A jobject is a JNI
// reference (runtime/JniHandles.h), a jclass one to the class's mirror, a
// jmethodID a Method*, a jfieldID a Field*. Calls into Java go through
// runtime::callJava, so a callback runs in either tier and may collect: the
// arguments read out of references are raw only between reading and the call.
// A table slot this file does not fill reports its number and aborts
// (docs/jni.md lists what is missing).
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "classfile/ModifiedUtf8.h"
#include "natives/jni/Jni.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/JavaCalls.h"
#include "runtime/Monitor.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"

namespace cortado::jni {

using classfile::BasicType;
using runtime::Array;
using runtime::Field;
using runtime::JavaThread;
using runtime::Klass;
using runtime::Method;
using runtime::Object;
using runtime::Slot;

namespace {

struct ThreadEnv {
    JNIEnv_ env;  // first: a JNIEnv* is a ThreadEnv*
    JavaThread* thread;
};

JNINativeInterface_ g_functions;
JNIInvokeInterface_ g_invokeFunctions;
JavaVM_ g_javaVm;
std::unordered_map<JavaThread*, std::unique_ptr<ThreadEnv>> g_envs;

JavaThread& T(JNIEnv* env) { return *reinterpret_cast<ThreadEnv*>(env)->thread; }
Object* R(jobject o) { return runtime::jniResolve(o); }
template <typename J = jobject>
J L(JNIEnv* env, Object* o) { return static_cast<J>(T(env).jniLocals.make(o)); }
Klass* K(JNIEnv* env, jclass c) { return c ? runtime::klassOfMirror(T(env), R(c)) : nullptr; }
Method* M(jmethodID m) { return reinterpret_cast<Method*>(m); }
Field* F(jfieldID f) { return reinterpret_cast<Field*>(f); }
jclass mirrorRef(JNIEnv* env, Klass* k) { return k ? L<jclass>(env, runtime::mirrorOf(T(env), k)) : nullptr; }
Array* A(jobject a) { return static_cast<Array*>(R(a)); }

// ---- Version, classes ----

jint JNICALL GetVersion(JNIEnv*) { return JNI_VERSION_10; }

jclass JNICALL FindClass(JNIEnv* env, const char* name) {
    JavaThread& t = T(env);
    Klass* k = t.vm.loader.load(t, name);
    if (!k || !runtime::initializeClass(t, k)) return nullptr;
    return mirrorRef(env, k);
}

jclass JNICALL GetSuperclass(JNIEnv* env, jclass c) {
    Klass* k = K(env, c);
    return k->isInterface() || k->isPrimitiveClass ? nullptr : mirrorRef(env, k->super);
}

jboolean JNICALL IsAssignableFrom(JNIEnv* env, jclass from, jclass to) {
    return K(env, from)->isSubclassOf(K(env, to));
}

jclass JNICALL GetObjectClass(JNIEnv* env, jobject o) { return mirrorRef(env, R(o)->klass); }

jboolean JNICALL IsInstanceOf(JNIEnv* env, jobject o, jclass c) {
    Object* obj = R(o);
    return !obj || obj->klass->isSubclassOf(K(env, c));
}

jboolean JNICALL IsSameObject(JNIEnv*, jobject a, jobject b) { return R(a) == R(b); }

// ---- Exceptions ----

jint JNICALL Throw(JNIEnv* env, jthrowable e) {
    T(env).throwException(R(e));
    return JNI_OK;
}

jint JNICALL ThrowNew(JNIEnv* env, jclass c, const char* message) {
    T(env).throwNew(K(env, c)->name, message);
    return JNI_OK;
}

jthrowable JNICALL ExceptionOccurred(JNIEnv* env) { return L<jthrowable>(env, T(env).pendingException); }
jboolean JNICALL ExceptionCheck(JNIEnv* env) { return T(env).hasPendingException(); }
void JNICALL ExceptionClear(JNIEnv* env) { T(env).takePendingException(); }

// As HotSpot: "Exception in thread "main" " on stderr, then the exception's
// printStackTrace(); the exception is cleared.
void JNICALL ExceptionDescribe(JNIEnv* env) {
    JavaThread& t = T(env);
    Object* e = t.takePendingException();
    if (!e) return;
    runtime::HandleScope scope(t.handles);
    runtime::Handle<> exception(t.handles, e);
    std::fflush(stdout);
    std::fprintf(stderr, "Exception in thread \"main\" ");
    std::fflush(stderr);
    Method* print = runtime::findMethodInClassChain(exception->klass, "printStackTrace", "()V");
    if (print) runtime::callJava(t, print, {runtime::refToSlot(exception.get())});
    t.takePendingException();  // one thrown while printing is dropped, as HotSpot does
}

[[noreturn]] void JNICALL FatalError(JNIEnv*, const char* message) {
    std::fflush(stdout);
    std::fprintf(stderr, "FATAL ERROR in native method: %s\n", message ? message : "");
    std::abort();
}

// ---- References ----

jint JNICALL PushLocalFrame(JNIEnv* env, jint) {
    T(env).jniLocals.pushFrame();
    return JNI_OK;
}

jobject JNICALL PopLocalFrame(JNIEnv* env, jobject result) {
    Object* o = R(result);
    T(env).jniLocals.popFrame();
    return L(env, o);
}

jint JNICALL EnsureLocalCapacity(JNIEnv*, jint) { return JNI_OK; }  // local frames grow as needed
jobject JNICALL NewLocalRef(JNIEnv* env, jobject o) { return L(env, R(o)); }

void JNICALL DeleteLocalRef(JNIEnv* env, jobject o) {
    if (o && !runtime::jniIsGlobal(o)) T(env).jniLocals.clear(o);
}

jobject JNICALL NewGlobalRef(JNIEnv* env, jobject o) {
    return static_cast<jobject>(T(env).vm.jniGlobals.make(R(o)));
}

void JNICALL DeleteGlobalRef(JNIEnv* env, jobject o) {
    if (o && runtime::jniIsGlobal(o)) T(env).vm.jniGlobals.release(o);
}

jobjectRefType JNICALL GetObjectRefType(JNIEnv*, jobject o) {
    if (!o) return JNIInvalidRefType;
    return runtime::jniIsGlobal(o) ? JNIGlobalRefType : JNILocalRefType;
}

// ---- Methods ----

// HotSpot's get_method_id: just the name when the name is no symbol the VM
// knows (approximated here: no loaded class declares a method of that name),
// else "[static ]<class descriptor>.<name><descriptor>".
std::string noSuchMethodMessage(JavaThread& t, Klass* k, const char* name, const char* sig, bool isStatic) {
    bool known = false;
    t.vm.loader.forEachClass([&](Klass* c) {
        for (const Method& m : c->methods) known = known || m.name == name;
    });
    if (!known) return name;
    std::string descriptor = k->isArray() ? k->name : "L" + k->name + ";";
    return (isStatic ? "static " : "") + descriptor + "." + name + sig;
}

Method* lookupMethod(JNIEnv* env, jclass c, const char* name, const char* sig, bool isStatic) {
    JavaThread& t = T(env);
    Klass* k = K(env, c);
    if (!runtime::initializeClass(t, k)) return nullptr;
    Method* m = runtime::findMethodInClassChain(k, name, sig);
    if (!m && !isStatic) m = runtime::findMaximallySpecific(k, name, sig);
    // JNI 4: <init> is found by GetMethodID only in the class itself.
    if (m && (m->isStatic() != isStatic || (m->isConstructor() && m->owner != k))) m = nullptr;
    if (!m) t.throwNew("java/lang/NoSuchMethodError", noSuchMethodMessage(t, k, name, sig, isStatic));
    return m;
}

jmethodID JNICALL GetMethodID(JNIEnv* env, jclass c, const char* name, const char* sig) {
    return reinterpret_cast<jmethodID>(lookupMethod(env, c, name, sig, false));
}
jmethodID JNICALL GetStaticMethodID(JNIEnv* env, jclass c, const char* name, const char* sig) {
    return reinterpret_cast<jmethodID>(lookupMethod(env, c, name, sig, true));
}

enum class Dispatch { Virtual, Nonvirtual, Static };

// The Java argument slots of one call, from C varargs or a jvalue array.
// Varargs arrive promoted (C 6.5.2.2): int for the small integers, double for float.
std::vector<Slot> argumentSlots(const Method* m, va_list* va, const jvalue* values) {
    std::vector<Slot> slots;
    size_t i = 0;
    for (BasicType t : m->signature.params) {
        Slot s = 0;
        switch (t) {
            case BasicType::Boolean: s = runtime::intToSlot(va ? uint8_t(va_arg(*va, jint)) : values[i].z); break;
            case BasicType::Byte: s = runtime::intToSlot(va ? int8_t(va_arg(*va, jint)) : values[i].b); break;
            case BasicType::Char: s = runtime::intToSlot(va ? uint16_t(va_arg(*va, jint)) : values[i].c); break;
            case BasicType::Short: s = runtime::intToSlot(va ? int16_t(va_arg(*va, jint)) : values[i].s); break;
            case BasicType::Int: s = runtime::intToSlot(va ? va_arg(*va, jint) : values[i].i); break;
            case BasicType::Long: s = runtime::longToSlot(va ? va_arg(*va, jlong) : values[i].j); break;
            case BasicType::Float: s = runtime::floatToSlot(va ? float(va_arg(*va, jdouble)) : values[i].f); break;
            case BasicType::Double: s = runtime::doubleToSlot(va ? va_arg(*va, jdouble) : values[i].d); break;
            default: s = runtime::refToSlot(R(va ? va_arg(*va, jobject) : values[i].l)); break;
        }
        slots.push_back(s);
        if (classfile::slotCount(t) == 2) slots.push_back(0);
        ++i;
    }
    return slots;
}

// Calls `mid` with the receiver (none for static) and the arguments; the
// result slot, 0 with an exception pending on failure.
Slot invoke(JNIEnv* env, jobject receiver, jmethodID mid, Dispatch d, va_list* va, const jvalue* values) {
    JavaThread& t = T(env);
    Method* m = M(mid);
    std::vector<Slot> args = argumentSlots(m, va, values);
    Method* target = m;
    if (d != Dispatch::Static) {
        Object* self = R(receiver);
        if (!self) {
            t.throwNew("java/lang/NullPointerException", nullptr);
            return 0;
        }
        args.insert(args.begin(), runtime::refToSlot(self));
        if (d == Dispatch::Virtual && !m->isConstructor()) target = runtime::selectVirtual(self->klass, m);
    }
    if (!target || target->isAbstract()) {
        t.throwNew("java/lang/AbstractMethodError", runtime::methodForMessage(m->owner, m->name, m->descriptor));
        return 0;
    }
    // No allocation since the references were read: the raw slots are current.
    return runtime::callJava(t, target, args.data(), args.size());
}

#define CORTADO_JNI_CALLS(Type, jtype, convert)                                                              \
    jtype JNICALL Call##Type##MethodV(JNIEnv* env, jobject o, jmethodID m, va_list va) {                     \
        va_list copy;                                                                                        \
        va_copy(copy, va);                                                                                   \
        Slot r = invoke(env, o, m, Dispatch::Virtual, &copy, nullptr);                                       \
        va_end(copy);                                                                                        \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL Call##Type##Method(JNIEnv* env, jobject o, jmethodID m, ...) {                             \
        va_list va;                                                                                          \
        va_start(va, m);                                                                                     \
        Slot r = invoke(env, o, m, Dispatch::Virtual, &va, nullptr);                                         \
        va_end(va);                                                                                          \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL Call##Type##MethodA(JNIEnv* env, jobject o, jmethodID m, const jvalue* a) {                \
        Slot r = invoke(env, o, m, Dispatch::Virtual, nullptr, a);                                           \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL CallNonvirtual##Type##MethodV(JNIEnv* env, jobject o, jclass, jmethodID m, va_list va) {   \
        va_list copy;                                                                                        \
        va_copy(copy, va);                                                                                   \
        Slot r = invoke(env, o, m, Dispatch::Nonvirtual, &copy, nullptr);                                    \
        va_end(copy);                                                                                        \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL CallNonvirtual##Type##Method(JNIEnv* env, jobject o, jclass, jmethodID m, ...) {           \
        va_list va;                                                                                          \
        va_start(va, m);                                                                                     \
        Slot r = invoke(env, o, m, Dispatch::Nonvirtual, &va, nullptr);                                      \
        va_end(va);                                                                                          \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL CallNonvirtual##Type##MethodA(JNIEnv* env, jobject o, jclass, jmethodID m, const jvalue* a) { \
        Slot r = invoke(env, o, m, Dispatch::Nonvirtual, nullptr, a);                                        \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL CallStatic##Type##MethodV(JNIEnv* env, jclass, jmethodID m, va_list va) {                  \
        va_list copy;                                                                                        \
        va_copy(copy, va);                                                                                   \
        Slot r = invoke(env, nullptr, m, Dispatch::Static, &copy, nullptr);                                  \
        va_end(copy);                                                                                        \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL CallStatic##Type##Method(JNIEnv* env, jclass, jmethodID m, ...) {                          \
        va_list va;                                                                                          \
        va_start(va, m);                                                                                     \
        Slot r = invoke(env, nullptr, m, Dispatch::Static, &va, nullptr);                                    \
        va_end(va);                                                                                          \
        return convert;                                                                                      \
    }                                                                                                        \
    jtype JNICALL CallStatic##Type##MethodA(JNIEnv* env, jclass, jmethodID m, const jvalue* a) {             \
        Slot r = invoke(env, nullptr, m, Dispatch::Static, nullptr, a);                                      \
        return convert;                                                                                      \
    }

CORTADO_JNI_CALLS(Object, jobject, L(env, runtime::slotToRef(r)))
CORTADO_JNI_CALLS(Boolean, jboolean, jboolean(runtime::slotToInt(r)))
CORTADO_JNI_CALLS(Byte, jbyte, jbyte(runtime::slotToInt(r)))
CORTADO_JNI_CALLS(Char, jchar, jchar(runtime::slotToInt(r)))
CORTADO_JNI_CALLS(Short, jshort, jshort(runtime::slotToInt(r)))
CORTADO_JNI_CALLS(Int, jint, runtime::slotToInt(r))
CORTADO_JNI_CALLS(Long, jlong, runtime::slotToLong(r))
CORTADO_JNI_CALLS(Float, jfloat, runtime::slotToFloat(r))
CORTADO_JNI_CALLS(Double, jdouble, runtime::slotToDouble(r))
CORTADO_JNI_CALLS(Void, void, (void)r)
#undef CORTADO_JNI_CALLS

// ---- Objects ----

Object* allocateOf(JNIEnv* env, jclass c) {
    JavaThread& t = T(env);
    Klass* k = K(env, c);
    if (k->isInterface() || k->isAbstract() || k->isArray() || k->isPrimitiveClass) {
        t.throwNew("java/lang/InstantiationException", k->externalName);
        return nullptr;
    }
    if (!runtime::initializeClass(t, k)) return nullptr;
    return runtime::allocateInstance(t, k);
}

jobject JNICALL AllocObject(JNIEnv* env, jclass c) { return L(env, allocateOf(env, c)); }

jobject newObject(JNIEnv* env, jclass c, jmethodID ctor, va_list* va, const jvalue* values) {
    jobject o = L(env, allocateOf(env, c));
    if (!o) return nullptr;
    invoke(env, o, ctor, Dispatch::Nonvirtual, va, values);
    if (T(env).hasPendingException()) return nullptr;
    return o;
}

jobject JNICALL NewObjectV(JNIEnv* env, jclass c, jmethodID m, va_list va) {
    va_list copy;
    va_copy(copy, va);
    jobject o = newObject(env, c, m, &copy, nullptr);
    va_end(copy);
    return o;
}
jobject JNICALL NewObject(JNIEnv* env, jclass c, jmethodID m, ...) {
    va_list va;
    va_start(va, m);
    jobject o = newObject(env, c, m, &va, nullptr);
    va_end(va);
    return o;
}
jobject JNICALL NewObjectA(JNIEnv* env, jclass c, jmethodID m, const jvalue* a) { return newObject(env, c, m, nullptr, a); }

jint JNICALL MonitorEnter(JNIEnv* env, jobject o) {
    runtime::monitorEnter(T(env), R(o));
    return JNI_OK;
}
jint JNICALL MonitorExit(JNIEnv* env, jobject o) { return runtime::monitorExit(T(env), R(o)) ? JNI_OK : JNI_ERR; }

// ---- Fields ----

Field* lookupField(JNIEnv* env, jclass c, const char* name, const char* sig, bool isStatic) {
    JavaThread& t = T(env);
    Klass* k = K(env, c);
    if (!runtime::initializeClass(t, k)) return nullptr;
    Field* f = runtime::findField(k, name, sig);
    if (f && f->isStatic() != isStatic) f = nullptr;
    // HotSpot's wording: GetFieldID names the class and descriptor, GetStaticFieldID only the field.
    if (!f) t.throwNew("java/lang/NoSuchFieldError", isStatic ? std::string(name) : k->externalName + "." + name + " " + sig);
    return f;
}

jfieldID JNICALL GetFieldID(JNIEnv* env, jclass c, const char* name, const char* sig) {
    return reinterpret_cast<jfieldID>(lookupField(env, c, name, sig, false));
}
jfieldID JNICALL GetStaticFieldID(JNIEnv* env, jclass c, const char* name, const char* sig) {
    return reinterpret_cast<jfieldID>(lookupField(env, c, name, sig, true));
}

template <typename J> J& staticField(jfieldID f) {
    return *reinterpret_cast<J*>(F(f)->owner->staticData.get() + F(f)->offset);
}

jobject JNICALL GetObjectField(JNIEnv* env, jobject o, jfieldID f) { return L(env, R(o)->field<Object*>(F(f)->offset)); }
void JNICALL SetObjectField(JNIEnv*, jobject o, jfieldID f, jobject v) {
    runtime::storeReference(&R(o)->field<Object*>(F(f)->offset), R(v));
}
jobject JNICALL GetStaticObjectField(JNIEnv* env, jclass, jfieldID f) { return L(env, staticField<Object*>(f)); }
// Static fields are roots, not heap fields: no card to mark.
void JNICALL SetStaticObjectField(JNIEnv*, jclass, jfieldID f, jobject v) { staticField<Object*>(f) = R(v); }

#define CORTADO_JNI_FIELDS(Type, jtype)                                                                       \
    jtype JNICALL Get##Type##Field(JNIEnv*, jobject o, jfieldID f) { return R(o)->field<jtype>(F(f)->offset); } \
    void JNICALL Set##Type##Field(JNIEnv*, jobject o, jfieldID f, jtype v) { R(o)->field<jtype>(F(f)->offset) = v; } \
    jtype JNICALL GetStatic##Type##Field(JNIEnv*, jclass, jfieldID f) { return staticField<jtype>(f); }      \
    void JNICALL SetStatic##Type##Field(JNIEnv*, jclass, jfieldID f, jtype v) { staticField<jtype>(f) = v; }

CORTADO_JNI_FIELDS(Boolean, jboolean)
CORTADO_JNI_FIELDS(Byte, jbyte)
CORTADO_JNI_FIELDS(Char, jchar)
CORTADO_JNI_FIELDS(Short, jshort)
CORTADO_JNI_FIELDS(Int, jint)
CORTADO_JNI_FIELDS(Long, jlong)
CORTADO_JNI_FIELDS(Float, jfloat)
CORTADO_JNI_FIELDS(Double, jdouble)
#undef CORTADO_JNI_FIELDS

// ---- Strings ----

Array* valueOf(JNIEnv* env, jstring s) { return R(s)->field<Array*>(T(env).vm.offsets.stringValue); }

jstring JNICALL NewString(JNIEnv* env, const jchar* chars, jsize length) {
    return L<jstring>(env, runtime::newString(T(env), std::u16string_view(reinterpret_cast<const char16_t*>(chars), size_t(length))));
}
jsize JNICALL GetStringLength(JNIEnv* env, jstring s) { return valueOf(env, s)->length; }

const jchar* JNICALL GetStringChars(JNIEnv* env, jstring s, jboolean* isCopy) {
    Array* value = valueOf(env, s);
    auto* copy = static_cast<jchar*>(std::malloc(size_t(value->length) * 2 + 2));
    std::memcpy(copy, value->data<jchar>(), size_t(value->length) * 2);
    copy[value->length] = 0;
    if (isCopy) *isCopy = JNI_TRUE;
    return copy;
}
void JNICALL ReleaseStringChars(JNIEnv*, jstring, const jchar* chars) { std::free(const_cast<jchar*>(chars)); }

jstring JNICALL NewStringUTF(JNIEnv* env, const char* utf) {
    return utf ? L<jstring>(env, runtime::newStringFromModifiedUtf8(T(env), utf)) : nullptr;
}

std::string modifiedUtf8Of(JNIEnv* env, jstring s) { return classfile::encodeModifiedUtf8(runtime::stringChars(T(env), R(s))); }

jsize JNICALL GetStringUTFLength(JNIEnv* env, jstring s) { return jsize(modifiedUtf8Of(env, s).size()); }

const char* JNICALL GetStringUTFChars(JNIEnv* env, jstring s, jboolean* isCopy) {
    std::string bytes = modifiedUtf8Of(env, s);
    auto* copy = static_cast<char*>(std::malloc(bytes.size() + 1));
    std::memcpy(copy, bytes.c_str(), bytes.size() + 1);
    if (isCopy) *isCopy = JNI_TRUE;
    return copy;
}
void JNICALL ReleaseStringUTFChars(JNIEnv*, jstring, const char* chars) { std::free(const_cast<char*>(chars)); }

bool stringRegionInBounds(JNIEnv* env, jstring s, jsize start, jsize length) {
    jsize n = valueOf(env, s)->length;
    if (start < 0 || length < 0 || start > n - length) {
        T(env).throwNew("java/lang/StringIndexOutOfBoundsException", nullptr);  // HotSpot gives no message
        return false;
    }
    return true;
}

void JNICALL GetStringRegion(JNIEnv* env, jstring s, jsize start, jsize length, jchar* buf) {
    if (stringRegionInBounds(env, s, start, length))
        std::memcpy(buf, valueOf(env, s)->data<jchar>() + start, size_t(length) * 2);
}

void JNICALL GetStringUTFRegion(JNIEnv* env, jstring s, jsize start, jsize length, char* buf) {
    if (!stringRegionInBounds(env, s, start, length)) return;
    const auto* chars = reinterpret_cast<const char16_t*>(valueOf(env, s)->data<jchar>() + start);
    std::string bytes = classfile::encodeModifiedUtf8(std::u16string_view(chars, size_t(length)));
    std::memcpy(buf, bytes.c_str(), bytes.size() + 1);
}

// Critical regions: the native may not call JNI (so cannot reach a safepoint)
// until it releases, and only this thread runs Java: the object cannot move
// meanwhile, so the VM hands out its storage directly.
const jchar* JNICALL GetStringCritical(JNIEnv* env, jstring s, jboolean* isCopy) {
    if (isCopy) *isCopy = JNI_FALSE;
    return valueOf(env, s)->data<jchar>();
}
void JNICALL ReleaseStringCritical(JNIEnv*, jstring, const jchar*) {}

void* JNICALL GetPrimitiveArrayCritical(JNIEnv*, jarray a, jboolean* isCopy) {
    if (isCopy) *isCopy = JNI_FALSE;
    return A(a)->data<char>();
}
void JNICALL ReleasePrimitiveArrayCritical(JNIEnv*, jarray, void*, jint) {}

// ---- Arrays ----

jsize JNICALL GetArrayLength(JNIEnv*, jarray a) { return A(a)->length; }

jobjectArray JNICALL NewObjectArray(JNIEnv* env, jsize length, jclass elementClass, jobject initial) {
    JavaThread& t = T(env);
    Klass* arrayClass = t.vm.loader.arrayOf(t, K(env, elementClass));
    Array* a = arrayClass ? runtime::allocateArray(t, arrayClass, length) : nullptr;
    if (!a) return nullptr;
    Object* init = R(initial);  // read after the allocation: current
    for (jsize i = 0; init && i < length; ++i) runtime::storeReference(&a->data<Object*>()[i], init);
    return L<jobjectArray>(env, a);
}

bool indexInBounds(JNIEnv* env, Array* a, jsize index) {
    if (index >= 0 && index < a->length) return true;
    T(env).throwNew("java/lang/ArrayIndexOutOfBoundsException",
                    "Index " + std::to_string(index) + " out of bounds for length " + std::to_string(a->length));
    return false;
}

jobject JNICALL GetObjectArrayElement(JNIEnv* env, jobjectArray array, jsize index) {
    Array* a = A(array);
    return indexInBounds(env, a, index) ? L(env, a->data<Object*>()[index]) : nullptr;
}

void JNICALL SetObjectArrayElement(JNIEnv* env, jobjectArray array, jsize index, jobject value) {
    Array* a = A(array);
    if (!indexInBounds(env, a, index)) return;
    Object* v = R(value);
    if (v && !v->klass->isSubclassOf(a->klass->component)) {
        // HotSpot's wording: the element type spelled with its dimensions.
        const Klass* bottom = a->klass;
        std::string dims;
        while (bottom->isArray()) {
            bottom = bottom->component;
            dims += "[]";
        }
        dims.resize(dims.size() - 2);
        T(env).throwNew("java/lang/ArrayStoreException", "type mismatch: can not store " + v->klass->externalName +
                                                             " to index " + std::to_string(index) + " of " +
                                                             bottom->externalName + dims + "[]");
        return;
    }
    runtime::storeReference(&a->data<Object*>()[index], v);
}

// JNI's check_bounds in HotSpot: the messages of Get/Set<Type>ArrayRegion.
bool regionInBounds(JNIEnv* env, Array* a, jsize start, jsize length) {
    if (length < 0) {
        T(env).throwNew("java/lang/ArrayIndexOutOfBoundsException", "Length " + std::to_string(length) + " is negative");
        return false;
    }
    if (start < 0 || start > a->length - length) {
        T(env).throwNew("java/lang/ArrayIndexOutOfBoundsException",
                        "Array region " + std::to_string(start) + ".." + std::to_string(int64_t(start) + length) +
                            " out of bounds for length " + std::to_string(a->length));
        return false;
    }
    return true;
}

// Elements are copies (objects move): Release copies back unless JNI_ABORT,
// and frees unless JNI_COMMIT.
#define CORTADO_JNI_ARRAYS(Type, jtype, basic)                                                                  \
    jtype##Array JNICALL New##Type##Array(JNIEnv* env, jsize length) {                                          \
        return L<jtype##Array>(env, runtime::allocatePrimitiveArray(T(env), basic, length));                    \
    }                                                                                                           \
    jtype* JNICALL Get##Type##ArrayElements(JNIEnv*, jtype##Array array, jboolean* isCopy) {                    \
        Array* a = A(array);                                                                                    \
        auto* copy = static_cast<jtype*>(std::malloc(size_t(a->length) * sizeof(jtype) + 1));                   \
        std::memcpy(copy, a->data<jtype>(), size_t(a->length) * sizeof(jtype));                                 \
        if (isCopy) *isCopy = JNI_TRUE;                                                                         \
        return copy;                                                                                            \
    }                                                                                                           \
    void JNICALL Release##Type##ArrayElements(JNIEnv*, jtype##Array array, jtype* elements, jint mode) {        \
        Array* a = A(array);                                                                                    \
        if (mode != JNI_ABORT) std::memcpy(a->data<jtype>(), elements, size_t(a->length) * sizeof(jtype));      \
        if (mode != JNI_COMMIT) std::free(elements);                                                            \
    }                                                                                                           \
    void JNICALL Get##Type##ArrayRegion(JNIEnv* env, jtype##Array array, jsize start, jsize n, jtype* buf) {    \
        Array* a = A(array);                                                                                    \
        if (regionInBounds(env, a, start, n)) std::memcpy(buf, a->data<jtype>() + start, size_t(n) * sizeof(jtype)); \
    }                                                                                                           \
    void JNICALL Set##Type##ArrayRegion(JNIEnv* env, jtype##Array array, jsize start, jsize n, const jtype* buf) { \
        Array* a = A(array);                                                                                    \
        if (regionInBounds(env, a, start, n)) std::memcpy(a->data<jtype>() + start, buf, size_t(n) * sizeof(jtype)); \
    }

CORTADO_JNI_ARRAYS(Boolean, jboolean, BasicType::Boolean)
CORTADO_JNI_ARRAYS(Byte, jbyte, BasicType::Byte)
CORTADO_JNI_ARRAYS(Char, jchar, BasicType::Char)
CORTADO_JNI_ARRAYS(Short, jshort, BasicType::Short)
CORTADO_JNI_ARRAYS(Int, jint, BasicType::Int)
CORTADO_JNI_ARRAYS(Long, jlong, BasicType::Long)
CORTADO_JNI_ARRAYS(Float, jfloat, BasicType::Float)
CORTADO_JNI_ARRAYS(Double, jdouble, BasicType::Double)
#undef CORTADO_JNI_ARRAYS

// ---- Registering natives ----

// HotSpot's register_native: the method must exist in the class and be native.
jint JNICALL RegisterNatives(JNIEnv* env, jclass c, const JNINativeMethod* methods, jint count) {
    JavaThread& t = T(env);
    Klass* k = K(env, c);
    for (jint i = 0; i < count; ++i) {
        Method* m = k->findDeclaredMethod(methods[i].name, methods[i].signature);
        if (!m || !m->isNative()) {
            t.throwNew("java/lang/NoSuchMethodError",
                       "Method " + runtime::methodForMessage(k, methods[i].name, methods[i].signature) +
                           (m ? " is not declared as native" : " name or signature does not match"));
            return JNI_ERR;
        }
        m->native = bindJniFunction(m, methods[i].fnPtr);
    }
    return JNI_OK;
}

jint JNICALL UnregisterNatives(JNIEnv* env, jclass c) {
    for (Method& m : K(env, c)->methods)
        if (m.isNative()) m.native = nullptr;  // looked up again at the next call
    return JNI_OK;
}

jint JNICALL GetJavaVM(JNIEnv*, JavaVM** vm) {
    *vm = &g_javaVm;
    return JNI_OK;
}

// ---- The invocation interface (one VM, one thread) ----

runtime::Vm* g_vm = nullptr;

jint JNICALL DestroyJavaVM(JavaVM*) { return JNI_ERR; }  // the launcher owns the VM
jint JNICALL AttachCurrentThread(JavaVM*, void** penv, void*) {
    *penv = envOf(*g_vm->mainThread);
    return JNI_OK;
}
jint JNICALL DetachCurrentThread(JavaVM*) { return JNI_OK; }
jint JNICALL GetEnv(JavaVM*, void** penv, jint version) {
    if (!isSupportedJniVersion(version)) {
        *penv = nullptr;
        return JNI_EVERSION;
    }
    *penv = envOf(*g_vm->mainThread);
    return JNI_OK;
}

// A table slot nobody filled: name its number (jni.h's order) and stop.
template <size_t N>
void JNICALL unimplemented() {
    std::fflush(stdout);
    std::fprintf(stderr, "Cortado: native code called JNI function #%zu of JNINativeInterface_, which Cortado does not implement (docs/jni.md)\n", N);
    std::abort();
}

template <size_t... N>
void fillUnimplemented(void** slots, std::index_sequence<N...>) {
    ((slots[N] = reinterpret_cast<void*>(&unimplemented<N>)), ...);
}

void fillTables() {
    constexpr size_t kSlots = sizeof(JNINativeInterface_) / sizeof(void*);
    fillUnimplemented(reinterpret_cast<void**>(&g_functions), std::make_index_sequence<kSlots>());
    JNINativeInterface_& f = g_functions;
    f.reserved0 = f.reserved1 = f.reserved2 = f.reserved3 = nullptr;
    f.GetVersion = GetVersion;
    f.FindClass = FindClass;
    f.GetSuperclass = GetSuperclass;
    f.IsAssignableFrom = IsAssignableFrom;
    f.Throw = Throw;
    f.ThrowNew = ThrowNew;
    f.ExceptionOccurred = ExceptionOccurred;
    f.ExceptionDescribe = ExceptionDescribe;
    f.ExceptionClear = ExceptionClear;
    f.FatalError = FatalError;
    f.ExceptionCheck = ExceptionCheck;
    f.PushLocalFrame = PushLocalFrame;
    f.PopLocalFrame = PopLocalFrame;
    f.NewGlobalRef = NewGlobalRef;
    f.DeleteGlobalRef = DeleteGlobalRef;
    f.DeleteLocalRef = DeleteLocalRef;
    f.IsSameObject = IsSameObject;
    f.NewLocalRef = NewLocalRef;
    f.EnsureLocalCapacity = EnsureLocalCapacity;
    f.GetObjectRefType = GetObjectRefType;
    f.AllocObject = AllocObject;
    f.NewObject = NewObject;
    f.NewObjectV = NewObjectV;
    f.NewObjectA = NewObjectA;
    f.GetObjectClass = GetObjectClass;
    f.IsInstanceOf = IsInstanceOf;
    f.GetMethodID = GetMethodID;
    f.GetStaticMethodID = GetStaticMethodID;
#define CORTADO_SET_CALLS(Type)                                        \
    f.Call##Type##Method = Call##Type##Method;                         \
    f.Call##Type##MethodV = Call##Type##MethodV;                       \
    f.Call##Type##MethodA = Call##Type##MethodA;                       \
    f.CallNonvirtual##Type##Method = CallNonvirtual##Type##Method;     \
    f.CallNonvirtual##Type##MethodV = CallNonvirtual##Type##MethodV;   \
    f.CallNonvirtual##Type##MethodA = CallNonvirtual##Type##MethodA;   \
    f.CallStatic##Type##Method = CallStatic##Type##Method;             \
    f.CallStatic##Type##MethodV = CallStatic##Type##MethodV;           \
    f.CallStatic##Type##MethodA = CallStatic##Type##MethodA;
    CORTADO_SET_CALLS(Object)
    CORTADO_SET_CALLS(Boolean)
    CORTADO_SET_CALLS(Byte)
    CORTADO_SET_CALLS(Char)
    CORTADO_SET_CALLS(Short)
    CORTADO_SET_CALLS(Int)
    CORTADO_SET_CALLS(Long)
    CORTADO_SET_CALLS(Float)
    CORTADO_SET_CALLS(Double)
    CORTADO_SET_CALLS(Void)
#undef CORTADO_SET_CALLS
    f.GetFieldID = GetFieldID;
    f.GetStaticFieldID = GetStaticFieldID;
    f.GetObjectField = GetObjectField;
    f.SetObjectField = SetObjectField;
    f.GetStaticObjectField = GetStaticObjectField;
    f.SetStaticObjectField = SetStaticObjectField;
#define CORTADO_SET_TYPED(Type)                                   \
    f.Get##Type##Field = Get##Type##Field;                        \
    f.Set##Type##Field = Set##Type##Field;                        \
    f.GetStatic##Type##Field = GetStatic##Type##Field;            \
    f.SetStatic##Type##Field = SetStatic##Type##Field;            \
    f.New##Type##Array = New##Type##Array;                        \
    f.Get##Type##ArrayElements = Get##Type##ArrayElements;        \
    f.Release##Type##ArrayElements = Release##Type##ArrayElements; \
    f.Get##Type##ArrayRegion = Get##Type##ArrayRegion;            \
    f.Set##Type##ArrayRegion = Set##Type##ArrayRegion;
    CORTADO_SET_TYPED(Boolean)
    CORTADO_SET_TYPED(Byte)
    CORTADO_SET_TYPED(Char)
    CORTADO_SET_TYPED(Short)
    CORTADO_SET_TYPED(Int)
    CORTADO_SET_TYPED(Long)
    CORTADO_SET_TYPED(Float)
    CORTADO_SET_TYPED(Double)
#undef CORTADO_SET_TYPED
    f.NewString = NewString;
    f.GetStringLength = GetStringLength;
    f.GetStringChars = GetStringChars;
    f.ReleaseStringChars = ReleaseStringChars;
    f.NewStringUTF = NewStringUTF;
    f.GetStringUTFLength = GetStringUTFLength;
    f.GetStringUTFChars = GetStringUTFChars;
    f.ReleaseStringUTFChars = ReleaseStringUTFChars;
    f.GetStringRegion = GetStringRegion;
    f.GetStringUTFRegion = GetStringUTFRegion;
    f.GetStringCritical = GetStringCritical;
    f.ReleaseStringCritical = ReleaseStringCritical;
    f.GetArrayLength = GetArrayLength;
    f.NewObjectArray = NewObjectArray;
    f.GetObjectArrayElement = GetObjectArrayElement;
    f.SetObjectArrayElement = SetObjectArrayElement;
    f.GetPrimitiveArrayCritical = GetPrimitiveArrayCritical;
    f.ReleasePrimitiveArrayCritical = ReleasePrimitiveArrayCritical;
    f.RegisterNatives = RegisterNatives;
    f.UnregisterNatives = UnregisterNatives;
    f.MonitorEnter = MonitorEnter;
    f.MonitorExit = MonitorExit;
    f.GetJavaVM = GetJavaVM;

    g_invokeFunctions.reserved0 = g_invokeFunctions.reserved1 = g_invokeFunctions.reserved2 = nullptr;
    g_invokeFunctions.DestroyJavaVM = DestroyJavaVM;
    g_invokeFunctions.AttachCurrentThread = AttachCurrentThread;
    g_invokeFunctions.DetachCurrentThread = DetachCurrentThread;
    g_invokeFunctions.GetEnv = GetEnv;
    g_invokeFunctions.AttachCurrentThreadAsDaemon = AttachCurrentThread;
    g_javaVm.functions = &g_invokeFunctions;
}

}  // namespace

JNIEnv* envOf(JavaThread& thread) {
    auto& env = g_envs[&thread];
    if (!env) {
        if (!g_functions.GetVersion) fillTables();
        g_vm = &thread.vm;
        env = std::make_unique<ThreadEnv>();
        env->env.functions = &g_functions;
        env->thread = &thread;
    }
    return &env->env;
}

JavaThread& threadOf(JNIEnv* env) { return T(env); }

JavaVM* javaVm(JavaThread& thread) {
    envOf(thread);  // fills the tables
    return &g_javaVm;
}

}  // namespace cortado::jni
