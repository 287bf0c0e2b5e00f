#include "runtime/Safepoint.h"

#include <utility>
#include <vector>

#include "runtime/JavaThread.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

void requestSafepoint(JavaThread& thread, SafepointOperation op) {
    thread.safepointOperations.push_back(std::move(op));
    thread.safepointRequested = 1;
}

void safepointReached(JavaThread& thread) {
    // Operations may queue more operations: take the list first.
    std::vector<SafepointOperation> operations;
    operations.swap(thread.safepointOperations);
    uint64_t interval = thread.vm.options.gcStressPollInterval;
    thread.safepointRequested = interval ? 1 : 0;
    for (auto& op : operations) op(thread);
    if (interval && ++thread.safepointPolls % interval == 0) thread.vm.heap->collect(thread, GcCause::Stress);
}

void armSafepointStress(JavaThread& thread) {
    if (thread.vm.options.gcStressPollInterval) thread.safepointRequested = 1;
}

}  // namespace cortado::runtime
