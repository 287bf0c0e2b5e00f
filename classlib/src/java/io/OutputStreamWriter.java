package java.io;

import java.nio.charset.Charset;
import jdk.internal.util.SimpleCharsets;

/** Writes chars encoded to an OutputStream (see StreamEncoder). */
public class OutputStreamWriter extends Writer {
    private final StreamEncoder se;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        se = new StreamEncoder(out, this, InputStreamReader.charsetId(charsetName));
    }

    public OutputStreamWriter(OutputStream out) {
        super(out);
        se = new StreamEncoder(out, this, SimpleCharsets.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        se = new StreamEncoder(out, this, SimpleCharsets.id(cs));
    }

    public String getEncoding() {
        return se.isOpen() ? InputStreamReader.historicalName(se.charset()) : null;
    }

    void flushBuffer() throws IOException {
        se.flushBuffer();
    }

    @Override
    public void write(int c) throws IOException {
        se.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        se.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        se.write(str, off, len);
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    @Override
    public void flush() throws IOException {
        se.flush();
    }

    @Override
    public void close() throws IOException {
        se.close();
    }
}
