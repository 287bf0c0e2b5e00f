interface A {
    default String hello() { return "A.hello"; }
    default String who() { return "A"; }
    static String util() { return "A.util (static interface method)"; }
}

interface B extends A {
    default String hello() { return "B.hello > " + A.super.hello(); }
}

interface C extends A {
    default String who() { return "C"; }
}

// diamond: D gets hello from B (more specific than A) and who from C
class D implements B, C {}

interface Left { default String pick() { return "Left"; } }
interface Right { default String pick() { return "Right"; } }

// conflict must be resolved explicitly
class Both implements Left, Right {
    public String pick() { return "Both(" + Left.super.pick() + "+" + Right.super.pick() + ")"; }
}

class ClassWins {
    public String hello() { return "ClassWins.hello"; }
}

// a superclass method beats an interface default
class Sub extends ClassWins implements A {}

interface Counter {
    int get();
    default int twice() { return get() * 2; }
    default Counter plus(final int k) {
        final Counter self = this;
        return new Counter() {
            public int get() { return self.get() + k; }
        };
    }
}

class Fixed implements Counter {
    final int v;
    Fixed(int v) { this.v = v; }
    public int get() { return v; }
}

class OverridesDefault extends Fixed {
    OverridesDefault(int v) { super(v); }
    public int twice() { return -1; }
}

interface Abstracted extends A {
    String hello();   // re-abstracts the default
}

class Concrete implements Abstracted {
    public String hello() { return "Concrete.hello"; }
}

interface WithPrivateLikeHelper {
    default String greet(String n) { return decorate(n) + "!"; }
    static String decorate(String n) { return "<" + n + ">"; }
}

class Greeter implements WithPrivateLikeHelper {}

interface Shape {
    double area();
    default String describe() { return getClass().getName() + " with area " + area(); }
}

class Square implements Shape {
    public double area() { return 4.0; }
}

public class DefaultMethods {
    public static void main(String[] args) {
        D d = new D();
        System.out.println(d.hello());
        System.out.println(d.who());
        A a = d;
        B b = d;
        C c = d;
        System.out.println(a.hello() + " | " + b.hello() + " | " + c.hello());
        System.out.println(a.who() + " | " + b.who() + " | " + c.who());
        System.out.println(A.util());
        System.out.println(new Both().pick());
        Left l = new Both();
        System.out.println(l.pick());
        System.out.println(new Sub().hello() + " " + ((A) new Sub()).hello() + " " + new Sub().who());
        Counter f = new Fixed(5);
        System.out.println(f.get() + " " + f.twice() + " " + f.plus(10).get() + " " + f.plus(1).plus(2).twice());
        Counter o = new OverridesDefault(7);
        System.out.println(o.twice() + " " + o.plus(3).twice());
        A conc = new Concrete();
        System.out.println(conc.hello() + " " + conc.who());
        System.out.println(new Greeter().greet("sam"));
        Shape s = new Square();
        System.out.println(s.describe());
    }
}
