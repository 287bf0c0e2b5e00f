// Safepoint polls (DESIGN.md "Frames and GC roots"). Interpreted and compiled
// code test JavaThread::safepointRequested when a frame starts and on every
// backward branch taken (HotSpot polls at back-edges and returns), at places
// where the frame is exactly what its reference map at frame->pc describes.
// When the byte is set, the poll calls safepointReached(), which runs the
// operations queued for the thread. Allocation sites are safepoints already
// (they may collect); the polls make sure that a thread that loops or calls
// without allocating also reaches one soon, which is what another thread's
// collection, a sampling profiler or a debugger will need.
//
// With one Java thread the VM itself is the only requester today; the tool that
// uses the polls is --gc-stress-polls=N (a collection at every N-th poll), which
// checks the reference maps at loop headers and method entries the way
// --gc-stress checks them at allocations.
#pragma once
#include <functional>

namespace cortado::runtime {

class JavaThread;

using SafepointOperation = std::function<void(JavaThread&)>;

// Queues `op` to run at the thread's next poll.
void requestSafepoint(JavaThread& thread, SafepointOperation op);

// The slow path of a poll: the current frame's pc and sp are saved. Runs the
// queued operations (which may collect, so objects move) and clears the
// request, unless --gc-stress-polls keeps it set.
void safepointReached(JavaThread& thread);

// Called once the thread exists: --gc-stress-polls arms every poll.
void armSafepointStress(JavaThread& thread);

}  // namespace cortado::runtime
