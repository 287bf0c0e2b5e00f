package java.io;

import java.nio.charset.Charset;
import jdk.internal.access.JavaIOAccess;
import jdk.internal.access.SharedSecrets;

/**
 * The terminal of the program, when standard input and output are both terminals (System.console
 * is null otherwise, as in JDK 17). Text goes through the default charset; readPassword turns the
 * terminal's echo off while it reads. format/printf and the prompting readLine/readPassword need
 * java.util.Formatter and are not here yet.
 */
public final class Console implements Flushable {
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private final Charset cs;
    private final PrintWriter pw;
    private final Reader reader;
    private char[] rcb = new char[1024];

    static {
        SharedSecrets.setJavaIOAccess(new JavaIOAccess() {
            public Console console() {
                return istty() ? new Console() : null;
            }
        });
    }

    private Console() {
        cs = Charset.defaultCharset();
        pw = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true) {
            @Override
            public void close() {
                // the terminal stays open
            }
        };
        reader = new LineReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), cs));
    }

    /**
     * A reader that hands out at most one terminal line per read (readLine's reads grow the line
     * buffer instead of stopping when it is full), wiping what it has handed out, and that closing
     * does not close.
     */
    private final class LineReader extends Reader {
        private final Reader in;
        private final char[] cb = new char[1024];
        private int nChars;
        private int nextChar;
        /** The last line ended with '\r': a '\n' right after it belongs to it. */
        private boolean leftoverLF;

        LineReader(Reader in) {
            this.in = in;
        }

        @Override
        public void close() {
        }

        @Override
        public boolean ready() throws IOException {
            return in.ready();
        }

        private boolean fill() throws IOException {
            int n;
            do {
                n = in.read(cb, 0, cb.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            nChars = n;
            nextChar = 0;
            return true;
        }

        @Override
        public int read(char[] cbuf, int offset, int length) throws IOException {
            if (offset < 0 || offset > cbuf.length || length < 0 || offset + length < 0 || offset + length > cbuf.length) {
                throw new IndexOutOfBoundsException();
            }
            synchronized (readLock) {
                if (length == 0) {
                    return 0;
                }
                int off = offset;
                int end = offset + length;
                while (true) {
                    if (nextChar >= nChars && !fill()) {
                        return off == offset ? -1 : off - offset;
                    }
                    if (leftoverLF) {
                        leftoverLF = false;
                        if (cb[nextChar] == '\n') {
                            cb[nextChar++] = 0;
                            continue;
                        }
                    }
                    while (nextChar < nChars) {
                        if (off == end) {
                            if (cbuf != rcb) {
                                return off - offset;
                            }
                            cbuf = grow();
                            end = cbuf.length;
                        }
                        char c = cb[nextChar];
                        cb[nextChar++] = 0;
                        cbuf[off++] = c;
                        if (c == '\n') {
                            return off - offset;
                        }
                        if (c == '\r') {
                            leftoverLF = true;
                            return off - offset;
                        }
                    }
                }
            }
        }
    }

    /** Doubles the line buffer readLine reads into (clearing the old one: it may hold a password). */
    private char[] grow() {
        char[] t = new char[rcb.length * 2];
        System.arraycopy(rcb, 0, t, 0, rcb.length);
        java.util.Arrays.fill(rcb, ' ');
        rcb = t;
        return rcb;
    }

    /** A line without its terminator, or null at the end of input. */
    private char[] readline(boolean zeroOut) throws IOException {
        int len = reader.read(rcb, 0, rcb.length);
        if (len < 0) {
            return null;
        }
        if (rcb[len - 1] == '\r') {
            len--;
        } else if (rcb[len - 1] == '\n') {
            len--;
            if (len > 0 && rcb[len - 1] == '\r') {
                len--;
            }
        }
        char[] b = new char[len];
        if (len > 0) {
            System.arraycopy(rcb, 0, b, 0, len);
            if (zeroOut) {
                java.util.Arrays.fill(rcb, 0, len, ' ');
            }
        }
        return b;
    }

    public PrintWriter writer() {
        return pw;
    }

    public Reader reader() {
        return reader;
    }

    public String readLine() {
        synchronized (writeLock) {
            synchronized (readLock) {
                try {
                    char[] ca = readline(false);
                    return ca == null ? null : new String(ca);
                } catch (IOException x) {
                    throw new IOError(x);
                }
            }
        }
    }

    public char[] readPassword() {
        char[] passwd;
        synchronized (writeLock) {
            synchronized (readLock) {
                boolean restoreEcho;
                try {
                    restoreEcho = echo(false);
                } catch (IOException x) {
                    throw new IOError(x);
                }
                IOError ioe = null;
                passwd = null;
                try {
                    passwd = readline(true);
                } catch (IOException x) {
                    ioe = new IOError(x);
                } finally {
                    try {
                        if (restoreEcho) {
                            echo(true);
                        }
                    } catch (IOException x) {
                        if (ioe == null) {
                            ioe = new IOError(x);
                        } else {
                            ioe.addSuppressed(x);
                        }
                    }
                    if (ioe != null) {
                        throw ioe;
                    }
                }
                pw.println();
            }
        }
        return passwd;
    }

    public void flush() {
        pw.flush();
    }

    public Charset charset() {
        return cs;
    }

    /** Whether standard input and output are both terminals. */
    private static native boolean istty();

    /** Sets the terminal's echo on or off; returns whether it was on. */
    private static native boolean echo(boolean on) throws IOException;
}
