// The class library's native methods: one table (runtime/NativeRegistry),
// filled by one registration function per area. classlib/README.md lists the
// Java side of each.
#pragma once
#include "runtime/NativeRegistry.h"

namespace cortado::natives {

void registerAll(runtime::NativeRegistry& registry);

// One per file.
void registerObjectNatives(runtime::NativeRegistry& r);    // Object, Class, String
void registerSystemNatives(runtime::NativeRegistry& r);    // System, Runtime, Shutdown, Thread
void registerThrowableNatives(runtime::NativeRegistry& r); // Throwable stack traces
void registerMathNatives(runtime::NativeRegistry& r);      // StrictMath, Float/Double bits, FloatingDecimal
void registerIoNatives(runtime::NativeRegistry& r);        // FileInputStream, FileOutputStream, FileDescriptor
void registerFileSystemNatives(runtime::NativeRegistry& r); // java.io.UnixFileSystem (behind File)
// The bootstrap methods the VM links itself (runtime/CallSiteLinking.h).
void registerStringConcatBootstraps(runtime::NativeRegistry& r);  // StringConcatFactory
void registerLambdaBootstraps(runtime::NativeRegistry& r);        // LambdaMetafactory
void registerRecordBootstraps(runtime::NativeRegistry& r);        // java.lang.runtime.ObjectMethods

}  // namespace cortado::natives
