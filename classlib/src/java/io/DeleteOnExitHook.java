package java.io;

/**
 * The files of File.deleteOnExit, deleted at shutdown in the reverse order of registration, as
 * JDK 17 does. JDK runs this after all application shutdown hooks; here it is an application hook
 * itself, registered at the first deleteOnExit (hooks registered later run after it).
 */
final class DeleteOnExitHook extends Thread {
    private static String[] files = new String[8];
    private static int count;
    private static boolean registered;

    private DeleteOnExitHook() {
        super("DeleteOnExitHook");
    }

    static synchronized void add(String file) {
        if (files == null) {
            throw new IllegalStateException("Shutdown in progress");
        }
        for (int i = 0; i < count; i++) {
            if (files[i].equals(file)) {
                return;
            }
        }
        if (!registered) {
            Runtime.getRuntime().addShutdownHook(new DeleteOnExitHook());
            registered = true;
        }
        if (count == files.length) {
            String[] bigger = new String[count * 2];
            System.arraycopy(files, 0, bigger, 0, count);
            files = bigger;
        }
        files[count++] = file;
    }

    @Override
    public void run() {
        String[] toDelete;
        int n;
        synchronized (DeleteOnExitHook.class) {
            toDelete = files;
            n = count;
            files = null;
        }
        for (int i = n - 1; i >= 0; i--) {
            new File(toDelete[i]).delete();
        }
    }
}
