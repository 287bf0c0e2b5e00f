// String concatenation of every type: javac --release 9+ compiles `+` to
// invokedynamic StringConcatFactory.makeConcatWithConstants, --release 8 to
// StringBuilder; both must print the same.
public class ConcatPrimitives {
    static int toStringCalls = 0;

    static class Named {
        final String name;
        Named(String name) { this.name = name; }
        @Override public String toString() { toStringCalls++; System.out.println("  toString of " + name); return name; }
    }

    static class NullName {
        @Override public String toString() { return null; }
    }

    public static void main(String[] args) {
        int i = -42; long l = Long.MIN_VALUE; char c = 'x'; boolean t = true, f = false;
        byte b = -128; short s = 32767; float fl = 1.1f; double d = 0.1 + 0.2;
        System.out.println("int " + i + " long " + l + " char " + c + " bools " + t + "/" + f);
        System.out.println("byte " + b + " short " + s + " float " + fl + " double " + d);
        System.out.println("extremes " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MAX_VALUE + " " + 0 + " " + -0L);
        System.out.println("floats " + Float.NaN + " " + Float.POSITIVE_INFINITY + " " + -0.0f + " " + 1e10f + " " + 1.0E-5f + " " + Float.MIN_VALUE);
        System.out.println("doubles " + Double.NaN + " " + Double.NEGATIVE_INFINITY + " " + -0.0 + " " + 1e21 + " " + 1e-7 + " " + Double.MAX_VALUE + " " + 100.0);
        String nul = null; Object onull = null;
        System.out.println("nulls " + nul + " " + onull + " " + new NullName());
        System.out.println(nul + nul);
        // Objects' toString is called left to right, before the result is built.
        System.out.println("objects " + new Named("first") + " and " + new Named("second") + " (" + toStringCalls + ")");
        // Literal text with the recipe's tag characters \1 and \2: javac passes it as constants.
        String tags = "a\u0001b\u0002c";
        System.out.println(("tags[" + i + "\u0001" + c + "\u0002]").length() + " " + (tags + i).length());
        char[] chars = ("x\u0001y" + l + "\u0002").toCharArray();
        for (char ch : chars) System.out.print((int) ch + " ");
        System.out.println();
        // Constants folded by javac, and chars that are not ASCII.
        final String k = "const";
        System.out.println(k + 1 + 2 + 'c' + " é ü 中 " + (char) 0x263A + " " + (1 + 2) + c + (char) (c + 1));
        // Compound assignment and concatenation in a loop.
        String acc = "";
        for (int n = 0; n < 12; n++) acc += n % 3 == 0 ? n : "-" + (char) ('a' + n);
        System.out.println(acc);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder " + sb + " " + sb.length());
        int[] arr = {1, 2};
        System.out.println("array prefix ok: " + ("" + arr).startsWith("[I@"));
        System.out.println("boxed " + Integer.valueOf(7) + Long.valueOf(8) + Character.valueOf('z') + Boolean.FALSE + Double.valueOf(2.5));
        // Many arguments (javac splits recipes above 200 slots).
        long v = 1;
        String many = "" + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
        System.out.println(many.length() + " " + many.substring(0, 10));
        System.out.println("empty" + "" + nul + "");
        System.out.println(1 + 2 + "3" + 4 + 5);
    }
}
