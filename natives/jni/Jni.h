// The Java Native Interface (docs/jni.md): native libraries loaded by
// System.load/loadLibrary, native methods bound to their functions by JNI
// name or RegisterNatives, and the JNIEnv function table they call back
// through. Declared against the JDK's own jni.h.
#pragma once
#include <jni.h>

#include <string>
#include <string_view>

#include "runtime/JavaThread.h"
#include "runtime/Klass.h"
#include "runtime/Vm.h"

namespace cortado::jni {

// Installs the JNI: registers Runtime's library-loading natives and makes the
// JNI lookup the fallback of the VM's native table (runtime/NativeRegistry.h).
void install(runtime::Vm& vm);

// ---- JniMangle.cpp: JNI 2.2 "Resolving Native Method Names" ----
// "Java_p_q_C_name" (short form) and that plus "__" and the mangled argument
// descriptors (long form, for overloads).
std::string mangle(std::u16string_view chars);
std::string shortJniName(std::string_view className, std::string_view methodName);
std::string longJniName(std::string_view className, std::string_view methodName, std::string_view descriptor);

// ---- JniEnv.cpp: the function tables ----
// The thread's JNIEnv (one per JavaThread, made on first use) and back.
JNIEnv* envOf(runtime::JavaThread& thread);
runtime::JavaThread& threadOf(JNIEnv* env);
JavaVM* javaVm(runtime::JavaThread& thread);

// ---- JniCall.cpp: calling native code ----
// A NativeFunction that calls the JNI function `code` for `method` (the VM
// passes JNIEnv*, the class or receiver, then the arguments as C types).
runtime::NativeFunction bindJniFunction(runtime::Method* method, void* code);
// A NativeFunction that calls the C function `code` directly with the
// method's arguments (the -Dcortado.libc binding: no JNIEnv, no class).
runtime::NativeFunction bindLibcFunction(runtime::Method* method, void* code);
// Whether the libc binding can pass and return the method's types.
bool libcBindable(const runtime::Method* method);

// ---- JniLibraries.cpp ----
// JNI_OnLoad and friends need the version check HotSpot 17 makes.
bool isSupportedJniVersion(jint version);

}  // namespace cortado::jni
