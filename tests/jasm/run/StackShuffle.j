; swap and every dup form, on ints and longs, printed so that a wrong
; shuffle shows. Class-file version 45.3 (Jasmin's default).
.class public StackShuffle
.super java/lang/Object

.method public static print(I)V
  .limit stack 2
  .limit locals 1
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iload_0
  invokevirtual java/io/PrintStream/println(I)V
  return
.end method

.method public static print(J)V
  .limit stack 3
  .limit locals 2
  getstatic java/lang/System/out Ljava/io/PrintStream;
  lload_0
  invokevirtual java/io/PrintStream/println(J)V
  return
.end method

.method public static main([Ljava/lang/String;)V
  .limit stack 12
  .limit locals 1
  ; swap: 1 2 -> 2 1
  iconst_1
  iconst_2
  swap
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  ; dup_x1: 1 2 -> 2 1 2
  iconst_1
  iconst_2
  dup_x1
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  ; dup_x2 (form 1): 1 2 3 -> 3 1 2 3
  iconst_1
  iconst_2
  iconst_3
  dup_x2
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  ; dup2 on two ints: 4 5 -> 4 5 4 5
  iconst_4
  iconst_5
  dup2
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  ; dup2_x1 on a long under an int: 7 L -> L 7 L
  bipush 7
  ldc2_w 123456789012
  dup2_x1
  invokestatic StackShuffle/print(J)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(J)V
  ; dup2_x2 form 1: 1 2 3 4 -> 3 4 1 2 3 4
  iconst_1
  iconst_2
  iconst_3
  iconst_4
  dup2_x2
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  ; dup2_x2 form 4: long under long: A B -> B A B
  ldc2_w 11
  ldc2_w 22
  dup2_x2
  invokestatic StackShuffle/print(J)V
  invokestatic StackShuffle/print(J)V
  invokestatic StackShuffle/print(J)V
  ; dup2_x2 form 2: 1 2 L -> L 1 2 L
  iconst_1
  iconst_2
  ldc2_w -33
  dup2_x2
  invokestatic StackShuffle/print(J)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(J)V
  ; dup2_x2 form 3: L 1 2 -> 1 2 L 1 2
  ldc2_w 44
  iconst_1
  iconst_2
  dup2_x2
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(J)V
  invokestatic StackShuffle/print(I)V
  invokestatic StackShuffle/print(I)V
  ; pop and pop2 leave the bottom value
  bipush 99
  iconst_0
  pop
  ldc2_w 5
  pop2
  invokestatic StackShuffle/print(I)V
  return
.end method
