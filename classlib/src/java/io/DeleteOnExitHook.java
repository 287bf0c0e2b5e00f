package java.io;

import jdk.internal.misc.LibraryShutdownHooks;

/**
 * The files of File.deleteOnExit, deleted at shutdown in the reverse order of registration and
 * after all application shutdown hooks, as JDK 17 does.
 */
final class DeleteOnExitHook implements Runnable {
    private static String[] files = new String[8];
    private static int count;

    static {
        LibraryShutdownHooks.add(new DeleteOnExitHook());
    }

    private DeleteOnExitHook() {}

    static synchronized void add(String file) {
        if (files == null) {
            throw new IllegalStateException("Shutdown in progress");
        }
        for (int i = 0; i < count; i++) {
            if (files[i].equals(file)) {
                return;
            }
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
