package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return this.length() == 0;
    }

    CharSequence subSequence(int start, int end);

    /** The chars as ints (a sized stream over the indices, as JDK's SIZED chars spliterator). */
    public default java.util.stream.IntStream chars() {
        final CharSequence cs = this;
        return java.util.stream.IntStream.range(0, length()).map(new java.util.function.IntUnaryOperator() {
            public int applyAsInt(int i) {
                return cs.charAt(i);
            }
        });
    }

    /** The code points, surrogate pairs combined (an unpaired surrogate stays as it is). */
    public default java.util.stream.IntStream codePoints() {
        int n = length();
        int[] cps = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            char c = charAt(i++);
            if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(charAt(i))) {
                cps[count++] = Character.toCodePoint(c, charAt(i++));
            } else {
                cps[count++] = c;
            }
        }
        return java.util.stream.IntStream.of(java.util.Arrays.copyOf(cps, count));
    }

    public String toString();

    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (java.util.Objects.requireNonNull(cs1) == java.util.Objects.requireNonNull(cs2)) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) cs1;
            return c.compareTo(cs2);
        }
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
