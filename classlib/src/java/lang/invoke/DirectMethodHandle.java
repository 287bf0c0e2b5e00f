package java.lang.invoke;

/** The MethodHandle the VM creates for {@code ldc} of a CONSTANT_MethodHandle. */
final class DirectMethodHandle extends MethodHandle {
    private DirectMethodHandle(MethodType type) {
        super(type, "MethodHandle" + type);
    }
}
