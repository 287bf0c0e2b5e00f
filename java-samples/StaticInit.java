// Class initialization order, JVMS 5.5.
class Log {
    static StringBuilder sb = new StringBuilder();
    static void log(String s) { System.out.println("  [init] " + s); }
}

class Super {
    static int superValue = compute("Super.superValue", 1);
    static { Log.log("Super static block"); }
    int inst = Log2.v("Super instance field");
    Super() { Log.log("Super constructor"); hook(); }
    void hook() { Log.log("Super.hook"); }
    static int compute(String what, int v) { Log.log(what + " = " + v); return v; }
}

class Log2 {
    static { Log.log("Log2 static block"); }
    static int v(String s) { Log.log(s); return 1; }
}

class Sub extends Super {
    static int subValue = compute("Sub.subValue", 2);
    static { Log.log("Sub static block"); }
    int subField = Log2.v("Sub instance field");
    String s = "set";
    Sub() { super(); Log.log("Sub constructor, s=" + s); }
    void hook() { Log.log("Sub.hook sees subField=" + subField + " s=" + s); }
}

interface Iface {
    int ICONST = 5;                           // compile-time constant: no init
    Object IOBJ = Iface2.mark("Iface.IOBJ");  // non-constant: initializes Iface when read
    void m();
}

class Iface2 {
    static Object mark(String s) { Log.log(s); return s; }
}

class Impl implements Iface {
    static { Log.log("Impl static block"); }
    public void m() { Log.log("Impl.m"); }
}

interface WithDefault {
    Object MARK = Iface2.mark("WithDefault.MARK (interface with default method is initialized with implementor)");
    default void d() {}
}

class ImplDefault implements WithDefault {
    static { Log.log("ImplDefault static block"); }
}

class Constants {
    static final int INT_CONST = 42;
    static final String STR_CONST = "constant";
    static final Integer BOXED = box();
    static final int NOT_CONST = Integer.parseInt("17");
    static { Log.log("Constants static block"); }
    static Integer box() { Log.log("Constants.box"); return 1000; }
}

class ByStatic {
    static { Log.log("ByStatic initialized"); }
    static void run() { Log.log("ByStatic.run"); }
}

class ByPut {
    static int x;
    static { Log.log("ByPut initialized"); }
}

class ByGet {
    static int y = 9;
    static { Log.log("ByGet initialized"); }
}

class ArrayOnly {
    static { Log.log("ArrayOnly initialized (should not happen)"); }
}

class Parent {
    static int parentField = 11;
    static { Log.log("Parent initialized"); }
}

class Child extends Parent {
    static { Log.log("Child initialized (should not happen via Child.parentField)"); }
}

class Cyclic1 {
    static int a = Cyclic2.b + 1;
    static { Log.log("Cyclic1 done a=" + a); }
}

class Cyclic2 {
    static int b = Cyclic1.a + 10;
    static { Log.log("Cyclic2 done b=" + b); }
}

class SelfRef {
    static SelfRef INSTANCE = new SelfRef();
    static int counter = 5;
    int seen;
    SelfRef() { seen = counter; counter++; }
}

class Order {
    static int a = 1;
    static int b;
    static { b = a + 1; a = 10; }
    static int c = a + b;
}

public class StaticInit {
    static { System.out.println("StaticInit (main class) initialized first"); }

    public static void main(String[] args) {
        System.out.println("1. new Sub()");
        new Sub();
        System.out.println("2. new Sub() again (no init)");
        new Sub();
        System.out.println("3. constant from interface: " + Iface.ICONST);
        System.out.println("4. new Impl() (does not initialize Iface)");
        Iface i = new Impl();
        i.m();
        System.out.println("5. read Iface.IOBJ");
        System.out.println("   " + Iface.IOBJ);
        System.out.println("6. new ImplDefault()");
        new ImplDefault();
        System.out.println("7. compile-time constants: " + Constants.INT_CONST + " " + Constants.STR_CONST);
        System.out.println("8. non-constant static final: " + Constants.NOT_CONST);
        System.out.println("   " + Constants.BOXED);
        System.out.println("9. invokestatic");
        ByStatic.run();
        System.out.println("10. putstatic");
        ByPut.x = 3;
        System.out.println("11. getstatic");
        System.out.println("   " + ByGet.y);
        System.out.println("12. array creation does not initialize");
        ArrayOnly[] arr = new ArrayOnly[3];
        System.out.println("   length " + arr.length);
        System.out.println("13. Child.parentField initializes only Parent");
        System.out.println("   " + Child.parentField);
        System.out.println("14. cyclic initialization");
        System.out.println("   " + Cyclic1.a + " " + Cyclic2.b);
        System.out.println("15. self reference sees default values");
        System.out.println("   " + SelfRef.INSTANCE.seen + " " + SelfRef.counter);
        System.out.println("16. textual order");
        System.out.println("   " + Order.a + " " + Order.b + " " + Order.c);
        System.out.println("17. Class literal does not initialize");
        Class<?> c = ArrayOnly.class;
        System.out.println("   " + c.getName());
        System.out.println("done");
    }
}
