package java.io;

/**
 * The Unix path rules behind java.io.File (normalization, resolution against a parent or user.dir,
 * canonicalization) and the natives that query and change the host file system
 * (natives/FileSystemNatives.cpp). Same results as JDK 17's UnixFileSystem with the
 * canonicalization caches off (their default).
 */
final class UnixFileSystem {
    private UnixFileSystem() {}

    /** java.io.FileSystem's attribute bits. */
    static final int BA_EXISTS = 0x01;
    static final int BA_REGULAR = 0x02;
    static final int BA_DIRECTORY = 0x04;
    static final int BA_HIDDEN = 0x08;

    static final int ACCESS_READ = 0x04;
    static final int ACCESS_WRITE = 0x02;
    static final int ACCESS_EXECUTE = 0x01;

    /** user.dir as it was when java.io.File was first used (JDK 17 ignores later changes). */
    private static String userDir;

    private static String userDir() {
        String d = userDir;
        if (d == null) {
            d = System.getProperty("user.dir");
            userDir = d = normalize(d == null ? "/" : d);
        }
        return d;
    }

    /** Collapses each run of '/' to one and drops a trailing '/', except for the root "/". */
    static String normalize(String path) {
        int n = path.length();
        boolean clean = true;
        for (int i = 0; i < n; i++) {
            if (path.charAt(i) == '/' && (i + 1 == n || path.charAt(i + 1) == '/')) {
                clean = false;
                break;
            }
        }
        if (clean) {
            return path;
        }
        StringBuilder sb = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = path.charAt(i);
            if (c == '/' && prev == '/') {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        int len = sb.length();
        if (len > 1 && sb.charAt(len - 1) == '/') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    static int prefixLength(String path) {
        return path.length() > 0 && path.charAt(0) == '/' ? 1 : 0;
    }

    /** Both arguments normalized. */
    static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            return parent.equals("/") ? child : parent + child;
        }
        return parent.equals("/") ? parent + child : parent + '/' + child;
    }

    static String defaultParent() {
        return "/";
    }

    static boolean isAbsolute(File f) {
        return f.getPrefixLength() != 0;
    }

    /** The absolute path of f: its own if absolute, else resolved against user.dir. */
    static String resolve(File f) {
        return isAbsolute(f) ? f.getPath() : resolve(userDir(), f.getPath());
    }

    static int compare(File f1, File f2) {
        return f1.getPath().compareTo(f2.getPath());
    }

    static String canonicalize(String path) throws IOException {
        return canonicalize0(path);
    }

    static int getBooleanAttributes(File f) {
        int rv = getBooleanAttributes0(f.getPath());
        return rv | (f.getName().startsWith(".") ? BA_HIDDEN : 0);
    }

    static boolean hasBooleanAttributes(File f, int attributes) {
        return (getBooleanAttributes(f) & attributes) == attributes;
    }

    static boolean checkAccess(File f, int access) {
        return checkAccess0(f.getPath(), access);
    }

    static long getLastModifiedTime(File f) {
        return getLastModifiedTime0(f.getPath());
    }

    static long getLength(File f) {
        return getLength0(f.getPath());
    }

    static boolean createFileExclusively(String path) throws IOException {
        return createFileExclusively0(path);
    }

    static boolean delete(File f) {
        return delete0(f.getPath());
    }

    static String[] list(File f) {
        return list0(f.getPath());
    }

    static boolean createDirectory(File f) {
        return createDirectory0(f.getPath());
    }

    static boolean rename(File f1, File f2) {
        return rename0(f1.getPath(), f2.getPath());
    }

    static boolean setLastModifiedTime(File f, long time) {
        return setLastModifiedTime0(f.getPath(), time);
    }

    static boolean setPermission(File f, int access, boolean enable, boolean ownerOnly) {
        return setPermission0(f.getPath(), access, enable, ownerOnly);
    }

    private static native int getBooleanAttributes0(String path);

    private static native boolean checkAccess0(String path, int access);

    private static native long getLastModifiedTime0(String path);

    private static native long getLength0(String path);

    private static native boolean createFileExclusively0(String path) throws IOException;

    private static native boolean delete0(String path);

    private static native boolean createDirectory0(String path);

    private static native boolean rename0(String from, String to);

    private static native boolean setLastModifiedTime0(String path, long time);

    private static native boolean setPermission0(String path, int access, boolean enable, boolean ownerOnly);

    private static native String[] list0(String path);

    private static native String canonicalize0(String path) throws IOException;

    static final int SPACE_TOTAL = 0;
    static final int SPACE_FREE = 1;
    static final int SPACE_USABLE = 2;

    static long getSpace(File f, int t) {
        return getSpace0(f.getPath(), t);
    }

    private static native long getSpace0(String path, int t);
}
