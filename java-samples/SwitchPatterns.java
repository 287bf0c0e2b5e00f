// cortado: release 17
// Switch expressions over ints, chars, strings and enums; pattern matching
// for instanceof with && and scoping; var in lambdas.
public class SwitchPatterns {
    enum Op { ADD, SUB, MUL, DIV }

    interface Calc { int apply(int a, int b); }

    static Calc calc(Op op) {
        return switch (op) {
            case ADD -> (a, b) -> a + b;
            case SUB -> (a, b) -> a - b;
            case MUL -> (var a, var b) -> a * b;
            case DIV -> (a, b) -> b == 0 ? 0 : a / b;
        };
    }

    static String classify(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + i;
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string " + s.charAt(0) + "…" + s.length();
        if (o instanceof int[] arr) return "int array of " + arr.length;
        if (o instanceof Object[] arr && arr.length > 0 && arr[0] instanceof String first) return "strings starting " + first;
        return "other " + o;
    }

    static String grade(char c) {
        return switch (c) {
            case 'A', 'B' -> "good";
            case 'C' -> "ok";
            default -> "?";
        };
    }

    static int score(String word) {
        int s = 0;
        for (char c : word.toCharArray()) {
            s += switch (Character.toLowerCase(c)) {
                case 'a', 'e', 'i', 'o', 'u' -> 1;
                case 'q', 'z' -> 10;
                default -> { int v = c % 3; yield v + 2; }
            };
        }
        return s;
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) System.out.println(op + " " + calc(op).apply(12, 4) + " " + calc(op).apply(7, 0));
        Object[] things = {5, 50, "hello", "", new int[3], new String[] {"first", "second"}, 'c', null, 2.5};
        for (Object o : things) System.out.println(classify(o));
        for (char c : "ABCX".toCharArray()) System.out.print(grade(c) + " ");
        System.out.println();
        for (String w : new String[] {"quiz", "banana", "Zebra", ""}) System.out.println(w + " " + score(w));
        int day = 3;
        String name = switch (day) { case 1 -> "Mon"; case 2 -> "Tue"; case 3 -> "Wed"; default -> "?"; };
        System.out.println(name);
    }
}
