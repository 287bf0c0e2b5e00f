package java.io;

/**
 * An output stream over a host file descriptor: a file opened by name (truncated, or in append
 * mode), or an existing descriptor (System.out/err). Argument checks and messages as in
 * FileInputStream.
 */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        this.fd = new FileDescriptor();
        fd.open(name, append ? FileDescriptor.APPEND : FileDescriptor.WRITE);
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    private static native void write0(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        byte[] one = {(byte) b};
        write0(fd.fd(), one, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write0(fd.fd(), b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        write0(fd.fd(), b, off, len);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        fd.close();
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
