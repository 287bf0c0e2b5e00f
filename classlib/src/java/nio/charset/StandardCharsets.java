package java.nio.charset;

import jdk.internal.util.SimpleCharsets;

/** The charsets every Java platform has. UTF-16, UTF-16BE and UTF-16LE are not provided yet. */
public final class StandardCharsets {
    private StandardCharsets() {
        throw new AssertionError("No java.nio.charset.StandardCharsets instances for you!");
    }

    public static final Charset US_ASCII = SimpleCharsets.charset(SimpleCharsets.US_ASCII);
    public static final Charset ISO_8859_1 = SimpleCharsets.charset(SimpleCharsets.ISO_8859_1);
    public static final Charset UTF_8 = SimpleCharsets.charset(SimpleCharsets.UTF_8);
}
