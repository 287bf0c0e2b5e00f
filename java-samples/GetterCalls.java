// Field getters called from compiled code (the JIT reads a getter's field at
// the call site: jit/TemplatesAccessors.cpp). A subclass that overrides the
// getter, loaded only after the caller was compiled, must be called; a getter
// whose field is null throws in its own frame.
public class GetterCalls {
    static class Box {
        int value;
        byte small;
        char letter;
        int[] items;
        Box(int value, int[] items) { this.value = value; this.small = (byte) -value; this.letter = (char) ('a' + value % 26); this.items = items; }
        int getValue() { return value; }
        byte getSmall() { return small; }
        char getLetter() { return letter; }
        int size() { return items.length; }
        final int finalValue() { return value; }
    }

    static class Late extends Box {
        Late(int value) { super(value, new int[0]); }
        @Override int getValue() { return -1000 - value; }
        @Override int size() { return 77; }
    }

    static long sum(Box b, int times) {
        long s = 0;
        for (int i = 0; i < times; i++) s += b.getValue() + b.getSmall() + b.getLetter() + b.size() + b.finalValue();
        return s;
    }

    public static void main(String[] args) {
        Box plain = new Box(7, new int[5]);
        for (int round = 0; round < 300; round++) sum(plain, 10);  // compiled by now in every tier
        System.out.println("plain " + sum(plain, 1000));
        Box late = new Late(3);  // loaded here, when this instruction is first resolved
        System.out.println("late " + sum(late, 1000));
        System.out.println("plain again " + sum(plain, 1000));
        Box empty = new Box(1, null);
        try {
            sum(empty, 1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("NPE in " + top.getMethodName() + " at line " + top.getLineNumber());
        }
        try {
            sum(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE in " + e.getStackTrace()[0].getMethodName());
        }
    }
}
