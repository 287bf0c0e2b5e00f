; invokedynamic with cortado-jasm's extension syntax: a lambda through
; LambdaMetafactory (method type and method handle arguments) and a string
; concatenation through StringConcatFactory (a string argument), and ldc of
; a method type and a method handle. Version 52;
; no branches, so no stack map frames are needed.
.bytecode 52.0
.class public Invokedynamic
.super java/lang/Object

.method private static lambda$main$0()V
  .limit stack 2
  .limit locals 0
  getstatic java/lang/System/out Ljava/io/PrintStream;
  ldc "hello from a lambda"
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  return
.end method

.method public static main([Ljava/lang/String;)V
  .limit stack 3
  .limit locals 1
  invokedynamic run()Ljava/lang/Runnable; invokestatic java/lang/invoke/LambdaMetafactory/metafactory(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite; methodtype ()V handle invokestatic Invokedynamic/lambda$main$0()V methodtype ()V
  invokeinterface java/lang/Runnable/run()V 1
  getstatic java/lang/System/out Ljava/io/PrintStream;
  bipush 6
  bipush 7
  invokedynamic makeConcatWithConstants(II)Ljava/lang/String; invokestatic java/lang/invoke/StringConcatFactory/makeConcatWithConstants(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite; string "\u0001 times \u0001 is 42"
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  ; ldc of a method type and a method handle (version 51 constants)
  getstatic java/lang/System/out Ljava/io/PrintStream;
  ldc methodtype (ILjava/lang/String;)V
  invokevirtual java/io/PrintStream/println(Ljava/lang/Object;)V
  ldc handle invokestatic Invokedynamic/lambda$main$0()V
  invokevirtual java/lang/invoke/MethodHandle/invoke()V
  return
.end method
