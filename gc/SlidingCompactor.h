// Sliding compaction of a FreeListSpace (the old generation), run after
// marking instead of a sweep when fragmentation demands it: every live object
// slides towards the bottom of the space in address order, so afterwards the
// space is one dense run of objects followed by one free bump area.
//
// The algorithm is Lisp2 (as in HotSpot's Serial full collection):
//   1. walk the space in address order and give each marked object its new
//      address, kept in its mark word (the displaced mark words that carry an
//      identity hash or a lock count are saved aside: HotSpot's "preserved
//      marks");
//   2. update every reference into the space: the roots, the fields of the live
//      objects of the space, and the fields of the live objects elsewhere (the
//      young generation), which the caller enumerates;
//   3. slide the objects down (memmove: a destination is never above its
//      source), restore the saved mark words and clear the mark bits.
// Objects outside the space do not move, so their marks are left alone.
#pragma once
#include <functional>

#include "gc/FreeListSpace.h"
#include "runtime/Object.h"

namespace cortado::runtime {
class JavaThread;
}

namespace cortado::gc {

// Calls its argument once for every live (marked) object outside the space.
using OtherLiveObjects = std::function<void(const std::function<void(runtime::Object*)>&)>;

// Precondition: every reachable object (inside and outside `space`) is marked
// (markFromRoots). Afterwards the space's objects are unmarked and its free
// lists empty; the caller must treat all its cards as dirty.
void slideCompact(runtime::JavaThread& thread, FreeListSpace& space, const OtherLiveObjects& others);

}  // namespace cortado::gc
