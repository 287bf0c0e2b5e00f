// cortado: release 17
// Sealed interfaces and classes, records as their cases, switch expressions
// and pattern matching for instanceof.
public class SealedShapes {
    sealed interface Shape permits Circle, Rect, Tri {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    static final class Tri implements Shape {
        final double b, h;
        Tri(double b, double h) { this.b = b; this.h = h; }
    }

    sealed static abstract class Expr permits Num, Add, Mul {}
    static final class Num extends Expr { final int v; Num(int v) { this.v = v; } }
    static final class Add extends Expr { final Expr l, r; Add(Expr l, Expr r) { this.l = l; this.r = r; } }
    non-sealed static class Mul extends Expr { final Expr l, r; Mul(Expr l, Expr r) { this.l = l; this.r = r; } }
    static class Square extends Mul { Square(Expr e) { super(e, e); } }

    enum Color { RED, GREEN, BLUE }

    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        if (s instanceof Rect r && r.w() > 0) return r.w() * r.h();
        if (s instanceof Tri t) return t.b * t.h / 2;
        return 0;
    }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v;
        if (e instanceof Add a) return eval(a.l) + eval(a.r);
        Mul m = (Mul) e;
        return eval(m.l) * eval(m.r);
    }

    static String show(Expr e) {
        return e instanceof Num n ? Integer.toString(n.v)
             : e instanceof Add a ? "(" + show(a.l) + " + " + show(a.r) + ")"
             : e instanceof Square s ? show(s.l) + "^2"
             : "(" + show(((Mul) e).l) + " * " + show(((Mul) e).r) + ")";
    }

    static String describe(Color c) {
        return switch (c) {
            case RED -> "warm";
            case GREEN, BLUE -> {
                String base = c == Color.GREEN ? "natural" : "cool";
                yield base + "-" + c.name().toLowerCase();
            }
        };
    }

    static int days(String month) {
        return switch (month) {
            case "feb" -> 28;
            case "apr", "jun", "sep", "nov" -> 30;
            default -> {
                if (month.isEmpty()) throw new IllegalArgumentException("empty month");
                yield 31;
            }
        };
    }

    static String kind(int n) {
        String k = switch (n % 4) { case 0: yield "zero"; case 1: yield "one"; default: yield "many"; };
        return k;
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Rect(2, 3), new Tri(4, 5), new Rect(-1, 2)};
        for (Shape s : shapes) System.out.println(s.getClass().getSimpleName() + " " + area(s));
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Square(new Num(4))));
        System.out.println(show(e) + " = " + eval(e));
        for (Color c : Color.values()) System.out.println(c + " is " + describe(c));
        for (String m : new String[] {"jan", "feb", "jun", "dec"}) System.out.println(m + " " + days(m));
        try { days(""); } catch (IllegalArgumentException ex) { System.out.println(ex.getMessage()); }
        for (int i = 0; i < 6; i++) System.out.print(kind(i) + " ");
        System.out.println();
        Object o = "text";
        if (o instanceof String s && s.length() > 2) System.out.println("string of length " + s.length());
        if (!(o instanceof Integer i)) System.out.println("not an Integer");
        else System.out.println("Integer " + i);
        System.out.println(Shape.class.isInterface() + " " + (shapes[0] instanceof Shape));
    }
}
