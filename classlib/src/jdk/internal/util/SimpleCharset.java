package jdk.internal.util;

import java.nio.charset.Charset;

/** The Charset object of one of SimpleCharsets' charsets. */
public final class SimpleCharset extends Charset {
    /** SimpleCharsets.UTF_8, ISO_8859_1 or US_ASCII. */
    public final int id;

    SimpleCharset(int id) {
        super(SimpleCharsets.name(id), null);
        this.id = id;
    }
}
