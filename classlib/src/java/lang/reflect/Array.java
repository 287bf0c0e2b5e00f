package java.lang.reflect;

/** Array creation (reflective element access comes later). */
public final class Array {
    private Array() {}

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        return newArray(componentType, length);
    }

    private static native Object newArray(Class<?> componentType, int length) throws NegativeArraySizeException;
}
