package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    /** For an LongStream implemented elsewhere: a pipeline over its iterator (ours override it). */
    default LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return LongPipeline.asPipeline(this).takeWhile(predicate);
    }

    default LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return LongPipeline.asPipeline(this).dropWhile(predicate);
    }

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    DoubleStream asDoubleStream();

    Stream<Long> boxed();

    @Override
    java.util.PrimitiveIterator.OfLong iterator();

    @Override
    LongStream sequential();

    @Override
    LongStream parallel();

    public static Builder builder() {
        return new LongPipeline.Builder();
    }

    public static LongStream empty() {
        return of(new long[0]);
    }

    public static LongStream of(long t) {
        return of(new long[] {t});
    }

    public static LongStream of(long... values) {
        return new LongPipeline(new Sources.OfLongArray(values, 0, values.length), false);
    }

    public static LongStream iterate(final long seed, final LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipeline(new Sources.LongIterate(seed, null, f), false);
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new LongPipeline(new Sources.LongIterate(seed, hasNext, next), false);
    }

    public static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipeline(new Sources.Generate(null, null, s, null), false);
    }

    public static LongStream range(long startInclusive, long endExclusive) {
        return new LongPipeline(new Sources.LongRange(startInclusive, endExclusive - 1, startInclusive >= endExclusive), false);
    }

    public static LongStream rangeClosed(long startInclusive, long endInclusive) {
        return new LongPipeline(new Sources.LongRange(startInclusive, endInclusive, startInclusive > endInclusive), false);
    }

    public static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        LongStream stream = new LongPipeline(new Sources.Concat(LongPipeline.asPipeline(a), LongPipeline.asPipeline(b)),
                a.isParallel() || b.isParallel());
        return stream.onClose(AbstractPipeline.composedClose(a, b));
    }

    public interface Builder extends LongConsumer {
        @Override
        void accept(long t);

        default Builder add(long t) {
            accept(t);
            return this;
        }

        LongStream build();
    }
}
