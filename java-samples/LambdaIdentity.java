// What a lambda object is: one shared instance per non-capturing call site,
// a new one per evaluation when capturing; its class implements the
// interface, is final and synthetic-looking, and its name has HotSpot's shape.
public class LambdaIdentity {
    interface Op { int apply(int x); }

    static Op nonCapturing() { return x -> x + 1; }
    static Op capturing(int k) { return x -> x + k; }
    static Runnable site(int which) { return which == 0 ? () -> {} : () -> {}; }

    public static void main(String[] args) {
        System.out.println(nonCapturing() == nonCapturing());
        System.out.println(capturing(1) == capturing(1));
        System.out.println(site(0) == site(0));
        System.out.println(site(0) == site(1));
        Op a = nonCapturing();
        System.out.println(a.getClass() == nonCapturing().getClass());
        System.out.println(capturing(1).getClass() == capturing(2).getClass());
        System.out.println(a.getClass() == capturing(1).getClass());
        Class<?> k = a.getClass();
        String name = k.getName();
        System.out.println(name.startsWith("LambdaIdentity$$Lambda$") + " " + name.contains("/0x"));
        System.out.println(k.getInterfaces().length + " " + k.getInterfaces()[0].getName());
        System.out.println(k.getSuperclass().getName() + " " + ((k.getModifiers() & 0x10) != 0));
        String s = a.toString();
        System.out.println(s.startsWith(name + "@") + " " + s.substring(s.indexOf('@') + 1).equals(Integer.toHexString(a.hashCode())));
        System.out.println(a.equals(a) + " " + a.equals(nonCapturing()) + " " + capturing(3).equals(capturing(3)));
        System.out.println(a instanceof Op);
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += capturing(i).apply(i) + nonCapturing().apply(i);
        System.out.println(sum);
    }
}
