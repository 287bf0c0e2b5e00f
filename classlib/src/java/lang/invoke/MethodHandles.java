package java.lang.invoke;

/** Only what bootstrap-method signatures name: the VM links call sites itself. */
public class MethodHandles {
    private MethodHandles() {}

    public static final class Lookup {
        private final Class<?> lookupClass;

        private Lookup(Class<?> lookupClass) {
            this.lookupClass = lookupClass;
        }

        public Class<?> lookupClass() {
            return lookupClass;
        }

        @Override
        public String toString() {
            return lookupClass.getName();
        }
    }
}
