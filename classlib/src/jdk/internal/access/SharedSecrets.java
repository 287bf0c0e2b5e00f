package jdk.internal.access;

/**
 * Hands package-private functionality of one java.* package to another, as JDK's SharedSecrets:
 * the providing class registers an access object in its static initializer.
 */
public final class SharedSecrets {
    private SharedSecrets() {}

    private static JavaIOAccess javaIOAccess;

    public static void setJavaIOAccess(JavaIOAccess access) {
        javaIOAccess = access;
    }

    /** java.io.Console's access (initializing Console registers it). */
    public static JavaIOAccess getJavaIOAccess() {
        if (javaIOAccess == null) {
            try {
                Class.forName("java.io.Console");
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
        }
        return javaIOAccess;
    }
}
