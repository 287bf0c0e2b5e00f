package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/**
 * A stage of a DoubleStream; see AbstractPipeline. The part above "shape-specific" is IntPipeline's
 * code with the element type renamed (keep them in step); conversions and sums are below it.
 */
class DoublePipeline extends AbstractPipeline implements DoubleStream {
    DoublePipeline(Source source, boolean parallel) {
        super(source, parallel);
    }

    DoublePipeline(AbstractPipeline previous, boolean preservesSize) {
        super(previous, preservesSize);
    }

    int shape() {
        return DOUBLE;
    }

    /** Our pipeline for {@code s}: itself, or a pipeline over another DoubleStream implementation's iterator. */
    static DoublePipeline asPipeline(final DoubleStream s) {
        if (s instanceof DoublePipeline) {
            return (DoublePipeline) s;
        }
        DoublePipeline p = new DoublePipeline(new Sources.OfIterator(s.iterator(), DOUBLE), s.isParallel());
        p.onClose(new Runnable() {
            public void run() {
                s.close();
            }
        });
        return p;
    }

    /** A stage whose sink the subclass supplies. */
    abstract static class Op extends DoublePipeline {
        Op(AbstractPipeline previous, boolean preservesSize) {
            super(previous, preservesSize);
        }

        abstract Sink opWrapSink(Sink downstream);
    }

    // ---- common to the primitive pipelines

    public DoubleStream filter(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        if (predicate.test(v)) {
                            down.acceptDouble(v);
                        }
                    }
                };
            }
        };
    }

    public DoubleStream map(final DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        down.acceptDouble(mapper.applyAsDouble(v));
                    }
                };
            }
        };
    }

    public <U> Stream<U> mapToObj(final DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline.Op<U>(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        down.accept(mapper.apply(v));
                    }
                };
            }
        };
    }

    public DoubleStream flatMap(final DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        ReferencePipeline.pushInner(mapper.apply(v), downstream);
                    }
                };
            }
        };
    }

    public DoubleStream distinct() {
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private HashSet<Double> seen;

                    void begin() {
                        seen = new HashSet<Double>();
                        down.begin();
                    }

                    void end() {
                        seen = null;
                        down.end();
                    }

                    void acceptDouble(double v) {
                        if (seen.add(Double.valueOf(v))) {
                            down.acceptDouble(v);
                        }
                    }
                };
            }
        };
    }

    /** A barrier, as Stream.sorted: buffers, sorts, emits in end() while downstream wants more. */
    public DoubleStream sorted() {
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private DoublePipeline.Buffer buffer;

                    void begin() {
                        buffer = new DoublePipeline.Buffer();
                    }

                    void acceptDouble(double v) {
                        buffer.acceptDouble(v);
                    }

                    boolean cancellationRequested() {
                        return false;
                    }

                    void end() {
                        double[] a = buffer.toArray();
                        buffer = null;
                        Arrays.sort(a);
                        down.begin();
                        for (double v : a) {
                            if (down.cancellationRequested()) {
                                break;
                            }
                            down.acceptDouble(v);
                        }
                        down.end();
                    }
                };
            }
        };
    }

    public DoubleStream peek(final DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        action.accept(v);
                        down.acceptDouble(v);
                    }
                };
            }
        };
    }

    public DoubleStream limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return shortCircuiting(new Op(this, false) {
            Sink opWrapSink(Sink down) {
                return new ReferencePipeline.SliceSink(down, 0, maxSize);
            }
        });
    }

    public DoubleStream skip(final long n) {
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

    public DoubleStream takeWhile(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return shortCircuiting(new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    void acceptDouble(double v) {
                        if (take && (take = predicate.test(v))) {
                            down.acceptDouble(v);
                        }
                    }

                    boolean cancellationRequested() {
                        return !take || down.cancellationRequested();
                    }
                };
            }
        });
    }

    public DoubleStream dropWhile(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new Op(this, false) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    private boolean dropping = true;

                    void acceptDouble(double v) {
                        if (dropping && predicate.test(v)) {
                            return;
                        }
                        dropping = false;
                        down.acceptDouble(v);
                    }
                };
            }
        };
    }

    public void forEach(final DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            void acceptDouble(double v) {
                action.accept(v);
            }
        });
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        return evaluate(new DoublePipeline.Buffer()).toArray();
    }

    public double reduce(double identity, final DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        final double[] state = {identity};
        evaluate(new Sink() {
            void acceptDouble(double v) {
                state[0] = op.applyAsDouble(state[0], v);
            }
        });
        return state[0];
    }

    public OptionalDouble reduce(final DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        final double[] state = new double[1];
        final boolean[] empty = {true};
        evaluate(new Sink() {
            void acceptDouble(double v) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = v;
                } else {
                    state[0] = op.applyAsDouble(state[0], v);
                }
            }
        });
        return empty[0] ? OptionalDouble.empty() : OptionalDouble.of(state[0]);
    }

    public <R> R collect(final Supplier<R> supplier, final ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            void begin() {
                state[0] = supplier.get();
            }

            @SuppressWarnings("unchecked")
            void acceptDouble(double v) {
                accumulator.accept((R) state[0], v);
            }
        });
        @SuppressWarnings("unchecked")
        R result = (R) state[0];
        return result;
    }

    public OptionalDouble min() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.min(a, b);
            }
        });
    }

    public OptionalDouble max() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.max(a, b);
            }
        });
    }

    public long count() {
        return countElements();
    }

    private boolean match(final DoublePredicate predicate, final boolean stopOn, final boolean resultOnStop) {
        Objects.requireNonNull(predicate);
        final boolean[] stopped = new boolean[1];
        evaluateShortCircuit(new Sink() {
            void acceptDouble(double v) {
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

    public boolean anyMatch(DoublePredicate predicate) {
        return match(predicate, true, true);
    }

    public boolean allMatch(DoublePredicate predicate) {
        return match(predicate, false, false);
    }

    public boolean noneMatch(DoublePredicate predicate) {
        return match(predicate, true, false);
    }

    public OptionalDouble findFirst() {
        final double[] found = new double[1];
        final boolean[] has = new boolean[1];
        evaluateShortCircuit(new Sink() {
            void acceptDouble(double v) {
                if (!has[0]) {
                    has[0] = true;
                    found[0] = v;
                }
            }

            boolean cancellationRequested() {
                return has[0];
            }
        });
        return has[0] ? OptionalDouble.of(found[0]) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    public Stream<Double> boxed() {
        return mapToObj(new DoubleFunction<Double>() {
            public Double apply(double v) {
                return Double.valueOf(v);
            }
        });
    }

    public java.util.PrimitiveIterator.OfDouble iterator() {
        final Puller puller = puller();
        return new java.util.PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return puller.fill();
            }

            public double nextDouble() {
                return ((Double) puller.take()).doubleValue();
            }
        };
    }

    public Spliterator<Double> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
    }

    public boolean isParallel() {
        return isParallelPipeline();
    }

    public DoubleStream sequential() {
        setParallel(false);
        return this;
    }

    /** Recorded (isParallel() answers true) but evaluation stays sequential; see AbstractPipeline. */
    public DoubleStream parallel() {
        setParallel(true);
        return this;
    }

    public DoubleStream unordered() {
        return this;
    }

    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    /** DoubleStream.builder(), as JDK's: IllegalStateException once built. */
    static final class Builder implements DoubleStream.Builder {
        private DoublePipeline.Buffer buffer = new DoublePipeline.Buffer();

        public void accept(double t) {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            buffer.acceptDouble(t);
        }

        public DoubleStream.Builder add(double t) {
            accept(t);
            return this;
        }

        public DoubleStream build() {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            double[] a = buffer.toArray();
            buffer = null;
            return DoubleStream.of(a);
        }
    }

    // ---- shape-specific (double)

    /** A growable double array (toArray, sorted, builders). */
    static final class Buffer extends Sink {
        private double[] a = new double[16];
        private int n;

        void acceptDouble(double v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    public IntStream mapToInt(final DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        down.acceptInt(mapper.applyAsInt(v));
                    }
                };
            }
        };
    }

    public LongStream mapToLong(final DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline.Op(this, true) {
            Sink opWrapSink(final Sink down) {
                return new Sink.Chained(down) {
                    void acceptDouble(double v) {
                        down.acceptLong(mapper.applyAsLong(v));
                    }
                };
            }
        };
    }

    /** Compensated (Kahan) summation, as JDK's DoubleStream.sum (Collectors.sumWithCompensation). */
    public double sum() {
        final double[] summation = new double[3];
        evaluate(new Sink() {
            void acceptDouble(double v) {
                Collectors.sumWithCompensation(summation, v);
                summation[2] += v;
            }
        });
        return Collectors.computeFinalSum(summation);
    }

    public OptionalDouble average() {
        final double[] avg = new double[4];
        evaluate(new Sink() {
            void acceptDouble(double v) {
                avg[2]++;
                Collectors.sumWithCompensation(avg, v);
                avg[3] += v;
            }
        });
        return avg[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(avg) / avg[2]) : OptionalDouble.empty();
    }

    public DoubleSummaryStatistics summaryStatistics() {
        final DoubleSummaryStatistics stats = new DoubleSummaryStatistics();
        evaluate(new Sink() {
            void acceptDouble(double v) {
                stats.accept(v);
            }
        });
        return stats;
    }
}
