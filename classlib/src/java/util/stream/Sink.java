package java.util.stream;

import java.util.function.Consumer;

/**
 * One stage of a running pipeline, as JDK's Sink: the source pushes each element into the first
 * sink, each operation's sink pushes its results into the next. {@code begin}/{@code end} bracket
 * the elements (a stateful operation such as sorted emits its buffered elements in {@code end});
 * {@code cancellationRequested} is how a short-circuiting operation (limit, findFirst, anyMatch,
 * takeWhile) stops the source before the next element, which is what makes peek/limit on
 * infinite streams behave as on HotSpot.
 */
abstract class Sink implements Consumer<Object> {
    void begin() {
    }

    void end() {
    }

    boolean cancellationRequested() {
        return false;
    }

    public void accept(Object t) {
        throw new IllegalStateException("called wrong accept method");
    }

    void acceptInt(int value) {
        throw new IllegalStateException("called wrong accept method");
    }

    void acceptLong(long value) {
        throw new IllegalStateException("called wrong accept method");
    }

    void acceptDouble(double value) {
        throw new IllegalStateException("called wrong accept method");
    }

    /** A sink passing begin/end/cancellation through to the next one. */
    abstract static class Chained extends Sink {
        final Sink downstream;

        Chained(Sink downstream) {
            this.downstream = downstream;
        }

        void begin() {
            downstream.begin();
        }

        void end() {
            downstream.end();
        }

        boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }
    }

    /**
     * Feeds the elements of an inner stream (flatMap) into {@code downstream}: no begin/end (the
     * outer pipeline brackets them), but cancellation is honoured between inner elements, as JDK 10+.
     */
    static final class Inner extends Sink {
        final Sink downstream;

        Inner(Sink downstream) {
            this.downstream = downstream;
        }

        boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }

        public void accept(Object t) {
            downstream.accept(t);
        }

        void acceptInt(int value) {
            downstream.acceptInt(value);
        }

        void acceptLong(long value) {
            downstream.acceptLong(value);
        }

        void acceptDouble(double value) {
            downstream.acceptDouble(value);
        }
    }
}
