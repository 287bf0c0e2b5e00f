// Helpers for writing natives: argument access and common checks.
#pragma once
#include <string>

#include "runtime/JavaThread.h"
#include "runtime/Klass.h"
#include "runtime/Object.h"
#include "runtime/Vm.h"

namespace cortado::natives {

using runtime::Array;
using runtime::JavaThread;
using runtime::Object;
using runtime::Slot;

inline Object* argRef(Slot* a, int i) { return runtime::slotToRef(a[i]); }
inline int32_t argInt(Slot* a, int i) { return runtime::slotToInt(a[i]); }
inline int64_t argLong(Slot* a, int i) { return runtime::slotToLong(a[i]); }
inline double argDouble(Slot* a, int i) { return runtime::slotToDouble(a[i]); }
inline float argFloat(Slot* a, int i) { return runtime::slotToFloat(a[i]); }

// Writes a static field of a loaded class by name (System.out and friends).
bool setStaticRef(JavaThread& thread, const char* className, const char* field, const char* descriptor, Object* value);

}  // namespace cortado::natives
