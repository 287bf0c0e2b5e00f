interface Flyer {}
interface Swimmer {}
class Creature {}
class Bird extends Creature implements Flyer {}
class Duck extends Bird implements Swimmer {}
class Fish extends Creature implements Swimmer {}
final class Rock {}

public class TypeChecks {
    static String check(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? "O" : "-");
        sb.append(o instanceof Creature ? "C" : "-");
        sb.append(o instanceof Bird ? "B" : "-");
        sb.append(o instanceof Duck ? "D" : "-");
        sb.append(o instanceof Fish ? "F" : "-");
        sb.append(o instanceof Flyer ? "f" : "-");
        sb.append(o instanceof Swimmer ? "s" : "-");
        sb.append(o instanceof Cloneable ? "k" : "-");
        sb.append(o instanceof java.io.Serializable ? "z" : "-");
        sb.append(o instanceof Comparable ? "c" : "-");
        sb.append(o instanceof CharSequence ? "q" : "-");
        sb.append(o instanceof Number ? "n" : "-");
        sb.append(o instanceof Object[] ? "A" : "-");
        sb.append(o instanceof String[] ? "S" : "-");
        sb.append(o instanceof Creature[] ? "R" : "-");
        sb.append(o instanceof Flyer[] ? "Y" : "-");
        sb.append(o instanceof int[] ? "I" : "-");
        sb.append(o instanceof long[] ? "L" : "-");
        sb.append(o instanceof Object[][] ? "2" : "-");
        sb.append(o instanceof int[][] ? "i" : "-");
        sb.append(o instanceof Cloneable[] ? "K" : "-");
        return sb.toString();
    }

    static void tryCast(String label, Object o) {
        try {
            Object r = castTo(label, o);
            System.out.println("cast " + label + " ok: " + (r == o));
        } catch (ClassCastException e) {
            System.out.println("cast " + label + " CCE: " + e.getMessage());
        }
    }

    static Object castTo(String label, Object o) {
        switch (label) {
            case "Creature": return (Creature) o;
            case "Bird": return (Bird) o;
            case "Duck": return (Duck) o;
            case "Fish": return (Fish) o;
            case "Flyer": return (Flyer) o;
            case "Swimmer": return (Swimmer) o;
            case "String": return (String) o;
            case "Integer": return (Integer) o;
            case "Object[]": return (Object[]) o;
            case "String[]": return (String[]) o;
            case "int[]": return (int[]) o;
            case "Creature[]": return (Creature[]) o;
            case "Duck[]": return (Duck[]) o;
            case "int[][]": return (int[][]) o;
            case "Object[][]": return (Object[][]) o;
            case "Rock": return (Rock) o;
            case "Comparable": return (Comparable<?>) o;
            case "Cloneable": return (Cloneable) o;
            default: throw new IllegalArgumentException(label);
        }
    }

    public static void main(String[] args) {
        Object[] things = {
            new Object(), new Creature(), new Bird(), new Duck(), new Fish(), new Rock(),
            "str", Integer.valueOf(5), new StringBuilder(),
            new Object[1], new String[1], new Creature[1], new Duck[1], new Bird[0], new Flyer[0],
            new int[1], new long[1], new int[1][1], new String[1][1], new Object[0][], new int[2][][], null
        };
        String[] names = {
            "Object", "Creature", "Bird", "Duck", "Fish", "Rock",
            "String", "Integer", "StringBuilder",
            "Object[]", "String[]", "Creature[]", "Duck[]", "Bird[]", "Flyer[]",
            "int[]", "long[]", "int[][]", "String[][]", "Object[][]", "int[][][]", "null"
        };
        for (int i = 0; i < things.length; i++) {
            System.out.println(names[i] + ": " + check(things[i]));
        }
        System.out.println("-- casts");
        tryCast("Creature", new Duck());
        tryCast("Bird", new Duck());
        tryCast("Duck", new Bird());
        tryCast("Fish", new Duck());
        tryCast("Flyer", new Duck());
        tryCast("Flyer", new Fish());
        tryCast("Swimmer", new Fish());
        tryCast("Rock", new Creature());
        tryCast("String", Integer.valueOf(1));
        tryCast("Integer", "one");
        tryCast("String", new Creature());
        tryCast("Creature", "text");
        tryCast("Comparable", "text");
        tryCast("Comparable", new Creature());
        tryCast("Cloneable", new int[0]);
        tryCast("Cloneable", new Creature());
        tryCast("Object[]", new String[0]);
        tryCast("String[]", new Object[0]);
        tryCast("Object[]", new int[0]);
        tryCast("int[]", new long[0]);
        tryCast("int[]", new Object());
        tryCast("Creature[]", new Duck[0]);
        tryCast("Duck[]", new Creature[0]);
        tryCast("Duck[]", new Fish[0]);
        tryCast("Object[]", new int[0][0]);
        tryCast("int[][]", new int[0][0]);
        tryCast("Object[][]", new int[0][0]);
        tryCast("Object[][]", new String[0][0][0]);
        tryCast("int[][]", new Object[0][0]);
        tryCast("String", null);
        tryCast("int[]", null);
        tryCast("Duck", null);
        System.out.println("-- getClass names");
        Object[] objs = {new Duck(), "s", new int[0], new Duck[0][0], new boolean[0], new char[0][0], new double[1], new byte[1], new short[1], new float[1], new String[0]};
        for (Object o : objs) System.out.println(o.getClass().getName());
        System.out.println("-- generic erasure: cast inserted by javac");
        Object[] holder = {Integer.valueOf(3)};
        try {
            String s = TypeChecks.<String>unchecked(holder[0]);
            System.out.println("no exception? " + s);
        } catch (ClassCastException e) {
            System.out.println("erasure CCE: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T unchecked(Object o) { return (T) o; }
}
