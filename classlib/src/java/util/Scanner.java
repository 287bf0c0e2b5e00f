package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.internal.util.SimpleCharsets;

/**
 * A text scanner built on java.util.regex, with JDK 17's tokenizing rules: skip the delimiter, take
 * the text up to the next delimiter as the token, and read more input whenever the matcher reports
 * that more input could change the answer (hitEnd / requireEnd). Numbers use the en_US patterns the
 * JDK builds (',' grouping, '.' decimal point, NaN and Infinity).
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final Pattern WHITESPACE_PATTERN = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern FIND_ANY_PATTERN = Pattern.compile("(?s).*");
    private static final String LINE_SEPARATOR_PATTERN = "\r\n|[\n\r\u2028\u2029\u0085]";
    private static final String LINE_PATTERN = ".*(" + LINE_SEPARATOR_PATTERN + ")|.+$";
    private static final int BUFFER_SIZE = 1024;

    private static Pattern linePattern;
    private static Pattern boolPattern;
    private static Pattern integerPattern;
    private static Pattern floatPattern;

    /** The text read so far that has not been dropped; position is the scan point in it. */
    private String buf = "";
    private int position;
    private Matcher matcher;
    private Pattern delimPattern = WHITESPACE_PATTERN;

    private InputStream in;
    /** A String source; read in chunks like any other source (the JDK reads it through a Reader). */
    private String text;
    private int textPos;
    private final int charset;
    private byte[] pending = new byte[0];
    private boolean sourceClosed;
    private boolean needInput;
    private boolean skipped;
    private boolean closed;
    private boolean matchValid;
    private IOException lastException;
    private int savedPosition;
    private boolean savedSkipped;
    private boolean saving;

    public Scanner(InputStream source) {
        this.in = Objects.requireNonNull(source, "source");
        this.charset = SimpleCharsets.defaultCharset();
        this.matcher = delimPattern.matcher(buf);
        configure();
    }

    public Scanner(InputStream source, String charsetName) {
        this.in = Objects.requireNonNull(source, "source");
        int cs = SimpleCharsets.lookup(Objects.requireNonNull(charsetName, "charsetName"));
        if (cs < 0) {
            throw new IllegalArgumentException(charsetName);
        }
        this.charset = cs;
        this.matcher = delimPattern.matcher(buf);
        configure();
    }

    public Scanner(String source) {
        this.text = source;
        this.charset = 0;
        this.matcher = delimPattern.matcher(buf);
        configure();
    }

    private void configure() {
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
    }

    private static Pattern linePattern() {
        if (linePattern == null) {
            linePattern = Pattern.compile(LINE_PATTERN);
        }
        return linePattern;
    }

    private static Pattern boolPattern() {
        if (boolPattern == null) {
            boolPattern = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
        }
        return boolPattern;
    }

    private static final String DIGIT = "((?i)[0123456789]|\\p{javaDigit})";
    private static final String NON0_DIGIT = "[\\p{javaDigit}&&[^0]]";
    private static final String GROUPED_NUMERAL = "(" + NON0_DIGIT + DIGIT + "?" + DIGIT + "?(\\," + DIGIT
            + DIGIT + DIGIT + ")+)";
    private static final String NUMERAL = "((" + DIGIT + "++)|" + GROUPED_NUMERAL + ")";

    private static Pattern integerPattern() {
        if (integerPattern == null) {
            integerPattern = buildIntegerPattern(NUMERAL);
        }
        return integerPattern;
    }

    private static Pattern buildIntegerPattern(String numeral) {
        String javaStyleInteger = "([-+]?(" + numeral + "))";
        String negativeInteger = "\\-" + numeral;
        return Pattern.compile("(" + javaStyleInteger + ")|(" + numeral + ")|(" + negativeInteger + ")");
    }

    private static Pattern radixPattern;
    private static int patternRadix;

    /** The integer pattern for a radix: its digits, any case, plus \p{javaDigit}, as JDK builds it. */
    private static Pattern integerPattern(int radix) {
        if (radix == 10) {
            return integerPattern();
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (radixPattern == null || patternRadix != radix) {
            String digit = "((?i)[" + "0123456789abcdefghijklmnopqrstuvwxyz".substring(0, radix) + "\\p{javaDigit}])";
            String groupedNumeral = "(" + NON0_DIGIT + digit + "?" + digit + "?(\\," + digit + digit + digit + ")+)";
            radixPattern = buildIntegerPattern("((" + digit + "++)|" + groupedNumeral + ")");
            patternRadix = radix;
        }
        return radixPattern;
    }

    private static Pattern floatPattern() {
        if (floatPattern == null) {
            String digit = "(([0-9\\p{javaDigit}]))";
            String exponent = "([eE][+-]?" + digit + "+)?";
            String groupedNumeral = "(" + NON0_DIGIT + digit + "?" + digit + "?(\\," + digit + digit + digit + ")+)";
            String numeral = "((" + digit + "++)|" + groupedNumeral + ")";
            String decimalNumeral = "(" + numeral + "|" + numeral + "\\." + digit + "*+|\\." + digit + "++)";
            String nonNumber = "(NaN|NaN|Infinity|\u221E)";
            String decimal = "(([-+]?" + decimalNumeral + exponent + ")|(" + decimalNumeral + exponent + ")|(\\-"
                    + decimalNumeral + exponent + "))";
            String hexFloat = "[-+]?0[xX][0-9a-fA-F]*\\.[0-9a-fA-F]+([pP][-+]?[0-9]+)?";
            String signedNonNumber = "(([-+]?" + nonNumber + ")|(" + nonNumber + ")|(\\-" + nonNumber + "))";
            floatPattern = Pattern.compile(decimal + "|" + hexFloat + "|" + signedNonNumber);
        }
        return floatPattern;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    // ---- input

    /** Appends the next chunk of the source to buf (dropping what was consumed), or notes its end. */
    private void readInput() {
        needInput = false;
        if (in == null) {
            if (text == null || textPos >= text.length()) {
                sourceClosed = true;
                return;
            }
            int end = Math.min(text.length(), textPos + BUFFER_SIZE);
            append(text.substring(textPos, end));
            textPos = end;
            return;
        }
        byte[] b = new byte[BUFFER_SIZE];
        int n;
        try {
            n = in.read(b, 0, b.length);
        } catch (IOException ioe) {
            lastException = ioe;
            n = -1;
        }
        byte[] bytes;
        int len;
        if (n < 0) {
            sourceClosed = true;
            bytes = pending;
            len = pending.length;
            pending = new byte[0];
        } else {
            bytes = new byte[pending.length + n];
            System.arraycopy(pending, 0, bytes, 0, pending.length);
            System.arraycopy(b, 0, bytes, pending.length, n);
            len = bytes.length;
            if (charset == SimpleCharsets.UTF_8) {
                int keep = incompleteUtf8Tail(bytes, len);
                pending = new byte[keep];
                System.arraycopy(bytes, len - keep, pending, 0, keep);
                len -= keep;
            } else {
                pending = new byte[0];
            }
        }
        append(len == 0 ? "" : new String(SimpleCharsets.decode(charset, bytes, 0, len)));
    }

    private void append(String more) {
        // drop the consumed text, but keep what a hasNext* may still revert to
        int drop = saving ? Math.min(savedPosition, position) : position;
        buf = buf.substring(drop) + more;
        position -= drop;
        savedPosition -= drop;
        matcher.reset(buf);
    }

    /** How many bytes at the end of b start a UTF-8 sequence that the next read may complete. */
    private static int incompleteUtf8Tail(byte[] b, int len) {
        for (int k = 1; k <= 3 && k <= len; k++) {
            int c = b[len - k] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue;
            }
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return need > k ? k : 0;
        }
        return 0;
    }

    private void saveState() {
        saving = true;
        savedPosition = position;
        savedSkipped = skipped;
    }

    private boolean revertState(boolean b) {
        saving = false;
        position = savedPosition;
        skipped = savedSkipped;
        return b;
    }

    private void throwFor() {
        skipped = false;
        if (sourceClosed && position == buf.length()) {
            throw new NoSuchElementException();
        }
        throw new InputMismatchException();
    }

    // ---- tokens

    private boolean hasTokenInBuffer() {
        matchValid = false;
        matcher.usePattern(delimPattern);
        matcher.region(position, buf.length());
        if (matcher.lookingAt()) {
            if (matcher.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = matcher.end();
        }
        return position != buf.length();
    }

    /** The next token if it is complete and matches pattern (null: any); null otherwise (see needInput). */
    private String getCompleteTokenInBuffer(Pattern pattern) {
        matchValid = false;
        matcher.usePattern(delimPattern);
        if (!skipped) {
            matcher.region(position, buf.length());
            if (matcher.lookingAt()) {
                if (matcher.hitEnd() && !sourceClosed) {
                    needInput = true;
                    return null;
                }
                skipped = true;
                position = matcher.end();
            }
        }
        if (position == buf.length()) {
            if (!sourceClosed) {
                needInput = true;
            }
            return null;
        }
        matcher.region(position, buf.length());
        boolean foundNextDelim = matcher.find();
        if (foundNextDelim && matcher.end() == position) {
            foundNextDelim = matcher.find();
        }
        if (foundNextDelim) {
            if (matcher.requireEnd() && !sourceClosed) {
                needInput = true;
                return null;
            }
            int tokenEnd = matcher.start();
            if (pattern == null) {
                pattern = FIND_ANY_PATTERN;
            }
            matcher.usePattern(pattern);
            matcher.region(position, tokenEnd);
            if (matcher.matches()) {
                String s = matcher.group();
                position = matcher.end();
                return s;
            }
            return null;
        }
        if (sourceClosed) {
            if (pattern == null) {
                pattern = FIND_ANY_PATTERN;
            }
            matcher.usePattern(pattern);
            matcher.region(position, buf.length());
            if (matcher.matches()) {
                String s = matcher.group();
                position = matcher.end();
                return s;
            }
            return null;
        }
        needInput = true;
        return null;
    }

    /** Finds pattern from position, within horizon chars (0: unbounded); see needInput on false. */
    private boolean findPatternInBuffer(Pattern pattern, int horizon) {
        matchValid = false;
        matcher.usePattern(pattern);
        int bufferLimit = buf.length();
        int horizonLimit = -1;
        int searchLimit = bufferLimit;
        if (horizon > 0) {
            horizonLimit = position + horizon;
            if (horizonLimit < bufferLimit) {
                searchLimit = horizonLimit;
            }
        }
        matcher.region(position, searchLimit);
        if (matcher.find()) {
            if (matcher.hitEnd() && !sourceClosed) {
                // the match may grow (or vanish) with more input, unless the horizon cut it
                if (searchLimit != horizonLimit || matcher.requireEnd()) {
                    needInput = true;
                    return false;
                }
            }
            position = matcher.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        if (horizon == 0 || searchLimit != horizonLimit) {
            needInput = true;
        }
        return false;
    }

    /** Matches pattern exactly at position (for skip). */
    private boolean matchPatternInBuffer(Pattern pattern) {
        matchValid = false;
        matcher.usePattern(pattern);
        matcher.region(position, buf.length());
        if (matcher.lookingAt()) {
            if (matcher.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = matcher.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        needInput = true;
        return false;
    }

    public boolean hasNext() {
        ensureOpen();
        saveState();
        while (!sourceClosed) {
            if (hasTokenInBuffer()) {
                return revertState(true);
            }
            readInput();
        }
        boolean result = hasTokenInBuffer();
        return revertState(result);
    }

    public String next() {
        ensureOpen();
        while (true) {
            String token = getCompleteTokenInBuffer(null);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        saveState();
        while (true) {
            if (getCompleteTokenInBuffer(pattern) != null) {
                matchValid = true;
                return revertState(true);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public String next(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        while (true) {
            String token = getCompleteTokenInBuffer(pattern);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        while (true) {
            if (findPatternInBuffer(pattern, horizon)) {
                matchValid = true;
                return matcher.group();
            }
            if (needInput) {
                readInput();
            } else {
                break;
            }
        }
        return null;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    /** Finds pattern before the next line separator (JDK: a horizon up to that separator). */
    public String findInLine(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        int endPosition;
        saveState();
        Pattern separator = separatorPattern();
        while (true) {
            if (findPatternInBuffer(separator, 0)) {
                endPosition = matcher.start();
                break;
            }
            if (needInput) {
                readInput();
            } else {
                endPosition = buf.length();
                break;
            }
        }
        // position may have moved by dropping consumed text while reading: measure from the saved one
        int horizonForLine = endPosition - savedPosition;
        revertState(false);
        if (horizonForLine == 0) {
            return null;
        }
        return findWithinHorizon(pattern, horizonForLine);
    }

    private static Pattern separatorPattern;

    private static Pattern separatorPattern() {
        if (separatorPattern == null) {
            separatorPattern = Pattern.compile(LINE_SEPARATOR_PATTERN);
        }
        return separatorPattern;
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        while (true) {
            if (matchPatternInBuffer(pattern)) {
                matchValid = true;
                return this;
            }
            if (needInput) {
                readInput();
            } else {
                throw new NoSuchElementException();
            }
        }
    }

    public boolean hasNextLine() {
        ensureOpen();
        saveState();
        String result = findWithinHorizon(linePattern(), 0);
        revertState(false);
        return result != null;
    }

    public String nextLine() {
        ensureOpen();
        String result = findWithinHorizon(linePattern(), 0);
        if (result == null) {
            throw new NoSuchElementException("No line found");
        }
        String lineSep = matcher.group(1);
        if (lineSep != null) {
            result = result.substring(0, result.length() - lineSep.length());
        }
        skipped = false;
        return result;
    }

    public MatchResult match() {
        if (!matchValid) {
            throw new IllegalStateException("No match result available");
        }
        return matcher.toMatchResult();
    }

    // ---- typed tokens

    public boolean hasNextBoolean() {
        return hasNext(boolPattern());
    }

    public boolean nextBoolean() {
        return Boolean.parseBoolean(next(boolPattern()));
    }

    private static String processNumberToken(String token) {
        String result = token.indexOf(',') >= 0 ? token.replace(",", "") : token;
        if (result.equals("\u221E")) {
            return "Infinity";
        }
        if (result.equals("-\u221E")) {
            return "-Infinity";
        }
        return result;
    }

    private String integerToken() {
        return processNumberToken(next(integerPattern()));
    }

    public boolean hasNextInt() {
        return hasNextParsed(0);
    }

    public boolean hasNextLong() {
        return hasNextParsed(1);
    }

    public boolean hasNextDouble() {
        return hasNextParsed(2);
    }

    /** hasNext with the number pattern, and the token must also convert (0 int, 1 long, 2 double, 3 float). */
    private boolean hasNextParsed(int kind) {
        ensureOpen();
        saveState();
        Pattern p = kind >= 2 ? floatPattern() : integerPattern();
        while (true) {
            String token = getCompleteTokenInBuffer(p);
            if (token != null) {
                boolean ok = true;
                try {
                    String s = processNumberToken(token);
                    if (kind == 0) {
                        Integer.parseInt(s);
                    } else if (kind == 1) {
                        Long.parseLong(s);
                    } else if (kind == 2) {
                        Double.parseDouble(s);
                    } else {
                        Float.parseFloat(s);
                    }
                } catch (NumberFormatException nfe) {
                    ok = false;
                }
                return revertState(ok);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    /**
     * The next token if it is a plain [-+]?[0-9]{1,18} (consumed), else null with nothing consumed.
     * Such a token always matches the integer pattern's simple form, so nextInt/nextLong can parse it
     * without running that pattern.
     */
    private String simpleIntegerToken() {
        saveState();
        while (true) {
            String token = getCompleteTokenInBuffer(null);
            if (token != null) {
                int n = token.length();
                int k = n > 0 && (token.charAt(0) == '-' || token.charAt(0) == '+') ? 1 : 0;
                boolean simple = n > k && n - k <= 18;
                for (int i = k; simple && i < n; i++) {
                    char c = token.charAt(i);
                    simple = c >= '0' && c <= '9';
                }
                if (!simple) {
                    revertState(false);
                    return null;
                }
                saving = false;
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                revertState(false);
                return null;
            }
        }
    }

    public boolean hasNextInt(int radix) {
        return hasNextRadix(radix, 0);
    }

    public boolean hasNextLong(int radix) {
        return hasNextRadix(radix, 1);
    }

    public boolean hasNextShort() {
        return hasNextRadix(10, 2);
    }

    public boolean hasNextShort(int radix) {
        return hasNextRadix(radix, 2);
    }

    public boolean hasNextByte() {
        return hasNextRadix(10, 3);
    }

    public boolean hasNextByte(int radix) {
        return hasNextRadix(radix, 3);
    }

    public boolean hasNextFloat() {
        return hasNextParsed(3);
    }

    /** hasNext with the radix's integer pattern, and the token must convert (0 int, 1 long, 2 short, 3 byte). */
    private boolean hasNextRadix(int radix, int kind) {
        ensureOpen();
        Pattern p = integerPattern(radix);
        saveState();
        while (true) {
            String token = getCompleteTokenInBuffer(p);
            if (token != null) {
                boolean ok = true;
                try {
                    parseIntegral(processNumberToken(token), radix, kind);
                } catch (NumberFormatException nfe) {
                    ok = false;
                }
                return revertState(ok);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    private static long parseIntegral(String s, int radix, int kind) {
        switch (kind) {
            case 0: return Integer.parseInt(s, radix);
            case 1: return Long.parseLong(s, radix);
            case 2: return Short.parseShort(s, radix);
            default: return Byte.parseByte(s, radix);
        }
    }

    /** nextInt(radix) and friends: the token by the radix's pattern, parsed; a bad value is left unread. */
    private long nextIntegral(int radix, int kind) {
        ensureOpen();
        int start = position;
        String s = processNumberToken(next(integerPattern(radix)));
        try {
            return parseIntegral(s, radix, kind);
        } catch (NumberFormatException nfe) {
            position = start;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public int nextInt(int radix) {
        return (int) nextIntegral(radix, 0);
    }

    public long nextLong(int radix) {
        return nextIntegral(radix, 1);
    }

    public short nextShort() {
        return (short) nextIntegral(10, 2);
    }

    public short nextShort(int radix) {
        return (short) nextIntegral(radix, 2);
    }

    public byte nextByte() {
        return (byte) nextIntegral(10, 3);
    }

    public byte nextByte(int radix) {
        return (byte) nextIntegral(radix, 3);
    }

    public float nextFloat() {
        ensureOpen();
        int start = position;
        String s = processNumberToken(next(floatPattern()));
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException nfe) {
            position = start;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public int nextInt() {
        ensureOpen();
        int start = position;
        String s = simpleIntegerToken();
        if (s == null) {
            s = integerToken();
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException nfe) {
            position = start;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public long nextLong() {
        ensureOpen();
        int start = position;
        String s = simpleIntegerToken();
        if (s == null) {
            s = integerToken();
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException nfe) {
            position = start;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public double nextDouble() {
        ensureOpen();
        int start = position;
        String s = processNumberToken(next(floatPattern()));
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException nfe) {
            position = start;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    // ---- configuration

    public Pattern delimiter() {
        return delimPattern;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimPattern = pattern;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        delimPattern = Pattern.compile(pattern);
        return this;
    }

    public Locale locale() {
        return Locale.US;
    }

    public Scanner useLocale(Locale locale) {
        return this;
    }

    public IOException ioException() {
        return lastException;
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public void close() {
        if (closed) {
            return;
        }
        if (in != null) {
            try {
                in.close();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
        sourceClosed = true;
        closed = true;
    }

    public String toString() {
        return "java.util.Scanner[delimiters=" + delimPattern + "][position=" + position + "][match valid="
                + matchValid + "][need input=" + needInput + "][source closed=" + sourceClosed
                + "][skipped=" + skipped + "][group separator=\\x{2c}][decimal separator=\\x{2e}]"
                + "[positive prefix=][negative prefix=\\Q-\\E][positive suffix=][negative suffix=]"
                + "[NaN string=\\QNaN\\E][infinity string=\\Q\u221E\\E]";
    }
}
