package java.io;

import jdk.internal.util.SimpleCharsets;

/**
 * Bytes of an InputStream decoded to chars (InputStreamReader's engine, JDK's sun.nio.cs
 * StreamDecoder): bytes are read 8192 at a time; a UTF-8 sequence split between two reads waits
 * for its end, and malformed input becomes U+FFFD exactly as JDK 17's decoder replaces it. A read
 * returns once the caller's array is full, or when something was decoded and the stream has no
 * more bytes available (as JDK's, so the counts read(char[]) returns are the same).
 */
final class StreamDecoder {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private final InputStream in;
    private final Object lock;
    private final int charset;

    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    /** Undecoded bytes: bytes[0, byteCount). */
    private int byteCount;
    /** Decoded chars not yet returned: chars[charPos, chars.length). */
    private char[] chars = new char[0];
    private int charPos;
    private boolean eof;
    private boolean closed;
    /** The charset bytes are decoded with: for UTF-16, the order its byte-order mark says (-1 before). */
    private int decodeAs;

    StreamDecoder(InputStream in, Object lock, int charset) {
        this.in = in;
        this.lock = lock;
        this.charset = charset;
        this.decodeAs = charset == SimpleCharsets.UTF_16 ? -1 : charset;
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

    int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0];
    }

    int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || off > cbuf.length || len < 0 || off + len > cbuf.length || off + len < 0) {
                throw new IndexOutOfBoundsException();
            }
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (true) {
                int avail = chars.length - charPos;
                if (avail > 0) {
                    int k = Math.min(avail, len - n);
                    // JDK's decoder writes a surrogate pair whole or not at all (overflow), except
                    // for a single-char read, which keeps the low half for the next read.
                    if (k < avail && len > 1 && Character.isHighSurrogate(chars[charPos + k - 1])) {
                        k--;
                        if (k == 0) {
                            break;
                        }
                    }
                    System.arraycopy(chars, charPos, cbuf, off + n, k);
                    charPos += k;
                    n += k;
                }
                if (n == len || charPos < chars.length || eof && byteCount == 0) {
                    break;
                }
                if (n > 0 && !inReady()) {
                    break;
                }
                if (!fill()) {
                    break;
                }
            }
            return n == 0 ? -1 : n;
        }
    }

    private boolean inReady() {
        try {
            return in.available() > 0;
        } catch (IOException x) {
            return false;
        }
    }

    /** Reads more bytes and decodes what can be decoded; false at end of stream with nothing left. */
    private boolean fill() throws IOException {
        if (eof) {
            if (byteCount == 0) {
                return false;
            }
            // End of input: a sequence left incomplete is malformed (one U+FFFD).
            chars = SimpleCharsets.decode(decodeAs < 0 ? charset : decodeAs, bytes, 0, byteCount);
            charPos = 0;
            byteCount = 0;
            return true;
        }
        int n = in.read(bytes, byteCount, BYTE_BUFFER_SIZE - byteCount);
        if (n < 0) {
            eof = true;
            return fill();
        }
        if (n == 0) {
            throw new IOException("Underlying input stream returned zero bytes");
        }
        byteCount += n;
        if (decodeAs < 0) {
            // UTF-16: the first two bytes may be a byte-order mark, which is dropped.
            if (byteCount < 2) {
                chars = new char[0];
                charPos = 0;
                return true;
            }
            int[] mark = new int[1];
            decodeAs = SimpleCharsets.utf16Order(bytes, 0, byteCount, mark);
            System.arraycopy(bytes, mark[0], bytes, 0, byteCount - mark[0]);
            byteCount -= mark[0];
        }
        int ready = SimpleCharsets.decodablePrefix(decodeAs, bytes, 0, byteCount);
        chars = SimpleCharsets.decode(decodeAs, bytes, 0, ready);
        charPos = 0;
        System.arraycopy(bytes, ready, bytes, 0, byteCount - ready);
        byteCount -= ready;
        return true;
    }

    boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return charPos < chars.length || byteCount > 0 || inReady();
        }
    }

    void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                in.close();
            } finally {
                closed = true;
            }
        }
    }
}
