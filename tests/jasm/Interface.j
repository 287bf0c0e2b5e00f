; An interface: abstract methods, no code.
.interface public abstract jasm/Interface
.super java/lang/Object
.implements java/lang/Runnable

.field public static final ANSWER I = 42

.method public abstract run()V
.end method

.method public abstract apply(Ljava/lang/Object;)Ljava/lang/Object;
.end method
