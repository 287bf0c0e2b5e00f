class Fragile {
    static int value = init();
    static int init() {
        System.out.println("Fragile.<clinit> running");
        int[] a = new int[1];
        return a[Helper.index()];
    }
    static void hello() { System.out.println("Fragile.hello (never printed)"); }
}

class Helper {
    static int index() { return 2; }
}

class ThrowsRuntime {
    static {
        System.out.println("ThrowsRuntime.<clinit> running");
        if (Boolean.parseBoolean("true")) throw new IllegalStateException("broken static init");
    }
    static int x = 1;
}

class ThrowsError {
    static {
        System.out.println("ThrowsError.<clinit> running");
        if (Boolean.parseBoolean("true")) throw new AssertionError("an Error is rethrown as-is");
    }
    static int y;
}

class DependsOnFragile {
    static int z = Fragile.value + 1;
}

class InstanceFragile {
    static String s = String.valueOf((Object) null).substring(10);
    InstanceFragile() { System.out.println("constructed (never printed)"); }
}

public class InitError {
    static void describe(Throwable t) {
        System.out.println("  " + t.getClass().getName() + ": " + t.getMessage());
        Throwable c = t.getCause();
        while (c != null) {
            System.out.println("  caused by " + c.getClass().getName() + ": " + c.getMessage());
            c = c.getCause();
        }
    }

    public static void main(String[] args) {
        System.out.println("1. first use of Fragile");
        try {
            System.out.println(Fragile.value);
        } catch (Throwable t) {
            describe(t);
            if (t instanceof ExceptionInInitializerError) {
                Throwable ex = ((ExceptionInInitializerError) t).getException();
                System.out.println("  getException: " + ex.getClass().getName() + " " + ex.getMessage());
            }
        }
        System.out.println("2. second use of Fragile (getstatic)");
        try {
            System.out.println(Fragile.value);
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("3. third use of Fragile (invokestatic)");
        try {
            Fragile.hello();
        } catch (NoClassDefFoundError t) {
            describe(t);
        }
        System.out.println("4. putstatic");
        try {
            Fragile.value = 5;
        } catch (NoClassDefFoundError t) {
            describe(t);
        }
        System.out.println("5. class depending on failed class");
        try {
            System.out.println(DependsOnFragile.z);
        } catch (Throwable t) {
            describe(t);
        }
        try {
            System.out.println(DependsOnFragile.z);
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("6. RuntimeException from static block");
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(ThrowsRuntime.x);
            } catch (Throwable t) {
                describe(t);
            }
        }
        System.out.println("7. Error from static block is not wrapped");
        for (int i = 0; i < 2; i++) {
            try {
                ThrowsError.y = 3;
            } catch (Throwable t) {
                describe(t);
            }
        }
        System.out.println("8. new of a class whose init fails");
        for (int i = 0; i < 2; i++) {
            try {
                new InstanceFragile();
            } catch (Throwable t) {
                describe(t);
            }
        }
        System.out.println("9. arrays of a failed class are still fine");
        Fragile[] arr = new Fragile[2];
        System.out.println("  " + arr.length + " " + arr[0]);
        System.out.println("done");
    }
}
