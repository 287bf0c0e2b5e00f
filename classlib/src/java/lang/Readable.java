package java.lang;

/**
 * A source of characters. Its one method, {@code read(java.nio.CharBuffer)}, needs java.nio's
 * buffers, which Cortado does not have yet; Reader implements the interface so its type matches.
 */
public interface Readable {
}
