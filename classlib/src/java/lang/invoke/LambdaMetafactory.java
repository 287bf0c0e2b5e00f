package java.lang.invoke;

/**
 * The bootstrap methods of lambdas and method references. The VM recognises
 * them at invokedynamic call sites and links those itself by generating a
 * class (natives/LambdaMetafactory.cpp); called directly they throw
 * UnsatisfiedLinkError.
 */
public final class LambdaMetafactory {
    private LambdaMetafactory() {}

    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    public static native CallSite metafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, MethodType interfaceMethodType, MethodHandle implementation,
            MethodType dynamicMethodType) throws LambdaConversionException;

    public static native CallSite altMetafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, Object... args) throws LambdaConversionException;
}
