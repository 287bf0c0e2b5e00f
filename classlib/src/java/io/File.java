package java.io;

import java.util.Random;

/**
 * An abstract pathname, as JDK 17's java.io.File on Unix: the path is normalized (no repeated or
 * trailing '/'), and every query or change goes to the host through UnixFileSystem. toURI, toURL
 * and toPath are missing (no java.net / java.nio.file yet).
 */
public class File implements Serializable, Comparable<File> {
    private static final long serialVersionUID = 301077366599181567L;

    private final String path;
    private final transient int prefixLength;

    public static final char separatorChar = separatorChar();
    public static final String separator = String.valueOf(separatorChar);
    public static final char pathSeparatorChar = pathSeparatorChar();
    public static final String pathSeparator = String.valueOf(pathSeparatorChar);

    // Methods, not constants: JDK's separators are not compile-time constants either.
    private static char separatorChar() {
        return '/';
    }

    private static char pathSeparatorChar() {
        return ':';
    }

    /** A path containing NUL cannot name a file: every operation on it fails. */
    private transient int status;

    final boolean isInvalid() {
        int s = status;
        if (s == 0) {
            s = path.indexOf('\u0000') < 0 ? 1 : 2;
            status = s;
        }
        return s == 2;
    }

    final int getPrefixLength() {
        return prefixLength;
    }

    private File(String pathname, int prefixLength) {
        this.path = pathname;
        this.prefixLength = prefixLength;
    }

    /** child is normalized and not empty; parent is normalized. */
    private File(String child, File parent) {
        this.path = UnixFileSystem.resolve(parent.path, child);
        this.prefixLength = parent.prefixLength;
    }

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = UnixFileSystem.normalize(pathname);
        this.prefixLength = UnixFileSystem.prefixLength(this.path);
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.isEmpty()) {
                this.path = UnixFileSystem.resolve(UnixFileSystem.defaultParent(), UnixFileSystem.normalize(child));
            } else {
                this.path = UnixFileSystem.resolve(UnixFileSystem.normalize(parent), UnixFileSystem.normalize(child));
            }
        } else {
            this.path = UnixFileSystem.normalize(child);
        }
        this.prefixLength = UnixFileSystem.prefixLength(this.path);
    }

    public File(File parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.path.isEmpty()) {
                this.path = UnixFileSystem.resolve(UnixFileSystem.defaultParent(), UnixFileSystem.normalize(child));
            } else {
                this.path = UnixFileSystem.resolve(parent.path, UnixFileSystem.normalize(child));
            }
        } else {
            this.path = UnixFileSystem.normalize(child);
        }
        this.prefixLength = UnixFileSystem.prefixLength(this.path);
    }

    public String getName() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            return path.substring(prefixLength);
        }
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            if (prefixLength > 0 && path.length() > prefixLength) {
                return path.substring(0, prefixLength);
            }
            return null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        if (p == null) {
            return null;
        }
        if (getClass() != File.class) {
            p = UnixFileSystem.normalize(p);
        }
        return new File(p, prefixLength);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return UnixFileSystem.isAbsolute(this);
    }

    public String getAbsolutePath() {
        return UnixFileSystem.resolve(this);
    }

    public File getAbsoluteFile() {
        String absPath = getAbsolutePath();
        if (getClass() != File.class) {
            absPath = UnixFileSystem.normalize(absPath);
        }
        return new File(absPath, UnixFileSystem.prefixLength(absPath));
    }

    public String getCanonicalPath() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        return UnixFileSystem.canonicalize(UnixFileSystem.resolve(this));
    }

    public File getCanonicalFile() throws IOException {
        String canonPath = getCanonicalPath();
        if (getClass() != File.class) {
            canonPath = UnixFileSystem.normalize(canonPath);
        }
        return new File(canonPath, UnixFileSystem.prefixLength(canonPath));
    }

    public boolean canRead() {
        return !isInvalid() && UnixFileSystem.checkAccess(this, UnixFileSystem.ACCESS_READ);
    }

    public boolean canWrite() {
        return !isInvalid() && UnixFileSystem.checkAccess(this, UnixFileSystem.ACCESS_WRITE);
    }

    public boolean canExecute() {
        return !isInvalid() && UnixFileSystem.checkAccess(this, UnixFileSystem.ACCESS_EXECUTE);
    }

    public boolean exists() {
        return !isInvalid() && UnixFileSystem.hasBooleanAttributes(this, UnixFileSystem.BA_EXISTS);
    }

    public boolean isDirectory() {
        return !isInvalid() && UnixFileSystem.hasBooleanAttributes(this, UnixFileSystem.BA_DIRECTORY);
    }

    public boolean isFile() {
        return !isInvalid() && UnixFileSystem.hasBooleanAttributes(this, UnixFileSystem.BA_REGULAR);
    }

    public boolean isHidden() {
        return !isInvalid() && UnixFileSystem.hasBooleanAttributes(this, UnixFileSystem.BA_HIDDEN);
    }

    public long lastModified() {
        return isInvalid() ? 0L : UnixFileSystem.getLastModifiedTime(this);
    }

    public long length() {
        return isInvalid() ? 0L : UnixFileSystem.getLength(this);
    }

    public boolean createNewFile() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        return UnixFileSystem.createFileExclusively(path);
    }

    public boolean delete() {
        return !isInvalid() && UnixFileSystem.delete(this);
    }

    public void deleteOnExit() {
        if (isInvalid()) {
            return;
        }
        DeleteOnExitHook.add(path);
    }

    private String[] normalizedList() {
        if (isInvalid()) {
            return null;
        }
        String[] s = UnixFileSystem.list(this);
        if (s != null && getClass() != File.class) {
            for (int i = 0; i < s.length; i++) {
                s[i] = UnixFileSystem.normalize(s[i]);
            }
        }
        return s;
    }

    public String[] list() {
        return normalizedList();
    }

    public String[] list(FilenameFilter filter) {
        String[] names = normalizedList();
        if (names == null || filter == null) {
            return names;
        }
        String[] kept = new String[names.length];
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            if (filter.accept(this, names[i])) {
                kept[n++] = names[i];
            }
        }
        return shrink(kept, n);
    }

    private static String[] shrink(String[] a, int n) {
        if (n == a.length) {
            return a;
        }
        String[] r = new String[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    private static File[] shrink(File[] a, int n) {
        if (n == a.length) {
            return a;
        }
        File[] r = new File[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    public File[] listFiles() {
        String[] ss = normalizedList();
        if (ss == null) {
            return null;
        }
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) {
            fs[i] = new File(ss[i], this);
        }
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = normalizedList();
        if (ss == null) {
            return null;
        }
        File[] files = new File[ss.length];
        int n = 0;
        for (int i = 0; i < ss.length; i++) {
            if (filter == null || filter.accept(this, ss[i])) {
                files[n++] = new File(ss[i], this);
            }
        }
        return shrink(files, n);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = normalizedList();
        if (ss == null) {
            return null;
        }
        File[] files = new File[ss.length];
        int n = 0;
        for (int i = 0; i < ss.length; i++) {
            File f = new File(ss[i], this);
            if (filter == null || filter.accept(f)) {
                files[n++] = f;
            }
        }
        return shrink(files, n);
    }

    public boolean mkdir() {
        return !isInvalid() && UnixFileSystem.createDirectory(this);
    }

    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        if (isInvalid() || dest.isInvalid()) {
            return false;
        }
        return UnixFileSystem.rename(this, dest);
    }

    public boolean setLastModified(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return !isInvalid() && UnixFileSystem.setLastModifiedTime(this, time);
    }

    public boolean setReadOnly() {
        return !isInvalid() && UnixFileSystem.setPermission(this, UnixFileSystem.ACCESS_WRITE, false, false);
    }

    public boolean setWritable(boolean writable, boolean ownerOnly) {
        return !isInvalid() && UnixFileSystem.setPermission(this, UnixFileSystem.ACCESS_WRITE, writable, ownerOnly);
    }

    public boolean setWritable(boolean writable) {
        return setWritable(writable, true);
    }

    public boolean setReadable(boolean readable, boolean ownerOnly) {
        return !isInvalid() && UnixFileSystem.setPermission(this, UnixFileSystem.ACCESS_READ, readable, ownerOnly);
    }

    public boolean setReadable(boolean readable) {
        return setReadable(readable, true);
    }

    public boolean setExecutable(boolean executable, boolean ownerOnly) {
        return !isInvalid()
                && UnixFileSystem.setPermission(this, UnixFileSystem.ACCESS_EXECUTE, executable, ownerOnly);
    }

    public boolean setExecutable(boolean executable) {
        return setExecutable(executable, true);
    }

    public long getTotalSpace() {
        return isInvalid() ? 0L : UnixFileSystem.getSpace(this, UnixFileSystem.SPACE_TOTAL);
    }

    public long getFreeSpace() {
        return isInvalid() ? 0L : UnixFileSystem.getSpace(this, UnixFileSystem.SPACE_FREE);
    }

    public long getUsableSpace() {
        return isInvalid() ? 0L : UnixFileSystem.getSpace(this, UnixFileSystem.SPACE_USABLE);
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    /** Random temporary-file names (JDK uses SecureRandom; the names are unpredictable either way). */
    private static final class TempDirectory {
        static final Random random = new Random();

        static File location() {
            return new File(System.getProperty("java.io.tmpdir"));
        }

        static File generateFile(String prefix, String suffix, File dir) throws IOException {
            String nus = Long.toUnsignedString(random.nextLong());
            prefix = new File(prefix).getName();
            String name = prefix + nus + suffix;
            File f = new File(dir, name);
            if (!name.equals(f.getName()) || f.isInvalid()) {
                throw new IOException("Unable to create temporary file, " + f);
            }
            return f;
        }
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        if (suffix == null) {
            suffix = ".tmp";
        }
        File tmpdir = directory != null ? directory : TempDirectory.location();
        File f;
        do {
            f = TempDirectory.generateFile(prefix, suffix, tmpdir);
        } while (UnixFileSystem.hasBooleanAttributes(f, UnixFileSystem.BA_EXISTS));
        if (!UnixFileSystem.createFileExclusively(f.getPath())) {
            throw new IOException("Unable to create temporary file, " + f);
        }
        return f;
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    public int compareTo(File pathname) {
        return UnixFileSystem.compare(this, pathname);
    }

    public boolean equals(Object obj) {
        if (obj instanceof File) {
            return compareTo((File) obj) == 0;
        }
        return false;
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return getPath();
    }
}
