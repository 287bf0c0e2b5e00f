; The operand-stack instructions.
.class public jasm/Stack
.super java/lang/Object

.method public static shuffle()V
  .limit stack 10
  pop
  pop2
  dup
  dup_x1
  dup_x2
  dup2
  dup2_x1
  dup2_x2
  swap
  return
.end method
