package java.lang;

/** Wrong on purpose: wrong superclass, interfaces, constant value and return type. */
public class Integer implements Comparable<Integer> {
    public static final int MAX_VALUE = 0x7ffffffe;

    public static long parseInt(String s) {
        return 0;
    }

    public int compareTo(Integer o) {
        return 0;
    }
}
