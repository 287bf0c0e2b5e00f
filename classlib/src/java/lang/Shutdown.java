package java.lang;

/**
 * The shutdown sequence: run the application's shutdown hooks (synchronously: threads cannot be
 * started yet), flush the standard streams, then halt the VM.
 */
class Shutdown {
    private Shutdown() {}

    private static Thread[] hooks = new Thread[0];
    private static int hookCount;
    private static boolean shuttingDown;

    static synchronized void addHook(Thread hook) {
        if (shuttingDown) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hook.isAlive()) {
            throw new IllegalArgumentException("Hook already running");
        }
        for (int i = 0; i < hookCount; i++) {
            if (hooks[i] == hook) {
                throw new IllegalArgumentException("Hook previously registered");
            }
        }
        if (hookCount == hooks.length) {
            Thread[] bigger = new Thread[hookCount * 2 + 2];
            System.arraycopy(hooks, 0, bigger, 0, hookCount);
            hooks = bigger;
        }
        hooks[hookCount++] = hook;
    }

    static synchronized boolean removeHook(Thread hook) {
        if (shuttingDown) {
            throw new IllegalStateException("Shutdown in progress");
        }
        for (int i = 0; i < hookCount; i++) {
            if (hooks[i] == hook) {
                System.arraycopy(hooks, i + 1, hooks, i, hookCount - i - 1);
                hooks[--hookCount] = null;
                return true;
            }
        }
        return false;
    }

    private static void runHooks() {
        Thread[] toRun;
        int n;
        synchronized (Shutdown.class) {
            if (shuttingDown) {
                return;
            }
            shuttingDown = true;
            toRun = hooks;
            n = hookCount;
        }
        for (int i = 0; i < n; i++) {
            try {
                toRun[i].run();
            } catch (Throwable t) {
                toRun[i].getUncaughtExceptionHandler().uncaughtException(toRun[i], t);
            }
        }
        // Then the library's own (File.deleteOnExit), after every application hook as in JDK 17.
        jdk.internal.misc.LibraryShutdownHooks.runAll();
    }

    /** Runtime.exit. */
    static void exit(int status) {
        runHooks();
        flushStandardStreams();
        halt(status);
    }

    /** Called (optionally) by the VM when the main thread has finished, before the VM exits. */
    static void shutdown() {
        runHooks();
        flushStandardStreams();
    }

    static void beforeHalt() {
    }

    static void halt(int status) {
        halt0(status);
    }

    private static void flushStandardStreams() {
        java.io.PrintStream o = System.out;
        if (o != null) {
            o.flush();
        }
        java.io.PrintStream e = System.err;
        if (e != null) {
            e.flush();
        }
    }

    static native void halt0(int status);
}
