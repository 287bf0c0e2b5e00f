package java.io;

/**
 * A BufferedReader that counts lines: '\n', '\r' and "\r\n" each end one, and so does the end of
 * the stream after a last line without terminator (JDK 17's rule). read() returns every
 * terminator as '\n'.
 */
public class LineNumberReader extends BufferedReader {
    /** What the last thing read was. */
    private static final int NONE = 0;
    private static final int CHAR = 1;
    private static final int EOL = 2;
    private static final int EOF = 3;

    private int prevChar = NONE;
    private int lineNumber;
    private int markedLineNumber;
    private boolean skipLF;
    private boolean markedSkipLF;
    private char[] skipBuffer;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    /** The end of the stream ends a line unless a terminator just did. */
    private void atEnd() {
        if (prevChar == CHAR) {
            lineNumber++;
        }
        prevChar = EOF;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            int c = super.read();
            if (skipLF) {
                if (c == '\n') {
                    c = super.read();
                }
                skipLF = false;
            }
            if (c == '\r' || c == '\n') {
                skipLF = c == '\r';
                lineNumber++;
                prevChar = EOL;
                return '\n';
            }
            if (c == -1) {
                atEnd();
            } else {
                prevChar = CHAR;
            }
            return c;
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            int n = super.read(cbuf, off, len);
            if (n == -1) {
                atEnd();
                return -1;
            }
            for (int i = off; i < off + n; i++) {
                char c = cbuf[i];
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c == '\r' || c == '\n') {
                    skipLF = c == '\r';
                    lineNumber++;
                }
            }
            if (n > 0) {
                char last = cbuf[off + n - 1];
                prevChar = last == '\r' || last == '\n' ? EOL : CHAR;
            }
            return n;
        }
    }

    @Override
    public String readLine() throws IOException {
        synchronized (lock) {
            boolean[] term = new boolean[1];
            String l = super.readLine(skipLF, term);
            skipLF = false;
            if (l != null) {
                lineNumber++;
                prevChar = term[0] ? EOL : EOF;
            } else {
                atEnd();
            }
            return l;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("skip() value is negative");
        }
        int nn = (int) Math.min(n, 8192);
        synchronized (lock) {
            if (skipBuffer == null || skipBuffer.length < nn) {
                skipBuffer = new char[nn];
            }
            long r = n;
            while (r > 0) {
                int nc = read(skipBuffer, 0, (int) Math.min(r, nn));
                if (nc == -1) {
                    break;
                }
                r -= nc;
            }
            if (n - r > 0) {
                prevChar = NONE;
            }
            return n - r;
        }
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        synchronized (lock) {
            // After a '\r', a following '\n' costs one more character of read-ahead.
            if (skipLF) {
                readAheadLimit++;
            }
            super.mark(readAheadLimit);
            markedLineNumber = lineNumber;
            markedSkipLF = skipLF;
        }
    }

    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            super.reset();
            lineNumber = markedLineNumber;
            skipLF = markedSkipLF;
        }
    }
}
