package java.util.stream;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The stages of a stream pipeline, shared by the four stream shapes. A pipeline is a linked list
 * of stages from the head (which holds the source, the close handlers and the parallel flag) to
 * the last one. Nothing runs until a terminal operation: it wraps its sink in every stage's
 * sink, last stage first, and lets the source push elements through (JDK's AbstractPipeline,
 * sequential only: a parallel stream reports isParallel() but runs sequentially, which gives the
 * same results as HotSpot for every operation whose result does not depend on thread timing).
 *
 * Reuse rules as JDK's: linking a stage to a new one, or running a terminal operation on it,
 * marks it consumed; doing either again, or after close(), is IllegalStateException
 * "stream has already been operated upon or closed".
 */
abstract class AbstractPipeline {
    static final String MSG_STREAM_LINKED = "stream has already been operated upon or closed";
    static final String MSG_CONSUMED = "source already consumed or closed";

    static final int REF = 0;
    static final int INT = 1;
    static final int LONG = 2;
    static final int DOUBLE = 3;

    final AbstractPipeline head;
    final AbstractPipeline previous;
    /** Whether this stage emits exactly one element per input element (count() may skip evaluation). */
    private final boolean preservesSize;
    private boolean linkedOrConsumed;
    /** Whether this stage's operation may stop the source early (limit, takeWhile). */
    boolean shortCircuit;

    // Head only.
    private Source source;
    private Runnable closeAction;
    private boolean parallel;

    AbstractPipeline(Source source, boolean parallel) {
        this.head = this;
        this.previous = null;
        this.preservesSize = true;
        this.source = source;
        this.parallel = parallel;
    }

    AbstractPipeline(AbstractPipeline previous, boolean preservesSize) {
        if (previous.linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        previous.linkedOrConsumed = true;
        this.previous = previous;
        this.head = previous.head;
        this.preservesSize = preservesSize;
    }

    /** The element shape this stage emits (REF, INT, LONG, DOUBLE). */
    abstract int shape();

    /** The sink that performs this stage's operation, feeding {@code downstream}. */
    Sink opWrapSink(Sink downstream) {
        return downstream;
    }

    final Sink wrapSink(Sink sink) {
        for (AbstractPipeline p = this; p != head; p = p.previous) {
            sink = p.opWrapSink(sink);
        }
        return sink;
    }

    private void consume() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        linkedOrConsumed = true;
    }

    private Source takeSource() {
        Source s = head.source;
        if (s == null) {
            throw new IllegalStateException(MSG_CONSUMED);
        }
        head.source = null;
        return s;
    }

    /** Marks this stage as short-circuiting and returns it. */
    final <P extends AbstractPipeline> P shortCircuiting(P stage) {
        stage.shortCircuit = true;
        return stage;
    }

    /** Runs the pipeline into a terminal sink that never cancels (forEach, collect, reduce, ...). */
    final <S extends Sink> S evaluate(S terminal) {
        return evaluate(terminal, false);
    }

    /** Runs the pipeline into a terminal sink that may cancel (anyMatch, findFirst, ...). */
    final <S extends Sink> S evaluateShortCircuit(S terminal) {
        return evaluate(terminal, true);
    }

    /**
     * As JDK's copyInto: without a short-circuiting stage or terminal the source hands over all its
     * elements at once (a spliterator's forEachRemaining: ArrayList's then reports a concurrent
     * modification only after the last element), else one at a time with cancellation checks.
     */
    private <S extends Sink> S evaluate(S terminal, boolean terminalShortCircuits) {
        consume();
        Source src = takeSource();
        Sink sink = wrapSink(terminal);
        boolean cancellable = terminalShortCircuits;
        for (AbstractPipeline p = this; p != head && !cancellable; p = p.previous) {
            cancellable = p.shortCircuit;
        }
        sink.begin();
        if (cancellable) {
            src.forEachWithCancel(sink);
        } else {
            src.forEachRemaining(sink);
        }
        sink.end();
        return terminal;
    }

    /** Runs the pipeline into an outer pipeline's sink (flatMap): no begin/end reach it. */
    final void pushInto(Sink downstream) {
        evaluateShortCircuit(new Sink.Inner(downstream));
    }

    /** count(): without evaluation when the size is known (JDK 9+ skips peek and map then). */
    final long countElements() {
        long size = exactSizeIfKnown();
        if (size >= 0) {
            consume();
            takeSource();
            return size;
        }
        final long[] n = new long[1];
        evaluate(new Sink() {
            public void accept(Object t) {
                n[0]++;
            }

            void acceptInt(int v) {
                n[0]++;
            }

            void acceptLong(long v) {
                n[0]++;
            }

            void acceptDouble(double v) {
                n[0]++;
            }
        });
        return n[0];
    }

    final long exactSizeIfKnown() {
        for (AbstractPipeline p = this; p != head; p = p.previous) {
            if (!p.preservesSize) {
                return -1;
            }
        }
        Source s = head.source;
        return s == null ? -1 : s.exactSize();
    }

    final boolean isParallelPipeline() {
        return head.parallel;
    }

    final void setParallel(boolean parallel) {
        head.parallel = parallel;
    }

    final void addCloseHandler(Runnable closeHandler) {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        Objects.requireNonNull(closeHandler);
        Runnable existing = head.closeAction;
        head.closeAction = existing == null ? closeHandler : composeWithExceptions(existing, closeHandler);
    }

    /** Runs a, then b even if a threw; b's exception is added to a's as suppressed (JDK's Streams). */
    static Runnable composeWithExceptions(final Runnable a, final Runnable b) {
        return new Runnable() {
            public void run() {
                try {
                    a.run();
                } catch (Throwable e1) {
                    try {
                        b.run();
                    } catch (Throwable e2) {
                        try {
                            e1.addSuppressed(e2);
                        } catch (Throwable ignore) {
                        }
                    }
                    throw e1;
                }
                b.run();
            }
        };
    }

    /** Closes both streams, a's exception first (concat's close handler). */
    static Runnable composedClose(final BaseStream<?, ?> a, final BaseStream<?, ?> b) {
        return new Runnable() {
            public void run() {
                try {
                    a.close();
                } catch (Throwable e1) {
                    try {
                        b.close();
                    } catch (Throwable e2) {
                        try {
                            e1.addSuppressed(e2);
                        } catch (Throwable ignore) {
                        }
                    }
                    throw e1;
                }
                b.close();
            }
        };
    }

    public void close() {
        linkedOrConsumed = true;
        head.source = null;
        Runnable action = head.closeAction;
        if (action != null) {
            head.closeAction = null;
            action.run();
        }
    }

    final Puller puller() {
        consume();
        return new Puller(takeSource(), this);
    }

    /**
     * Pull-style evaluation for iterator() and concat (JDK's WrappingSpliterator): the source
     * advances one element at a time through the wrapped sinks into a buffer until the buffer holds
     * something; at the end of the source the sinks' end() runs (a sorted stage empties itself then).
     */
    static final class Puller extends Sink {
        private final Source source;
        private final Sink wrapped;
        private final int shape;
        private Object[] buffer = new Object[4];
        private int first;
        private int last;
        private boolean started;
        private boolean finished;

        Puller(Source source, AbstractPipeline stage) {
            this.source = source;
            this.shape = stage.shape();
            this.wrapped = stage.wrapSink(this);
        }

        public void accept(Object t) {
            if (last == buffer.length) {
                if (first > 0) {
                    System.arraycopy(buffer, first, buffer, 0, last - first);
                    last -= first;
                    first = 0;
                } else {
                    Object[] bigger = new Object[buffer.length * 2];
                    System.arraycopy(buffer, 0, bigger, 0, last);
                    buffer = bigger;
                }
            }
            buffer[last++] = t;
        }

        void acceptInt(int v) {
            accept(Integer.valueOf(v));
        }

        void acceptLong(long v) {
            accept(Long.valueOf(v));
        }

        void acceptDouble(double v) {
            accept(Double.valueOf(v));
        }

        boolean fill() {
            if (!started) {
                started = true;
                wrapped.begin();
            }
            while (first == last) {
                if (wrapped.cancellationRequested() || !source.tryAdvance(wrapped)) {
                    if (finished) {
                        return false;
                    }
                    finished = true;
                    wrapped.end();
                }
            }
            return true;
        }

        Object take() {
            if (!fill()) {
                throw new NoSuchElementException();
            }
            Object t = buffer[first];
            buffer[first++] = null;
            if (first == last) {
                first = last = 0;
            }
            return t;
        }

        /** Pushes the next element into {@code sink}; false when there is none. */
        boolean pushNext(Sink sink) {
            if (!fill()) {
                return false;
            }
            Object t = take();
            switch (shape) {
                case INT:
                    sink.acceptInt(((Integer) t).intValue());
                    break;
                case LONG:
                    sink.acceptLong(((Long) t).longValue());
                    break;
                case DOUBLE:
                    sink.acceptDouble(((Double) t).doubleValue());
                    break;
                default:
                    sink.accept(t);
            }
            return true;
        }
    }

    /** iterator() of any stage. */
    static final class PullIterator<T> implements java.util.Iterator<T> {
        private final Puller puller;

        PullIterator(Puller puller) {
            this.puller = puller;
        }

        public boolean hasNext() {
            return puller.fill();
        }

        @SuppressWarnings("unchecked")
        public T next() {
            return (T) puller.take();
        }
    }
}
