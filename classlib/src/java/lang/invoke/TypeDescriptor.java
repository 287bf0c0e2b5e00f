package java.lang.invoke;

public interface TypeDescriptor {
    String descriptorString();

    interface OfField<F extends TypeDescriptor.OfField<F>> extends TypeDescriptor {
        boolean isArray();

        boolean isPrimitive();

        F componentType();

        F arrayType();
    }

    interface OfMethod<F extends TypeDescriptor.OfField<F>, M extends TypeDescriptor.OfMethod<F, M>>
            extends TypeDescriptor {
        int parameterCount();
    }
}
