package java.util.stream;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The sources behind the stream factories (arrays, spliterators, ranges, iterate, generate, concat). */
final class Sources {
    private Sources() {
    }

    /** A spliterator's elements (collections, Stream.of varargs via Arrays.spliterator). */
    static final class OfSpliterator extends Source implements Consumer<Object> {
        private final Spliterator<?> spliterator;
        private Sink sink;

        OfSpliterator(Spliterator<?> spliterator) {
            this.spliterator = spliterator;
        }

        Spliterator<?> spliterator() {
            return spliterator;
        }

        public void accept(Object t) {
            sink.accept(t);
        }

        boolean tryAdvance(Sink sink) {
            this.sink = sink;
            return spliterator.tryAdvance(this);
        }

        void forEachRemaining(Sink sink) {
            this.sink = sink;
            spliterator.forEachRemaining(this);
        }

        long exactSize() {
            return spliterator.getExactSizeIfKnown();
        }
    }

    /** An iterator's elements (concat, iterator-backed helpers). */
    static final class OfIterator extends Source {
        private final Iterator<?> iterator;
        private final int shape;

        /** {@code shape}: AbstractPipeline.REF, or INT/LONG/DOUBLE to unbox the iterator's elements. */
        OfIterator(Iterator<?> iterator, int shape) {
            this.iterator = iterator;
            this.shape = shape;
        }

        boolean tryAdvance(Sink sink) {
            if (!iterator.hasNext()) {
                return false;
            }
            Object v = iterator.next();
            switch (shape) {
                case AbstractPipeline.INT:
                    sink.acceptInt(((Integer) v).intValue());
                    break;
                case AbstractPipeline.LONG:
                    sink.acceptLong(((Long) v).longValue());
                    break;
                case AbstractPipeline.DOUBLE:
                    sink.acceptDouble(((Double) v).doubleValue());
                    break;
                default:
                    sink.accept(v);
            }
            return true;
        }
    }

    static final class OfArray extends Source {
        private final Object[] array;
        private int index;
        private final int end;

        OfArray(Object[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        boolean tryAdvance(Sink sink) {
            if (index >= end) {
                return false;
            }
            sink.accept(array[index++]);
            return true;
        }

        long exactSize() {
            return end - index;
        }
    }

    static final class OfIntArray extends Source {
        private final int[] array;
        private int index;
        private final int end;

        OfIntArray(int[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        boolean tryAdvance(Sink sink) {
            if (index >= end) {
                return false;
            }
            sink.acceptInt(array[index++]);
            return true;
        }

        long exactSize() {
            return end - index;
        }
    }

    static final class OfLongArray extends Source {
        private final long[] array;
        private int index;
        private final int end;

        OfLongArray(long[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        boolean tryAdvance(Sink sink) {
            if (index >= end) {
                return false;
            }
            sink.acceptLong(array[index++]);
            return true;
        }

        long exactSize() {
            return end - index;
        }
    }

    static final class OfDoubleArray extends Source {
        private final double[] array;
        private int index;
        private final int end;

        OfDoubleArray(double[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        boolean tryAdvance(Sink sink) {
            if (index >= end) {
                return false;
            }
            sink.acceptDouble(array[index++]);
            return true;
        }

        long exactSize() {
            return end - index;
        }
    }

    /** IntStream.range/rangeClosed: {@code next} up to {@code last} inclusive (no overflow at MAX_VALUE). */
    static final class IntRange extends Source {
        private int next;
        private final int last;
        private boolean done;

        IntRange(int first, int last, boolean empty) {
            this.next = first;
            this.last = last;
            this.done = empty;
        }

        boolean tryAdvance(Sink sink) {
            if (done) {
                return false;
            }
            int v = next;
            if (v == last) {
                done = true;
            } else {
                next = v + 1;
            }
            sink.acceptInt(v);
            return true;
        }

        void forEachWithCancel(Sink sink) {
            while (!done && !sink.cancellationRequested()) {
                tryAdvance(sink);
            }
        }

        long exactSize() {
            return done ? 0 : (long) last - next + 1;
        }
    }

    static final class LongRange extends Source {
        private long next;
        private final long last;
        private boolean done;

        LongRange(long first, long last, boolean empty) {
            this.next = first;
            this.last = last;
            this.done = empty;
        }

        boolean tryAdvance(Sink sink) {
            if (done) {
                return false;
            }
            long v = next;
            if (v == last) {
                done = true;
            } else {
                next = v + 1;
            }
            sink.acceptLong(v);
            return true;
        }

        long exactSize() {
            // JDK reports the size only when it fits a long; beyond that, unknown.
            if (done) {
                return 0;
            }
            long size = last - next + 1;
            return size > 0 ? size : -1;
        }
    }

    /** Stream.iterate(seed, f): f is applied only when the next element is requested. */
    static final class Iterate extends Source {
        private final UnaryOperator<Object> f;
        private final Predicate<Object> hasNext;
        private Object prev;
        private boolean started;
        private boolean finished;

        @SuppressWarnings("unchecked")
        Iterate(Object seed, Predicate<?> hasNext, UnaryOperator<?> f) {
            this.prev = seed;
            this.hasNext = (Predicate<Object>) hasNext;
            this.f = (UnaryOperator<Object>) f;
        }

        boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            Object t;
            if (started) {
                t = f.apply(prev);
            } else {
                t = prev;
                started = true;
            }
            if (hasNext != null && !hasNext.test(t)) {
                prev = null;
                finished = true;
                return false;
            }
            prev = t;
            sink.accept(t);
            return true;
        }
    }

    static final class IntIterate extends Source {
        private final IntUnaryOperator f;
        private final java.util.function.IntPredicate hasNext;
        private int prev;
        private boolean started;
        private boolean finished;

        IntIterate(int seed, java.util.function.IntPredicate hasNext, IntUnaryOperator f) {
            this.prev = seed;
            this.hasNext = hasNext;
            this.f = f;
        }

        boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            int t;
            if (started) {
                t = f.applyAsInt(prev);
            } else {
                t = prev;
                started = true;
            }
            if (hasNext != null && !hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            sink.acceptInt(t);
            return true;
        }
    }

    static final class LongIterate extends Source {
        private final LongUnaryOperator f;
        private final java.util.function.LongPredicate hasNext;
        private long prev;
        private boolean started;
        private boolean finished;

        LongIterate(long seed, java.util.function.LongPredicate hasNext, LongUnaryOperator f) {
            this.prev = seed;
            this.hasNext = hasNext;
            this.f = f;
        }

        boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            long t;
            if (started) {
                t = f.applyAsLong(prev);
            } else {
                t = prev;
                started = true;
            }
            if (hasNext != null && !hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            sink.acceptLong(t);
            return true;
        }
    }

    static final class DoubleIterate extends Source {
        private final DoubleUnaryOperator f;
        private final java.util.function.DoublePredicate hasNext;
        private double prev;
        private boolean started;
        private boolean finished;

        DoubleIterate(double seed, java.util.function.DoublePredicate hasNext, DoubleUnaryOperator f) {
            this.prev = seed;
            this.hasNext = hasNext;
            this.f = f;
        }

        boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            double t;
            if (started) {
                t = f.applyAsDouble(prev);
            } else {
                t = prev;
                started = true;
            }
            if (hasNext != null && !hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            sink.acceptDouble(t);
            return true;
        }
    }

    /** Stream.generate and the primitive generates: an infinite source. */
    static final class Generate extends Source {
        private final Supplier<?> s;
        private final IntSupplier si;
        private final LongSupplier sl;
        private final DoubleSupplier sd;

        Generate(Supplier<?> s, IntSupplier si, LongSupplier sl, DoubleSupplier sd) {
            this.s = s;
            this.si = si;
            this.sl = sl;
            this.sd = sd;
        }

        boolean tryAdvance(Sink sink) {
            if (s != null) {
                sink.accept(s.get());
            } else if (si != null) {
                sink.acceptInt(si.getAsInt());
            } else if (sl != null) {
                sink.acceptLong(sl.getAsLong());
            } else {
                sink.acceptDouble(sd.getAsDouble());
            }
            return true;
        }
    }

    /**
     * The elements of another pipeline, pulled one at a time (concat, and a stage handed to code
     * that wants a source): the other pipeline runs lazily through a buffering sink.
     */
    static final class OfPipeline extends Source {
        private final AbstractPipeline.Puller puller;

        OfPipeline(AbstractPipeline pipeline) {
            this.puller = pipeline.puller();
        }

        boolean tryAdvance(Sink sink) {
            return puller.pushNext(sink);
        }
    }

    /** concat(a, b): a's elements, then b's; sized when both are. */
    static final class Concat extends Source {
        private final Source first;
        private final Source second;
        private final long size;
        private boolean inSecond;

        Concat(AbstractPipeline a, AbstractPipeline b) {
            long sa = a.exactSizeIfKnown();
            long sb = b.exactSizeIfKnown();
            this.size = sa >= 0 && sb >= 0 && sa + sb >= 0 ? sa + sb : -1;
            this.first = new OfPipeline(a);
            this.second = new OfPipeline(b);
        }

        boolean tryAdvance(Sink sink) {
            if (!inSecond) {
                if (first.tryAdvance(sink)) {
                    return true;
                }
                inSecond = true;
            }
            return second.tryAdvance(sink);
        }

        long exactSize() {
            return size;
        }
    }
}
