package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The standard collectors, built as JDK 17's are (same containers: HashMap for groupingBy/toMap,
 * ArrayList, HashSet, StringBuilder/StringJoiner; same characteristics; same exception texts), so
 * iteration orders and messages match HotSpot.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Collectors {
    static final Set<Collector.Characteristics> CH_ID =
            Collections.unmodifiableSet(EnumSet.of(Collector.Characteristics.IDENTITY_FINISH));
    static final Set<Collector.Characteristics> CH_UNORDERED_ID = Collections.unmodifiableSet(
            EnumSet.of(Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH));
    static final Set<Collector.Characteristics> CH_NOID = Collections.emptySet();
    static final Set<Collector.Characteristics> CH_UNORDERED_NOID =
            Collections.unmodifiableSet(EnumSet.of(Collector.Characteristics.UNORDERED));

    private Collectors() {
    }

    /** JDK's message for a repeated key in toMap without a merge function. */
    private static IllegalStateException duplicateKeyException(Object k, Object u, Object v) {
        return new IllegalStateException(String.format("Duplicate key %s (attempted merging values %s and %s)", k, u, v));
    }

    static final class CollectorImpl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Function<A, R> finisher, Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Set<Characteristics> characteristics) {
            this(supplier, accumulator, combiner, Collectors.<A, R>castingIdentity(), characteristics);
        }

        public Supplier<A> supplier() {
            return supplier;
        }

        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        public BinaryOperator<A> combiner() {
            return combiner;
        }

        public Function<A, R> finisher() {
            return finisher;
        }

        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    private static final Function<Object, Object> CASTING_IDENTITY = new Function<Object, Object>() {
        public Object apply(Object o) {
            return o;
        }
    };

    static <I, R> Function<I, R> castingIdentity() {
        return (Function<I, R>) (Function) CASTING_IDENTITY;
    }

    // ---- small reusable pieces (JDK uses method references for these)

    private static final class Suppliers {
        static final Supplier ARRAY_LIST = new Supplier() {
            public Object get() {
                return new ArrayList();
            }
        };
        static final Supplier HASH_SET = new Supplier() {
            public Object get() {
                return new HashSet();
            }
        };
        static final Supplier HASH_MAP = new Supplier() {
            public Object get() {
                return new HashMap();
            }
        };
        static final BiConsumer COLLECTION_ADD = new BiConsumer() {
            public void accept(Object c, Object t) {
                ((Collection) c).add(t);
            }
        };
        static final BinaryOperator LIST_ADD_ALL = new BinaryOperator() {
            public Object apply(Object a, Object b) {
                ((Collection) a).addAll((Collection) b);
                return a;
            }
        };
        static final BinaryOperator SET_MERGE = new BinaryOperator() {
            public Object apply(Object a, Object b) {
                Collection left = (Collection) a;
                Collection right = (Collection) b;
                if (left.size() < right.size()) {
                    right.addAll(left);
                    return right;
                }
                left.addAll(right);
                return left;
            }
        };
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return new CollectorImpl<T, C, C>(collectionFactory, (BiConsumer<C, T>) Suppliers.COLLECTION_ADD,
                (BinaryOperator<C>) Suppliers.LIST_ADD_ALL, CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return new CollectorImpl<T, List<T>, List<T>>((Supplier<List<T>>) Suppliers.ARRAY_LIST,
                (BiConsumer<List<T>, T>) Suppliers.COLLECTION_ADD, (BinaryOperator<List<T>>) Suppliers.LIST_ADD_ALL, CH_ID);
    }

    /** List.of's list of the elements (a null element is a NullPointerException, as JDK's). */
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new CollectorImpl<T, List<T>, List<T>>((Supplier<List<T>>) Suppliers.ARRAY_LIST,
                (BiConsumer<List<T>, T>) Suppliers.COLLECTION_ADD, (BinaryOperator<List<T>>) Suppliers.LIST_ADD_ALL,
                new Function<List<T>, List<T>>() {
                    public List<T> apply(List<T> list) {
                        return (List<T>) List.of(list.toArray());
                    }
                }, CH_NOID);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return new CollectorImpl<T, Set<T>, Set<T>>((Supplier<Set<T>>) Suppliers.HASH_SET,
                (BiConsumer<Set<T>, T>) Suppliers.COLLECTION_ADD, (BinaryOperator<Set<T>>) Suppliers.SET_MERGE, CH_UNORDERED_ID);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return new CollectorImpl<T, Set<T>, Set<T>>((Supplier<Set<T>>) Suppliers.HASH_SET,
                (BiConsumer<Set<T>, T>) Suppliers.COLLECTION_ADD, (BinaryOperator<Set<T>>) Suppliers.SET_MERGE,
                new Function<Set<T>, Set<T>>() {
                    public Set<T> apply(Set<T> set) {
                        return (Set<T>) Set.of(set.toArray());
                    }
                }, CH_UNORDERED_NOID);
    }

    public static Collector<CharSequence, ?, String> joining() {
        return new CollectorImpl<CharSequence, StringBuilder, String>(
                new Supplier<StringBuilder>() {
                    public StringBuilder get() {
                        return new StringBuilder();
                    }
                },
                new BiConsumer<StringBuilder, CharSequence>() {
                    public void accept(StringBuilder sb, CharSequence s) {
                        sb.append(s);
                    }
                },
                new BinaryOperator<StringBuilder>() {
                    public StringBuilder apply(StringBuilder a, StringBuilder b) {
                        a.append(b);
                        return a;
                    }
                },
                new Function<StringBuilder, String>() {
                    public String apply(StringBuilder sb) {
                        return sb.toString();
                    }
                }, CH_NOID);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(final CharSequence delimiter, final CharSequence prefix,
            final CharSequence suffix) {
        return new CollectorImpl<CharSequence, StringJoiner, String>(
                new Supplier<StringJoiner>() {
                    public StringJoiner get() {
                        return new StringJoiner(delimiter, prefix, suffix);
                    }
                },
                new BiConsumer<StringJoiner, CharSequence>() {
                    public void accept(StringJoiner j, CharSequence s) {
                        j.add(s);
                    }
                },
                new BinaryOperator<StringJoiner>() {
                    public StringJoiner apply(StringJoiner a, StringJoiner b) {
                        return a.merge(b);
                    }
                },
                new Function<StringJoiner, String>() {
                    public String apply(StringJoiner j) {
                        return j.toString();
                    }
                }, CH_NOID);
    }

    public static <T, U, A, R> Collector<T, ?, R> mapping(final Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        final BiConsumer<A, ? super U> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A r, T t) {
                ((BiConsumer<A, Object>) downstreamAccumulator).accept(r, mapper.apply(t));
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            final Function<? super T, ? extends Stream<? extends U>> mapper, Collector<? super U, A, R> downstream) {
        final BiConsumer<A, ? super U> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(final A r, T t) {
                Stream<? extends U> result = mapper.apply(t);
                if (result != null) {
                    try {
                        result.sequential().forEach(new java.util.function.Consumer<Object>() {
                            public void accept(Object u) {
                                ((BiConsumer<A, Object>) downstreamAccumulator).accept(r, u);
                            }
                        });
                    } finally {
                        result.close();
                    }
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(final Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A r, T t) {
                if (predicate.test(t)) {
                    ((BiConsumer<A, Object>) downstreamAccumulator).accept(r, t);
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Set<Collector.Characteristics> characteristics = downstream.characteristics();
        if (characteristics.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            if (characteristics.size() == 1) {
                characteristics = CH_NOID;
            } else {
                EnumSet<Collector.Characteristics> set = EnumSet.copyOf(characteristics);
                set.remove(Collector.Characteristics.IDENTITY_FINISH);
                characteristics = Collections.unmodifiableSet(set);
            }
        }
        return new CollectorImpl<T, A, RR>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                downstream.finisher().andThen(finisher), characteristics);
    }

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(new ToLongFunction<T>() {
            public long applyAsLong(T e) {
                return 1L;
            }
        });
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.<T>minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.<T>maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, int[], Integer>(
                new Supplier<int[]>() {
                    public int[] get() {
                        return new int[1];
                    }
                },
                new BiConsumer<int[], T>() {
                    public void accept(int[] a, T t) {
                        a[0] += mapper.applyAsInt(t);
                    }
                },
                new BinaryOperator<int[]>() {
                    public int[] apply(int[] a, int[] b) {
                        a[0] += b[0];
                        return a;
                    }
                },
                new Function<int[], Integer>() {
                    public Integer apply(int[] a) {
                        return a[0];
                    }
                }, CH_NOID);
    }

    public static <T> Collector<T, ?, Long> summingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Long>(
                new Supplier<long[]>() {
                    public long[] get() {
                        return new long[1];
                    }
                },
                new BiConsumer<long[], T>() {
                    public void accept(long[] a, T t) {
                        a[0] += mapper.applyAsLong(t);
                    }
                },
                new BinaryOperator<long[]>() {
                    public long[] apply(long[] a, long[] b) {
                        a[0] += b[0];
                        return a;
                    }
                },
                new Function<long[], Long>() {
                    public Long apply(long[] a) {
                        return a[0];
                    }
                }, CH_NOID);
    }

    /** Compensated summation: a[0] the sum, a[1] the compensation, a[2] the simple sum (for infinities). */
    public static <T> Collector<T, ?, Double> summingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, double[], Double>(
                new Supplier<double[]>() {
                    public double[] get() {
                        return new double[3];
                    }
                },
                new BiConsumer<double[], T>() {
                    public void accept(double[] a, T t) {
                        double val = mapper.applyAsDouble(t);
                        sumWithCompensation(a, val);
                        a[2] += val;
                    }
                },
                new BinaryOperator<double[]>() {
                    public double[] apply(double[] a, double[] b) {
                        sumWithCompensation(a, b[0]);
                        a[2] += b[2];
                        return sumWithCompensation(a, b[1]);
                    }
                },
                new Function<double[], Double>() {
                    public Double apply(double[] a) {
                        return computeFinalSum(a);
                    }
                }, CH_NOID);
    }

    /** One step of Kahan summation (JDK 17's form): [0] running sum, [1] compensation. */
    static double[] sumWithCompensation(double[] intermediateSum, double value) {
        double tmp = value - intermediateSum[1];
        double sum = intermediateSum[0];
        double velvel = sum + tmp;
        intermediateSum[1] = (velvel - sum) - tmp;
        intermediateSum[0] = velvel;
        return intermediateSum;
    }

    /** The compensated sum, or the simple sum (last slot) when compensation turned an infinity into NaN. */
    static double computeFinalSum(double[] summands) {
        double tmp = summands[0] + summands[1];
        double simpleSum = summands[summands.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) {
            return simpleSum;
        }
        return tmp;
    }

    public static <T> Collector<T, ?, Double> averagingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Double>(
                new Supplier<long[]>() {
                    public long[] get() {
                        return new long[2];
                    }
                },
                new BiConsumer<long[], T>() {
                    public void accept(long[] a, T t) {
                        a[0] += mapper.applyAsInt(t);
                        a[1]++;
                    }
                },
                new BinaryOperator<long[]>() {
                    public long[] apply(long[] a, long[] b) {
                        a[0] += b[0];
                        a[1] += b[1];
                        return a;
                    }
                },
                new Function<long[], Double>() {
                    public Double apply(long[] a) {
                        return (a[1] == 0) ? 0.0d : (double) a[0] / a[1];
                    }
                }, CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Double>(
                new Supplier<long[]>() {
                    public long[] get() {
                        return new long[2];
                    }
                },
                new BiConsumer<long[], T>() {
                    public void accept(long[] a, T t) {
                        a[0] += mapper.applyAsLong(t);
                        a[1]++;
                    }
                },
                new BinaryOperator<long[]>() {
                    public long[] apply(long[] a, long[] b) {
                        a[0] += b[0];
                        a[1] += b[1];
                        return a;
                    }
                },
                new Function<long[], Double>() {
                    public Double apply(long[] a) {
                        return (a[1] == 0) ? 0.0d : (double) a[0] / a[1];
                    }
                }, CH_NOID);
    }

    /** a[0..1] compensated sum, a[2] count, a[3] simple sum. */
    public static <T> Collector<T, ?, Double> averagingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, double[], Double>(
                new Supplier<double[]>() {
                    public double[] get() {
                        return new double[4];
                    }
                },
                new BiConsumer<double[], T>() {
                    public void accept(double[] a, T t) {
                        double val = mapper.applyAsDouble(t);
                        sumWithCompensation(a, val);
                        a[2]++;
                        a[3] += val;
                    }
                },
                new BinaryOperator<double[]>() {
                    public double[] apply(double[] a, double[] b) {
                        sumWithCompensation(a, b[0]);
                        sumWithCompensation(a, b[1]);
                        a[2] += b[2];
                        a[3] += b[3];
                        return a;
                    }
                },
                new Function<double[], Double>() {
                    public Double apply(double[] a) {
                        return (a[2] == 0) ? 0.0d : (computeFinalSum(a) / a[2]);
                    }
                }, CH_NOID);
    }

    public static <T> Collector<T, ?, T> reducing(final T identity, final BinaryOperator<T> op) {
        return new CollectorImpl<T, Object[], T>(
                new Supplier<Object[]>() {
                    public Object[] get() {
                        return new Object[] {identity};
                    }
                },
                new BiConsumer<Object[], T>() {
                    public void accept(Object[] a, T t) {
                        a[0] = op.apply((T) a[0], t);
                    }
                },
                new BinaryOperator<Object[]>() {
                    public Object[] apply(Object[] a, Object[] b) {
                        a[0] = op.apply((T) a[0], (T) b[0]);
                        return a;
                    }
                },
                new Function<Object[], T>() {
                    public T apply(Object[] a) {
                        return (T) a[0];
                    }
                }, CH_NOID);
    }

    /** The running reduction of reducing(op): empty until the first element. */
    private static final class OptionalBox<T> {
        final BinaryOperator<T> op;
        T value;
        boolean present;

        OptionalBox(BinaryOperator<T> op) {
            this.op = op;
        }

        void accept(T t) {
            if (present) {
                value = op.apply(value, t);
            } else {
                value = t;
                present = true;
            }
        }
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(final BinaryOperator<T> op) {
        return new CollectorImpl<T, OptionalBox<T>, Optional<T>>(
                new Supplier<OptionalBox<T>>() {
                    public OptionalBox<T> get() {
                        return new OptionalBox<T>(op);
                    }
                },
                new BiConsumer<OptionalBox<T>, T>() {
                    public void accept(OptionalBox<T> a, T t) {
                        a.accept(t);
                    }
                },
                new BinaryOperator<OptionalBox<T>>() {
                    public OptionalBox<T> apply(OptionalBox<T> a, OptionalBox<T> b) {
                        if (b.present) {
                            a.accept(b.value);
                        }
                        return a;
                    }
                },
                new Function<OptionalBox<T>, Optional<T>>() {
                    public Optional<T> apply(OptionalBox<T> a) {
                        return Optional.ofNullable(a.value);
                    }
                }, CH_NOID);
    }

    public static <T, U> Collector<T, ?, U> reducing(final U identity, final Function<? super T, ? extends U> mapper,
            final BinaryOperator<U> op) {
        return new CollectorImpl<T, Object[], U>(
                new Supplier<Object[]>() {
                    public Object[] get() {
                        return new Object[] {identity};
                    }
                },
                new BiConsumer<Object[], T>() {
                    public void accept(Object[] a, T t) {
                        a[0] = op.apply((U) a[0], mapper.apply(t));
                    }
                },
                new BinaryOperator<Object[]>() {
                    public Object[] apply(Object[] a, Object[] b) {
                        a[0] = op.apply((U) a[0], (U) b[0]);
                        return a;
                    }
                },
                new Function<Object[], U>() {
                    public U apply(Object[] a) {
                        return (U) a[0];
                    }
                }, CH_NOID);
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, (Supplier<Map<K, D>>) Suppliers.HASH_MAP, downstream);
    }

    /**
     * JDK's groupingBy: a null key is NullPointerException "element cannot be mapped to a null key";
     * each key's container comes from computeIfAbsent, so the map's order is the factory's
     * (HashMap's by default); a non-identity downstream finisher is applied with replaceAll.
     */
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            final Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        final Supplier<A> downstreamSupplier = downstream.supplier();
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        final Function<Object, A> newContainer = new Function<Object, A>() {
            public A apply(Object k) {
                return downstreamSupplier.get();
            }
        };
        BiConsumer<Map<K, A>, T> accumulator = new BiConsumer<Map<K, A>, T>() {
            public void accept(Map<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                A container = m.computeIfAbsent(key, (Function<? super K, ? extends A>) (Function) newContainer);
                ((BiConsumer<A, Object>) downstreamAccumulator).accept(container, t);
            }
        };
        final BinaryOperator<A> downstreamCombiner = downstream.combiner();
        BinaryOperator<Map<K, A>> merger = new BinaryOperator<Map<K, A>>() {
            public Map<K, A> apply(Map<K, A> m1, Map<K, A> m2) {
                for (Map.Entry<K, A> e : m2.entrySet()) {
                    m1.merge(e.getKey(), e.getValue(), downstreamCombiner);
                }
                return m1;
            }
        };
        Supplier<Map<K, A>> mangledFactory = (Supplier<Map<K, A>>) (Supplier) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, Map<K, A>, M>(mangledFactory, accumulator, merger, CH_ID);
        }
        final Function<A, A> downstreamFinisher = (Function<A, A>) downstream.finisher();
        Function<Map<K, A>, M> finisher = new Function<Map<K, A>, M>() {
            public M apply(Map<K, A> intermediate) {
                intermediate.replaceAll(new BiFunction<K, A, A>() {
                    public A apply(K k, A v) {
                        return downstreamFinisher.apply(v);
                    }
                });
                return (M) intermediate;
            }
        };
        return new CollectorImpl<T, Map<K, A>, M>(mangledFactory, accumulator, merger, finisher, CH_NOID);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, Collectors.<T>toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(final Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        final Supplier<A> downstreamSupplier = downstream.supplier();
        final BinaryOperator<A> op = downstream.combiner();
        BiConsumer<Partition<A>, T> accumulator = new BiConsumer<Partition<A>, T>() {
            public void accept(Partition<A> result, T t) {
                ((BiConsumer<A, Object>) downstreamAccumulator).accept(predicate.test(t) ? result.forTrue : result.forFalse, t);
            }
        };
        BinaryOperator<Partition<A>> merger = new BinaryOperator<Partition<A>>() {
            public Partition<A> apply(Partition<A> left, Partition<A> right) {
                return new Partition<A>(op.apply(left.forTrue, right.forTrue), op.apply(left.forFalse, right.forFalse));
            }
        };
        Supplier<Partition<A>> supplier = new Supplier<Partition<A>>() {
            public Partition<A> get() {
                return new Partition<A>(downstreamSupplier.get(), downstreamSupplier.get());
            }
        };
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, Partition<A>, Map<Boolean, D>>(supplier, accumulator, merger, CH_ID);
        }
        final Function<A, D> downstreamFinisher = downstream.finisher();
        return new CollectorImpl<T, Partition<A>, Map<Boolean, D>>(supplier, accumulator, merger,
                new Function<Partition<A>, Map<Boolean, D>>() {
                    public Map<Boolean, D> apply(Partition<A> par) {
                        return new Partition<D>(downstreamFinisher.apply(par.forTrue), downstreamFinisher.apply(par.forFalse));
                    }
                }, CH_NOID);
    }

    /** partitioningBy's two-entry map: false first, then true (JDK's Collectors$Partition). */
    private static final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        @Override
        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                @Override
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> falseEntry = new SimpleImmutableEntry<Boolean, T>(false, forFalse);
                    Map.Entry<Boolean, T> trueEntry = new SimpleImmutableEntry<Boolean, T>(true, forTrue);
                    return List.of(falseEntry, trueEntry).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }
    }

    /** toMap without a merge function: putIfAbsent, a repeated key is IllegalStateException (JDK's text). */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(final Function<? super T, ? extends K> keyMapper,
            final Function<? super T, ? extends U> valueMapper) {
        return new CollectorImpl<T, Map<K, U>, Map<K, U>>((Supplier<Map<K, U>>) Suppliers.HASH_MAP,
                new BiConsumer<Map<K, U>, T>() {
                    public void accept(Map<K, U> map, T element) {
                        K k = keyMapper.apply(element);
                        U v = Objects.requireNonNull(valueMapper.apply(element));
                        U u = map.putIfAbsent(k, v);
                        if (u != null) {
                            throw duplicateKeyException(k, u, v);
                        }
                    }
                },
                new BinaryOperator<Map<K, U>>() {
                    public Map<K, U> apply(Map<K, U> m1, Map<K, U> m2) {
                        for (Map.Entry<K, U> e : m2.entrySet()) {
                            K k = e.getKey();
                            U v = Objects.requireNonNull(e.getValue());
                            U u = m1.putIfAbsent(k, v);
                            if (u != null) {
                                throw duplicateKeyException(k, u, v);
                            }
                        }
                        return m1;
                    }
                }, CH_ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return collectingAndThen(toMap(keyMapper, valueMapper), Collectors.<K, U>mapToUnmodifiable());
    }

    private static <K, U> Function<Map<K, U>, Map<K, U>> mapToUnmodifiable() {
        return new Function<Map<K, U>, Map<K, U>>() {
            public Map<K, U> apply(Map<K, U> map) {
                return (Map<K, U>) Map.ofEntries(map.entrySet().toArray(new Map.Entry[0]));
            }
        };
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, (Supplier<Map<K, U>>) Suppliers.HASH_MAP);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return collectingAndThen(toMap(keyMapper, valueMapper, mergeFunction, (Supplier<Map<K, U>>) Suppliers.HASH_MAP),
                Collectors.<K, U>mapToUnmodifiable());
    }

    /** toMap with a merge function: Map.merge per element (a null value is NullPointerException). */
    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(final Function<? super T, ? extends K> keyMapper,
            final Function<? super T, ? extends U> valueMapper, final BinaryOperator<U> mergeFunction,
            Supplier<M> mapFactory) {
        BiConsumer<M, T> accumulator = new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                map.merge(keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
            }
        };
        return new CollectorImpl<T, M, M>(mapFactory, accumulator, new BinaryOperator<M>() {
            public M apply(M m1, M m2) {
                for (Map.Entry<K, U> e : m2.entrySet()) {
                    m1.merge(e.getKey(), e.getValue(), mergeFunction);
                }
                return m1;
            }
        }, CH_ID);
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, IntSummaryStatistics, IntSummaryStatistics>(
                new Supplier<IntSummaryStatistics>() {
                    public IntSummaryStatistics get() {
                        return new IntSummaryStatistics();
                    }
                },
                new BiConsumer<IntSummaryStatistics, T>() {
                    public void accept(IntSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsInt(t));
                    }
                },
                new BinaryOperator<IntSummaryStatistics>() {
                    public IntSummaryStatistics apply(IntSummaryStatistics l, IntSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, LongSummaryStatistics, LongSummaryStatistics>(
                new Supplier<LongSummaryStatistics>() {
                    public LongSummaryStatistics get() {
                        return new LongSummaryStatistics();
                    }
                },
                new BiConsumer<LongSummaryStatistics, T>() {
                    public void accept(LongSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsLong(t));
                    }
                },
                new BinaryOperator<LongSummaryStatistics>() {
                    public LongSummaryStatistics apply(LongSummaryStatistics l, LongSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, DoubleSummaryStatistics, DoubleSummaryStatistics>(
                new Supplier<DoubleSummaryStatistics>() {
                    public DoubleSummaryStatistics get() {
                        return new DoubleSummaryStatistics();
                    }
                },
                new BiConsumer<DoubleSummaryStatistics, T>() {
                    public void accept(DoubleSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsDouble(t));
                    }
                },
                new BinaryOperator<DoubleSummaryStatistics>() {
                    public DoubleSummaryStatistics apply(DoubleSummaryStatistics l, DoubleSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    /** teeing (JDK 12): both downstream collectors see every element; the merger combines their results. */
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, final BiFunction<? super R1, ? super R2, R> merger) {
        final Collector<Object, Object, R1> c1 = (Collector<Object, Object, R1>) (Collector) Objects.requireNonNull(downstream1, "downstream1");
        final Collector<Object, Object, R2> c2 = (Collector<Object, Object, R2>) (Collector) Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        final Supplier<Object> s1 = Objects.requireNonNull(c1.supplier(), "downstream1 supplier");
        final Supplier<Object> s2 = Objects.requireNonNull(c2.supplier(), "downstream2 supplier");
        final BiConsumer<Object, Object> a1 = Objects.requireNonNull(c1.accumulator(), "downstream1 accumulator");
        final BiConsumer<Object, Object> a2 = Objects.requireNonNull(c2.accumulator(), "downstream2 accumulator");
        final BinaryOperator<Object> cb1 = Objects.requireNonNull(c1.combiner(), "downstream1 combiner");
        final BinaryOperator<Object> cb2 = Objects.requireNonNull(c2.combiner(), "downstream2 combiner");
        final Function<Object, R1> f1 = Objects.requireNonNull(c1.finisher(), "downstream1 finisher");
        final Function<Object, R2> f2 = Objects.requireNonNull(c2.finisher(), "downstream2 finisher");
        return new CollectorImpl<T, Object[], R>(
                new Supplier<Object[]>() {
                    public Object[] get() {
                        return new Object[] {s1.get(), s2.get()};
                    }
                },
                new BiConsumer<Object[], T>() {
                    public void accept(Object[] p, T t) {
                        a1.accept(p[0], t);
                        a2.accept(p[1], t);
                    }
                },
                new BinaryOperator<Object[]>() {
                    public Object[] apply(Object[] l, Object[] r) {
                        l[0] = cb1.apply(l[0], r[0]);
                        l[1] = cb2.apply(l[1], r[1]);
                        return l;
                    }
                },
                new Function<Object[], R>() {
                    public R apply(Object[] p) {
                        return merger.apply(f1.apply(p[0]), f2.apply(p[1]));
                    }
                }, CH_NOID);
    }
}
