; Arithmetic, logic, shifts, conversions and comparisons.
.class public jasm/Arithmetic
.super java/lang/Object

.method public static math()V
  .limit stack 8
  iadd
  ladd
  fadd
  dadd
  isub
  lsub
  fsub
  dsub
  imul
  lmul
  fmul
  dmul
  idiv
  ldiv
  fdiv
  ddiv
  irem
  lrem
  frem
  drem
  ineg
  lneg
  fneg
  dneg
  ishl
  lshl
  ishr
  lshr
  iushr
  lushr
  iand
  land
  ior
  lor
  ixor
  lxor
  return
.end method

.method public static convert()V
  .limit stack 8
  i2l
  i2f
  i2d
  l2i
  l2f
  l2d
  f2i
  f2l
  f2d
  d2i
  d2l
  d2f
  i2b
  i2c
  i2s
  lcmp
  fcmpl
  fcmpg
  dcmpl
  dcmpg
  return
.end method
