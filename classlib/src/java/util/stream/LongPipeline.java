package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.LongToIntFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * A stage of a LongStream; see AbstractPipeline. The part above "shape-specific" is IntPipeline's
 * code with the element type renamed (keep them in step); conversions and sums are below it.
 */
class LongPipeline extends AbstractPipeline implements LongStream {
    LongPipeline(Source source, boolean parallel) {
        super(source, parallel);
    }

    LongPipeline(AbstractPipeline previous, boolean preservesSize) {
        super(previous, preservesSize);
    }

    int shape() {
        return LONG;
    }

    /** Our pipeline for {@code s}: itself, or a pipeline over another LongStream implementation's iterator. */
    static LongPipeline asPipeline(final LongStream s) {
        if (s instanceof LongPipeline) {
            return (LongPipeline) s;
        }
        LongPipeline p = new LongPipeline(new Sources.OfIterator(s.iterator(), LONG), s.isParallel());
        p.onClose(new Runnable() {
            public void run() {
                s.close();
            }
        });
        return p;
    }

    /** A stage whose sink the subclass supplies. */
    abstract static class Op extends LongPipeline {
        Op(AbstractPipeline previous, boolean preservesSize) {
            super(previous, preservesSize);
        }

        abstract Sink opWrapSink(Sink downstream);
    }

    // ---- common to the primitive pipelines

    public LongStream filter(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        if (predicate.test(v)) {
                            down.acceptLong(v);
                        }
                    }
                };
            }
        };
    }

    public LongStream map(final LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        down.acceptLong(mapper.applyAsLong(v));
                    }
                };
            }
        };
    }

    public <U> Stream<U> mapToObj(final LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline.Op<U>(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        down.accept(mapper.apply(v));
                    }
                };
            }
        };
    }

    public LongStream flatMap(final LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        ReferencePipeline.pushInner(mapper.apply(v), downstream);
                    }
                };
            }
        };
    }

    public LongStream distinct() {
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private HashSet<Long> seen;

                    void begin() {
                        seen = new HashSet<Long>();
                        down.begin();
                    }

                    void end() {
                        seen = null;
                        down.end();
                    }

                    void acceptLong(long v) {
                        if (seen.add(Long.valueOf(v))) {
                            down.acceptLong(v);
                        }
                    }
                };
            }
        };
    }

    /** A barrier, as Stream.sorted: buffers, sorts, emits in end() while downstream wants more. */
    public LongStream sorted() {
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private LongPipeline.Buffer buffer;

                    void begin() {
                        buffer = new LongPipeline.Buffer();
                    }

                    void acceptLong(long v) {
                        buffer.acceptLong(v);
                    }

                    boolean cancellationRequested() {
                        return false;
                    }

                    void end() {
                        long[] a = buffer.toArray();
                        buffer = null;
                        Arrays.sort(a);
                        down.begin();
                        for (long v : a) {
                            if (down.cancellationRequested()) {
                                break;
                            }
                            down.acceptLong(v);
                        }
                        down.end();
                    }
                };
            }
        };
    }

    public LongStream peek(final LongConsumer action) {
        Objects.requireNonNull(action);
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        action.accept(v);
                        down.acceptLong(v);
                    }
                };
            }
        };
    }

    public LongStream limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return shortCircuiting(new Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new ReferencePipeline.SliceSink(down, 0, maxSize);
            }
        });
    }

    public LongStream skip(final long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new ReferencePipeline.SliceSink(down, n, -1);
            }
        };
    }

    public LongStream takeWhile(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return shortCircuiting(new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    void acceptLong(long v) {
                        if (take && (take = predicate.test(v))) {
                            down.acceptLong(v);
                        }
                    }

                    boolean cancellationRequested() {
                        return !take || down.cancellationRequested();
                    }
                };
            }
        });
    }

    public LongStream dropWhile(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean dropping = true;

                    void acceptLong(long v) {
                        if (dropping && predicate.test(v)) {
                            return;
                        }
                        dropping = false;
                        down.acceptLong(v);
                    }
                };
            }
        };
    }

    public void forEach(final LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            void acceptLong(long v) {
                action.accept(v);
            }
        });
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        return evaluate(new LongPipeline.Buffer()).toArray();
    }

    public long reduce(long identity, final LongBinaryOperator op) {
        Objects.requireNonNull(op);
        final long[] state = {identity};
        evaluate(new Sink() {
            void acceptLong(long v) {
                state[0] = op.applyAsLong(state[0], v);
            }
        });
        return state[0];
    }

    public OptionalLong reduce(final LongBinaryOperator op) {
        Objects.requireNonNull(op);
        final long[] state = new long[1];
        final boolean[] empty = {true};
        evaluate(new Sink() {
            void acceptLong(long v) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = v;
                } else {
                    state[0] = op.applyAsLong(state[0], v);
                }
            }
        });
        return empty[0] ? OptionalLong.empty() : OptionalLong.of(state[0]);
    }

    public <R> R collect(final Supplier<R> supplier, final ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            void begin() {
                state[0] = supplier.get();
            }

            @SuppressWarnings("unchecked")
            void acceptLong(long v) {
                accumulator.accept((R) state[0], v);
            }
        });
        @SuppressWarnings("unchecked")
        R result = (R) state[0];
        return result;
    }

    public OptionalLong min() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.min(a, b);
            }
        });
    }

    public OptionalLong max() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.max(a, b);
            }
        });
    }

    public long count() {
        return countElements();
    }

    private boolean match(final LongPredicate predicate, final boolean stopOn, final boolean resultOnStop) {
        Objects.requireNonNull(predicate);
        final boolean[] stopped = new boolean[1];
        evaluateShortCircuit(new Sink() {
            void acceptLong(long v) {
                if (!stopped[0] && predicate.test(v) == stopOn) {
                    stopped[0] = true;
                }
            }

            boolean cancellationRequested() {
                return stopped[0];
            }
        });
        return stopped[0] ? resultOnStop : !resultOnStop;
    }

    public boolean anyMatch(LongPredicate predicate) {
        return match(predicate, true, true);
    }

    public boolean allMatch(LongPredicate predicate) {
        return match(predicate, false, false);
    }

    public boolean noneMatch(LongPredicate predicate) {
        return match(predicate, true, false);
    }

    public OptionalLong findFirst() {
        final long[] found = new long[1];
        final boolean[] has = new boolean[1];
        evaluateShortCircuit(new Sink() {
            void acceptLong(long v) {
                if (!has[0]) {
                    has[0] = true;
                    found[0] = v;
                }
            }

            boolean cancellationRequested() {
                return has[0];
            }
        });
        return has[0] ? OptionalLong.of(found[0]) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    public Stream<Long> boxed() {
        return mapToObj(new LongFunction<Long>() {
            public Long apply(long v) {
                return Long.valueOf(v);
            }
        });
    }

    public java.util.PrimitiveIterator.OfLong iterator() {
        final Puller puller = puller();
        return new java.util.PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return puller.fill();
            }

            public long nextLong() {
                return ((Long) puller.take()).longValue();
            }
        };
    }

    public Spliterator<Long> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
    }

    public boolean isParallel() {
        return isParallelPipeline();
    }

    public LongStream sequential() {
        setParallel(false);
        return this;
    }

    /** Recorded (isParallel() answers true) but evaluation stays sequential; see AbstractPipeline. */
    public LongStream parallel() {
        setParallel(true);
        return this;
    }

    public LongStream unordered() {
        return this;
    }

    public LongStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    /** LongStream.builder(), as JDK's: IllegalStateException once built. */
    static final class Builder implements LongStream.Builder {
        private LongPipeline.Buffer buffer = new LongPipeline.Buffer();

        public void accept(long t) {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            buffer.acceptLong(t);
        }

        public LongStream.Builder add(long t) {
            accept(t);
            return this;
        }

        public LongStream build() {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            long[] a = buffer.toArray();
            buffer = null;
            return LongStream.of(a);
        }
    }

    // ---- shape-specific (long)

    /** A growable long array (toArray, sorted, builders). */
    static final class Buffer extends Sink {
        private long[] a = new long[16];
        private int n;

        void acceptLong(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    public IntStream mapToInt(final LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        down.acceptInt(mapper.applyAsInt(v));
                    }
                };
            }
        };
    }

    public DoubleStream mapToDouble(final LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        down.acceptDouble(mapper.applyAsDouble(v));
                    }
                };
            }
        };
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptLong(long v) {
                        down.acceptDouble(v);
                    }
                };
            }
        };
    }

    public long sum() {
        final long[] sum = new long[1];
        evaluate(new Sink() {
            void acceptLong(long v) {
                sum[0] += v;
            }
        });
        return sum[0];
    }

    /** JDK's: the (wrapping) long sum over the count. */
    public OptionalDouble average() {
        final long[] avg = new long[2];
        evaluate(new Sink() {
            void acceptLong(long v) {
                avg[0]++;
                avg[1] += v;
            }
        });
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public LongSummaryStatistics summaryStatistics() {
        final LongSummaryStatistics stats = new LongSummaryStatistics();
        evaluate(new Sink() {
            void acceptLong(long v) {
                stats.accept(v);
            }
        });
        return stats;
    }
}
