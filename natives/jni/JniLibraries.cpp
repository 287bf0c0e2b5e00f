// Native libraries (docs/jni.md): Runtime.loadLibraryFile, which
// System.load/loadLibrary reach after finding the file, dlopens a library
// once and runs its JNI_OnLoad; the VM's native-table fallback looks a method
// up in the loaded libraries by its JNI names (short form in every library,
// then long form, as HotSpot's NativeLookup does), or binds it to libc for
// the classes named by -Dcortado.libc.
#include <dlfcn.h>

#include <cstdio>
#include <sstream>
#include <vector>

#include "natives/jni/Jni.h"
#include "natives/NativeSupport.h"
#include "runtime/Strings.h"

namespace cortado::jni {

using runtime::JavaThread;
using runtime::Method;
using runtime::Slot;

namespace {

struct Library {
    std::string path;  // canonical
    void* handle;
};

std::vector<Library>& libraries() {
    static std::vector<Library> all;
    return all;
}

// The classes (binary names) whose static natives bind to libc functions of the same name.
bool isLibcClass(JavaThread& thread, const runtime::Klass* k) {
    for (const auto& [key, value] : thread.vm.options.properties) {
        if (key != "cortado.libc") continue;
        std::stringstream names(value);
        for (std::string name; std::getline(names, name, ',');)
            if (name == k->externalName) return true;
    }
    return false;
}

runtime::NativeFunction linkNative(JavaThread& thread, Method* m) {
    if (isLibcClass(thread, m->owner) && libcBindable(m))
        if (void* fn = ::dlsym(RTLD_DEFAULT, m->name.c_str())) return bindLibcFunction(m, fn);
    std::string shortName = shortJniName(m->owner->name, m->name);
    for (const Library& lib : libraries())
        if (void* fn = ::dlsym(lib.handle, shortName.c_str())) return bindJniFunction(m, fn);
    std::string longName = longJniName(m->owner->name, m->name, m->descriptor);
    for (const Library& lib : libraries())
        if (void* fn = ::dlsym(lib.handle, longName.c_str())) return bindJniFunction(m, fn);
    return nullptr;
}

// Runtime.loadLibraryFile(String canonicalPath): dlopen, then JNI_OnLoad (JNI 12.1).
Slot loadLibraryFile(JavaThread& thread, Slot* a) {
    std::string path = runtime::stringToUtf8(thread, natives::argRef(a, 0));
    for (const Library& lib : libraries())
        if (lib.path == path) return 0;  // loaded once per VM (one class loader here)
    void* handle = ::dlopen(path.c_str(), RTLD_LAZY);
    if (!handle) {
        const char* error = ::dlerror();
        // JVM_LoadLibrary's wording: the file, then what the dynamic linker said.
        thread.throwNew("java/lang/UnsatisfiedLinkError", path + ": " + (error ? error : "cannot open"));
        return 0;
    }
    libraries().push_back({path, handle});
    jint version = JNI_VERSION_1_1;
    if (auto onLoad = reinterpret_cast<jint (*)(JavaVM*, void*)>(::dlsym(handle, "JNI_OnLoad"))) {
        thread.jniLocals.pushFrame();
        version = onLoad(javaVm(thread), nullptr);
        thread.jniLocals.popFrame();
        if (thread.hasPendingException()) return 0;
    }
    if (!isSupportedJniVersion(version)) {
        char message[512];
        std::snprintf(message, sizeof message, "unsupported JNI version 0x%x required by %s", unsigned(version),
                      path.c_str());
        thread.throwNew("java/lang/UnsatisfiedLinkError", message);
    }
    return 0;
}

}  // namespace

bool isSupportedJniVersion(jint v) {
    return v == JNI_VERSION_1_1 || v == JNI_VERSION_1_2 || v == JNI_VERSION_1_4 || v == JNI_VERSION_1_6 ||
           v == JNI_VERSION_1_8 || v == JNI_VERSION_9 || v == JNI_VERSION_10;
}

void install(runtime::Vm& vm) {
    vm.natives.add("java/lang/Runtime", "loadLibraryFile", "(Ljava/lang/String;)V", loadLibraryFile);
    vm.natives.fallback = linkNative;
}

}  // namespace cortado::jni
