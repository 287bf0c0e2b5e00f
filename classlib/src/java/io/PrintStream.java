package java.io;

import java.util.Objects;
import jdk.internal.util.SimpleCharsets;

/**
 * Prints text, encoded with UTF-8, ISO-8859-1, US-ASCII or UTF-16 (BE, LE, or with a mark). With
 * autoflush every print is flushed (as JDK's PrintStream effectively does, since its encoder writes
 * through write(byte[], int, int)).
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private final int charset;
    /** UTF-16 writes a byte-order mark before the first character. */
    private boolean needsMark;
    /** A high surrogate left at the end of the last write, waiting for its low half. */
    private char pendingHigh;
    /** Scratch buffer for encoding. */
    private byte[] bytes = new byte[64];

    private PrintStream(boolean autoFlush, OutputStream out, int charset) {
        super(out);
        this.autoFlush = autoFlush;
        this.charset = charset;
        this.needsMark = charset == SimpleCharsets.UTF_16;
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"), SimpleCharsets.defaultCharset());
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"), toCharset(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, java.nio.charset.Charset charset) {
        this(autoFlush, out, SimpleCharsets.id(Objects.requireNonNull(charset, "charset")));
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(false, new FileOutputStream(fileName), SimpleCharsets.defaultCharset());
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(false, toCharset(csn), new FileOutputStream(fileName));
    }

    public PrintStream(String fileName, java.nio.charset.Charset charset) throws IOException {
        this(false, SimpleCharsets.id(Objects.requireNonNull(charset, "charset")), new FileOutputStream(fileName));
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(false, new FileOutputStream(file), SimpleCharsets.defaultCharset());
    }

    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(false, toCharset(csn), new FileOutputStream(file));
    }

    public PrintStream(File file, java.nio.charset.Charset charset) throws IOException {
        this(false, SimpleCharsets.id(Objects.requireNonNull(charset, "charset")), new FileOutputStream(file));
    }

    /** The charset is resolved before the file is opened (a bad name creates no file), as in JDK 17. */
    private PrintStream(boolean autoFlush, int charset, OutputStream out) {
        this(autoFlush, out, charset);
    }

    private static int toCharset(String csn) throws UnsupportedEncodingException {
        Objects.requireNonNull(csn, "charsetName");
        int cs = SimpleCharsets.lookup(csn);
        if (cs < 0) {
            throw new UnsupportedEncodingException(csn);
        }
        return cs;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (pendingHigh != 0 && out != null) {
                        pendingHigh = 0;
                        byte[] r = new byte[2];
                        out.write(r, 0, SimpleCharsets.replacement(charset, r, 0));
                    }
                    out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            PrintStream ps = (PrintStream) out;
            return ps.checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    /** Encodes chars a[off, off+len) (plus a line separator if newline) and writes them. */
    private void writeChars(char[] a, int off, int len, boolean newline) {
        try {
            synchronized (this) {
                ensureOpen();
                String ls = newline ? System.lineSeparator() : null;
                int total = len + (newline ? ls.length() : 0) + 1;
                int need = total * SimpleCharsets.maxBytesPerChar(charset) + 2;
                if (need < 0 || need > (1 << 20)) {
                    // Very long text: encode in chunks so the scratch buffer stays small.
                    int chunk = 1 << 16;
                    while (len > chunk) {
                        int n = chunk;
                        if (Character.isHighSurrogate(a[off + n - 1])) {
                            n--;
                        }
                        writeChars(a, off, n, false);
                        off += n;
                        len -= n;
                    }
                    writeChars(a, off, len, newline);
                    return;
                }
                byte[] buf = bytes;
                if (buf.length < need) {
                    buf = bytes = new byte[Math.max(need, buf.length * 2)];
                }
                int dp = 0;
                if (needsMark && (len > 0 || newline)) {
                    // UTF-16: the byte-order mark goes before the first character printed.
                    needsMark = false;
                    dp = SimpleCharsets.byteOrderMark(buf, dp);
                }
                if (pendingHigh != 0) {
                    char hi = pendingHigh;
                    pendingHigh = 0;
                    if (len > 0 && Character.isLowSurrogate(a[off])) {
                        char[] pair = {hi, a[off]};
                        dp = SimpleCharsets.encode(charset, pair, 0, 2, buf, dp);
                        off++;
                        len--;
                    } else if (len > 0 || newline) {
                        dp = SimpleCharsets.replacement(charset, buf, dp);
                    } else {
                        pendingHigh = hi;
                    }
                }
                if (len > 0 && !newline && Character.isHighSurrogate(a[off + len - 1])) {
                    pendingHigh = a[off + len - 1];
                    len--;
                }
                dp = SimpleCharsets.encode(charset, a, off, len, buf, dp);
                if (newline) {
                    char[] lsChars = ls.toCharArray();
                    dp = SimpleCharsets.encode(charset, lsChars, 0, lsChars.length, buf, dp);
                }
                if (dp > 0) {
                    out.write(buf, 0, dp);
                }
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void write(String s) {
        char[] a = s.toCharArray();
        writeChars(a, 0, a.length, false);
    }

    private void writeln(String s) {
        char[] a = s.toCharArray();
        writeChars(a, 0, a.length, true);
    }

    private void newLine() {
        writeChars(new char[0], 0, 0, true);
    }

    public void print(boolean b) {
        write(String.valueOf(b));
    }

    public void print(char c) {
        writeChars(new char[] {c}, 0, 1, false);
    }

    public void print(int i) {
        write(String.valueOf(i));
    }

    public void print(long l) {
        write(String.valueOf(l));
    }

    public void print(float f) {
        write(String.valueOf(f));
    }

    public void print(double d) {
        write(String.valueOf(d));
    }

    public void print(char[] s) {
        writeChars(s, 0, s.length, false);
    }

    public void print(String s) {
        write(String.valueOf(s));
    }

    public void print(Object obj) {
        write(String.valueOf(obj));
    }

    public void println() {
        newLine();
    }

    public void println(boolean x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (getClass() == PrintStream.class) {
            writeChars(new char[] {x}, 0, 1, true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (getClass() == PrintStream.class) {
            writeChars(x, 0, x.length, true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (getClass() == PrintStream.class) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }

    // ---- printf/format: formatted by java.util.Formatter into a buffer, then printed as one string

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(), format, args);
    }

    /** Like JDK's, which appends piece by piece: what was formatted before an exception is still printed. */
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new java.util.Formatter(sb, l).format(l, format, args);
        } finally {
            if (sb.length() > 0) {
                print(sb.toString());
            }
        }
        return this;
    }
}
