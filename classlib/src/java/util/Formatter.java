package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * printf-style formatting with JDK 17's conversions, flags, rounding and exception messages. The
 * whole format string is parsed into FormatSpecifiers first (so a bad specifier throws before any
 * output), then each is printed into the destination. Every locale formats as Locale.US.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException ioe) {
            lastException = ioe;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        int last = -1;
        int lasto = -1;
        Object[] specs = parse(format);
        for (int n = 0; n < specs.length; n++) {
            Object spec = specs[n];
            try {
                if (spec instanceof String) {
                    a.append((String) spec);
                    continue;
                }
                FormatSpecifier fs = (FormatSpecifier) spec;
                int index = fs.index;
                switch (index) {
                    case -2:
                        fs.print(this, a, null, l);
                        break;
                    case -1:
                        if (last < 0 || (args != null && last > args.length - 1)) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        fs.print(this, a, args == null ? null : args[last], l);
                        break;
                    case 0:
                        lasto++;
                        last = lasto;
                        if (args != null && lasto > args.length - 1) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        fs.print(this, a, args == null ? null : args[lasto], l);
                        break;
                    default:
                        last = index - 1;
                        if (args != null && last > args.length - 1) {
                            throw new MissingFormatArgumentException(fs.toString());
                        }
                        fs.print(this, a, args == null ? null : args[last], l);
                        break;
                }
            } catch (IOException x) {
                lastException = x;
            }
        }
        return this;
    }

    /**
     * The last format string parsed and its parse: printf in a loop parses once. FormatSpecifiers are
     * not changed by printing, so sharing them is safe (and there are no threads).
     */
    private static String lastFormat;
    private static Object[] lastParsed;

    /** Fixed text (String) and FormatSpecifiers, in order. */
    private static Object[] parse(String s) {
        Object[] parsed = lastParsed;
        if (parsed != null && s.equals(lastFormat)) {
            return parsed;
        }
        parsed = parseUncached(s);
        lastFormat = s;
        lastParsed = parsed;
        return parsed;
    }

    private static Object[] parseUncached(String s) {
        Object[] list = new Object[8];
        int size = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                list = add(list, size++, s.substring(i));
                break;
            }
            if (i != n) {
                list = add(list, size++, s.substring(i, n));
            }
            i = n + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            FormatSpecifier fs = new FormatSpecifier();
            i = fs.parse(s, i);
            list = add(list, size++, fs);
        }
        Object[] result = new Object[size];
        System.arraycopy(list, 0, result, 0, size);
        return result;
    }

    private static Object[] add(Object[] list, int at, Object o) {
        if (at == list.length) {
            Object[] bigger = new Object[at * 2];
            System.arraycopy(list, 0, bigger, 0, at);
            list = bigger;
        }
        list[at] = o;
        return list;
    }
}
