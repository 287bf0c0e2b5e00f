package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * A stage of an IntStream; see AbstractPipeline. LongPipeline and DoublePipeline are the same
 * code for their element type (the part above "shape-specific" is kept identical up to the type
 * names), with their own conversions and sums below it.
 */
class IntPipeline extends AbstractPipeline implements IntStream {
    IntPipeline(Source source, boolean parallel) {
        super(source, parallel);
    }

    IntPipeline(AbstractPipeline previous, boolean preservesSize) {
        super(previous, preservesSize);
    }

    int shape() {
        return INT;
    }

    /** Our pipeline for {@code s}: itself, or a pipeline over another IntStream implementation's iterator. */
    static IntPipeline asPipeline(final IntStream s) {
        if (s instanceof IntPipeline) {
            return (IntPipeline) s;
        }
        IntPipeline p = new IntPipeline(new Sources.OfIterator(s.iterator(), INT), s.isParallel());
        p.onClose(new Runnable() {
            public void run() {
                s.close();
            }
        });
        return p;
    }

    /** A stage whose sink the subclass supplies. */
    abstract static class Op extends IntPipeline {
        Op(AbstractPipeline previous, boolean preservesSize) {
            super(previous, preservesSize);
        }

        abstract Sink opWrapSink(Sink downstream);
    }

    // ---- common to the primitive pipelines

    public IntStream filter(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        if (predicate.test(v)) {
                            down.acceptInt(v);
                        }
                    }
                };
            }
        };
    }

    public IntStream map(final IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        down.acceptInt(mapper.applyAsInt(v));
                    }
                };
            }
        };
    }

    public <U> Stream<U> mapToObj(final IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline.Op<U>(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        down.accept(mapper.apply(v));
                    }
                };
            }
        };
    }

    public IntStream flatMap(final IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        ReferencePipeline.pushInner(mapper.apply(v), downstream);
                    }
                };
            }
        };
    }

    public IntStream distinct() {
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private HashSet<Integer> seen;

                    void begin() {
                        seen = new HashSet<Integer>();
                        down.begin();
                    }

                    void end() {
                        seen = null;
                        down.end();
                    }

                    void acceptInt(int v) {
                        if (seen.add(Integer.valueOf(v))) {
                            down.acceptInt(v);
                        }
                    }
                };
            }
        };
    }

    /** A barrier, as Stream.sorted: buffers, sorts, emits in end() while downstream wants more. */
    public IntStream sorted() {
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private IntPipeline.Buffer buffer;

                    void begin() {
                        buffer = new IntPipeline.Buffer();
                    }

                    void acceptInt(int v) {
                        buffer.acceptInt(v);
                    }

                    boolean cancellationRequested() {
                        return false;
                    }

                    void end() {
                        int[] a = buffer.toArray();
                        buffer = null;
                        Arrays.sort(a);
                        down.begin();
                        for (int v : a) {
                            if (down.cancellationRequested()) {
                                break;
                            }
                            down.acceptInt(v);
                        }
                        down.end();
                    }
                };
            }
        };
    }

    public IntStream peek(final IntConsumer action) {
        Objects.requireNonNull(action);
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        action.accept(v);
                        down.acceptInt(v);
                    }
                };
            }
        };
    }

    public IntStream limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return shortCircuiting(new Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new ReferencePipeline.SliceSink(down, 0, maxSize);
            }
        });
    }

    public IntStream skip(final long n) {
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

    public IntStream takeWhile(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return shortCircuiting(new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    void acceptInt(int v) {
                        if (take && (take = predicate.test(v))) {
                            down.acceptInt(v);
                        }
                    }

                    boolean cancellationRequested() {
                        return !take || down.cancellationRequested();
                    }
                };
            }
        });
    }

    public IntStream dropWhile(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean dropping = true;

                    void acceptInt(int v) {
                        if (dropping && predicate.test(v)) {
                            return;
                        }
                        dropping = false;
                        down.acceptInt(v);
                    }
                };
            }
        };
    }

    public void forEach(final IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            void acceptInt(int v) {
                action.accept(v);
            }
        });
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        return evaluate(new IntPipeline.Buffer()).toArray();
    }

    public int reduce(int identity, final IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final int[] state = {identity};
        evaluate(new Sink() {
            void acceptInt(int v) {
                state[0] = op.applyAsInt(state[0], v);
            }
        });
        return state[0];
    }

    public OptionalInt reduce(final IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final int[] state = new int[1];
        final boolean[] empty = {true};
        evaluate(new Sink() {
            void acceptInt(int v) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = v;
                } else {
                    state[0] = op.applyAsInt(state[0], v);
                }
            }
        });
        return empty[0] ? OptionalInt.empty() : OptionalInt.of(state[0]);
    }

    public <R> R collect(final Supplier<R> supplier, final ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            void begin() {
                state[0] = supplier.get();
            }

            @SuppressWarnings("unchecked")
            void acceptInt(int v) {
                accumulator.accept((R) state[0], v);
            }
        });
        @SuppressWarnings("unchecked")
        R result = (R) state[0];
        return result;
    }

    public OptionalInt min() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.min(a, b);
            }
        });
    }

    public OptionalInt max() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.max(a, b);
            }
        });
    }

    public long count() {
        return countElements();
    }

    private boolean match(final IntPredicate predicate, final boolean stopOn, final boolean resultOnStop) {
        Objects.requireNonNull(predicate);
        final boolean[] stopped = new boolean[1];
        evaluateShortCircuit(new Sink() {
            void acceptInt(int v) {
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

    public boolean anyMatch(IntPredicate predicate) {
        return match(predicate, true, true);
    }

    public boolean allMatch(IntPredicate predicate) {
        return match(predicate, false, false);
    }

    public boolean noneMatch(IntPredicate predicate) {
        return match(predicate, true, false);
    }

    public OptionalInt findFirst() {
        final int[] found = new int[1];
        final boolean[] has = new boolean[1];
        evaluateShortCircuit(new Sink() {
            void acceptInt(int v) {
                if (!has[0]) {
                    has[0] = true;
                    found[0] = v;
                }
            }

            boolean cancellationRequested() {
                return has[0];
            }
        });
        return has[0] ? OptionalInt.of(found[0]) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    public Stream<Integer> boxed() {
        return mapToObj(new IntFunction<Integer>() {
            public Integer apply(int v) {
                return Integer.valueOf(v);
            }
        });
    }

    public java.util.PrimitiveIterator.OfInt iterator() {
        final Puller puller = puller();
        return new java.util.PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return puller.fill();
            }

            public int nextInt() {
                return ((Integer) puller.take()).intValue();
            }
        };
    }

    public Spliterator<Integer> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
    }

    public boolean isParallel() {
        return isParallelPipeline();
    }

    public IntStream sequential() {
        setParallel(false);
        return this;
    }

    /** Recorded (isParallel() answers true) but evaluation stays sequential; see AbstractPipeline. */
    public IntStream parallel() {
        setParallel(true);
        return this;
    }

    public IntStream unordered() {
        return this;
    }

    public IntStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    /** IntStream.builder(), as JDK's: IllegalStateException once built. */
    static final class Builder implements IntStream.Builder {
        private IntPipeline.Buffer buffer = new IntPipeline.Buffer();

        public void accept(int t) {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            buffer.acceptInt(t);
        }

        public IntStream.Builder add(int t) {
            accept(t);
            return this;
        }

        public IntStream build() {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            int[] a = buffer.toArray();
            buffer = null;
            return IntStream.of(a);
        }
    }

    // ---- shape-specific (int)

    /** A growable int array (toArray, sorted, builders). */
    static final class Buffer extends Sink {
        private int[] a = new int[16];
        private int n;

        void acceptInt(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    public LongStream mapToLong(final IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        down.acceptLong(mapper.applyAsLong(v));
                    }
                };
            }
        };
    }

    public DoubleStream mapToDouble(final IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        down.acceptDouble(mapper.applyAsDouble(v));
                    }
                };
            }
        };
    }

    public LongStream asLongStream() {
        return new LongPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        down.acceptLong(v);
                    }
                };
            }
        };
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptInt(int v) {
                        down.acceptDouble(v);
                    }
                };
            }
        };
    }

    public int sum() {
        final long[] sum = new long[1];
        evaluate(new Sink() {
            void acceptInt(int v) {
                sum[0] = (int) (sum[0] + v);
            }
        });
        return (int) sum[0];
    }

    /** JDK's: the long sum of the elements over their count. */
    public OptionalDouble average() {
        final long[] avg = new long[2];
        evaluate(new Sink() {
            void acceptInt(int v) {
                avg[0]++;
                avg[1] += v;
            }
        });
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public IntSummaryStatistics summaryStatistics() {
        final IntSummaryStatistics stats = new IntSummaryStatistics();
        evaluate(new Sink() {
            void acceptInt(int v) {
                stats.accept(v);
            }
        });
        return stats;
    }
}
