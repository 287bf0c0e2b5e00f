abstract class Animal {
    protected String name;
    Animal(String name) { this.name = name; }
    abstract String sound();
    String describe() { return name + " says " + sound() + " (" + kind() + ")"; }
    String kind() { return "animal"; }
    private String secret() { return "Animal.secret"; }
    String callSecret() { return secret(); }
    static String stat() { return "Animal.stat"; }
    Animal self() { return this; }
    public String toString() { return "Animal[" + name + "]"; }
}

class Dog extends Animal {
    Dog(String n) { super(n); }
    String sound() { return "woof"; }
    String kind() { return "dog/" + super.kind(); }
    private String secret() { return "Dog.secret"; }
    String dogSecret() { return secret(); }
    static String stat() { return "Dog.stat"; }
    Dog self() { return this; }   // covariant return: javac emits a bridge Animal self()
    String fetch() { return name + " fetches"; }
}

class Puppy extends Dog {
    Puppy(String n) { super(n); }
    String sound() { return "yip"; }
    String kind() { return "puppy/" + super.kind(); }
    public String toString() { return "Puppy[" + name + "] via " + super.toString(); }
}

class Cat extends Animal {
    Cat(String n) { super(n); }
    String sound() { return "meow"; }
    final String purr() { return "purr"; }
}

class Overloads {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Integer x) { return "Integer"; }
    static String f(Object x) { return "Object"; }
    static String f(int... xs) { return "varargs" + xs.length; }
    static String g(Object o) { return "g(Object)"; }
    static String g(String s) { return "g(String)"; }
    static String g(CharSequence s) { return "g(CharSequence)"; }
    static String h(long a, int b) { return "h(long,int)"; }
    static String h(int a, long b) { return "h(int,long)"; }
    String inst(Animal a) { return "inst(Animal)"; }
    String inst(Dog d) { return "inst(Dog)"; }
}

class Base {
    String who() { return "Base"; }
    String callWho() { return who(); }
    String template() { return "[" + step1() + "," + step2() + "]"; }
    String step1() { return "b1"; }
    String step2() { return "b2"; }
}

class Mid extends Base {
    String who() { return "Mid"; }
    String step1() { return "m1"; }
}

class Leaf extends Mid {
    String who() { return "Leaf>" + super.who(); }
    String step2() { return "l2"; }
}

class Generic<T> {
    T value;
    Generic(T v) { value = v; }
    T get() { return value; }
    void set(T v) { value = v; }
}

class StringGeneric extends Generic<String> {
    StringGeneric(String s) { super(s); }
    String get() { return "SG:" + value; }         // bridge Object get()
    void set(String v) { value = v.toUpperCase(); } // bridge set(Object)
}

class Counter {
    private int n;
    Counter inc() { n++; return this; }
    int get() { return n; }
}

public class VirtualDispatch {
    public static void main(String[] args) {
        Animal[] zoo = {new Dog("Rex"), new Cat("Tom"), new Puppy("Bit")};
        for (Animal a : zoo) {
            System.out.println(a.describe());
            System.out.println("  " + a + " | " + a.callSecret() + " | " + a.self().name);
        }
        Dog d = new Puppy("Tiny");
        System.out.println(d.dogSecret() + " " + d.fetch() + " " + d.self().fetch());
        System.out.println(Animal.stat() + " " + Dog.stat());
        System.out.println(((Cat) zoo[1]).purr());
        System.out.println("-- overloads chosen at compile time");
        byte b = 1; short s = 2; char c = 'c'; long l = 4; float f = 5f;
        Integer boxed = 6;
        Object o = 7;
        System.out.println(Overloads.f(b) + " " + Overloads.f(s) + " " + Overloads.f(c) + " " + Overloads.f(3) + " " + Overloads.f(l) + " " + Overloads.f(f) + " " + Overloads.f(boxed) + " " + Overloads.f(o) + " " + Overloads.f() + " " + Overloads.f(1, 2) + " " + Overloads.f("str"));
        String str = "x";
        CharSequence cs = str;
        Object os = str;
        System.out.println(Overloads.g(str) + " " + Overloads.g(cs) + " " + Overloads.g(os) + " " + Overloads.g(new StringBuilder()) + " " + Overloads.g((Object) null) + " " + Overloads.g((String) null));
        System.out.println(Overloads.h(1L, 2) + " " + Overloads.h(1, 2L));
        Overloads ov = new Overloads();
        Animal a = new Dog("d");
        System.out.println(ov.inst(a) + " " + ov.inst((Dog) a) + " " + ov.inst(new Puppy("p")));
        System.out.println("-- template method and super");
        Base[] bs = {new Base(), new Mid(), new Leaf()};
        for (Base x : bs) System.out.println(x.who() + " " + x.callWho() + " " + x.template());
        System.out.println("-- generics and bridges");
        Generic<String> g = new StringGeneric("abc");
        System.out.println(g.get());
        g.set("def");
        System.out.println(g.get() + " " + g.value);
        Generic<Integer> gi = new Generic<Integer>(41);
        gi.set(gi.get() + 1);
        System.out.println(gi.get());
        System.out.println("-- chained calls");
        System.out.println(new Counter().inc().inc().inc().get());
        System.out.println("-- invokevirtual on null");
        Animal nul = null;
        try {
            nul.describe();
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            nul.callSecret();
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }
        System.out.println("-- polymorphic loop");
        int total = 0;
        for (int i = 0; i < 3000; i++) total += zoo[i % 3].sound().length();
        System.out.println(total);
    }
}
