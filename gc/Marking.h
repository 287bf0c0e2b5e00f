// Marking from the roots, shared by the mark-sweep heap and the generational
// heap's full collection: sets kMarkBit on every reachable object (with an
// explicit stack, any depth) and clears the referents of java.lang.ref
// References that only they reach (soft ones only when asked: before
// OutOfMemoryError).
#pragma once

namespace cortado::runtime {
class JavaThread;
}

namespace cortado::gc {

void markFromRoots(runtime::JavaThread& thread, bool clearSoftReferences);

}  // namespace cortado::gc
