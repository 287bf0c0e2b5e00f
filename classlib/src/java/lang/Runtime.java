package java.lang;

import java.io.File;
import java.io.IOException;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    private Runtime() {}

    public void exit(int status) {
        Shutdown.exit(status);
    }

    public void addShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        Shutdown.addHook(hook);
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        return Shutdown.removeHook(hook);
    }

    public void halt(int status) {
        Shutdown.beforeHalt();
        Shutdown.halt(status);
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {
    }

    /** JDK 17's Runtime.load: an absolute path, loaded once (docs/jni.md). */
    public void load(String filename) {
        File file = new File(filename);
        if (!file.isAbsolute()) {
            throw new UnsatisfiedLinkError("Expecting an absolute path of the library: " + filename);
        }
        if (!loadFile(file)) {
            throw new UnsatisfiedLinkError("Can't load library: " + file);
        }
    }

    /**
     * JDK 17's Runtime.loadLibrary: System.mapLibraryName(libname) in each directory of
     * java.library.path, in order (an empty entry is the current directory, as ClassLoaderHelper
     * parses it). The boot library path is not searched: Cortado has no native libraries of its own.
     */
    public void loadLibrary(String libname) {
        if (libname.indexOf((int) File.separatorChar) != -1) {
            throw new UnsatisfiedLinkError("Directory separator should not appear in library name: " + libname);
        }
        String path = System.getProperty("java.library.path", "");
        String fileName = System.mapLibraryName(libname);
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf(File.pathSeparatorChar, start);
            if (end < 0) {
                end = path.length();
            }
            String dir = end == start ? "." : path.substring(start, end);
            if (loadFile(new File(dir, fileName))) {
                return;
            }
            start = end + 1;
        }
        throw new UnsatisfiedLinkError("no " + libname + " in java.library.path: " + path);
    }

    /** False if there is no such file; else loads it (UnsatisfiedLinkError if it is not a library). */
    private static boolean loadFile(File file) {
        if (!file.exists()) {
            return false;
        }
        String name;
        try {
            name = file.getCanonicalPath();
        } catch (IOException e) {
            return false;
        }
        loadLibraryFile(name);
        return true;
    }

    /** dlopen (once) and JNI_OnLoad: natives/jni/JniLibraries.cpp. */
    private static native void loadLibraryFile(String canonicalPath);
}
