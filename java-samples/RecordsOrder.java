// cortado: release 17
// The order in which a record's equals, hashCode and toString visit their
// components (JDK 17's ObjectMethods: equals from the last component).
public class RecordsOrder {
    static class Noisy {
        final String n;
        Noisy(String n) { this.n = n; }
        @Override public boolean equals(Object o) { System.out.println("  equals " + n); return o instanceof Noisy x && x.n.equals(n); }
        @Override public int hashCode() { System.out.println("  hashCode " + n); return n.hashCode(); }
        @Override public String toString() { System.out.println("  toString " + n); return n; }
    }

    record Three(Noisy a, int i, Noisy b, Noisy c) {}

    static class NullString { @Override public String toString() { return null; } }
    record Holder(Object value) {}

    public static void main(String[] args) {
        Three x = new Three(new Noisy("a"), 1, new Noisy("b"), new Noisy("c"));
        Three y = new Three(new Noisy("a"), 1, new Noisy("b"), new Noisy("c"));
        Three z = new Three(new Noisy("a"), 1, new Noisy("B"), new Noisy("c"));
        Three w = new Three(new Noisy("a"), 2, new Noisy("b"), new Noisy("c"));
        System.out.println("equals:");
        System.out.println(x.equals(y));
        System.out.println(x.equals(z));
        System.out.println(x.equals(w));
        System.out.println(x.equals(x));
        System.out.println("hashCode:");
        System.out.println(x.hashCode());
        System.out.println("toString:");
        System.out.println(x);
        System.out.println(new Holder(new NullString()) + " " + new Holder(null) + " " + new Holder(new Holder("in")));
    }
}
