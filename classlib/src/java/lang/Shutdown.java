package java.lang;

/** The shutdown sequence: flush the standard streams, then halt the VM. */
class Shutdown {
    private Shutdown() {}

    static void exit(int status) {
        flushStandardStreams();
        halt(status);
    }

    /** Called by the VM when the last non-daemon thread (main) finishes, too. */
    static void shutdown() {
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
