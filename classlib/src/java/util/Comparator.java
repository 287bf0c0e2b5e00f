package java.util;

@FunctionalInterface
public interface Comparator<T> {
    int compare(T o1, T o2);

    boolean equals(Object obj);

    default Comparator<T> reversed() {
        final Comparator<T> self = this;
        return new Comparator<T>() {
            public int compare(T a, T b) {
                return self.compare(b, a);
            }
        };
    }

    default Comparator<T> thenComparing(final Comparator<? super T> other) {
        Objects.requireNonNull(other);
        final Comparator<T> self = this;
        return new Comparator<T>() {
            public int compare(T c1, T c2) {
                int res = self.compare(c1, c2);
                return (res != 0) ? res : other.compare(c1, c2);
            }
        };
    }

    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (Comparator<T>) ReverseNaturalOrder.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (Comparator<T>) NaturalOrder.INSTANCE;
    }
}

final class NaturalOrder implements Comparator<Comparable<Object>> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    public int compare(Comparable<Object> c1, Comparable<Object> c2) {
        return c1.compareTo(c2);
    }

    public Comparator<Comparable<Object>> reversed() {
        return ReverseNaturalOrder.INSTANCE;
    }
}

final class ReverseNaturalOrder implements Comparator<Comparable<Object>> {
    static final ReverseNaturalOrder INSTANCE = new ReverseNaturalOrder();

    public int compare(Comparable<Object> c1, Comparable<Object> c2) {
        return c2.compareTo(c1);
    }

    public Comparator<Comparable<Object>> reversed() {
        return NaturalOrder.INSTANCE;
    }
}
