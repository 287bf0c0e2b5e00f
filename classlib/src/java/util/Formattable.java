package java.util;

/** An object that formats itself for %s (see Formatter). */
public interface Formattable {
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
