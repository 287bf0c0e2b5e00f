; Fields, calls, object creation, type checks, monitors, throws and returns.
.class public jasm/Objects
.super java/lang/Object
.implements java/lang/Runnable
.implements java/lang/Cloneable

.field private count I
.field public static name Ljava/lang/String;

.method public <init>()V
  aload_0
  invokenonvirtual java/lang/Object/<init>()V
  return
.end method

.method public run()V
  .limit stack 4
  .limit locals 2
  getstatic java/lang/System/out Ljava/io/PrintStream;
  ldc "run"
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  aload_0
  dup
  getfield jasm/Objects/count I
  iconst_1
  iadd
  putfield jasm/Objects/count I
  ldc "x"
  putstatic jasm/Objects/name Ljava/lang/String;
  new java/util/ArrayList
  dup
  invokespecial java/util/ArrayList/<init>()V
  dup
  aconst_null
  invokeinterface java/util/List/add(Ljava/lang/Object;)Z 2
  pop
  invokeinterface java/util/List/size()I 1
  invokestatic java/lang/Integer/valueOf(I)Ljava/lang/Integer;
  checkcast java/lang/Number
  instanceof java/lang/Integer
  pop
  aload_0
  monitorenter
  aload_0
  monitorexit
  return
.end method

.method public static returns()V
  ireturn
  lreturn
  freturn
  dreturn
  areturn
  return
  athrow
.end method
