public class Synchronized {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void inc() { counter++; }
    static synchronized void sinc() { staticCounter++; }

    synchronized int reentrant(int n) {
        if (n == 0) return counter;
        synchronized (this) {
            return reentrant(n - 1) + 1;
        }
    }

    int blockInc() {
        synchronized (lock) {
            counter += 10;
            return counter;
        }
    }

    int nested() {
        synchronized (lock) {
            synchronized (this) {
                synchronized (Synchronized.class) {
                    staticCounter += 100;
                    return staticCounter;
                }
            }
        }
    }

    void throwInside() {
        synchronized (lock) {
            counter++;
            throw new IllegalStateException("thrown while holding the lock");
        }
    }

    synchronized void throwInSyncMethod() {
        throw new UnsupportedOperationException("from synchronized method");
    }

    int returnFromInside(int x) {
        synchronized (this) {
            if (x > 0) return x * 2;
            counter--;
        }
        return -1;
    }

    long longFromSync() {
        synchronized (lock) {
            return 1L << 40;
        }
    }

    public static void main(String[] args) {
        Synchronized s = new Synchronized();
        for (int i = 0; i < 1000; i++) { s.inc(); sinc(); }
        System.out.println(s.counter + " " + staticCounter);
        System.out.println(s.reentrant(50));
        System.out.println(s.blockInc());
        System.out.println(s.nested());
        for (int i = 0; i < 3; i++) {
            try {
                s.throwInside();
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage() + " counter=" + s.counter);
            }
        }
        // the monitor was released: we can lock it again (and in a loop)
        for (int i = 0; i < 100; i++) s.blockInc();
        System.out.println(s.counter);
        try {
            s.throwInSyncMethod();
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage());
        }
        s.inc();
        System.out.println(s.returnFromInside(21) + " " + s.returnFromInside(0) + " " + s.counter + " " + s.longFromSync());
        Object nul = null;
        try {
            synchronized (nul) {
                System.out.println("not reached");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized(null): " + e.getClass().getName());
        }
        String str = "interned lock";
        synchronized (str) {
            synchronized ("interned lock") {
                System.out.println("locked the same string twice");
            }
        }
        int[] arr = new int[1];
        synchronized (arr) { arr[0] = 7; }
        System.out.println(arr[0]);
        // wait/notify without owning the monitor
        try {
            s.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e.getClass().getName());
        }
        synchronized (s.lock) {
            s.lock.notify();
            s.lock.notifyAll();
            System.out.println("notify with lock ok");
        }
    }
}
