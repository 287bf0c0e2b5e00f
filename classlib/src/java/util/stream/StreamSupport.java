package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;

/** Streams over a spliterator (Collection.stream() is one); evaluation is sequential, see AbstractPipeline. */
public final class StreamSupport {
    private StreamSupport() {
    }

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return new ReferencePipeline<T>(new Sources.OfSpliterator(spliterator), parallel);
    }
}
