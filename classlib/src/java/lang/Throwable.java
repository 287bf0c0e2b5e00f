package java.lang;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The superclass of all errors and exceptions. The VM reads and writes {@code backtrace},
 * {@code detailMessage}, {@code cause} and {@code stackTrace} directly; fillInStackTrace(int) records
 * the current frames into {@code backtrace} and getStackTrace0() decodes them.
 */
public class Throwable implements java.io.Serializable {
    private static final long serialVersionUID = -3042686055658047285L;

    /** The VM's record of the stack frames (opaque to Java code). */
    private transient Object backtrace;

    private String detailMessage;

    private Throwable cause = this;

    /** UNASSIGNED_STACK until decoded; null when the stack trace is not writable. */
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;

    /** SUPPRESSED_SENTINEL until the first addSuppressed; null when suppression is disabled. */
    private Throwable[] suppressedExceptions = SUPPRESSED_SENTINEL;
    private int suppressedCount;

    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] SUPPRESSED_SENTINEL = new Throwable[0];
    private static final Throwable[] EMPTY_THROWABLE_ARRAY = SUPPRESSED_SENTINEL;

    private static final String NULL_CAUSE_MESSAGE = "Cannot suppress a null exception.";
    private static final String SELF_SUPPRESSION_MESSAGE = "Self-suppression not permitted";
    private static final String CAUSE_CAPTION = "Caused by: ";
    private static final String SUPPRESSED_CAPTION = "Suppressed: ";

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressedExceptions = null;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + Objects.toString(cause, "a null"), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        Throwable[] dejaVu = new Throwable[4];
        dejaVu[0] = this;
        synchronized (s) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement traceElement : trace) {
                s.println("\tat " + traceElement);
            }
            for (Throwable se : getSuppressed()) {
                dejaVu = se.printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, "\t", dejaVu);
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, "", dejaVu);
            }
        }
    }

    /** Prints this as a cause or suppressed exception; returns the (possibly grown) identity set. */
    private Throwable[] printEnclosedStackTrace(PrintStream s, StackTraceElement[] enclosingTrace, String caption,
            String prefix, Throwable[] dejaVu) {
        int n = 0;
        while (n < dejaVu.length && dejaVu[n] != null) {
            if (dejaVu[n] == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return dejaVu;
            }
            n++;
        }
        if (n == dejaVu.length) {
            Throwable[] bigger = new Throwable[n * 2];
            System.arraycopy(dejaVu, 0, bigger, 0, n);
            dejaVu = bigger;
        }
        dejaVu[n] = this;

        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int k = enclosingTrace.length - 1;
        while (m >= 0 && k >= 0 && trace[m].equals(enclosingTrace[k])) {
            m--;
            k--;
        }
        int framesInCommon = trace.length - 1 - m;

        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            dejaVu = se.printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, prefix + "\t", dejaVu);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            dejaVu = ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, prefix, dejaVu);
        }
        return dejaVu;
    }

    public synchronized Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            fillInStackTrace(0);
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    private native Throwable fillInStackTrace(int dummy);

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || (stackTrace == null && backtrace != null)) {
            StackTraceElement[] decoded = getStackTrace0();
            stackTrace = decoded != null ? decoded : UNASSIGNED_STACK;
            if (decoded == null) {
                return UNASSIGNED_STACK;
            }
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    private native StackTraceElement[] getStackTrace0();

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (this.stackTrace == null && backtrace == null) {
                return;
            }
            this.stackTrace = defensiveCopy;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException(SELF_SUPPRESSION_MESSAGE, exception);
        }
        Objects.requireNonNull(exception, NULL_CAUSE_MESSAGE);
        if (suppressedExceptions == null) {
            return;
        }
        if (suppressedExceptions == SUPPRESSED_SENTINEL) {
            suppressedExceptions = new Throwable[1];
        } else if (suppressedCount == suppressedExceptions.length) {
            Throwable[] bigger = new Throwable[suppressedCount * 2];
            System.arraycopy(suppressedExceptions, 0, bigger, 0, suppressedCount);
            suppressedExceptions = bigger;
        }
        suppressedExceptions[suppressedCount++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedExceptions == SUPPRESSED_SENTINEL || suppressedExceptions == null) {
            return EMPTY_THROWABLE_ARRAY;
        }
        Throwable[] result = new Throwable[suppressedCount];
        System.arraycopy(suppressedExceptions, 0, result, 0, suppressedCount);
        return result;
    }
}
