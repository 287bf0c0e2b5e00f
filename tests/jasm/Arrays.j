; Array creation, access and length.
.class public jasm/Arrays
.super java/lang/Object

.method public static arrays()V
  .limit stack 8
  iaload
  laload
  faload
  daload
  aaload
  baload
  caload
  saload
  iastore
  lastore
  fastore
  dastore
  aastore
  bastore
  castore
  sastore
  newarray boolean
  newarray char
  newarray float
  newarray double
  newarray byte
  newarray short
  newarray int
  newarray long
  anewarray java/lang/String
  anewarray [I
  multianewarray [[I 2
  multianewarray [[[Ljava/lang/Object; 3
  arraylength
  return
.end method
