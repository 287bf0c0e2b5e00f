; Every load and store, the short _0.._3 forms, iinc, and the wide forms
; that large indexes and increments imply.
.class public jasm/Locals
.super java/lang/Object

.method public static loads()V
  .limit stack 40
  .limit locals 400
  iload 4
  iload_0
  iload_1
  iload_2
  iload_3
  lload 4
  lload_0
  lload_1
  lload_2
  lload_3
  fload 4
  fload_0
  fload_1
  fload_2
  fload_3
  dload 4
  dload_0
  dload_1
  dload_2
  dload_3
  aload 4
  aload_0
  aload_1
  aload_2
  aload_3
  iload 300
  lload 256
  fload 65535
  dload 1000
  aload 399
  return
.end method

.method public static stores()V
  .limit stack 40
  .limit locals 400
  istore 4
  istore_0
  istore_1
  istore_2
  istore_3
  lstore 4
  lstore_0
  lstore_1
  lstore_2
  lstore_3
  fstore 4
  fstore_0
  fstore_1
  fstore_2
  fstore_3
  dstore 4
  dstore_0
  dstore_1
  dstore_2
  dstore_3
  astore 4
  astore_0
  astore_1
  astore_2
  astore_3
  istore 300
  lstore 256
  fstore 300
  dstore 300
  astore 300
  iinc 1 1
  iinc 255 -128
  iinc 1 127
  iinc 2 1000
  iinc 300 1
  iinc 300 -32768
  return
.end method
