package java.lang;

/**
 * Minimal threads: the VM creates the "main" thread with {@link #Thread(String)} (which must not
 * call currentThread()) and reports uncaught exceptions through dispatchUncaughtException.
 * Starting new threads is not supported yet.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    /** The thread's name (read by the VM). */
    private String name;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private boolean interrupted;
    private Runnable target;
    private ThreadGroup group;
    private final long tid;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private ClassLoader contextClassLoader;

    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;
    private static long threadSeqNumber;
    private static int threadInitNumber;
    /** The group of the first thread (main); created when the VM creates that thread. */
    private static ThreadGroup mainGroup;

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED;
    }

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum());
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum());
    }

    /** Also used by the VM for the main thread: the first Thread ever made must not call currentThread(). */
    public Thread(String name) {
        this(null, null, name);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
        this.target = target;
        this.tid = nextThreadID();
        if (mainGroup == null) {
            // The primordial thread, created by the VM before any Thread exists.
            ThreadGroup system = ThreadGroup.newSystemGroup();
            mainGroup = new ThreadGroup(system, "main", true);
            this.group = group != null ? group : mainGroup;
        } else {
            Thread parent = currentThread();
            this.group = group != null ? group : parent.getThreadGroup();
            this.daemon = parent.isDaemon();
            this.priority = Math.min(parent.getPriority(), this.group.getMaxPriority());
        }
    }

    public static native Thread currentThread();

    public static void yield() {
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleep0(millis);
    }

    private static native void sleep0(long millis) throws InterruptedException;

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep(millis);
    }

    public static void onSpinWait() {
    }

    public synchronized void start() {
        throw new UnsupportedOperationException("Cortado does not support starting threads yet");
    }

    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    public void interrupt() {
        interrupted = true;
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final boolean isAlive() {
        return this == currentThread();
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            if (newPriority > g.getMaxPriority()) {
                newPriority = g.getMaxPriority();
            }
            priority = newPriority;
        }
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getThreadGroup() {
        return group;
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public final void setDaemon(boolean on) {
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public String toString() {
        ThreadGroup group = getThreadGroup();
        if (group != null) {
            return "Thread[" + getName() + "," + getPriority() + "," + group.getName() + "]";
        }
        return "Thread[" + getName() + "," + getPriority() + "," + "" + "]";
    }

    public StackTraceElement[] getStackTrace() {
        return new Exception().getStackTrace();
    }

    public ClassLoader getContextClassLoader() {
        return contextClassLoader;
    }

    public void setContextClassLoader(ClassLoader cl) {
        contextClassLoader = cl;
    }

    public long getId() {
        return tid;
    }

    public State getState() {
        return this == currentThread() ? State.RUNNABLE : State.NEW;
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler ueh = uncaughtExceptionHandler;
        return (ueh != null) ? ueh : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /** Called by the VM when run() (or main) completes with an uncaught exception. */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler ueh = getUncaughtExceptionHandler();
        if (ueh != null) {
            ueh.uncaughtException(this, e);
        } else {
            System.err.print("Exception in thread \"" + getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }
}
