class AppException extends Exception {
    final int code;
    AppException(String msg, int code) { super(msg); this.code = code; }
    AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
}

class NotFound extends AppException {
    NotFound(String what) { super("not found: " + what, 404); }
}

class Forbidden extends AppException {
    Forbidden(String what) { super("forbidden: " + what, 403); }
}

class MyRuntime extends RuntimeException {
    MyRuntime(String m) { super(m); }
    MyRuntime() { super(); }
}

class MyError extends Error {
    MyError(String m) { super(m); }
}

public class Exceptions {
    static int depth;

    static void thrower(int kind) throws AppException {
        switch (kind) {
            case 0: throw new NotFound("file");
            case 1: throw new Forbidden("door");
            case 2: throw new AppException("generic", 500);
            case 3: throw new MyRuntime("runtime");
            case 4: throw new MyError("error");
            case 5: { int[] a = new int[1]; a[2] = 0; }
            case 6: { Object o = "s"; Integer i = (Integer) o; System.out.println(i); }
            case 7: { int z = kind - 7; System.out.println(1 / z); }
            case 8: { Object o = null; o.hashCode(); }
            default: System.out.println("  no exception for kind " + kind);
        }
    }

    static String handle(int kind) {
        try {
            thrower(kind);
            return "normal";
        } catch (NotFound e) {
            return "NotFound(" + e.code + "): " + e.getMessage();
        } catch (Forbidden | MyRuntime e) {
            return "multi-catch " + e.getClass().getName() + ": " + e.getMessage();
        } catch (AppException e) {
            return "AppException(" + e.code + "): " + e.getMessage();
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            return "VM exception " + e.getClass().getName();
        } catch (RuntimeException e) {
            return "RuntimeException " + e.getClass().getName();
        } catch (Error e) {
            return "Error " + e;
        } finally {
            System.out.println("  finally for kind " + kind);
        }
    }

    static int recurseAndThrow(int n) {
        depth++;
        if (n == 0) throw new MyRuntime("bottom reached at depth " + depth);
        try {
            return recurseAndThrow(n - 1) + 1;
        } finally {
            depth--;
        }
    }

    static void rethrow() throws AppException {
        try {
            thrower(0);
        } catch (AppException e) {
            System.out.println("  rethrowing " + e.getMessage());
            throw e;
        }
    }

    static void wrap() throws AppException {
        try {
            thrower(3);
        } catch (RuntimeException e) {
            throw new AppException("wrapped", e);
        }
    }

    static void preciseRethrow() throws NotFound, Forbidden {
        try {
            if (depth == 0) throw new NotFound("precise");
            throw new Forbidden("precise");
        } catch (AppException e) {
            throw e; // precise rethrow (Java 7)
        }
    }

    public static void main(String[] args) {
        System.out.println("-- catch order and multi-catch");
        for (int k = 0; k <= 9; k++) System.out.println(k + " -> " + handle(k));
        System.out.println("-- nested try/catch/finally");
        StringBuilder trace = new StringBuilder();
        try {
            trace.append("a");
            try {
                trace.append("b");
                try {
                    trace.append("c");
                    throw new IllegalStateException("inner");
                } finally {
                    trace.append("d");
                }
            } catch (IllegalArgumentException e) {
                trace.append("X");
            } finally {
                trace.append("e");
            }
        } catch (IllegalStateException e) {
            trace.append("f:" + e.getMessage());
        } finally {
            trace.append("g");
        }
        System.out.println(trace);
        System.out.println("-- exception from deep recursion");
        try {
            recurseAndThrow(500);
        } catch (MyRuntime e) {
            System.out.println(e.getMessage() + ", depth after unwinding " + depth);
        }
        System.out.println("-- rethrow and wrap");
        try { rethrow(); } catch (AppException e) { System.out.println("  caught again: " + e.getMessage()); }
        try { wrap(); } catch (AppException e) {
            System.out.println("  " + e.getMessage() + " caused by " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
        depth = 0;
        try { preciseRethrow(); } catch (NotFound e) { System.out.println("  precise NotFound"); } catch (Forbidden e) { System.out.println("  precise Forbidden"); }
        System.out.println("-- cause chains");
        Throwable chain = new RuntimeException("top", new IllegalArgumentException("middle", new ArithmeticException("root")));
        for (Throwable t = chain; t != null; t = t.getCause()) System.out.println("  " + t);
        Throwable initCause = new IllegalStateException("late cause");
        initCause.initCause(new MyRuntime("the cause"));
        System.out.println("  " + initCause.getCause().getMessage());
        try {
            initCause.initCause(new MyRuntime("again"));
        } catch (IllegalStateException e) {
            System.out.println("  initCause twice: " + e.getMessage());
        }
        Throwable noMsg = new MyRuntime();
        System.out.println("  " + noMsg + " msg=" + noMsg.getMessage());
        Throwable causeOnly = new RuntimeException(new MyRuntime("inner msg"));
        System.out.println("  " + causeOnly.getMessage());
        System.out.println("  " + new Exception((String) null).toString() + " | " + new Error("e").toString() + " | " + new Throwable("t").getLocalizedMessage());
        System.out.println("-- exception from finally replaces the original");
        try {
            try {
                throw new MyRuntime("original");
            } finally {
                if (depth == 0) throw new IllegalStateException("from finally");
            }
        } catch (RuntimeException e) {
            System.out.println("  " + e.getMessage());
        }
        System.out.println("-- exception in catch block");
        try {
            try {
                throw new MyRuntime("first");
            } catch (MyRuntime e) {
                throw new IllegalArgumentException("from catch: " + e.getMessage());
            } finally {
                System.out.println("  finally still runs");
            }
        } catch (IllegalArgumentException e) {
            System.out.println("  " + e.getMessage());
        }
        System.out.println("-- throw null");
        try {
            RuntimeException re = null;
            if (depth == 0) throw re;
        } catch (NullPointerException e) {
            System.out.println("  throw null -> " + e.getClass().getName());
        }
        System.out.println("-- catch Throwable / Exception of VM errors");
        try {
            Object[] o = new Integer[1];
            o[0] = "s";
        } catch (Exception e) {
            System.out.println("  " + e);
        }
        try {
            throw new MyError("custom error");
        } catch (Throwable t) {
            System.out.println("  " + t + " isError=" + (t instanceof Error));
        }
        System.out.println("-- exceptions in loops");
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) throw new MyRuntime("i=" + i);
                if (i % 5 == 0) { int[] a = new int[i % 2]; a[1] = 1; }
            } catch (MyRuntime e) {
                caught++;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught += 1000;
            }
        }
        System.out.println("  caught " + caught);
        System.out.println("-- StringIndexOutOfBounds / NumberFormat from library");
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println("  " + e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println("  " + e.getMessage()); }
        try { "abc".substring(-1); } catch (IndexOutOfBoundsException e) { System.out.println("  " + e.getMessage()); }
        try { Integer.parseInt(""); } catch (NumberFormatException e) { System.out.println("  " + e.getMessage()); }
        try { Long.parseLong("99999999999999999999"); } catch (NumberFormatException e) { System.out.println("  " + e.getMessage()); }
        try { new StringBuilder("ab").charAt(9); } catch (IndexOutOfBoundsException e) { System.out.println("  " + e.getClass().getName() + ": " + e.getMessage()); }
        System.out.println("done");
    }
}
