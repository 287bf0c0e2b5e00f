#include "runtime/Monitor.h"

#include "runtime/JavaThread.h"

namespace cortado::runtime {

void monitorEnter(JavaThread&, Object* o) {
    o->mark += uint64_t(1) << mark::kLockShift;
}

bool monitorExit(JavaThread& thread, Object* o) {
    if ((o->mark & mark::kLockMask) == 0) {
        thread.throwNew("java/lang/IllegalMonitorStateException", "current thread is not owner");
        return false;
    }
    o->mark -= uint64_t(1) << mark::kLockShift;
    return true;
}

bool holdsMonitor(JavaThread&, Object* o) { return (o->mark & mark::kLockMask) != 0; }

}  // namespace cortado::runtime
