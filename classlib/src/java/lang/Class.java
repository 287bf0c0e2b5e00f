package java.lang;

/**
 * Instances represent classes and interfaces of the running VM. The VM allocates Class objects
 * itself and stores its class pointer in {@code vmClass}.
 */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.GenericDeclaration, java.lang.reflect.Type,
        java.lang.reflect.AnnotatedElement, java.lang.invoke.TypeDescriptor.OfField<Class<?>>, java.lang.constant.Constable {
    private static final long serialVersionUID = 3206093459760846163L;

    private static final int ANNOTATION = 0x00002000;
    private static final int ENUM = 0x00004000;
    private static final int SYNTHETIC = 0x00001000;

    /** The VM's class pointer (written by the VM). */
    private transient long vmClass;

    /** Cache of getName0(). */
    private transient String name;
    private transient String packageName;
    private transient String simpleName;
    private transient T[] enumConstants;

    private Class() {}

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true, null, null);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        return forName0(name, initialize, loader, null);
    }

    private static native Class<?> forName0(String name, boolean initialize, ClassLoader loader, Class<?> caller)
            throws ClassNotFoundException;

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public boolean isAnnotation() {
        return (getModifiers() & ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & SYNTHETIC) != 0;
    }

    public String getName() {
        String name = this.name;
        if (name == null) {
            this.name = name = getName0();
        }
        return name;
    }

    private native String getName0();

    public ClassLoader getClassLoader() {
        return null;
    }

    public native Class<? super T> getSuperclass();

    public String getPackageName() {
        String pn = this.packageName;
        if (pn == null) {
            Class<?> c = isArray() ? elementType() : this;
            if (c.isPrimitive()) {
                pn = "java.lang";
            } else {
                String cn = c.getName();
                int dot = cn.lastIndexOf('.');
                pn = (dot != -1) ? cn.substring(0, dot).intern() : "";
            }
            this.packageName = pn;
        }
        return pn;
    }

    public Class<?>[] getInterfaces() {
        return getInterfaces0();
    }

    private native Class<?>[] getInterfaces0();

    public Class<?> getComponentType() {
        if (isArray()) {
            return getComponentType0();
        }
        return null;
    }

    private native Class<?> getComponentType0();

    private Class<?> elementType() {
        if (!isArray()) {
            return null;
        }
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c;
    }

    public native int getModifiers();

    public String getSimpleName() {
        String simpleName = this.simpleName;
        if (simpleName == null) {
            if (isArray()) {
                simpleName = getComponentType().getSimpleName() + "[]";
            } else {
                simpleName = getSimpleBinaryName0();
                if (simpleName == null) {
                    simpleName = getName();
                    simpleName = simpleName.substring(simpleName.lastIndexOf('.') + 1);
                }
            }
            this.simpleName = simpleName;
        }
        return simpleName;
    }

    /** null for a top-level class, "" for an anonymous class, else the simple binary name. */
    private native String getSimpleBinaryName0();

    public String getTypeName() {
        if (isArray()) {
            Class<?> cl = this;
            int dimensions = 0;
            do {
                dimensions++;
                cl = cl.getComponentType();
            } while (cl.isArray());
            StringBuilder sb = new StringBuilder(cl.getName());
            for (int i = 0; i < dimensions; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String canonicalName = getComponentType().getCanonicalName();
            if (canonicalName != null) {
                return canonicalName + "[]";
            }
            return null;
        }
        if (isPrimitive()) {
            return getName();
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            return getName();
        }
        if (simple.isEmpty()) {
            return null;
        }
        return getName().replace('$', '.');
    }

    public boolean isAnonymousClass() {
        return !isArray() && !isPrimitive() && "".equals(getSimpleBinaryName0());
    }

    public boolean isMemberClass() {
        String simple = isArray() || isPrimitive() ? null : getSimpleBinaryName0();
        return simple != null && !simple.isEmpty();
    }

    public boolean desiredAssertionStatus() {
        return desiredAssertionStatus0(this);
    }

    private static native boolean desiredAssertionStatus0(Class<?> clazz);

    public boolean isEnum() {
        return (this.getModifiers() & ENUM) != 0 && this.getSuperclass() == java.lang.Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == java.lang.Record.class && (getModifiers() & 0x0010) != 0;
    }

    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return (values != null) ? values.clone() : null;
    }

    /** The enum constants (shared: callers must not modify), or null if this is not an enum class. */
    @SuppressWarnings("unchecked")
    T[] getEnumConstantsShared() {
        T[] constants = enumConstants;
        if (constants == null) {
            if (!isEnum()) {
                return null;
            }
            constants = (T[]) getEnumConstants0();
            enumConstants = constants;
        }
        return constants;
    }

    private native Object[] getEnumConstants0();

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    public String descriptorString() {
        if (isPrimitive()) {
            switch (getName()) {
                case "int": return "I";
                case "long": return "J";
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (isArray()) {
            return "[" + getComponentType().descriptorString();
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    public Class<?> componentType() {
        return isArray() ? getComponentType0() : null;
    }

    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(this, 0).getClass();
    }

    static native Class<?> getPrimitiveClass(String name);
}
