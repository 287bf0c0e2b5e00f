package java.io;

import java.util.Objects;

/** An output stream over a file descriptor (only the standard streams for now). */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private volatile boolean closed;

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
        Objects.checkFromIndexSize(off, len, b.length);
        write0(fd.fd(), b, off, len);
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
