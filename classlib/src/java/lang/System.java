package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import jdk.internal.util.SimpleCharsets;

public final class System {
    private System() {}

    public static final InputStream in = null;
    public static final PrintStream out = null;
    public static final PrintStream err = null;

    /** System properties: parallel key/value arrays, linearly searched (there are few). */
    private static String[] propKeys = new String[0];
    private static String[] propValues = new String[0];
    private static int propCount;

    private static String lineSeparator = "\n";

    /**
     * Called once by the VM after the core classes are loaded: builds the system properties and
     * creates System.in/out/err.
     */
    private static void initPhase1() {
        String[] kv = vmProperties();
        int n = kv.length / 2;
        propKeys = new String[n + 8];
        propValues = new String[n + 8];
        propCount = 0;
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i] != null && kv[i + 1] != null) {
                putProperty(kv[i], kv[i + 1]);
            }
        }
        String ls = getProperty0("line.separator");
        lineSeparator = ls != null ? ls : "\n";
        SimpleCharsets.setDefaultCharset(getProperty0("file.encoding"));

        FileInputStream fdIn = new FileInputStream(FileDescriptor.in);
        FileOutputStream fdOut = new FileOutputStream(FileDescriptor.out);
        FileOutputStream fdErr = new FileOutputStream(FileDescriptor.err);
        setIn0(new BufferedInputStream(fdIn));
        setOut0(newPrintStream(fdOut, getProperty0("sun.stdout.encoding")));
        setErr0(newPrintStream(fdErr, getProperty0("sun.stderr.encoding")));
    }

    private static PrintStream newPrintStream(FileOutputStream fos, String enc) {
        if (enc == null || SimpleCharsets.lookup(enc) < 0) {
            enc = getProperty0("file.encoding");
        }
        if (enc != null && SimpleCharsets.lookup(enc) >= 0) {
            try {
                return new PrintStream(new BufferedOutputStream(fos, 8192), true, enc);
            } catch (UnsupportedEncodingException e) {
                // fall through
            }
        }
        return new PrintStream(new BufferedOutputStream(fos, 8192), true);
    }

    private static native String[] vmProperties();

    private static native void setIn0(InputStream in);

    private static native void setOut0(PrintStream out);

    private static native void setErr0(PrintStream err);

    /** The value of the variable whose name is these bytes, decoded as the platform encoding; or null. */
    private static native String getenv0(byte[] name);

    public static void setIn(InputStream in) {
        setIn0(in);
    }

    public static void setOut(PrintStream out) {
        setOut0(out);
    }

    public static void setErr(PrintStream err) {
        setErr0(err);
    }

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static String lineSeparator() {
        return lineSeparator;
    }

    private static int indexOfKey(String key) {
        String[] keys = propKeys;
        for (int i = 0; i < propCount; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String getProperty0(String key) {
        int i = indexOfKey(key);
        return i >= 0 ? propValues[i] : null;
    }

    private static String putProperty(String key, String value) {
        int i = indexOfKey(key);
        if (i >= 0) {
            String old = propValues[i];
            propValues[i] = value;
            return old;
        }
        if (propCount == propKeys.length) {
            int cap = propCount * 2 + 8;
            String[] k = new String[cap];
            String[] v = new String[cap];
            System.arraycopy(propKeys, 0, k, 0, propCount);
            System.arraycopy(propValues, 0, v, 0, propCount);
            propKeys = k;
            propValues = v;
        }
        propKeys[propCount] = key;
        propValues[propCount] = value;
        propCount++;
        return null;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    public static String getProperty(String key) {
        checkKey(key);
        return getProperty0(key);
    }

    public static String getProperty(String key, String def) {
        checkKey(key);
        String v = getProperty0(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        return putProperty(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        int i = indexOfKey(key);
        if (i < 0) {
            return null;
        }
        String old = propValues[i];
        propCount--;
        propKeys[i] = propKeys[propCount];
        propValues[i] = propValues[propCount];
        propKeys[propCount] = null;
        propValues[propCount] = null;
        return old;
    }

    public static String getenv(String name) {
        return getenv0(environmentBytes(name));
    }

    /**
     * A variable name as the host sees it: encoded with the default charset, as JDK's
     * ProcessEnvironment does (so a null name fails here, with the same NullPointerException).
     */
    private static byte[] environmentBytes(String str) {
        return str.getBytes();
    }

    private static volatile java.io.Console cons;

    /** The terminal, if standard input and output are both terminals; else null (as JDK 17). */
    public static java.io.Console console() {
        java.io.Console c = cons;
        if (c == null) {
            synchronized (System.class) {
                c = cons;
                if (c == null) {
                    cons = c = jdk.internal.access.SharedSecrets.getJavaIOAccess().console();
                }
            }
        }
        return c;
    }

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
    }

    public static void load(String filename) {
        Runtime.getRuntime().load(filename);
    }

    public static void loadLibrary(String libname) {
        Runtime.getRuntime().loadLibrary(libname);
    }

    public static String mapLibraryName(String libname) {
        if (libname == null) {
            throw new NullPointerException();
        }
        return "lib" + libname + ".so";
    }
}
