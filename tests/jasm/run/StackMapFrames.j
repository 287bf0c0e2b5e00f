; Version 52 classes must carry StackMapTable frames (JVMS 4.10.1): these are
; hand-written with JasminXT's .stack syntax, at a loop head, a join after an
; if, an exception handler and with an uninitialized object on the stack.
.bytecode 52.0
.class public StackMapFrames
.super java/lang/Object

.method public <init>()V
  .limit stack 1
  .limit locals 1
  aload_0
  invokespecial java/lang/Object/<init>()V
  return
.end method

; sum of 1..n, with a frame at the loop head
.method public static sum(I)I
  .limit stack 2
  .limit locals 3
  iconst_0
  istore_1
  iconst_1
  istore_2
Loop:
  .stack
    offset Loop
    locals Integer
    locals Integer
    locals Integer
  .end stack
  iload_2
  iload_0
  if_icmpgt Done
  iload_1
  iload_2
  iadd
  istore_1
  iinc 2 1
  goto Loop
Done:
  .stack use locals
  .end stack
  iload_1
  ireturn
.end method

; "neg" or "non-neg": a join with a String on the stack
.method public static sign(I)Ljava/lang/String;
  .limit stack 1
  .limit locals 1
  iload_0
  ifge NonNeg
  ldc "neg"
  goto Join
NonNeg:
  .stack
    locals Integer
  .end stack
  ldc "non-neg"
Join:
  .stack
    locals Integer
    stack Object java/lang/String
  .end stack
  areturn
.end method

; a handler frame: the exception on the stack
.method public static safeDivide(II)I
  .limit stack 2
  .limit locals 2
  .catch java/lang/ArithmeticException from Try to EndTry using Catch
Try:
  iload_0
  iload_1
  idiv
EndTry:
  ireturn
Catch:
  .stack
    locals Integer
    locals Integer
    stack Object java/lang/ArithmeticException
  .end stack
  pop
  iconst_m1
  ireturn
.end method

; new StringBuilder(cond ? "a" : "b"): a branch while the object is uninitialized
.method public static pick(Z)Ljava/lang/String;
  .limit stack 3
  .limit locals 1
New:
  new java/lang/StringBuilder
  dup
  iload_0
  ifeq UseB
  ldc "a"
  goto Make
UseB:
  .stack
    locals Integer
    stack Uninitialized New
    stack Uninitialized New
  .end stack
  ldc "b"
Make:
  .stack
    locals Integer
    stack Uninitialized New
    stack Uninitialized New
    stack Object java/lang/String
  .end stack
  invokespecial java/lang/StringBuilder/<init>(Ljava/lang/String;)V
  invokevirtual java/lang/StringBuilder/toString()Ljava/lang/String;
  areturn
.end method

.method public static main([Ljava/lang/String;)V
  .limit stack 3
  .limit locals 1
  getstatic java/lang/System/out Ljava/io/PrintStream;
  bipush 100
  invokestatic StackMapFrames/sum(I)I
  invokevirtual java/io/PrintStream/println(I)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_m1
  invokestatic StackMapFrames/sign(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_5
  invokestatic StackMapFrames/sign(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  bipush 7
  iconst_0
  invokestatic StackMapFrames/safeDivide(II)I
  invokevirtual java/io/PrintStream/println(I)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_1
  invokestatic StackMapFrames/pick(Z)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_0
  invokestatic StackMapFrames/pick(Z)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  return
.end method
