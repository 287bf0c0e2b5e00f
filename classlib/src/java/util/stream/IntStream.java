package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    /** For an IntStream implemented elsewhere: a pipeline over its iterator (ours override it). */
    default IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return IntPipeline.asPipeline(this).takeWhile(predicate);
    }

    default IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return IntPipeline.asPipeline(this).dropWhile(predicate);
    }

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    Stream<Integer> boxed();

    @Override
    java.util.PrimitiveIterator.OfInt iterator();

    @Override
    IntStream sequential();

    @Override
    IntStream parallel();

    public static Builder builder() {
        return new IntPipeline.Builder();
    }

    public static IntStream empty() {
        return of(new int[0]);
    }

    public static IntStream of(int t) {
        return of(new int[] {t});
    }

    public static IntStream of(int... values) {
        return new IntPipeline(new Sources.OfIntArray(values, 0, values.length), false);
    }

    public static IntStream iterate(final int seed, final IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipeline(new Sources.IntIterate(seed, null, f), false);
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new IntPipeline(new Sources.IntIterate(seed, hasNext, next), false);
    }

    public static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipeline(new Sources.Generate(null, s, null, null), false);
    }

    public static IntStream range(int startInclusive, int endExclusive) {
        return new IntPipeline(new Sources.IntRange(startInclusive, endExclusive - 1, startInclusive >= endExclusive), false);
    }

    public static IntStream rangeClosed(int startInclusive, int endInclusive) {
        return new IntPipeline(new Sources.IntRange(startInclusive, endInclusive, startInclusive > endInclusive), false);
    }

    public static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        IntStream stream = new IntPipeline(new Sources.Concat(IntPipeline.asPipeline(a), IntPipeline.asPipeline(b)),
                a.isParallel() || b.isParallel());
        return stream.onClose(AbstractPipeline.composedClose(a, b));
    }

    public interface Builder extends IntConsumer {
        @Override
        void accept(int t);

        default Builder add(int t) {
            accept(t);
            return this;
        }

        IntStream build();
    }
}
