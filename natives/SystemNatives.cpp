// java.lang.System, Runtime, Shutdown and Thread natives.
#include <chrono>
#include <clocale>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <pwd.h>
#include <sys/utsname.h>
#include <thread>
#include <unistd.h>

#include "natives/Natives.h"
#include "natives/NativeSupport.h"
#include "runtime/Allocation.h"
#include "runtime/ArrayCopy.h"
#include "runtime/Barrier.h"
#include "runtime/PlatformEncoding.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"

namespace cortado::natives {

using namespace runtime;

int32_t identityHash(JavaThread& thread, Object* o);  // ObjectNatives.cpp

// ---- System.arraycopy (with JDK 17's exception messages) ---------------------

static std::string arrayTypeName(Klass* k) {
    return k->component->isPrimitiveClass ? k->component->externalName : "object array";
}

static Slot systemArraycopy(JavaThread& t, Slot* a) {
    auto* src = static_cast<Array*>(argRef(a, 0));
    int32_t srcPos = argInt(a, 1);
    auto* dst = static_cast<Array*>(argRef(a, 2));
    int32_t dstPos = argInt(a, 3);
    int32_t length = argInt(a, 4);
    if (copyArrayUnchecked(src, srcPos, dst, dstPos, length)) return 0;
    // Something to throw, or reference arrays whose element types may not fit.
    if (!src || !dst) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return 0;
    }
    if (!src->klass->isArray()) {
        t.throwNew("java/lang/ArrayStoreException", "arraycopy: source type " + src->klass->externalName + " is not an array");
        return 0;
    }
    if (!dst->klass->isArray()) {
        t.throwNew("java/lang/ArrayStoreException", "arraycopy: destination type " + dst->klass->externalName + " is not an array");
        return 0;
    }
    Klass* sc = src->klass->component;
    Klass* dc = dst->klass->component;
    if ((sc->isPrimitiveClass || dc->isPrimitiveClass) && sc != dc) {
        auto typeName = [](Klass* k) { return k->component->isPrimitiveClass ? k->component->externalName + "[]" : "object array[]"; };
        t.throwNew("java/lang/ArrayStoreException",
                   "arraycopy: type mismatch: can not copy " + typeName(src->klass) + " into " + typeName(dst->klass));
        return 0;
    }
    auto bounds = [&](const char* what, int64_t value, Array* arr) {
        t.throwNew("java/lang/ArrayIndexOutOfBoundsException",
                   std::string("arraycopy: ") + what + std::to_string(value) + " out of bounds for " + arrayTypeName(arr->klass) +
                       "[" + std::to_string(arr->length) + "]");
    };
    if (length < 0) {
        t.throwNew("java/lang/ArrayIndexOutOfBoundsException", "arraycopy: length " + std::to_string(length) + " is negative");
        return 0;
    }
    if (srcPos < 0) { bounds("source index ", srcPos, src); return 0; }
    if (dstPos < 0) { bounds("destination index ", dstPos, dst); return 0; }
    if (int64_t(srcPos) + length > src->length) { bounds("last source index ", int64_t(srcPos) + length, src); return 0; }
    if (int64_t(dstPos) + length > dst->length) { bounds("last destination index ", int64_t(dstPos) + length, dst); return 0; }
    // Reference arrays whose element types may not fit (copyArrayUnchecked
    // did every other copy): check each element, copying up to the first misfit.
    Object** from = src->data<Object*>() + srcPos;
    Object** to = dst->data<Object*>() + dstPos;
    for (int32_t i = 0; i < length; ++i) {
        Object* o = from[i];
        if (o && !o->klass->isSubclassOf(dc)) {
            t.throwNew("java/lang/ArrayStoreException",
                       "arraycopy: element type mismatch: can not cast one of the elements of " + sc->externalName +
                           "[] to the type of the destination array, " + dc->externalName);
            return 0;
        }
        storeReference(&to[i], o);
    }
    return 0;
}

static Slot systemCurrentTimeMillis(JavaThread&, Slot*) {
    using namespace std::chrono;
    return longToSlot(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

static Slot systemNanoTime(JavaThread&, Slot*) {
    using namespace std::chrono;
    return longToSlot(duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count());
}

static Slot systemIdentityHashCode(JavaThread& t, Slot* a) { return intToSlot(identityHash(t, argRef(a, 0))); }

// user.language / user.country as JDK 17's java_props_md.c derives them from the LC_MESSAGES
// locale: "C" and "POSIX" (or a locale the host does not have) mean en_US; the encoding
// (".UTF-8") and modifier ("@euro") are dropped, and the language "C" of "C.UTF-8" maps to "en".
static std::pair<std::string, std::string> hostLocale() {
    const char* saved = std::setlocale(LC_MESSAGES, nullptr);
    std::string previous = saved ? saved : "C";
    const char* current = std::setlocale(LC_MESSAGES, "");
    std::string name = current ? current : "C";
    std::setlocale(LC_MESSAGES, previous.c_str());
    if (name == "C" || name == "POSIX") name = "en_US";
    name = name.substr(0, name.find_first_of(".@"));
    std::string language = name.substr(0, name.find('_'));
    std::string country = name.find('_') == std::string::npos ? "" : name.substr(name.find('_') + 1);
    if (language == "C" || language == "POSIX" || language.empty()) language = "en";
    return {language, country};
}

static Slot systemVmProperties(JavaThread& t, Slot*) {
    std::vector<std::pair<std::string, std::string>> props;
    char cwd[PATH_MAX];
    const char* dir = ::getcwd(cwd, sizeof cwd) ? cwd : ".";
    const char* home = std::getenv("HOME");
    const passwd* pw = ::getpwuid(::getuid());
    std::string encoding = platformEncoding();
    struct utsname uts;
    std::string osVersion = ::uname(&uts) == 0 ? uts.release : "";
    std::string classPath;
    for (const auto& p : t.vm.options.classPath) classPath += (classPath.empty() ? "" : ":") + p;
    props = {
        {"java.version", "17.0.15"},
        {"java.version.date", "2025-04-15"},
        {"java.vendor", "Cortado"},
        {"java.vm.name", "Cortado"},
        {"java.vm.vendor", "Cortado"},
        {"java.vm.version", "0.1"},
        {"java.vm.specification.version", "17"},
        {"java.vm.specification.name", "Java Virtual Machine Specification"},
        {"java.vm.specification.vendor", "Oracle Corporation"},
        {"java.specification.version", "17"},
        {"java.specification.name", "Java Platform API Specification"},
        {"java.specification.vendor", "Oracle Corporation"},
        {"java.runtime.name", "Cortado"},
        {"java.class.version", "61.0"},
        {"java.class.path", classPath.empty() ? "." : classPath},
        {"java.home", "/usr/lib/jvm/cortado"},
        {"java.io.tmpdir", "/tmp"},
        {"java.library.path", "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib"},
        {"os.name", "Linux"},
        {"os.arch", "amd64"},
        {"os.version", osVersion},
        {"file.separator", "/"},
        {"path.separator", ":"},
        {"line.separator", "\n"},
        {"file.encoding", encoding},
        {"native.encoding", encoding},
        {"sun.jnu.encoding", encoding},
        {"user.dir", dir},
        {"user.home", home ? home : (pw ? pw->pw_dir : "?")},
        {"user.name", pw ? pw->pw_name : "?"},
        {"sun.java.command", t.vm.options.javaCommand},
        {"java.runtime.version", "17.0.15+6-cortado"},
        {"java.vm.info", "interpreted mode"},
        {"jdk.debug", "release"},
        {"sun.java.launcher", "SUN_STANDARD"},
        {"sun.boot.library.path", "/usr/lib/jvm/cortado/lib"},
        {"sun.arch.data.model", "64"},
        {"sun.cpu.endian", "little"},
        {"sun.io.unicode.encoding", "UnicodeLittle"},
    };
    auto [language, country] = hostLocale();
    props.emplace_back("user.language", language);
    if (!country.empty()) props.emplace_back("user.country", country);
    // HotSpot sets the console encodings only when the stream is a terminal.
    if (::isatty(1)) props.emplace_back("sun.stdout.encoding", encoding);
    if (::isatty(2)) props.emplace_back("sun.stderr.encoding", encoding);
    for (const auto& p : t.vm.options.properties) props.push_back(p);

    HandleScope scope(t.handles);
    Klass* arrayClass = t.vm.loader.arrayOf(t, t.vm.stringClass);
    if (!arrayClass) return 0;
    Handle<Array> result(t.handles, allocateArray(t, arrayClass, static_cast<int32_t>(props.size() * 2)));
    if (!result) return 0;
    for (size_t i = 0; i < props.size(); ++i) {
        Object* k = newStringFromUtf8(t, props[i].first);
        if (!k) return 0;
        storeReference(&result->data<Object*>()[2 * i], k);
        Object* v = newStringFromUtf8(t, props[i].second);
        if (!v) return 0;
        storeReference(&result->data<Object*>()[2 * i + 1], v);
    }
    return refToSlot(result.get());
}

static Slot systemSetIn0(JavaThread& t, Slot* a) { setStaticRef(t, "java/lang/System", "in", "Ljava/io/InputStream;", argRef(a, 0)); return 0; }
static Slot systemSetOut0(JavaThread& t, Slot* a) { setStaticRef(t, "java/lang/System", "out", "Ljava/io/PrintStream;", argRef(a, 0)); return 0; }
static Slot systemSetErr0(JavaThread& t, Slot* a) { setStaticRef(t, "java/lang/System", "err", "Ljava/io/PrintStream;", argRef(a, 0)); return 0; }

static Slot systemGetenv0(JavaThread& t, Slot* a) {
    auto* bytes = static_cast<Array*>(argRef(a, 0));
    if (!bytes) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return 0;
    }
    std::string name(bytes->data<char>(), size_t(bytes->length));
    if (name.find('\0') != std::string::npos) return 0;  // no variable has a NUL in its name
    const char* v = std::getenv(name.c_str());
    return v ? refToSlot(newString(t, decodePlatformString(v))) : 0;
}

// Shutdown.halt0: the end of the process (System.exit, Runtime.halt).
static Slot shutdownHalt0(JavaThread& t, Slot* a) {
    t.vm.shutdown();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(argInt(a, 0));
}

static Slot runtimeAvailableProcessors(JavaThread&, Slot*) {
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return intToSlot(n > 0 ? int32_t(n) : 1);
}
static Slot runtimeFreeMemory(JavaThread& t, Slot*) {
    return longToSlot(int64_t(t.vm.heap->capacityBytes() - t.vm.heap->usedBytes()));
}
static Slot runtimeTotalMemory(JavaThread& t, Slot*) { return longToSlot(int64_t(t.vm.heap->capacityBytes())); }
static Slot runtimeMaxMemory(JavaThread& t, Slot*) { return longToSlot(int64_t(t.vm.heap->maxBytes())); }
static Slot runtimeGc(JavaThread& t, Slot*) {
    t.vm.heap->collect(t, GcCause::SystemGc);
    return 0;
}

static Slot threadCurrentThread(JavaThread& t, Slot*) { return refToSlot(t.threadObject); }
static Slot threadSleep0(JavaThread&, Slot* a) {
    std::this_thread::sleep_for(std::chrono::milliseconds(argLong(a, 0)));
    return 0;
}

void registerSystemNatives(NativeRegistry& r) {
    const char* S = "java/lang/System";
    r.add(S, "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", systemArraycopy);
    r.add(S, "currentTimeMillis", "()J", systemCurrentTimeMillis);
    r.add(S, "nanoTime", "()J", systemNanoTime);
    r.add(S, "identityHashCode", "(Ljava/lang/Object;)I", systemIdentityHashCode);
    r.add(S, "vmProperties", "()[Ljava/lang/String;", systemVmProperties);
    r.add(S, "setIn0", "(Ljava/io/InputStream;)V", systemSetIn0);
    r.add(S, "setOut0", "(Ljava/io/PrintStream;)V", systemSetOut0);
    r.add(S, "setErr0", "(Ljava/io/PrintStream;)V", systemSetErr0);
    r.add(S, "getenv0", "([B)Ljava/lang/String;", systemGetenv0);
    r.add("java/lang/Shutdown", "halt0", "(I)V", shutdownHalt0);
    const char* R = "java/lang/Runtime";
    r.add(R, "availableProcessors", "()I", runtimeAvailableProcessors);
    r.add(R, "freeMemory", "()J", runtimeFreeMemory);
    r.add(R, "totalMemory", "()J", runtimeTotalMemory);
    r.add(R, "maxMemory", "()J", runtimeMaxMemory);
    r.add(R, "gc", "()V", runtimeGc);
    r.add("java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", threadCurrentThread);
    r.add("java/lang/Thread", "sleep0", "(J)V", threadSleep0);
}

}  // namespace cortado::natives
