// Parser test input: a class using most of what javac emits for Java 8.
package sample;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

public class Kitchen<T extends Comparable<T>> implements Serializable, Cloneable {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Tag { String value() default "x"; int[] numbers() default {1, 2}; }

    public static final int INT = 42;
    public static final long LONG = 1234567890123456789L;
    public static final double DOUBLE = 3.25;
    public static final float FLOAT = 1.5f;
    public static final String TEXT = "constant text";
    public static final char CHAR = 'c';
    public static final boolean FLAG = true;
    static final byte BYTE = -7;
    static final short SHORT = 1234;

    private List<T> items = new ArrayList<>();
    protected transient volatile int counter;
    static int[][] grid = new int[3][4];

    interface Shape { double area(); default String describe() { return "shape " + area(); } static Shape unit() { return () -> 1.0; } }
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    class Inner { int value() { return counter; } }
    static class Nested { static String hello() { return "hello"; } }

    @Tag("kitchen")
    public synchronized void add(T item) { items.add(item); counter++; }

    public native int nativeMethod(long a, double b);

    public int sum(int... values) {
        int total = 0;
        for (int v : values) total += v;
        return total;
    }

    public String choose(int i, String s) throws IOException {
        switch (i) { case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three"; default: break; }
        switch (s) { case "a": return "A"; case "b": return "B"; default: break; }
        switch (i) { case 10: return "ten"; case 1000: return "thousand"; case -5: return "minus"; default: break; }
        if (i < 0) throw new IOException("negative");
        return s;
    }

    public int guarded(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException | IllegalStateException e) {
            return -1;
        } finally {
            counter++;
        }
    }

    public List<String> lambdas(List<T> input) {
        List<String> out = new ArrayList<>();
        Function<T, String> f = t -> t + "!";
        Supplier<List<String>> s = ArrayList::new;
        input.forEach(t -> out.add(f.apply(t)));
        Runnable r = new Runnable() { public void run() { counter--; } };
        r.run();
        class Local { int twice(int x) { return 2 * x; } }
        out.add(String.valueOf(new Local().twice(counter)));
        out.addAll(s.get());
        return out;
    }

    public long mix(long a, double b, float c, char d, short e, byte g, boolean h) {
        long r = a + (long) b + (long) c + d + e + g + (h ? 1 : 0);
        return r * LONG + (long) (DOUBLE * FLOAT);
    }

    static { grid[1][2] = INT; }
}
