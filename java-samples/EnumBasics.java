interface Shape {
    double area();
}

enum Color { RED, GREEN, BLUE }

enum Planet {
    MERCURY(3.303e+23, 2.4397e6),
    VENUS(4.869e+24, 6.0518e6),
    EARTH(5.976e+24, 6.37814e6);

    private final double mass;
    private final double radius;
    static int created;

    Planet(double mass, double radius) {
        this.mass = mass;
        this.radius = radius;
    }

    double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
}

enum Op {
    PLUS("+") { int apply(int a, int b) { return a + b; } },
    MINUS("-") { int apply(int a, int b) { return a - b; } },
    TIMES("*") { int apply(int a, int b) { return a * b; } };

    final String sym;
    Op(String sym) { this.sym = sym; }
    abstract int apply(int a, int b);
    public String toString() { return "Op(" + sym + ")"; }
}

enum Unit implements Shape {
    SQUARE { public double area() { return 1.0; } },
    CIRCLE { public double area() { return 3.0; } };
}

enum Singleton {
    INSTANCE;
    int counter;
    int next() { return ++counter; }
}

public class EnumBasics {
    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.compareTo(Color.GREEN));
        }
        System.out.println(Color.valueOf("BLUE") + " " + (Color.valueOf("RED") == Color.RED) + " " + Color.RED.equals(Color.RED) + " " + Color.values().length);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf: " + e.getMessage());
        }
        Color[] v1 = Color.values();
        Color[] v2 = Color.values();
        System.out.println("values() returns fresh array: " + (v1 != v2) + " " + (v1[0] == v2[0]));
        for (Planet p : Planet.values()) {
            double g = p.surfaceGravity();
            System.out.println(p + " gravity*1000 rounded " + Math.round(g * 1000));
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.apply(7, 3) + " " + (op.getClass() == Op.class) + " " + (op.getClass().getName().startsWith("Op")));
        }
        for (Unit u : Unit.values()) {
            Shape s = u;
            System.out.println(u + " area " + s.area());
        }
        System.out.println(Singleton.INSTANCE.next() + " " + Singleton.INSTANCE.next() + " " + Singleton.valueOf("INSTANCE").next());
        Comparable<Color> cmp = Color.BLUE;
        System.out.println(cmp.compareTo(Color.RED));
        Enum<?> e = Op.MINUS;
        System.out.println(e.name() + " " + e.ordinal() + " " + e);
        // enums in arrays and as keys of an ordinal-indexed table
        int[] counts = new int[Color.values().length];
        Color[] seq = {Color.RED, Color.BLUE, Color.BLUE, Color.GREEN, Color.BLUE};
        for (Color c : seq) counts[c.ordinal()]++;
        for (Color c : Color.values()) System.out.println(c + "=" + counts[c.ordinal()]);
        System.out.println(Color.valueOf("GREEN").compareTo(Color.BLUE));
    }
}
