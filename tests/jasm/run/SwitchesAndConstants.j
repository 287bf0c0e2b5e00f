; Both switches (unsorted lookupswitch keys, negative tableswitch range),
; wide locals and iinc, and ldc of every constant kind, printed.
.class public SwitchesAndConstants
.super java/lang/Object

.method public static name(I)Ljava/lang/String;
  .limit stack 1
  .limit locals 1
  iload_0
  lookupswitch
    1000 : Thousand
    -7 : MinusSeven
    3 : Three
    default : Other
Thousand:
  ldc "thousand"
  areturn
MinusSeven:
  ldc "minus seven"
  areturn
Three:
  iload_0
  tableswitch -1 3
    Other
    Other
    Other
    Other
    Three3
    default : Other
Three3:
  ldc "three"
  areturn
Other:
  ldc "other"
  areturn
.end method

.method public static main([Ljava/lang/String;)V
  .limit stack 4
  .limit locals 300
  getstatic java/lang/System/out Ljava/io/PrintStream;
  astore 290
  aload 290
  bipush -7
  invokestatic SwitchesAndConstants/name(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  aload 290
  iconst_3
  invokestatic SwitchesAndConstants/name(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  aload 290
  sipush 1000
  invokestatic SwitchesAndConstants/name(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  aload 290
  iconst_2
  invokestatic SwitchesAndConstants/name(I)Ljava/lang/String;
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  ; wide iinc on a wide local
  sipush 1000
  istore 299
  iinc 299 -2000
  iinc 299 7
  aload 290
  iload 299
  invokevirtual java/io/PrintStream/println(I)V
  aload 290
  ldc 0x7fffffff
  invokevirtual java/io/PrintStream/println(I)V
  aload 290
  ldc2_w -9223372036854775808
  invokevirtual java/io/PrintStream/println(J)V
  aload 290
  ldc 0.1
  invokevirtual java/io/PrintStream/println(F)V
  aload 290
  ldc2_w 0.1
  invokevirtual java/io/PrintStream/println(D)V
  aload 290
  ldc -FloatInfinity
  invokevirtual java/io/PrintStream/println(F)V
  aload 290
  ldc2_w +DoubleNaN
  invokevirtual java/io/PrintStream/println(D)V
  aload 290
  ldc2_w 4.9e-324
  invokevirtual java/io/PrintStream/println(D)V
  aload 290
  ldc "tab\there \u00e9\u4e2d quote\" backslash\\"
  invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
  return
.end method
