; Every constant-pushing instruction, with Jasmin's numeric and string forms.
.source Constants.java
.class public jasm/Constants
.super java/lang/Object

.method public static ints()V
  .limit stack 20
  .limit locals 1
  nop
  aconst_null
  iconst_m1
  iconst_0
  iconst_1
  iconst_2
  iconst_3
  iconst_4
  iconst_5
  bipush -128
  bipush 127
  sipush -32768
  sipush 32767
  ldc 100000
  ldc -2147483648
  ldc 0x7fffffff
  ldc_w 123456
  ldc "hello"
  ldc "escapes: \t\n\r\b\f\"\'\\ \u0041\u00e9\u4e2d \101"
  ldc ""
  return
.end method

.method public static wide()V
  .limit stack 20
  lconst_0
  lconst_1
  fconst_0
  fconst_1
  fconst_2
  dconst_0
  dconst_1
  ldc 1.5
  ldc -0.1
  ldc 3.4028235e38
  ldc 1.0e-3
  ldc_w 2.5
  ldc2_w 9223372036854775807
  ldc2_w -9223372036854775808
  ldc2_w 0
  ldc2_w 3.141592653589793
  ldc2_w -1.0e-300
  ldc2_w 4.9e-324
  ldc +FloatInfinity
  ldc -FloatInfinity
  ldc +FloatNaN
  ldc2_w +DoubleInfinity
  ldc2_w -DoubleInfinity
  ldc2_w +DoubleNaN
  return
.end method
