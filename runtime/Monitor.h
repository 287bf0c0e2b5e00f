// Object monitors (JVMS 2.11.10, 6.5 monitorenter/monitorexit). The VM runs
// one Java thread, which therefore always wins the lock; what remains to get
// right is the recursion count and IllegalMonitorStateException for an exit
// without a matching enter. The count lives in the mark word (runtime/Object.h);
// a multi-threaded VM would inflate to a monitor table here, behind the same calls.
#pragma once
#include "runtime/Object.h"

namespace cortado::runtime {

class JavaThread;

void monitorEnter(JavaThread& thread, Object* o);
// False, with IllegalMonitorStateException pending, if the thread does not hold it.
bool monitorExit(JavaThread& thread, Object* o);
bool holdsMonitor(JavaThread& thread, Object* o);

}  // namespace cortado::runtime
