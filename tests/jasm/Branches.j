; Every branch, subroutines, and both switches (forward and backward targets).
.class public jasm/Branches
.super java/lang/Object

.method public static branches()V
  .limit stack 4
  .limit locals 2
Top:
  ifeq Top
  ifne Top
  iflt Top
  ifge Top
  ifgt Top
  ifle Top
  if_icmpeq Next
  if_icmpne Next
  if_icmplt Next
  if_icmpge Next
  if_icmpgt Next
  if_icmple Next
  if_acmpeq Next
  if_acmpne Next
  ifnull Next
  ifnonnull Next
Next:
  goto Top
  goto_w Next
  jsr Sub
  return
Sub:
  astore_1
  ret 1
.end method

.method public static switches(I)I
  .limit stack 2
  .limit locals 1
  iload_0
  tableswitch 0 2
    Zero
    One
    Two
    default : Other
  iload_0
  tableswitch -1
    One
    default : Two
  iload_0
  lookupswitch
    -5 : Zero
    1 : One
    1000000 : Two
    default : Other
Zero:
  iconst_0
  ireturn
One:
  iconst_1
  ireturn
Two:
  iconst_2
  ireturn
Other:
  iconst_m1
  ireturn
.end method
