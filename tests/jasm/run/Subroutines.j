; jsr/ret subroutines (a finally block the pre-Java-6 way), including a
; subroutine called from two places, a wide ret and jsr_w. Version 49: the
; last version whose verifier allows jsr (JVMS 4.9.1).
.bytecode 49.0
.class public Subroutines
.super java/lang/Object

.method public static say(Ljava/lang/String;)V
  .limit stack 2
  .limit locals 1
  getstatic java/lang/System/out Ljava/io/PrintStream;
  aload_0
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  return
.end method

.method public static divide(II)I
  .limit stack 2
  .limit locals 300
  .catch java/lang/ArithmeticException from Try to EndTry using Catch
Try:
  iload_0
  iload_1
  idiv
  istore_2
  jsr Finally
  iload_2
  ireturn
EndTry:
Catch:
  astore_3
  jsr_w Finally
  iconst_m1
  ireturn
Finally:
  astore 299
  ldc "finally"
  invokestatic Subroutines/say(Ljava/lang/String;)V
  ret 299
.end method

.method public static main([Ljava/lang/String;)V
  .limit stack 3
  .limit locals 1
  getstatic java/lang/System/out Ljava/io/PrintStream;
  bipush 84
  iconst_2
  invokestatic Subroutines/divide(II)I
  invokevirtual java/io/PrintStream/println(I)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_1
  iconst_0
  invokestatic Subroutines/divide(II)I
  invokevirtual java/io/PrintStream/println(I)V
  return
.end method
