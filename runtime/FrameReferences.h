// The references of a frame, found precisely through its method's reference
// map (DESIGN.md "Frames and GC roots"). The collectors scan frames with
// forEachFrameReference; --verify-refmaps checks every map against the live
// frame at each call, so a wrong map shows up long before a GC trips on it.
#pragma once
#include <string>

#include "runtime/Frame.h"
#include "runtime/Klass.h"

namespace cortado::runtime {

class JavaThread;

// The method's reference maps, computed on first use (nullptr if the
// analysis rejects the method's code).
const MethodRefMaps* referenceMapsOf(Method* method, std::string* error = nullptr);

// Checks that every slot the map at the frame's pc calls a reference holds
// null or a heap object, and that the operand-stack depth matches the map.
// `error` says what is wrong.
bool checkFrameReferences(JavaThread& thread, Frame* frame, Slot* sp, std::string* error);

// Verifies and, on a mismatch, aborts naming the invariant, method and pc.
void verifyFrameReferencesOrDie(JavaThread& thread, Frame* frame, Slot* sp);

}  // namespace cortado::runtime
