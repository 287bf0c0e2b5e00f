; Every directive Jasmin and Sable's jasmin share: fields with constant
; values of each type, .throws, .catch, .line, .var, .deprecated and
; .signature_attr on the class, a field and a method, .synthetic.
.source Directives.java
.class public final jasm/Directives
.super java/lang/Object
.implements java/io/Serializable
.synthetic
.signature_attr "<T:Ljava/lang/Object;>Ljava/lang/Object;Ljava/io/Serializable;"

.field public static final I_VALUE I = 42
.field public static final NEG I = -7
.field public static final J_VALUE J = 1234567890123
.field public static final F_VALUE F = 2.5
.field public static final D_VALUE D = 1.25e100
.field public static final S_VALUE Ljava/lang/String; = "field \"string\""
.field protected volatile flag Z
.field private transient cache [Ljava/lang/Object;
.field public old I
.deprecated
.field public generic Ljava/lang/Object;
.signature_attr "TT;"

.method public <init>()V
  .limit stack 1
  .limit locals 1
  aload_0
  invokespecial java/lang/Object/<init>()V
  return
.end method

.method public static synchronized compute(I)I
  .limit stack 2
  .limit locals 2
  .throws java/io/IOException
  .throws java/lang/InterruptedException
  .var 0 is n I from Start to End
  .var 1 is result Ljava/lang/Object; from Start to End
Start:
  .line 10
  iload_0
  iconst_2
  idiv
  .line 11
  ireturn
End:
Handler:
  .line 12
  pop
  iconst_m1
  ireturn
AllHandler:
  athrow
  .catch java/lang/ArithmeticException from Start to End using Handler
  .catch all from Start to End using AllHandler
.end method

.method public native strictfp empty()V
.end method

.method public static deprecated()V
  .deprecated
  .signature_attr "()V"
  return
.end method

.method private static final flags([I)V
  .synthetic
  return
.end method
