package java.util;

import java.io.IOException;

/**
 * One %-specifier of a format string: parsing (the shape of JDK's
 * %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%])), the flag checks, and printing one
 * argument. Messages and the order of the checks are JDK 17's.
 */
final class FormatSpecifier {
    static final int LEFT_JUSTIFY = 1, UPPERCASE = 2, ALTERNATE = 4, PLUS = 8, LEADING_SPACE = 16,
            ZERO_PAD = 32, GROUP = 64, PARENTHESES = 128, PREVIOUS = 256;

    /** 0: next argument, -1: previous (<), -2: none (%n, %%), n: argument n. */
    int index;
    int flags;
    int width = -1;
    int precision = -1;
    boolean dt;
    char c;

    static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & LEFT_JUSTIFY) != 0) sb.append('-');
        if ((f & UPPERCASE) != 0) sb.append('^');
        if ((f & ALTERNATE) != 0) sb.append('#');
        if ((f & PLUS) != 0) sb.append('+');
        if ((f & LEADING_SPACE) != 0) sb.append(' ');
        if ((f & ZERO_PAD) != 0) sb.append('0');
        if ((f & GROUP) != 0) sb.append(',');
        if ((f & PARENTHESES) != 0) sb.append('(');
        if ((f & PREVIOUS) != 0) sb.append('<');
        return sb.toString();
    }

    private static int flagOf(char ch) {
        switch (ch) {
            case '-': return LEFT_JUSTIFY;
            case '#': return ALTERNATE;
            case '+': return PLUS;
            case ' ': return LEADING_SPACE;
            case '0': return ZERO_PAD;
            case ',': return GROUP;
            case '(': return PARENTHESES;
            case '<': return PREVIOUS;
            default: return 0;
        }
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isValidConversion(char ch) {
        switch (ch) {
            case 'b': case 'B': case 'h': case 'H': case 's': case 'S': case 'c': case 'C':
            case 'd': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'g': case 'G':
            case 'a': case 'A': case 't': case 'T': case '%': case 'n':
                return true;
            default:
                return false;
        }
    }

    /** Parses the specifier that starts after the '%' at i - 1; returns the index after it. */
    int parse(String s, int i) {
        int max = s.length();
        char first = s.charAt(i);
        if (isValidConversion(first) && first != 't' && first != 'T') {
            // JDK's fast path: a bare conversion has no flags to check
            setConversion(first);
            return i + 1;
        }
        int p = i;
        int q = p;
        while (q < max && isDigit(s.charAt(q))) {
            q++;
        }
        String indexStr = null;
        if (q > p && q < max && s.charAt(q) == '$') {
            indexStr = s.substring(p, q);
            p = q + 1;
        }
        int fStart = p;
        while (p < max && flagOf(s.charAt(p)) != 0) {
            p++;
        }
        String flagStr = s.substring(fStart, p);
        int wStart = p;
        while (p < max && isDigit(s.charAt(p))) {
            p++;
        }
        String widthStr = p > wStart ? s.substring(wStart, p) : null;
        String precStr = null;
        if (p < max && s.charAt(p) == '.') {
            q = p + 1;
            while (q < max && isDigit(s.charAt(q))) {
                q++;
            }
            if (q > p + 1) {
                precStr = s.substring(p + 1, q);
                p = q;
            }
        }
        boolean isDt = false;
        if (p + 1 < max && (s.charAt(p) == 't' || s.charAt(p) == 'T') && isConversionChar(s.charAt(p + 1))) {
            isDt = true;
            p++;
        }
        if (p >= max || !isConversionChar(s.charAt(p))) {
            throw new UnknownFormatConversionException(String.valueOf(first));
        }
        char conv = s.charAt(p++);

        if (indexStr != null) {
            try {
                index = Integer.parseInt(indexStr);
            } catch (NumberFormatException x) {
                throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
            }
            if (index <= 0) {
                throw new IllegalFormatArgumentIndexException(index);
            }
        }
        for (int k = 0; k < flagStr.length(); k++) {
            char ch = flagStr.charAt(k);
            int f = flagOf(ch);
            if ((flags & f) != 0) {
                throw new DuplicateFormatFlagsException(flagsToString(f));
            }
            flags |= f;
        }
        if ((flags & PREVIOUS) != 0) {
            index = -1;
        }
        if (widthStr != null) {
            try {
                width = Integer.parseInt(widthStr);
            } catch (NumberFormatException x) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
        }
        if (precStr != null) {
            try {
                precision = Integer.parseInt(precStr);
            } catch (NumberFormatException x) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
        }
        if (isDt) {
            // date/time conversions need java.time / Calendar, which the class library lacks
            throw new UnknownFormatConversionException(String.valueOf(s.charAt(p - 2)) + conv);
        }
        if (!isValidConversion(conv)) {
            throw new UnknownFormatConversionException(String.valueOf(conv));
        }
        setConversion(conv);
        check();
        return p;
    }

    private static boolean isConversionChar(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '%';
    }

    private void setConversion(char conv) {
        c = conv;
        if (conv >= 'A' && conv <= 'Z') {
            flags |= UPPERCASE;
            c = (char) (conv + 32);
        }
        if (c == '%' || c == 'n') {
            index = -2;
        }
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private void failMismatch(int f) {
        throw new FormatFlagsConversionMismatchException(flagsToString(f), c);
    }

    /** The first of the bad flags present, in the order given (the order JDK checks them in). */
    private void checkBadFlags(int... bad) {
        for (int f : bad) {
            if (has(f)) {
                failMismatch(f);
            }
        }
    }

    private void check() {
        switch (c) {
            case 'b': case 'h': case 's':
                if ((c == 'b' || c == 'h') && has(ALTERNATE)) {
                    failMismatch(ALTERNATE);
                }
                if (width == -1 && has(LEFT_JUSTIFY)) {
                    throw new MissingFormatWidthException(toString());
                }
                checkBadFlags(PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
                break;
            case 'c':
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
                if (width == -1 && has(LEFT_JUSTIFY)) {
                    throw new MissingFormatWidthException(toString());
                }
                break;
            case 'd': case 'o': case 'x':
                checkNumeric();
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBadFlags(c == 'd' ? ALTERNATE : GROUP);
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkNumeric();
                if (c == 'a') {
                    checkBadFlags(PARENTHESES, GROUP);
                } else if (c == 'e') {
                    checkBadFlags(GROUP);
                } else if (c == 'g') {
                    checkBadFlags(ALTERNATE);
                }
                break;
            default: // % and n
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if (c == '%') {
                    if (flags != LEFT_JUSTIFY && flags != 0 && flags != UPPERCASE) {
                        throw new IllegalFormatFlagsException(flagsToString(flags));
                    }
                    if (width == -1 && has(LEFT_JUSTIFY)) {
                        throw new MissingFormatWidthException(toString());
                    }
                } else {
                    if (width != -1) {
                        throw new IllegalFormatWidthException(width);
                    }
                    if (flags != 0) {
                        throw new IllegalFormatFlagsException(flagsToString(flags));
                    }
                }
                break;
        }
    }

    private void checkNumeric() {
        if (width == -1 && (has(LEFT_JUSTIFY) || has(ZERO_PAD))) {
            throw new MissingFormatWidthException(toString());
        }
        if ((has(PLUS) && has(LEADING_SPACE)) || (has(LEFT_JUSTIFY) && has(ZERO_PAD))) {
            throw new IllegalFormatFlagsException(flagsToString(flags));
        }
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagsToString(flags & ~UPPERCASE));
        if (index > 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        if (dt) {
            sb.append(has(UPPERCASE) ? 'T' : 't');
        }
        sb.append(has(UPPERCASE) ? Character.toUpperCase(c) : c);
        return sb.toString();
    }

    // ---- printing

    private void failConversion(Object arg) {
        throw new IllegalFormatConversionException(c, arg.getClass());
    }

    void print(Formatter formatter, Appendable a, Object arg, Locale l) throws IOException {
        switch (c) {
            case 'd': case 'o': case 'x':
                printInteger(a, arg);
                break;
            case 'e': case 'f': case 'g': case 'a':
                printFloat(a, arg);
                break;
            case 'c':
                printCharacter(a, arg);
                break;
            case 'b':
                printString(a, arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true"));
                break;
            case 's':
                if (arg instanceof Formattable) {
                    Formatter fmt = formatter.locale() == l ? formatter : new Formatter(a, l);
                    ((Formattable) arg).formatTo(fmt, flags, width, precision);
                    break;
                }
                if (has(ALTERNATE)) {
                    failMismatch(ALTERNATE);
                }
                printString(a, arg == null ? "null" : arg.toString());
                break;
            case 'h':
                printString(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                a.append(System.lineSeparator());
                break;
            default:
                printString(a, "%");
                break;
        }
    }

    private void printString(Appendable a, String s) throws IOException {
        if (precision != -1 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        if (has(UPPERCASE)) {
            s = s.toUpperCase();
        }
        appendJustified(a, s);
    }

    private void appendJustified(Appendable a, CharSequence cs) throws IOException {
        if (width == -1) {
            a.append(cs);
            return;
        }
        boolean padRight = has(LEFT_JUSTIFY);
        int sp = width - cs.length();
        if (padRight) {
            a.append(cs);
        }
        for (int i = 0; i < sp; i++) {
            a.append(' ');
        }
        if (!padRight) {
            a.append(cs);
        }
    }

    private void printCharacter(Appendable a, Object arg) throws IOException {
        if (arg == null) {
            printString(a, "null");
            return;
        }
        String s;
        if (arg instanceof Character) {
            s = arg.toString();
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            int cp = arg instanceof Byte ? ((Byte) arg).byteValue()
                    : arg instanceof Short ? ((Short) arg).shortValue() : ((Integer) arg).intValue();
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalFormatCodePointException(cp);
            }
            s = new String(Character.toChars(cp));
        } else {
            failConversion(arg);
            return;
        }
        printString(a, s);
    }

    private void printInteger(Appendable a, Object arg) throws IOException {
        if (arg == null) {
            printString(a, "null");
            return;
        }
        long v;
        if (arg instanceof Byte) {
            byte b = ((Byte) arg).byteValue();
            v = b;
            if (b < 0 && c != 'd') {
                v += 1L << 8;
            }
        } else if (arg instanceof Short) {
            short sh = ((Short) arg).shortValue();
            v = sh;
            if (sh < 0 && c != 'd') {
                v += 1L << 16;
            }
        } else if (arg instanceof Integer) {
            int i = ((Integer) arg).intValue();
            v = i;
            if (i < 0 && c != 'd') {
                v += 1L << 32;
            }
        } else if (arg instanceof Long) {
            v = ((Long) arg).longValue();
        } else {
            failConversion(arg);
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (c == 'd') {
            boolean neg = v < 0;
            String valueStr = Long.toString(v, 10);
            leadingSign(sb, neg);
            localizedMagnitude(sb, valueStr, neg ? 1 : 0, adjustWidth(width, neg));
            trailingSign(sb, neg);
        } else if (c == 'o') {
            checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
            String s = Long.toOctalString(v);
            int len = has(ALTERNATE) ? s.length() + 1 : s.length();
            if (has(ALTERNATE)) {
                sb.append('0');
            }
            if (has(ZERO_PAD)) {
                trailingZeros(sb, width - len);
            }
            sb.append(s);
        } else {
            checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
            String s = Long.toHexString(v);
            int len = has(ALTERNATE) ? s.length() + 2 : s.length();
            if (has(ALTERNATE)) {
                sb.append(has(UPPERCASE) ? "0X" : "0x");
            }
            if (has(ZERO_PAD)) {
                trailingZeros(sb, width - len);
            }
            if (has(UPPERCASE)) {
                s = s.toUpperCase();
            }
            sb.append(s);
        }
        appendJustified(a, sb);
    }

    private void leadingSign(StringBuilder sb, boolean neg) {
        if (!neg) {
            if (has(PLUS)) {
                sb.append('+');
            } else if (has(LEADING_SPACE)) {
                sb.append(' ');
            }
        } else if (has(PARENTHESES)) {
            sb.append('(');
        } else {
            sb.append('-');
        }
    }

    private void trailingSign(StringBuilder sb, boolean neg) {
        if (neg && has(PARENTHESES)) {
            sb.append(')');
        }
    }

    private int adjustWidth(int w, boolean neg) {
        if (w != -1 && neg && has(PARENTHESES)) {
            w--;
        }
        return w;
    }

    private static void trailingZeros(StringBuilder sb, int nzeros) {
        for (int i = 0; i < nzeros; i++) {
            sb.append('0');
        }
    }

    /** Appends the digits of value from offset, with ',' grouping and zero padding up to w. */
    private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
        int begin = sb.length();
        int len = value.length();
        boolean group = has(GROUP);
        if (!group) {
            // no separators to insert: the digits go in as they are
            sb.append(value, offset, len);
            zeroPad(sb, begin, w);
            return;
        }
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && ((dot - j) % 3 == 1)) {
                sb.append(',');
            }
        }
        zeroPad(sb, begin, w);
    }

    /** The 0 flag: zeros after the sign (at begin) up to a total length of w. */
    private void zeroPad(StringBuilder sb, int begin, int w) {
        if (w != -1 && has(ZERO_PAD) && sb.length() < w) {
            int n = w - sb.length();
            char[] zeros = new char[n];
            for (int k = 0; k < n; k++) {
                zeros[k] = '0';
            }
            sb.insert(begin, zeros);
        }
    }

    private void printFloat(Appendable a, Object arg) throws IOException {
        double value;
        if (arg == null) {
            printString(a, "null");
            return;
        } else if (arg instanceof Float) {
            value = ((Float) arg).floatValue();
        } else if (arg instanceof Double) {
            value = ((Double) arg).doubleValue();
        } else {
            failConversion(arg);
            return;
        }
        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        if (!Double.isNaN(value)) {
            double v = Math.abs(value);
            leadingSign(sb, neg);
            if (!Double.isInfinite(v)) {
                printFinite(sb, v, neg);
            } else {
                sb.append(has(UPPERCASE) ? "INFINITY" : "Infinity");
            }
            trailingSign(sb, neg);
        } else {
            sb.append(has(UPPERCASE) ? "NAN" : "NaN");
        }
        appendJustified(a, sb);
    }

    private void printFinite(StringBuilder sb, double value, boolean neg) {
        if (c == 'e') {
            int prec = precision == -1 ? 6 : precision;
            FormattedDecimal fd = new FormattedDecimal(value, prec, FormattedDecimal.SCIENTIFIC);
            StringBuilder mant = new StringBuilder().append(fd.mantissa);
            addZeros(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            String exp = value == 0.0 ? "+00" : fd.exponent;
            int newW = width;
            if (width != -1) {
                newW = adjustWidth(width - exp.length() - 1, neg);
            }
            localizedMagnitude(sb, mant, 0, newW);
            sb.append(has(UPPERCASE) ? 'E' : 'e');
            sb.append(exp);
        } else if (c == 'f') {
            int prec = precision == -1 ? 6 : precision;
            FormattedDecimal fd = new FormattedDecimal(value, prec, FormattedDecimal.DECIMAL_FLOAT);
            StringBuilder mant = new StringBuilder().append(fd.mantissa);
            addZeros(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            int newW = width;
            if (width != -1) {
                newW = adjustWidth(width, neg);
            }
            localizedMagnitude(sb, mant, 0, newW);
        } else if (c == 'g') {
            int prec = precision;
            if (precision == -1) {
                prec = 6;
            } else if (precision == 0) {
                prec = 1;
            }
            String exp;
            StringBuilder mant = new StringBuilder();
            int expRounded;
            if (value == 0.0) {
                exp = null;
                mant.append('0');
                expRounded = 0;
            } else {
                FormattedDecimal fd = new FormattedDecimal(value, prec - 1, FormattedDecimal.GENERAL);
                exp = fd.exponent;
                mant.append(fd.mantissa);
                expRounded = fd.exponentRounded;
            }
            if (exp != null) {
                prec -= 1;
            } else {
                prec -= expRounded + 1;
            }
            addZeros(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            int newW = width;
            if (width != -1) {
                newW = exp != null ? adjustWidth(width - exp.length() - 1, neg) : adjustWidth(width, neg);
            }
            localizedMagnitude(sb, mant, 0, newW);
            if (exp != null) {
                sb.append(has(UPPERCASE) ? 'E' : 'e');
                sb.append(exp);
            }
        } else {
            printHexFloat(sb, value);
        }
    }

    /** %a: Double.toHexString's digits, rounded when a precision below 13 hex digits is given. */
    private void printHexFloat(StringBuilder sb, double value) {
        int prec = precision;
        if (precision == -1) {
            prec = 0;
        } else if (precision == 0) {
            prec = 1;
        }
        String s = (prec == 0 || prec >= 13 || value == 0.0) ? Double.toHexString(value).substring(2)
                : hexRounded(value, prec).substring(2);
        boolean upper = has(UPPERCASE);
        sb.append(upper ? "0X" : "0x");
        if (has(ZERO_PAD)) {
            int leadingCharacters = sb.length();
            trailingZeros(sb, width - s.length() - leadingCharacters);
        }
        int idx = s.indexOf('p');
        StringBuilder va = new StringBuilder();
        va.append(upper ? s.substring(0, idx).toUpperCase() : s.substring(0, idx));
        if (prec != 0) {
            addZeros(va, prec);
        }
        sb.append(va);
        sb.append(upper ? 'P' : 'p');
        sb.append(s, idx + 1, s.length());
    }

    /** The hex form of value rounded (half-even, as Math.scalb-based JDK code) to prec hex digits. */
    private static String hexRounded(double value, int prec) {
        long bits = Double.doubleToLongBits(value);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long signif = bits & 0xFFFFFFFFFFFFFL;
        int e = exp - 1023;
        if (exp == 0) {
            // subnormal: normalize to 1.xxx as the JDK prints it
            int k = 52 - (63 - Long.numberOfLeadingZeros(signif));
            signif = (signif << k) & 0xFFFFFFFFFFFFFL;
            e = -1022 - k;
        }
        int shift = (13 - prec) * 4;
        long rounded = signif >> shift;
        long rem = signif & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rem > half || (rem == half && (rounded & 1) != 0)) {
            rounded++;
        }
        long lead = 1;
        if (rounded >> (prec * 4) != 0) {
            e++;
            rounded &= (1L << (prec * 4)) - 1;
        }
        String digits = Long.toHexString(rounded);
        while (digits.length() < prec) {
            digits = "0" + digits;
        }
        // trailing zeros dropped as Double.toHexString drops them (they count in %0Na's padding)
        int keep = digits.length();
        while (keep > 1 && digits.charAt(keep - 1) == '0') {
            keep--;
        }
        digits = digits.substring(0, keep);
        return "0x" + lead + "." + digits + "p" + e;
    }

    private static void addZeros(StringBuilder sb, int prec) {
        int len = sb.length();
        int i;
        for (i = 0; i < len; i++) {
            if (sb.charAt(i) == '.') {
                break;
            }
        }
        boolean needDot = i == len;
        int outPrec = len - i - (needDot ? 0 : 1);
        if (outPrec >= prec) {
            return;
        }
        if (needDot) {
            sb.append('.');
        }
        trailingZeros(sb, prec - outPrec);
    }
}
