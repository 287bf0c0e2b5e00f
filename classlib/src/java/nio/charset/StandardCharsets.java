package java.nio.charset;

import jdk.internal.util.SimpleCharsets;

/** The charsets every Java platform has. */
public final class StandardCharsets {
    private StandardCharsets() {
        throw new AssertionError("No java.nio.charset.StandardCharsets instances for you!");
    }

    public static final Charset US_ASCII = SimpleCharsets.charset(SimpleCharsets.US_ASCII);
    public static final Charset ISO_8859_1 = SimpleCharsets.charset(SimpleCharsets.ISO_8859_1);
    public static final Charset UTF_8 = SimpleCharsets.charset(SimpleCharsets.UTF_8);
    public static final Charset UTF_16BE = SimpleCharsets.charset(SimpleCharsets.UTF_16BE);
    public static final Charset UTF_16LE = SimpleCharsets.charset(SimpleCharsets.UTF_16LE);
    public static final Charset UTF_16 = SimpleCharsets.charset(SimpleCharsets.UTF_16);
}
