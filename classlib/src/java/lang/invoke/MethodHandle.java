package java.lang.invoke;

/**
 * A method handle. Cortado links the JDK's invokedynamic call sites itself
 * (docs/architecture.md, "invokedynamic"), so a MethodHandle is only what
 * {@code ldc} of a CONSTANT_MethodHandle gives: it describes its target and
 * cannot be invoked yet.
 */
public abstract class MethodHandle implements java.lang.constant.Constable {
    private final MethodType type;
    private final String description;  // HotSpot's toString of a direct handle: "MethodHandle(String)int"

    MethodHandle(MethodType type, String description) {
        this.type = type;
        this.description = description;
    }

    public MethodType type() {
        return type;
    }

    @Override
    public String toString() {
        return description;
    }
}
