package java.lang.invoke;

public abstract class CallSite {
    final MethodHandle target;

    CallSite(MethodHandle target) {
        this.target = target;
    }

    public MethodType type() {
        return target.type();
    }

    public abstract MethodHandle getTarget();

    public abstract void setTarget(MethodHandle newTarget);

    public abstract MethodHandle dynamicInvoker();
}
