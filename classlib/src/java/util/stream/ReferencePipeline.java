package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** A stage of a Stream (object elements); see AbstractPipeline. Each operation is one sink class. */
class ReferencePipeline<T> extends AbstractPipeline implements Stream<T> {
    ReferencePipeline(Source source, boolean parallel) {
        super(source, parallel);
    }

    ReferencePipeline(AbstractPipeline previous, boolean preservesSize) {
        super(previous, preservesSize);
    }

    int shape() {
        return REF;
    }

    @SuppressWarnings("unchecked")
    static <T> ReferencePipeline<T> asPipeline(Stream<? extends T> s) {
        if (s instanceof ReferencePipeline) {
            return (ReferencePipeline<T>) s;
        }
        return overIteratorOf(s);
    }

    /** A pipeline over another Stream implementation's iterator, closing it when closed. */
    static <T> ReferencePipeline<T> overIteratorOf(final Stream<? extends T> s) {
        ReferencePipeline<T> p = new ReferencePipeline<T>(new Sources.OfIterator(s.iterator(), REF), s.isParallel());
        p.onClose(new Runnable() {
            public void run() {
                s.close();
            }
        });
        return p;
    }

    /** A stage whose sink the subclass supplies. */
    abstract static class Op<T> extends ReferencePipeline<T> {
        Op(AbstractPipeline previous, boolean preservesSize) {
            super(previous, preservesSize);
        }

        abstract Sink opWrapSink(Sink downstream);
    }

    // ---- intermediate operations

    public Stream<T> filter(final Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new Op<T>(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        if (predicate.test((T) t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    public <R> Stream<R> map(final Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new Op<R>(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        down.accept(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    public IntStream mapToInt(final ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        down.acceptInt(mapper.applyAsInt((T) t));
                    }
                };
            }
        };
    }

    public LongStream mapToLong(final ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        down.acceptLong(mapper.applyAsLong((T) t));
                    }
                };
            }
        };
    }

    public DoubleStream mapToDouble(final ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        down.acceptDouble(mapper.applyAsDouble((T) t));
                    }
                };
            }
        };
    }

    /**
     * Pushes one mapped inner stream into {@code down} and closes it (JDK 17's flatMap: the inner
     * stream is closed after use, and cancellation is checked between its elements).
     */
    static void pushInner(BaseStream<?, ?> result, Sink down) {
        if (result == null) {
            return;
        }
        try {
            if (result instanceof AbstractPipeline) {
                ((AbstractPipeline) result).pushInto(down);
            } else {
                Iterator<?> it = result.iterator();
                while (!down.cancellationRequested() && it.hasNext()) {
                    Object v = it.next();
                    if (result instanceof IntStream) {
                        down.acceptInt(((Integer) v).intValue());
                    } else if (result instanceof LongStream) {
                        down.acceptLong(((Long) v).longValue());
                    } else if (result instanceof DoubleStream) {
                        down.acceptDouble(((Double) v).doubleValue());
                    } else {
                        down.accept(v);
                    }
                }
            }
        } finally {
            result.close();
        }
    }

    static final class FlatMapSink<T> extends Sink.Chained {
        private final Function<? super T, ? extends BaseStream<?, ?>> mapper;

        FlatMapSink(Sink down, Function<? super T, ? extends BaseStream<?, ?>> mapper) {
            super(down);
            this.mapper = mapper;
        }

        @SuppressWarnings("unchecked")
        public void accept(Object t) {
            pushInner(mapper.apply((T) t), downstream);
        }
    }

    public <R> Stream<R> flatMap(final Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new Op<R>(this, false) {
            Sink opWrapSink(Sink down) {
                return new FlatMapSink<T>(down, mapper);
            }
        };
    }

    public IntStream flatMapToInt(final Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline.Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new FlatMapSink<T>(down, mapper);
            }
        };
    }

    public LongStream flatMapToLong(final Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline.Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new FlatMapSink<T>(down, mapper);
            }
        };
    }

    public DoubleStream flatMapToDouble(final Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline.Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new FlatMapSink<T>(down, mapper);
            }
        };
    }

    public <R> Stream<R> mapMulti(final BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new Op<R>(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        mapper.accept((T) t, (Consumer<R>) (Consumer<?>) down);
                    }
                };
            }
        };
    }

    /** distinct(): the first occurrence of each element passes, at once (sequential JDK). */
    public Stream<T> distinct() {
        return new Op<T>(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private HashSet<Object> seen;

                    void begin() {
                        seen = new HashSet<Object>();
                        down.begin();
                    }

                    void end() {
                        seen = null;
                        down.end();
                    }

                    public void accept(Object t) {
                        if (seen.add(t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    public Stream<T> sorted() {
        return sortedBy(null);
    }

    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return sortedBy(comparator);
    }

    /**
     * A barrier: buffers every element, sorts them stably (Arrays.sort, a merge sort, as JDK's
     * TimSort is stable) and emits them in end(), stopping early if downstream cancels.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Stream<T> sortedBy(final Comparator<? super T> comparator) {
        return new Op<T>(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private ArrayList<Object> list;

                    void begin() {
                        list = new ArrayList<Object>();
                    }

                    public void accept(Object t) {
                        list.add(t);
                    }

                    boolean cancellationRequested() {
                        return false;
                    }

                    void end() {
                        Object[] a = list.toArray();
                        list = null;
                        Arrays.sort(a, comparator == null ? (Comparator) Comparator.naturalOrder() : (Comparator) comparator);
                        down.begin();
                        for (Object t : a) {
                            if (down.cancellationRequested()) {
                                break;
                            }
                            down.accept(t);
                        }
                        down.end();
                    }
                };
            }
        };
    }

    public Stream<T> peek(final Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return new Op<T>(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        action.accept((T) t);
                        down.accept(t);
                    }
                };
            }
        };
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return shortCircuiting(new Op<T>(this, false) {
            Sink opWrapSink(Sink down) {
                return new SliceSink(down, 0, maxSize);
            }
        });
    }

    public Stream<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new Op<T>(this, false) {
            Sink opWrapSink(Sink down) {
                return new SliceSink(down, n, -1);
            }
        };
    }

    /** skip(n) and limit(m) for every shape: drops the first {@code skip}, passes at most {@code limit} (-1: all). */
    static final class SliceSink extends Sink.Chained {
        private long toSkip;
        private long remaining;

        SliceSink(Sink down, long skip, long limit) {
            super(down);
            this.toSkip = skip;
            this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
        }

        private boolean pass() {
            if (toSkip > 0) {
                toSkip--;
                return false;
            }
            if (remaining > 0) {
                remaining--;
                return true;
            }
            return false;
        }

        public void accept(Object t) {
            if (pass()) {
                downstream.accept(t);
            }
        }

        void acceptInt(int v) {
            if (pass()) {
                downstream.acceptInt(v);
            }
        }

        void acceptLong(long v) {
            if (pass()) {
                downstream.acceptLong(v);
            }
        }

        void acceptDouble(double v) {
            if (pass()) {
                downstream.acceptDouble(v);
            }
        }

        boolean cancellationRequested() {
            return remaining == 0 || downstream.cancellationRequested();
        }
    }

    public Stream<T> takeWhile(final Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return shortCircuiting(new Op<T>(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        if (take && (take = predicate.test((T) t))) {
                            down.accept(t);
                        }
                    }

                    boolean cancellationRequested() {
                        return !take || down.cancellationRequested();
                    }
                };
            }
        });
    }

    public Stream<T> dropWhile(final Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new Op<T>(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean dropping = true;

                    @SuppressWarnings("unchecked")
                    public void accept(Object t) {
                        if (dropping && predicate.test((T) t)) {
                            return;
                        }
                        dropping = false;
                        down.accept(t);
                    }
                };
            }
        };
    }

    // ---- terminal operations

    public void forEach(final Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                action.accept((T) t);
            }
        });
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    private ArrayList<Object> collectToList() {
        final ArrayList<Object> list = new ArrayList<Object>();
        evaluate(new Sink() {
            public void accept(Object t) {
                list.add(t);
            }
        });
        return list;
    }

    public Object[] toArray() {
        return collectToList().toArray();
    }

    @SuppressWarnings("unchecked")
    public <A> A[] toArray(IntFunction<A[]> generator) {
        ArrayList<Object> list = collectToList();
        A[] array = generator.apply(list.size());
        if (array.length != list.size()) {
            throw new IllegalStateException("Begin size " + list.size() + " is not equal to fixed size " + array.length);
        }
        Object[] a = array;
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return array;
    }

    public T reduce(T identity, final BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        final Object[] state = {identity};
        evaluate(new Sink() {
            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                state[0] = accumulator.apply((T) state[0], (T) t);
            }
        });
        @SuppressWarnings("unchecked")
        T result = (T) state[0];
        return result;
    }

    public Optional<T> reduce(final BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        final Object[] state = new Object[1];
        final boolean[] empty = {true};
        evaluate(new Sink() {
            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = t;
                } else {
                    state[0] = accumulator.apply((T) state[0], (T) t);
                }
            }
        });
        @SuppressWarnings("unchecked")
        Optional<T> result = empty[0] ? Optional.<T>empty() : Optional.of((T) state[0]);
        return result;
    }

    public <U> U reduce(U identity, final BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = {identity};
        evaluate(new Sink() {
            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                state[0] = accumulator.apply((U) state[0], (T) t);
            }
        });
        @SuppressWarnings("unchecked")
        U result = (U) state[0];
        return result;
    }

    public <R> R collect(final Supplier<R> supplier, final BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            void begin() {
                state[0] = supplier.get();
            }

            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                accumulator.accept((R) state[0], (T) t);
            }
        });
        @SuppressWarnings("unchecked")
        R result = (R) state[0];
        return result;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        final Supplier<A> supplier = collector.supplier();
        final BiConsumer<A, ? super T> accumulator = collector.accumulator();
        collector.combiner();
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            void begin() {
                state[0] = supplier.get();
            }

            public void accept(Object t) {
                ((BiConsumer<A, Object>) accumulator).accept((A) state[0], t);
            }
        });
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) state[0]
                : collector.finisher().apply((A) state[0]);
    }

    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.<T>minBy(comparator));
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.<T>maxBy(comparator));
    }

    public long count() {
        return countElements();
    }

    /** anyMatch/allMatch/noneMatch: stops at the first element that decides the answer. */
    private boolean match(final Predicate<? super T> predicate, final boolean stopOn, final boolean resultOnStop) {
        Objects.requireNonNull(predicate);
        final boolean[] stopped = new boolean[1];
        evaluateShortCircuit(new Sink() {
            @SuppressWarnings("unchecked")
            public void accept(Object t) {
                if (!stopped[0] && predicate.test((T) t) == stopOn) {
                    stopped[0] = true;
                }
            }

            boolean cancellationRequested() {
                return stopped[0];
            }
        });
        return stopped[0] ? resultOnStop : !resultOnStop;
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        return match(predicate, true, true);
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        return match(predicate, false, false);
    }

    public boolean noneMatch(Predicate<? super T> predicate) {
        return match(predicate, true, false);
    }

    @SuppressWarnings("unchecked")
    public Optional<T> findFirst() {
        final Object[] found = new Object[1];
        final boolean[] has = new boolean[1];
        evaluateShortCircuit(new Sink() {
            public void accept(Object t) {
                if (!has[0]) {
                    has[0] = true;
                    found[0] = t;
                }
            }

            boolean cancellationRequested() {
                return has[0];
            }
        });
        return has[0] ? Optional.of((T) found[0]) : Optional.<T>empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    // ---- BaseStream

    public Iterator<T> iterator() {
        return new PullIterator<T>(puller());
    }

    public Spliterator<T> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
    }

    public boolean isParallel() {
        return isParallelPipeline();
    }

    public Stream<T> sequential() {
        setParallel(false);
        return this;
    }

    /** Recorded (isParallel() answers true) but evaluation stays sequential; see AbstractPipeline. */
    public Stream<T> parallel() {
        setParallel(true);
        return this;
    }

    public Stream<T> unordered() {
        return this;
    }

    public Stream<T> onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    /** Stream.builder(): JDK's StreamBuilderImpl rules (IllegalStateException after build). */
    static final class StreamBuilder<T> implements Stream.Builder<T> {
        private ArrayList<Object> elements = new ArrayList<Object>();

        public void accept(T t) {
            if (elements == null) {
                throw new IllegalStateException();
            }
            elements.add(t);
        }

        public Stream.Builder<T> add(T t) {
            accept(t);
            return this;
        }

        public Stream<T> build() {
            if (elements == null) {
                throw new IllegalStateException();
            }
            Object[] a = elements.toArray();
            elements = null;
            return new ReferencePipeline<T>(new Sources.OfArray(a, 0, a.length), false);
        }
    }
}
