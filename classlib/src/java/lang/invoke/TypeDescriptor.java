package java.lang.invoke;

/**
 * The descriptor of a class or method type. Cortado declares only what Class implements today;
 * {@code descriptorString}, {@code componentType} and {@code arrayType} come with java.lang.invoke.
 */
public interface TypeDescriptor {
    /** A field type descriptor (Class is one). */
    interface OfField<F extends TypeDescriptor.OfField<F>> extends TypeDescriptor {
        boolean isArray();

        boolean isPrimitive();
    }
}
