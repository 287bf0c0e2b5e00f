package java.io;

/** Deprecated in the JDK (it counts bytes as characters); kept with JDK 17's behavior. */
@Deprecated
public class LineNumberInputStream extends FilterInputStream {
    /** A byte read ahead after '\r' (to join "\r\n"), or -1. */
    int pushBack = -1;
    int lineNumber;
    int markLineNumber;
    int markPushBack = -1;

    public LineNumberInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = pushBack;
        if (c != -1) {
            pushBack = -1;
        } else {
            c = in.read();
        }
        if (c == '\r') {
            pushBack = in.read();
            if (pushBack == '\n') {
                pushBack = -1;
            }
        }
        if (c == '\r' || c == '\n') {
            lineNumber++;
            return '\n';
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (b == null) {
            throw new NullPointerException();
        } else if (off < 0 || off > b.length || len < 0 || off + len > b.length || off + len < 0) {
            throw new IndexOutOfBoundsException();
        } else if (len == 0) {
            return 0;
        }
        int c = read();
        if (c == -1) {
            return -1;
        }
        b[off] = (byte) c;
        int i = 1;
        try {
            for (; i < len; i++) {
                c = read();
                if (c == -1) {
                    break;
                }
                b[off + i] = (byte) c;
            }
        } catch (IOException ee) {
            // what was read so far is returned, as JDK does
        }
        return i;
    }

    @Override
    public long skip(long n) throws IOException {
        final int chunkSize = 2048;
        long remaining = n;
        if (n <= 0) {
            return 0;
        }
        byte[] data = new byte[chunkSize];
        while (remaining > 0) {
            int nr = read(data, 0, (int) Math.min(chunkSize, remaining));
            if (nr < 0) {
                break;
            }
            remaining -= nr;
        }
        return n - remaining;
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    @Override
    public int available() throws IOException {
        return pushBack == -1 ? super.available() / 2 : super.available() / 2 + 1;
    }

    @Override
    public void mark(int readlimit) {
        markLineNumber = lineNumber;
        markPushBack = pushBack;
        in.mark(readlimit);
    }

    @Override
    public void reset() throws IOException {
        lineNumber = markLineNumber;
        pushBack = markPushBack;
        in.reset();
    }
}
