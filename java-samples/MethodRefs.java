// Every kind of method reference: static, bound and unbound instance,
// constructor, array constructor, super::m, interface default and static
// methods, private methods (invokeSpecial handles), and interface methods.
public class MethodRefs {
    interface Fn<A, R> { R apply(A a); }
    interface BiFn<A, B, R> { R apply(A a, B b); }
    interface Sup<T> { T get(); }
    interface IntArrayMaker { int[] make(int n); }
    interface Greeter {
        String name();
        default String greet() { return "hello " + name(); }
        static String shout(String s) { return s.toUpperCase() + "!"; }
    }

    static class Base {
        String who() { return "base"; }
    }

    static class Derived extends Base implements Greeter {
        private final String n;
        Derived() { this("anon"); }
        Derived(String n) { this.n = n; }
        @Override String who() { return "derived"; }
        public String name() { return n; }
        Sup<String> superWho() { return super::who; }
        Sup<String> thisWho() { return this::who; }
        private String secret() { return "secret of " + n; }
        Sup<String> secretRef() { return this::secret; }
    }

    static int twice(int x) { return 2 * x; }
    private static String hidden(String s) { return "<" + s + ">"; }

    public static void main(String[] args) {
        Fn<Integer, Integer> st = MethodRefs::twice;        // static, with unboxing and boxing
        System.out.println(st.apply(21));
        Fn<String, String> priv = MethodRefs::hidden;        // private static
        System.out.println(priv.apply("p"));
        String base = "abcdef";
        Fn<Integer, String> bound = base::substring;         // bound instance
        System.out.println(bound.apply(2));
        Fn<String, Integer> unbound = String::length;        // unbound instance
        System.out.println(unbound.apply("four"));
        BiFn<String, String, Boolean> starts = String::startsWith;
        System.out.println(starts.apply("prefix", "pre") + " " + starts.apply("prefix", "fix"));
        Sup<Derived> ctor0 = Derived::new;                   // constructors
        Fn<String, Derived> ctor1 = Derived::new;
        System.out.println(ctor0.get().name() + " " + ctor1.apply("named").name());
        Fn<Integer, String[]> arrayCtor = String[]::new;     // array constructors
        IntArrayMaker ints = int[]::new;
        System.out.println(arrayCtor.apply(3).length + " " + ints.make(5).length);
        Derived d = new Derived("dee");
        System.out.println(d.superWho().get() + " " + d.thisWho().get());  // super::m and this::m
        System.out.println(d.secretRef().get());             // private instance method
        Fn<Greeter, String> dflt = Greeter::greet;           // interface default, through the interface
        System.out.println(dflt.apply(d));
        Fn<String, String> istatic = Greeter::shout;         // interface static
        System.out.println(istatic.apply("hey"));
        Fn<Object, String> virt = Object::toString;          // virtual dispatch through the reference
        System.out.println(virt.apply(Integer.valueOf(99)) + " " + virt.apply("str"));
        Fn<Base, String> who = Base::who;
        System.out.println(who.apply(new Base()) + " " + who.apply(d));
        Sup<Sup<String>> chained = () -> d::name;
        System.out.println(chained.get().get());
        java.util.function.Consumer<String> printer = System.out::println;  // bound to a static field's value
        printer.accept("printed via System.out::println");
        java.util.function.Supplier<String> sup = "literal"::toUpperCase;
        System.out.println(sup.get());
        try {
            String nothing = null;
            Sup<Integer> npe = nothing::length;              // bound receiver checked at capture
            System.out.println("not reached " + npe);
        } catch (NullPointerException e) {
            System.out.println("NPE at capture");
        }
    }
}
