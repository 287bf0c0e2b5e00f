; Sable's .no_super: a class without a superclass (only java/lang/Object
; may be one, JVMS 4.1; assembling it is still allowed).
.class public jasm/NoSuper
.no_super

.method public hashCode()I
  .limit stack 1
  iconst_0
  ireturn
.end method
