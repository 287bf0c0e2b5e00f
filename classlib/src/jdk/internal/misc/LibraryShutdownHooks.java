package jdk.internal.misc;

/**
 * Shutdown work of the class library itself, run by java.lang.Shutdown after the application's
 * hooks (JDK 17's later Shutdown slots; File.deleteOnExit is slot 2). A hook runs once; what it
 * throws is ignored, as JDK ignores it.
 */
public final class LibraryShutdownHooks {
    private LibraryShutdownHooks() {}

    private static Runnable[] hooks = new Runnable[2];
    private static int count;

    public static synchronized void add(Runnable hook) {
        if (count == 0) {
            // The VM runs Shutdown.shutdown() at exit only if java.lang.Shutdown is loaded
            // (tools/cortado.cpp, so that programs without hooks pay nothing): load it.
            try {
                Class.forName("java.lang.Shutdown");
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
        }
        if (count == hooks.length) {
            Runnable[] bigger = new Runnable[count * 2];
            System.arraycopy(hooks, 0, bigger, 0, count);
            hooks = bigger;
        }
        hooks[count++] = hook;
    }

    /** Called by java.lang.Shutdown once the application's hooks have run. */
    public static void runAll() {
        Runnable[] toRun;
        int n;
        synchronized (LibraryShutdownHooks.class) {
            toRun = hooks;
            n = count;
            hooks = new Runnable[0];
            count = 0;
        }
        for (int i = 0; i < n; i++) {
            try {
                toRun[i].run();
            } catch (Throwable t) {
                // ignored, as JDK's Shutdown ignores what a system hook throws
            }
        }
    }
}
