package java.lang.invoke;

/**
 * A method type, as {@code ldc} of a CONSTANT_MethodType gives it. It keeps the
 * descriptor; toString prints it as HotSpot does, e.g. "(int,String)void".
 */
public final class MethodType
        implements java.lang.constant.Constable, TypeDescriptor.OfMethod<Class<?>, MethodType>, java.io.Serializable {
    private final String descriptor;

    private MethodType(String descriptor) {
        this.descriptor = descriptor;
    }

    public String toMethodDescriptorString() {
        return descriptor;
    }

    @Override
    public String descriptorString() {
        return descriptor;
    }

    public int parameterCount() {
        int count = 0;
        for (int i = 1; descriptor.charAt(i) != ')'; i = skipType(i)) count++;
        return count;
    }

    @Override
    public boolean equals(Object x) {
        return x instanceof MethodType && ((MethodType) x).descriptor.equals(descriptor);
    }

    @Override
    public int hashCode() {
        return descriptor.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        int i = 1;
        boolean first = true;
        while (descriptor.charAt(i) != ')') {
            int next = skipType(i);
            if (!first) sb.append(',');
            first = false;
            sb.append(simpleName(descriptor.substring(i, next)));
            i = next;
        }
        sb.append(')').append(simpleName(descriptor.substring(i + 1)));
        return sb.toString();
    }

    private int skipType(int i) {
        while (descriptor.charAt(i) == '[') i++;
        return descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
    }

    // Class.getSimpleName of the type a field descriptor names.
    private static String simpleName(String d) {
        if (d.charAt(0) == '[') return simpleName(d.substring(1)) + "[]";
        switch (d.charAt(0)) {
            case 'B': return "byte";
            case 'C': return "char";
            case 'D': return "double";
            case 'F': return "float";
            case 'I': return "int";
            case 'J': return "long";
            case 'S': return "short";
            case 'Z': return "boolean";
            case 'V': return "void";
            default: {
                String name = d.substring(1, d.length() - 1);
                int slash = name.lastIndexOf('/');
                String simple = name.substring(slash + 1);
                int dollar = simple.lastIndexOf('$');
                return dollar >= 0 && dollar + 1 < simple.length() ? simple.substring(dollar + 1) : simple;
            }
        }
    }
}
