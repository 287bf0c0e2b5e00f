; Cortado's own instruction iload_iadd (classfile/Bytecodes.def, 0xee), the
; worked example of docs/adding-a-bytecode.md: `iload_iadd n` adds local n to
; the int on top of the stack, wrapping like iadd. Run by ctest under -Xint and
; -Xcomp with -XX:+EnableCortadoBytecodes (tests/bytecodes/CMakeLists.txt).
; Class-file version 45.3 (Jasmin's default): verified by type inference.
.class public IloadIadd
.super java/lang/Object

; 1 + 2 + ... + n, with the accumulator in local 1: a loop, so -Xcomp's code
; runs the instruction many times and OSR has a back-edge to look at.
.method public static sum(I)I
  .limit stack 2
  .limit locals 2
  iconst_0
  istore_1
Loop:
  iload_0
  ifle Done
  iload_1
  iload_iadd 0
  istore_1
  iinc 0 -1
  goto Loop
Done:
  iload_1
  ireturn
.end method

; a + b through the new instruction: the operand order and the wraparound.
.method public static add(II)I
  .limit stack 1
  .limit locals 2
  iload_0
  iload_iadd 1
  ireturn
.end method

.method public static print(I)V
  .limit stack 2
  .limit locals 1
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iload_0
  invokevirtual java/io/PrintStream/println(I)V
  return
.end method

.method public static main([Ljava/lang/String;)V
  .limit stack 2
  .limit locals 1
  bipush 10
  invokestatic IloadIadd/sum(I)I
  invokestatic IloadIadd/print(I)V
  sipush 1000
  invokestatic IloadIadd/sum(I)I
  invokestatic IloadIadd/print(I)V
  ldc 2147483647
  iconst_1
  invokestatic IloadIadd/add(II)I
  invokestatic IloadIadd/print(I)V
  bipush -5
  iconst_3
  invokestatic IloadIadd/add(II)I
  invokestatic IloadIadd/print(I)V
  return
.end method
