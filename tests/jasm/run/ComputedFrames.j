; Frames computed by the assembler (`.stack compute`, docs/assembler.md) from
; the verifier's type inference: no method here has a hand-written .stack or
; .limit, and version 52 needs a StackMapTable wherever branches meet, so
; HotSpot and Cortado run this only if the computed frames and limits are right.
.bytecode 52.0
.class public ComputedFrames
.super java/lang/Object

.field private value I

; A branch before super(): the frame at Ready holds UninitializedThis.
.method public <init>(I)V
  .stack compute
  iload_1
  ifge Ready
  iconst_0
  istore_1
Ready:
  aload_0
  invokespecial java/lang/Object/<init>()V
  aload_0
  iload_1
  putfield ComputedFrames/value I
  return
.end method

; A loop over long and double locals: each is one frame entry for two slots.
.method static sums(I)V
  .stack compute
  lconst_0
  lstore_1
  dconst_0
  dstore_3
  iconst_0
  istore 5
Loop:
  iload 5
  iload_0
  if_icmpge Done
  lload_1
  iload 5
  i2l
  ladd
  lstore_1
  dload_3
  iload 5
  i2d
  ldc2_w 0.5
  dmul
  dadd
  dstore_3
  iinc 5 1
  goto Loop
Done:
  getstatic java/lang/System/out Ljava/io/PrintStream;
  lload_1
  invokevirtual java/io/PrintStream/println(J)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  dload_3
  invokevirtual java/io/PrintStream/println(D)V
  return
.end method

; A `new` before a branch: Make's frame has Uninitialized(New) twice on the stack.
.method static describe(I)Ljava/lang/String;
  .stack compute
New:
  new java/lang/StringBuilder
  dup
  iload_0
  ifeq Zero
  ldc "nonzero "
  goto Make
Zero:
  ldc "zero "
Make:
  invokespecial java/lang/StringBuilder/<init>(Ljava/lang/String;)V
  iload_0
  invokevirtual java/lang/StringBuilder/append(I)Ljava/lang/StringBuilder;
  invokevirtual java/lang/StringBuilder/toString()Ljava/lang/String;
  areturn
.end method

; Two handlers meet at Report: their exceptions merge to RuntimeException (the
; class library's superclasses), which getMessage needs.
.method static divide(II)I
  .stack compute
  .catch java/lang/ArithmeticException from Start to End using Arith
  .catch java/lang/IllegalStateException from Start to End using Illegal
Start:
  iload_1
  ifge Divide
  new java/lang/IllegalStateException
  dup
  ldc "negative divisor"
  invokespecial java/lang/IllegalStateException/<init>(Ljava/lang/String;)V
  athrow
Divide:
  iload_0
  iload_1
  idiv
End:
  ireturn
Arith:
  goto Report
Illegal:
Report:
  astore_2
  getstatic java/lang/System/out Ljava/io/PrintStream;
  aload_2
  invokevirtual java/lang/RuntimeException/getMessage()Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  iconst_m1
  ireturn
.end method

; A switch whose arms store a String, an Integer and null in one local: Object at Done.
.method static pick(I)Ljava/lang/Object;
  .stack compute
  iload_0
  tableswitch 0 1
    One
    Two
  default : Other
One:
  ldc "one"
  astore_1
  goto Done
Two:
  iload_0
  invokestatic java/lang/Integer/valueOf(I)Ljava/lang/Integer;
  astore_1
  goto Done
Other:
  aconst_null
  astore_1
Done:
  aload_1
  areturn
.end method

.method public static main([Ljava/lang/String;)V
  .stack compute
  getstatic java/lang/System/out Ljava/io/PrintStream;
  new ComputedFrames
  dup
  bipush -5
  invokespecial ComputedFrames/<init>(I)V
  getfield ComputedFrames/value I
  invokevirtual java/io/PrintStream/println(I)V
  bipush 10
  invokestatic ComputedFrames/sums(I)V
  iconst_0
  istore_1
Each:
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iload_1
  invokestatic ComputedFrames/describe(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iload_1
  invokestatic ComputedFrames/pick(I)Ljava/lang/Object;
  invokevirtual java/io/PrintStream/println(Ljava/lang/Object;)V
  iinc 1 1
  iload_1
  iconst_3
  if_icmplt Each
  getstatic java/lang/System/out Ljava/io/PrintStream;
  bipush 7
  iconst_2
  invokestatic ComputedFrames/divide(II)I
  invokevirtual java/io/PrintStream/println(I)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_1
  iconst_0
  invokestatic ComputedFrames/divide(II)I
  invokevirtual java/io/PrintStream/println(I)V
  getstatic java/lang/System/out Ljava/io/PrintStream;
  iconst_1
  iconst_m1
  invokestatic ComputedFrames/divide(II)I
  invokevirtual java/io/PrintStream/println(I)V
  return
.end method
