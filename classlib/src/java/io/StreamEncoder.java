package java.io;

import jdk.internal.util.SimpleCharsets;

/**
 * Chars encoded to the bytes of an OutputStream (OutputStreamWriter's engine, JDK's sun.nio.cs
 * StreamEncoder): bytes collect in an 8192-byte buffer, written out when the next character does
 * not fit, on flush and on close. Unmappable characters and lone surrogates become '?' (U+FFFD in
 * UTF-16, which starts with a byte-order mark); a high
 * surrogate at the end of one write waits for its low half in the next, as JDK's encoder does.
 */
final class StreamEncoder {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private final OutputStream out;
    private final Object lock;
    private final int charset;
    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    private int byteCount;
    private char leftoverHigh;
    private boolean haveLeftover;
    private boolean closed;
    /** UTF-16 puts its byte-order mark before the first character written. */
    private boolean needsMark;

    StreamEncoder(OutputStream out, Object lock, int charset) {
        this.out = out;
        this.lock = lock;
        this.charset = charset;
        this.needsMark = charset == SimpleCharsets.UTF_16;
    }

    int charset() {
        return charset;
    }

    boolean isOpen() {
        return !closed;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    void write(int c) throws IOException {
        char[] one = {(char) c};
        write(one, 0, 1);
    }

    void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || off > cbuf.length || len < 0 || off + len > cbuf.length || off + len < 0) {
                throw new IndexOutOfBoundsException();
            }
            if (len == 0) {
                return;
            }
            encode(cbuf, off, len);
        }
    }

    void write(String str, int off, int len) throws IOException {
        if (len < 0) {
            throw new IndexOutOfBoundsException();
        }
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    private void encode(char[] a, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        if (needsMark) {
            needsMark = false;
            if (byteCount + 2 > BYTE_BUFFER_SIZE) {
                writeBytes();
            }
            byteCount = SimpleCharsets.byteOrderMark(bytes, byteCount);
        }
        if (haveLeftover) {
            haveLeftover = false;
            if (Character.isLowSurrogate(a[i])) {
                char[] pair = {leftoverHigh, a[i]};
                put(pair, 0, 2);
                i++;
            } else {
                putReplacement();
            }
        }
        boolean asciiBytes = !SimpleCharsets.isUtf16(charset);
        while (i < end) {
            char c = a[i];
            if (c < 0x80 && asciiBytes) {
                if (byteCount == BYTE_BUFFER_SIZE) {
                    writeBytes();
                }
                bytes[byteCount++] = (byte) c;
                i++;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    leftoverHigh = c;
                    haveLeftover = true;
                    i++;
                } else if (Character.isLowSurrogate(a[i + 1])) {
                    put(a, i, 2);
                    i += 2;
                } else {
                    putReplacement();
                    i++;
                }
            } else {
                put(a, i, 1);
                i++;
            }
        }
    }

    /** Encodes one character (n = 1) or surrogate pair (n = 2), first making room for it. */
    private void put(char[] a, int i, int n) throws IOException {
        int need;
        if (SimpleCharsets.isUtf16(charset)) {
            need = 2 * n;
        } else if (charset != SimpleCharsets.UTF_8) {
            need = 1;
        } else {
            need = n == 2 ? 4 : a[i] < 0x800 ? 2 : Character.isSurrogate(a[i]) ? 1 : 3;
        }
        if (byteCount + need > BYTE_BUFFER_SIZE) {
            writeBytes();
        }
        byteCount = SimpleCharsets.encode(charset, a, i, n, bytes, byteCount);
    }

    private void putReplacement() throws IOException {
        if (byteCount + 2 > BYTE_BUFFER_SIZE && (SimpleCharsets.isUtf16(charset) || byteCount == BYTE_BUFFER_SIZE)) {
            writeBytes();
        }
        byteCount = SimpleCharsets.replacement(charset, bytes, byteCount);
    }

    private void writeBytes() throws IOException {
        if (byteCount > 0) {
            out.write(bytes, 0, byteCount);
        }
        byteCount = 0;
    }

    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            writeBytes();
        }
    }

    void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            writeBytes();
            out.flush();
        }
    }

    void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                if (haveLeftover) {
                    haveLeftover = false;
                    putReplacement();
                }
                writeBytes();
                out.close();
            } finally {
                closed = true;
            }
        }
    }
}
