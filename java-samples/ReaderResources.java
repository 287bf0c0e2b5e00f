import java.io.BufferedReader;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;

/** try-with-resources over readers and writers: closing order, suppressed exceptions, closed streams. */
public class ReaderResources {
    /** A reader that logs its close and can fail on it. */
    static class LoggingReader extends Reader {
        private final Reader in;
        private final String name;
        private final boolean failOnClose;

        LoggingReader(String name, Reader in, boolean failOnClose) {
            this.name = name;
            this.in = in;
            this.failOnClose = failOnClose;
        }

        public int read(char[] cbuf, int off, int len) throws IOException {
            return in.read(cbuf, off, len);
        }

        public void close() throws IOException {
            System.out.println("  closing " + name);
            in.close();
            if (failOnClose) {
                throw new IOException(name + " failed to close");
            }
        }
    }

    /** A tokenizer over a PushbackReader: numbers, words and single symbols. */
    static String tokens(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PushbackReader r = new PushbackReader(new StringReader(text))) {
            int c;
            while ((c = r.read()) != -1) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                StringBuilder tok = new StringBuilder();
                if (Character.isDigit(c) || Character.isLetter(c)) {
                    boolean digits = Character.isDigit(c);
                    while (c != -1 && (digits ? Character.isDigit(c) : Character.isLetterOrDigit(c))) {
                        tok.append((char) c);
                        c = r.read();
                    }
                    if (c != -1) {
                        r.unread(c);
                    }
                    out.append(digits ? "NUM(" : "WORD(").append(tok).append(") ");
                } else {
                    out.append("SYM(").append((char) c).append(") ");
                }
            }
        }
        return out.toString().trim();
    }

    public static void main(String[] args) throws IOException {
        System.out.println("two resources, closed in reverse order:");
        try (Reader a = new LoggingReader("a", new StringReader("alpha"), false);
             BufferedReader b = new BufferedReader(new LoggingReader("b", new StringReader("beta\ngamma"), false))) {
            char[] buf = new char[3];
            System.out.println("  a read " + a.read(buf) + ": " + new String(buf));
            System.out.println("  b lines: " + b.readLine() + ", " + b.readLine() + ", " + b.readLine());
        }

        System.out.println("body throws, close throws too:");
        try (Reader r = new LoggingReader("r", new StringReader("x"), true)) {
            throw new IllegalStateException("body failed");
        } catch (IllegalStateException e) {
            System.out.println("  caught " + e.getMessage() + ", suppressed: " + e.getSuppressed().length + " "
                    + e.getSuppressed()[0].getMessage());
        }

        System.out.println("only close throws:");
        try (Reader r = new LoggingReader("s", new StringReader("y"), true)) {
            System.out.println("  read " + (char) r.read());
        } catch (IOException e) {
            System.out.println("  caught " + e.getMessage() + ", suppressed: " + e.getSuppressed().length);
        }

        Writer w = new StringWriter();
        try (Writer out = w) {
            out.write("written ");
            out.append("and appended").append(' ').append("partly", 0, 4);
        }
        System.out.println("StringWriter after close: " + w);

        CharArrayWriter caw = new CharArrayWriter();
        try (Writer out = caw) {
            for (int i = 0; i < 5; i++) {
                out.write('0' + i);
            }
        }
        System.out.println("CharArrayWriter: " + caw.toString() + " (" + caw.size() + " chars)");
        try (Reader r = new CharArrayReader(caw.toCharArray())) {
            r.skip(2);
            r.mark(0);
            System.out.println("CharArrayReader after skip: " + (char) r.read() + (char) r.read());
            r.reset();
            System.out.println("after reset: " + (char) r.read());
        }

        Reader closed = new StringReader("gone");
        closed.close();
        Closeable[] things = {closed, new BufferedReader(closed)};
        for (Closeable c : things) {
            try {
                ((Reader) c).read();
            } catch (IOException e) {
                System.out.println(c.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        System.out.println(tokens("x1 = 42 + foo(7, bar);"));
        System.out.println(tokens("  3.14 pi\t2e10  "));
        // Not a terminal here (standard input and output are redirected), so there is no console.
        System.out.println("console: " + System.console());
    }
}
