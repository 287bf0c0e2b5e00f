class Res implements AutoCloseable {
    static StringBuilder events = new StringBuilder();
    final String name;
    final boolean failOnClose;

    Res(String name, boolean failOnOpen, boolean failOnClose) {
        if (failOnOpen) {
            events.append("open-fail:").append(name).append(' ');
            throw new IllegalStateException("cannot open " + name);
        }
        this.name = name;
        this.failOnClose = failOnClose;
        events.append("open:").append(name).append(' ');
    }

    Res(String name) { this(name, false, false); }

    void use(boolean fail) {
        events.append("use:").append(name).append(' ');
        if (fail) throw new RuntimeException("use failed in " + name);
    }

    public void close() {
        events.append("close:").append(name).append(' ');
        if (failOnClose) throw new IllegalArgumentException("close failed in " + name);
    }
}

class CheckedRes implements AutoCloseable {
    public void close() throws Exception {
        throw new Exception("checked close");
    }
}

public class TryWithResources {
    static void report(String label, Throwable t) {
        System.out.println(label + ": events = " + Res.events);
        Res.events.setLength(0);
        if (t == null) {
            System.out.println("  no exception");
            return;
        }
        System.out.println("  thrown " + t.getClass().getName() + ": " + t.getMessage());
        Throwable[] sup = t.getSuppressed();
        System.out.println("  suppressed count " + sup.length);
        for (Throwable s : sup) System.out.println("    suppressed " + s.getClass().getName() + ": " + s.getMessage());
    }

    public static void main(String[] args) {
        Throwable t = null;
        try (Res a = new Res("A")) {
            a.use(false);
        } catch (RuntimeException e) { t = e; }
        report("1 simple", t);

        t = null;
        try (Res a = new Res("A"); Res b = new Res("B")) {
            a.use(false);
            b.use(false);
        } catch (RuntimeException e) { t = e; }
        report("2 two resources closed in reverse order", t);

        t = null;
        try (Res a = new Res("A"); Res b = new Res("B")) {
            b.use(true);
        } catch (RuntimeException e) { t = e; }
        report("3 body throws", t);

        t = null;
        try (Res a = new Res("A", false, true); Res b = new Res("B", false, true)) {
            a.use(true);
        } catch (RuntimeException e) { t = e; }
        report("4 body throws, both closes throw (suppressed)", t);

        t = null;
        try (Res a = new Res("A", false, true)) {
            a.use(false);
        } catch (RuntimeException e) { t = e; }
        report("5 only close throws", t);

        t = null;
        try (Res a = new Res("A"); Res b = new Res("B", true, false); Res c = new Res("C")) {
            c.use(false);
        } catch (RuntimeException e) { t = e; }
        report("6 second resource fails to open", t);

        t = null;
        try (Res a = null) {
            Res.events.append("body-with-null-resource ");
        } catch (RuntimeException e) { t = e; }
        report("7 null resource is skipped", t);

        t = null;
        try {
            try (CheckedRes c = new CheckedRes()) {
                Res.events.append("checked-body ");
            }
        } catch (Exception e) { t = e; }
        report("8 checked exception from close", t);

        t = null;
        try (Res a = new Res("A")) {
            a.use(false);
            throw new Error("error in body");
        } catch (Error e) { t = e; } finally { Res.events.append("outer-finally "); }
        report("9 with catch and finally", t);

        System.out.println("10 manual addSuppressed");
        Exception main = new Exception("main");
        main.addSuppressed(new RuntimeException("s1"));
        main.addSuppressed(new RuntimeException("s2"));
        report("10", main);
        try {
            main.addSuppressed(main);
        } catch (IllegalArgumentException e) {
            System.out.println("  self-suppression: " + e.getMessage() + " / cause " + e.getCause().getMessage());
        }
        System.out.println("11 return from inside try-with-resources: " + returnInside() + " events = " + Res.events);
    }

    static int returnInside() {
        try (Res r = new Res("R")) {
            return 42;
        }
    }
}
