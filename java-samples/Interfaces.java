interface Greeter {
    String PREFIX = "Hello, ";          // interface constant
    String greet(String who);
}

interface Named {
    String name();
}

interface Polite extends Greeter, Named {
    String thanks();
}

class English implements Polite {
    public String greet(String who) { return PREFIX + who; }
    public String name() { return "english"; }
    public String thanks() { return "thank you"; }
}

class French implements Greeter, Named {
    public String greet(String who) { return "Bonjour, " + who; }
    public String name() { return "fran\u00e7ais"; }
}

abstract class AbstractShape implements Comparable<AbstractShape> {
    abstract double area();
    public int compareTo(AbstractShape o) { return Double.compare(area(), o.area()); }
}

class Sq extends AbstractShape {
    double s;
    Sq(double s) { this.s = s; }
    double area() { return s * s; }
    public String toString() { return "Sq(" + s + ")"; }
}

class Rect extends AbstractShape {
    double w, h;
    Rect(double w, double h) { this.w = w; this.h = h; }
    double area() { return w * h; }
    public String toString() { return "Rect(" + w + "x" + h + ")"; }
}

interface Visitor<R> {
    R visitNum(int n);
    R visitAdd(Node a, Node b);
}

interface Node {
    <R> R accept(Visitor<R> v);
}

class Num implements Node {
    int n;
    Num(int n) { this.n = n; }
    public <R> R accept(Visitor<R> v) { return v.visitNum(n); }
}

class Add implements Node {
    Node a, b;
    Add(Node a, Node b) { this.a = a; this.b = b; }
    public <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); }
}

class Eval implements Visitor<Integer> {
    public Integer visitNum(int n) { return n; }
    public Integer visitAdd(Node a, Node b) { return a.accept(this) + b.accept(this); }
}

class Show implements Visitor<String> {
    public String visitNum(int n) { return String.valueOf(n); }
    public String visitAdd(Node a, Node b) { return "(" + a.accept(this) + "+" + b.accept(this) + ")"; }
}

interface Marker {}

class Task implements Runnable, Marker {
    static int runs;
    public void run() { runs++; System.out.println("Task.run #" + runs); }
}

// the same method inherited from a superclass satisfies the interface
class HasName {
    public String name() { return "inherited-name"; }
}

class GetsNameFromSuper extends HasName implements Named {}

public class Interfaces {
    static void sortShapes(AbstractShape[] a) {
        for (int i = 1; i < a.length; i++) {
            AbstractShape k = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(k) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = k;
        }
    }

    static int compareAny(Comparable<String> c, String s) { return c.compareTo(s); }

    public static void main(String[] args) {
        Greeter[] gs = {new English(), new French()};
        for (Greeter g : gs) {
            System.out.println(g.greet("World") + " / " + ((Named) g).name());
        }
        Polite p = new English();
        System.out.println(p.thanks() + " " + p.name() + " " + p.greet("you") + " " + Greeter.PREFIX.length());
        AbstractShape[] shapes = {new Sq(3), new Rect(2, 3), new Sq(1.5), new Rect(10, 0.5), new Sq(2)};
        sortShapes(shapes);
        StringBuilder sb = new StringBuilder();
        for (AbstractShape s : shapes) sb.append(s).append(' ');
        System.out.println(sb);
        Comparable<AbstractShape> c = shapes[0];
        System.out.println(c.compareTo(shapes[4]) + " " + shapes[4].compareTo(shapes[0]) + " " + shapes[1].compareTo(shapes[1]));
        Node expr = new Add(new Num(1), new Add(new Num(20), new Add(new Num(300), new Num(4000))));
        System.out.println(expr.accept(new Show()) + " = " + expr.accept(new Eval()));
        Runnable r = new Task();
        r.run();
        r.run();
        System.out.println((r instanceof Marker) + " " + (r instanceof Runnable) + " " + (r instanceof Comparable));
        Named n = new GetsNameFromSuper();
        System.out.println(n.name());
        System.out.println(compareAny("abc", "abd") + " " + compareAny("b", "a"));
        CharSequence cs = new StringBuilder("builder");
        System.out.println(cs.length() + " " + cs.charAt(2) + " " + cs.toString());
        cs = "string";
        System.out.println(cs.length() + " " + cs.charAt(2));
        Greeter nul = null;
        try {
            nul.greet("x");
        } catch (NullPointerException e) {
            System.out.println("invokeinterface on null: " + e.getClass().getName());
        }
        // megamorphic interface call site
        Named[] names = {new English(), new French(), new GetsNameFromSuper(), new English()};
        int len = 0;
        for (int i = 0; i < 1000; i++) len += names[i & 3].name().length();
        System.out.println(len);
    }
}
