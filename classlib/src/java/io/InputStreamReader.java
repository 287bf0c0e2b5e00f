package java.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import jdk.internal.util.SimpleCharsets;

/** Reads chars decoded from an InputStream (see StreamDecoder). */
public class InputStreamReader extends Reader {
    private final StreamDecoder sd;

    public InputStreamReader(InputStream in) {
        super(in);
        sd = new StreamDecoder(in, this, SimpleCharsets.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        sd = new StreamDecoder(in, this, charsetId(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        sd = new StreamDecoder(in, this, SimpleCharsets.id(cs));
    }

    /** As JDK's StreamDecoder/StreamEncoder: an illegal or unknown name is UnsupportedEncodingException. */
    static int charsetId(String charsetName) throws UnsupportedEncodingException {
        try {
            return SimpleCharsets.id(Charset.forName(charsetName));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException x) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    /** The historical name of a charset (what getEncoding returns). */
    static String historicalName(int charset) {
        switch (charset) {
            case SimpleCharsets.ISO_8859_1:
                return "ISO8859_1";
            case SimpleCharsets.US_ASCII:
                return "ASCII";
            case SimpleCharsets.UTF_16BE:
                return "UnicodeBigUnmarked";
            case SimpleCharsets.UTF_16LE:
                return "UnicodeLittleUnmarked";
            case SimpleCharsets.UTF_16:
                return "UTF-16";
            default:
                return "UTF8";
        }
    }

    public String getEncoding() {
        return sd.isOpen() ? historicalName(sd.charset()) : null;
    }

    @Override
    public int read() throws IOException {
        return sd.read();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        return sd.read(cbuf, off, len);
    }

    @Override
    public boolean ready() throws IOException {
        return sd.ready();
    }

    @Override
    public void close() throws IOException {
        sd.close();
    }
}
