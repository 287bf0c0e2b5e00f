package java.lang.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

/**
 * The bootstrap method of records' toString, equals and hashCode. The VM
 * recognises it at invokedynamic call sites and links those itself
 * (natives/RecordMethods.cpp); called directly it throws UnsatisfiedLinkError.
 */
public class ObjectMethods {
    private ObjectMethods() {}

    public static native Object bootstrap(MethodHandles.Lookup lookup, String methodName, TypeDescriptor type,
            Class<?> recordClass, String names, MethodHandle... getters) throws Throwable;
}
