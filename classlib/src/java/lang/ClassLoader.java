package java.lang;

/** Minimal for now: class loading is done by the VM; user-defined loaders come later. */
public abstract class ClassLoader {
    private final ClassLoader parent;

    protected ClassLoader(ClassLoader parent) {
        this.parent = parent;
    }

    protected ClassLoader() {
        this(getSystemClassLoader());
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (parent != null) {
            try {
                return parent.loadClass(name, false);
            } catch (ClassNotFoundException e) {
                // fall through to findClass
            }
        } else {
            try {
                return Class.forName(name, false, null);
            } catch (ClassNotFoundException e) {
                // fall through to findClass
            }
        }
        return findClass(name);
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    /** Null for now: the VM's application class path has no loader object yet. */
    public static ClassLoader getSystemClassLoader() {
        return null;
    }

    public static ClassLoader getPlatformClassLoader() {
        return null;
    }
}
