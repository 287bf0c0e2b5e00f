package java.io;

/**
 * An open file descriptor of the host OS (read by the VM's natives). The package-private static
 * natives are the descriptor operations FileInputStream, FileOutputStream and RandomAccessFile
 * share (natives/IoNatives.cpp); a closed descriptor is -1, which the natives report as
 * IOException "Stream Closed", HotSpot's words.
 */
public final class FileDescriptor {
    private int fd;

    /** Modes of open0 (the open(2) flags are chosen by the native). */
    static final int READ = 0;
    static final int WRITE = 1;
    static final int APPEND = 2;
    static final int READ_WRITE = 3;
    static final int READ_WRITE_SYNC = 4;
    static final int READ_WRITE_DSYNC = 5;

    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    public boolean valid() {
        return fd != -1;
    }

    public void sync() throws SyncFailedException {
        sync0(fd);
    }

    private static native void sync0(int fd) throws SyncFailedException;

    int fd() {
        return fd;
    }

    /** Opens path in mode, storing the new descriptor; FileNotFoundException "path (reason)". */
    void open(String path, int mode) throws FileNotFoundException {
        fd = open0(path, mode);
    }

    /** Closes the descriptor once (later calls do nothing). */
    synchronized void close() throws IOException {
        int f = fd;
        if (f != -1) {
            fd = -1;
            close0(f);
        }
    }

    static native int open0(String path, int mode) throws FileNotFoundException;

    static native void close0(int fd) throws IOException;

    static native int available0(int fd) throws IOException;

    static native long skip0(int fd, long n) throws IOException;

    static native long position0(int fd) throws IOException;

    static native void seek0(int fd, long pos) throws IOException;

    static native long length0(int fd) throws IOException;

    static native void setLength0(int fd, long length) throws IOException;
}
