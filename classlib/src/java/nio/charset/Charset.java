package java.nio.charset;

import jdk.internal.util.SimpleCharsets;

/**
 * A named character set. Cortado provides UTF-8, ISO-8859-1 and US-ASCII (and their aliases);
 * encoding and decoding is done by jdk.internal.util.SimpleCharsets, so there are no
 * CharsetEncoder/CharsetDecoder objects, ByteBuffer/CharBuffer methods, aliases() or
 * availableCharsets() yet.
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        if (aliases != null) {
            for (int i = 0; i < aliases.length; i++) {
                checkName(aliases[i]);
            }
        }
        this.name = canonicalName;
    }

    /** The legal charset names of the Charset class comment (JDK 17's checkName). */
    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if (i != 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.')) {
                continue;
            }
            throw new IllegalCharsetNameException(s);
        }
    }

    /** The charset of this name, or null if it is legal but unknown. */
    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        int id = SimpleCharsets.lookup(charsetName);
        if (id >= 0) {
            return SimpleCharsets.charset(id);
        }
        checkName(charsetName);
        return null;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs != null) {
            return cs;
        }
        throw new UnsupportedCharsetException(charsetName);
    }

    public static Charset defaultCharset() {
        return SimpleCharsets.charset(SimpleCharsets.defaultCharset());
    }

    public final String name() {
        return name;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public boolean canEncode() {
        return true;
    }

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    public final int hashCode() {
        return name().hashCode();
    }

    public final boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof Charset)) {
            return false;
        }
        return name.equals(((Charset) ob).name());
    }

    public final String toString() {
        return name();
    }
}
