package java.io;

/**
 * An input stream over a host file descriptor: a file opened by name, or an existing descriptor
 * (System.in). Argument checks and messages are those of JDK 17's io_util.c: a null array is a
 * NullPointerException and a bad range an IndexOutOfBoundsException, both without message.
 */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        this.fd = new FileDescriptor();
        fd.open(name, FileDescriptor.READ);
    }

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    private static native int read0(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read0(fd.fd(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read0(fd.fd(), b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return read0(fd.fd(), b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        return FileDescriptor.skip0(fd.fd(), n);
    }

    @Override
    public int available() throws IOException {
        return FileDescriptor.available0(fd.fd());
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
