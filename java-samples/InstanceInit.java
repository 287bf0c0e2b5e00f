class Trace {
    static StringBuilder sb = new StringBuilder();
    static int mark(String s) { System.out.println("  " + s); return s.length(); }
}

class Parent {
    int p1 = Trace.mark("Parent field p1");
    { Trace.mark("Parent instance block"); }
    int p2 = Trace.mark("Parent field p2");

    Parent() {
        this("default");
        Trace.mark("Parent() body");
    }

    Parent(String s) {
        Trace.mark("Parent(String) body: " + s);
        describe();   // virtual call before the subclass is initialized
    }

    void describe() { Trace.mark("Parent.describe"); }
}

class Child extends Parent {
    int c1 = Trace.mark("Child field c1");
    final String name;
    long big = 1L << 40;
    { Trace.mark("Child instance block, c1=" + c1); }

    Child() {
        Trace.mark("Child() body");
        name = "child";
    }

    Child(int n) {
        this();
        Trace.mark("Child(int) body n=" + n);
    }

    void describe() { Trace.mark("Child.describe sees c1=" + c1 + " name=" + name + " big=" + big); }
}

class Failing {
    static int constructed;
    final int id;
    Failing(int id) {
        if (id < 0) throw new IllegalArgumentException("negative id " + id);
        this.id = id;
        constructed++;
    }
}

class Escaping {
    static Escaping last;
    final int value;
    Escaping(boolean fail) {
        last = this;          // `this` escapes before the constructor finishes
        if (fail) throw new RuntimeException("constructor failed after escaping");
        value = 42;
    }
}

class Counted {
    static int instances;
    final int serial;
    Counted() { serial = ++instances; }
}

public class InstanceInit {
    public static void main(String[] args) {
        System.out.println("new Child():");
        Child c = new Child();
        System.out.println("new Child(5):");
        Child c5 = new Child(5);
        System.out.println(c.p1 + " " + c.p2 + " " + c.c1 + " " + c.name + " " + c5.big);
        System.out.println("constructor exceptions:");
        for (int i = -1; i <= 1; i++) {
            try {
                Failing f = new Failing(i);
                System.out.println("  made " + f.id);
            } catch (IllegalArgumentException e) {
                System.out.println("  " + e.getMessage());
            }
        }
        System.out.println("  constructed " + Failing.constructed);
        try {
            new Escaping(true);
        } catch (RuntimeException e) {
            System.out.println("  " + e.getMessage() + "; escaped value field = " + Escaping.last.value);
        }
        new Escaping(false);
        System.out.println("  second escaping value = " + Escaping.last.value);
        System.out.println("allocation in a loop:");
        Counted last = null;
        for (int i = 0; i < 10000; i++) last = new Counted();
        System.out.println("  " + Counted.instances + " " + last.serial);
        Object[] objs = new Object[5];
        for (int i = 0; i < objs.length; i++) objs[i] = (i % 2 == 0) ? new Counted() : new StringBuilder("sb" + i);
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) sb.append(o instanceof Counted ? "C" + ((Counted) o).serial : o.toString()).append(' ');
        System.out.println("  " + sb);
    }
}
