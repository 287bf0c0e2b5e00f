; iload_iadd's typing rule (verifier/Instructions.cpp): its local must hold an
; int, as for iload. Here local 0 is main's String[]: a VerifyError even with
; -XX:+EnableCortadoBytecodes.
.class public BadIloadIadd
.super java/lang/Object

.method public static main([Ljava/lang/String;)V
  .limit stack 1
  .limit locals 1
  iconst_1
  iload_iadd 0
  pop
  return
.end method
