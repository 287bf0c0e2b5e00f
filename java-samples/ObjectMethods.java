class Point implements Cloneable {
    final int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }
    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Point)) return false;
        Point p = (Point) o;
        return x == p.x && y == p.y;
    }
    @Override public int hashCode() { return 31 * x + y; }
    @Override public String toString() { return "Point(" + x + ", " + y + ")"; }
    @Override public Point clone() {
        try {
            return (Point) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}

class ColorPoint extends Point {
    final String color;
    ColorPoint(int x, int y, String c) { super(x, y); color = c; }
    @Override public String toString() { return super.toString() + "[" + color + "]"; }
}

class Deep implements Cloneable {
    int[] data = {1, 2, 3};
    Point p = new Point(1, 1);
    String name = "deep";
    long big = 1L << 50;
    double d = 0.5;
    Deep shallowCopy() throws CloneNotSupportedException { return (Deep) clone(); }
    Deep deepCopy() throws CloneNotSupportedException {
        Deep c = (Deep) clone();
        c.data = data.clone();
        c.p = p.clone();
        return c;
    }
}

class NotCloneable {
    int v = 5;
    Object tryClone() throws CloneNotSupportedException { return clone(); }
}

class NoToString {
    int v;
}

class NamedThing {
    String n;
    NamedThing(String n) { this.n = n; }
    public String toString() { return n == null ? "unnamed" : "Thing:" + n; }
}

public class ObjectMethods {
    public static void main(String[] args) throws Exception {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a == b) + " " + a.equals(null) + " " + a.equals("Point(1, 2)"));
        System.out.println(a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        System.out.println(a + " " + String.valueOf(b) + " " + a.toString().length());
        ColorPoint cp = new ColorPoint(1, 2, "red");
        System.out.println(cp + " " + a.equals(cp) + " " + cp.equals(a) + " " + cp.hashCode());
        Object o = cp;
        System.out.println(o.toString() + " " + o.equals(a) + " " + o.hashCode() + " " + o.getClass().getName());
        System.out.println("-- clone");
        Point pc = a.clone();
        System.out.println(pc + " " + (pc != a) + " " + pc.equals(a) + " " + pc.getClass().getName());
        ColorPoint cpc = (ColorPoint) cp.clone();
        System.out.println(cpc + " " + (cpc.color == cp.color) + " " + cpc.getClass().getName());
        Deep d = new Deep();
        Deep sh = d.shallowCopy();
        Deep dc = d.deepCopy();
        d.data[0] = 100;
        d.name = "changed";
        System.out.println(sh.data[0] + " " + dc.data[0] + " " + (sh.p == d.p) + " " + (dc.p == d.p) + " " + sh.name + " " + sh.big + " " + sh.d);
        try {
            new NotCloneable().tryClone();
            System.out.println("cloned?!");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        System.out.println("-- default equals is identity");
        NoToString n1 = new NoToString(), n2 = new NoToString();
        System.out.println(n1.equals(n2) + " " + n1.equals(n1) + " " + (n1.hashCode() == n1.hashCode()));
        System.out.println("-- toString through string concatenation and valueOf");
        NamedThing t1 = new NamedThing("x"), t2 = new NamedThing(null), t3 = null;
        System.out.println("" + t1 + t2 + t3 + " " + String.valueOf((Object) t3));
        StringBuilder sb = new StringBuilder();
        sb.append(t1).append(t3).append((Object) "s").append((String) null);
        System.out.println(sb);
        System.out.println("-- hashCode of library values");
        System.out.println("hello".hashCode() + " " + "".hashCode() + " " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('a').hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " " + Short.valueOf((short) -1).hashCode() + " " + Byte.valueOf((byte) 7).hashCode());
        System.out.println("-- equals of library values");
        System.out.println(Integer.valueOf(1000).equals(1000) + " " + Integer.valueOf(1).equals(1L) + " " + Long.valueOf(1).equals(1L) + " " + "abc".equals(new String("abc")) + " " + new StringBuilder("a").equals(new StringBuilder("a")));
        System.out.println("-- Object[] of mixed things");
        Object[] mixed = {1, 2L, 3.0f, 4.0, 'c', true, "s", (byte) 5, (short) 6, null, a};
        StringBuilder all = new StringBuilder();
        for (Object x : mixed) all.append(x).append(x == null ? "" : "/" + x.getClass().getName()).append(' ');
        System.out.println(all);
    }
}
