package java.util.stream;

/**
 * Where a pipeline's elements come from. {@code tryAdvance} pushes one element into the sink (or
 * returns false when there is none left), so the same source serves push evaluation and the
 * pull-style {@code iterator()}.
 */
abstract class Source {
    abstract boolean tryAdvance(Sink sink);

    /** JDK's copyIntoWithCancel: the sink is asked before every element, the first included. */
    void forEachWithCancel(Sink sink) {
        while (!sink.cancellationRequested() && tryAdvance(sink)) {
        }
    }

    /** All remaining elements, no cancellation (a spliterator source uses forEachRemaining). */
    void forEachRemaining(Sink sink) {
        while (tryAdvance(sink)) {
        }
    }

    /** The number of elements when known in advance (count() then skips evaluation, as JDK 9+), else -1. */
    long exactSize() {
        return -1;
    }
}
