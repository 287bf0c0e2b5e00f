import java.io.Serializable;

// Serializable lambdas and intersection casts: javac links these through
// LambdaMetafactory.altMetafactory (FLAG_SERIALIZABLE, FLAG_MARKERS,
// FLAG_BRIDGES).
public class SerializableLambdas {
    interface Marker {}
    interface Other { default String other() { return "other default"; } }
    interface Fn<T, R> { R apply(T t); }
    interface SerFn<T, R> extends Fn<T, R>, Serializable {}
    interface StrFn extends Fn<String, String> { @Override String apply(String s); }

    static String exclaim(String s) { return s + "!"; }

    public static void main(String[] args) {
        Runnable r = (Runnable & Serializable) () -> System.out.println("serializable runnable");
        r.run();
        System.out.println((r instanceof Serializable) + " " + (r instanceof Runnable));
        Runnable plain = () -> {};
        System.out.println(plain instanceof Serializable);
        SerFn<String, Integer> len = String::length;
        System.out.println(len.apply("serializable") + " " + (len instanceof Serializable));
        int base = 10;
        SerFn<Integer, Integer> cap = x -> x + base;
        System.out.println(cap.apply(5));
        Object m = (Runnable & Marker & Other) () -> System.out.println("with markers");
        ((Runnable) m).run();
        System.out.println((m instanceof Marker) + " " + (m instanceof Other) + " " + ((Other) m).other());
        // A bridge: StrFn's apply(String) also implements Fn's erased apply(Object).
        StrFn up = SerializableLambdas::exclaim;
        Fn<String, String> asFn = up;
        System.out.println(up.apply("direct") + " " + asFn.apply("through bridge"));
        Fn<String, String> both = (Fn<String, String> & Serializable) String::trim;
        System.out.println("[" + both.apply("  trimmed ") + "] " + (both instanceof Serializable));
        Class<?> k = r.getClass();
        System.out.println(k.isInterface() + " " + k.getName().startsWith("SerializableLambdas$$Lambda$"));
    }
}
