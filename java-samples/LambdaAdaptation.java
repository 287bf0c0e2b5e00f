// The conversions LambdaMetafactory applies between the interface method and
// the implementation: boxing, unboxing, widening, reference casts, dropping
// a result for a void interface method.
public class LambdaAdaptation {
    interface ToLong { long apply(int x); }
    interface ToDouble { double apply(float x); }
    interface BoxedIn<T> { int apply(T x); }
    interface BoxedOut<R> { R apply(int x); }
    interface Gen<A, R> { R apply(A a); }
    interface VoidFn { void apply(String s); }
    interface CharToInt { int apply(char c); }
    interface ObjOut { Object get(); }
    interface Numberish { Number get(); }

    static int square(int x) { return x * x; }
    static long widen(long x) { return x * 3; }
    static double half(double x) { return x / 2; }
    static int count(String s) { System.out.println("count called with " + s); return s.length(); }
    static boolean isBig(long x) { return x > 1000; }
    static char upper(char c) { return Character.toUpperCase(c); }
    static int code(int c) { return c + 1; }

    public static void main(String[] args) {
        ToLong tl = LambdaAdaptation::square;        // int result widened to long
        System.out.println(tl.apply(100000));
        ToLong w = LambdaAdaptation::widen;          // int argument widened to long
        System.out.println(w.apply(7));
        ToDouble td = LambdaAdaptation::half;        // float widened to double
        System.out.println(td.apply(3.0f));
        BoxedIn<Integer> unbox = LambdaAdaptation::square;   // Integer unboxed
        System.out.println(unbox.apply(12));
        BoxedOut<Integer> box = LambdaAdaptation::square;    // int boxed
        Integer boxed = box.apply(9);
        System.out.println(boxed + " " + boxed.getClass().getName());
        Gen<Integer, Long> both = x -> (long) x * 2;
        System.out.println(both.apply(21));
        Gen<Long, Boolean> big = LambdaAdaptation::isBig;    // Long unboxed, boolean boxed
        System.out.println(big.apply(5000L) + " " + big.apply(5L));
        Gen<Character, Character> up = LambdaAdaptation::upper;
        System.out.println(up.apply('m'));
        CharToInt ci = LambdaAdaptation::code;               // char widened to int
        System.out.println(ci.apply('A'));
        VoidFn drop = LambdaAdaptation::count;                // result dropped
        drop.apply("dropped");
        ObjOut o = () -> 42;                                 // boxed into Object
        System.out.println(o.get() + " " + o.get().getClass().getName());
        Numberish n = () -> 2.5;                             // boxed Double as Number
        System.out.println(n.get().intValue() + " " + n.get());
        Gen<String, Object> cast = String::trim;             // reference result to Object
        System.out.println("[" + cast.apply("  spaced  ") + "]");
        Gen<Object, String> argCast = Object::toString;
        System.out.println(argCast.apply(3.75f));
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Gen<Object, Integer> raw = (Gen) (Gen<String, Integer>) String::length;
            System.out.println(raw.apply(Integer.valueOf(5)));
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            BoxedIn<Integer> nul = LambdaAdaptation::square;
            System.out.println(nul.apply(null));
        } catch (NullPointerException e) {
            System.out.println("NullPointerException when unboxing null");
        }
    }
}
