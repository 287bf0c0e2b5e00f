// JasminXT's hand-written StackMapTable frames (JVMS 4.7.4), for class files
// of version 50 and later:
//   .stack [use [N] locals]
//       [offset LABEL-or-PC]
//       locals TYPE [ARG]      ; repeated, in slot order (Long/Double once)
//       stack TYPE [ARG]       ; repeated, bottom first
//   .end stack
// TYPE is Top Integer Float Long Double Null UninitializedThis, Object CLASS
// or Uninitialized LABEL-or-PC (of the `new`). Without offset the frame is at
// the next instruction. `use [N] locals` starts from the previous frame's
// locals (its first N). Frames are written as the verifier will read them;
// `.stack compute` asks for computed frames instead (FrameComputation.h).
#pragma once
#include "classfile/writer/ClassWriter.h"
#include "tools/jasm/MethodState.h"
#include "tools/jasm/TokenCursor.h"

namespace cortado::jasm {

// Called after the `.stack` word; reads up to and including `.end stack`.
void assembleStackFrame(TokenCursor& in, MethodState& method, classwriter::ClassWriter& cls);

}  // namespace cortado::jasm
