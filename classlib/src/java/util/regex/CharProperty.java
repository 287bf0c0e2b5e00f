package java.util.regex;

/**
 * A node matching one code point that satisfies a predicate (a literal char, a class, '.', \d, \p{..}).
 * Subclasses only say which code points they accept; the loops in CharLoop use is() directly so that
 * x* over a single char repeats iteratively instead of recursing.
 */
abstract class CharProperty extends Node {
    abstract boolean is(int ch);

    /** True when this property can only match BMP chars, so a match is always one char wide. */
    boolean bmpOnly() {
        return false;
    }

    boolean match(Matcher m, int i, char[] s) {
        int n = advance(m, i, s);
        return n >= 0 && next.match(m, n, s);
    }

    /** The index after the code point at i if it is accepted, else -1 (noting hitEnd at the region's end). */
    final int advance(Matcher m, int i, char[] s) {
        if (i >= m.to) {
            m.hitEnd = true;
            return -1;
        }
        int ch = s[i];
        int n = i + 1;
        if (ch >= 0xD800 && ch <= 0xDBFF && n < s.length) {
            char lo = s[n];
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                int cp = ((ch - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
                if (n + 1 <= m.to) {
                    return is(cp) ? n + 1 : -1;
                }
            }
        }
        return is(ch) ? n : -1;
    }

    Node study(int[] len) {
        add(len, 1, bmpOnly() ? 1 : 2);
        return next;
    }

    CharProperty union(CharProperty other) {
        return new UnionClass(this, other);
    }

    CharProperty and(CharProperty other) {
        return new IntersectionClass(this, other);
    }

    CharProperty negate() {
        return new NegatedClass(this);
    }
}

final class SingleChar extends CharProperty {
    final int c;

    SingleChar(int c) {
        this.c = c;
    }

    /** The common literal case without the code point decoding of advance(). */
    boolean match(Matcher m, int i, char[] s) {
        int c = this.c;
        if (c >= 0xD800) {
            return super.match(m, i, s);
        }
        if (i >= m.to) {
            m.hitEnd = true;
            return false;
        }
        return s[i] == c && next.match(m, i + 1, s);
    }

    boolean is(int ch) {
        return ch == c;
    }

    boolean bmpOnly() {
        return c < 0x10000;
    }
}

/** An ASCII letter under CASE_INSENSITIVE without UNICODE_CASE. */
final class SingleCharI extends CharProperty {
    final int lower;
    final int upper;

    SingleCharI(int lower, int upper) {
        this.lower = lower;
        this.upper = upper;
    }

    boolean is(int ch) {
        return ch == lower || ch == upper;
    }

    boolean bmpOnly() {
        return true;
    }
}

/** A char under CASE_INSENSITIVE | UNICODE_CASE: compared after upper- then lower-casing. */
final class SingleCharU extends CharProperty {
    final int lower;

    SingleCharU(int lower) {
        this.lower = lower;
    }

    boolean is(int ch) {
        return lower == ch || lower == Character.toLowerCase(Character.toUpperCase(ch));
    }
}

final class RangeClass extends CharProperty {
    final int lo;
    final int hi;

    RangeClass(int lo, int hi) {
        this.lo = lo;
        this.hi = hi;
    }

    boolean is(int ch) {
        return ch >= lo && ch <= hi;
    }

    boolean bmpOnly() {
        return hi < 0x10000;
    }
}

/** A range under CASE_INSENSITIVE: the char or one of its case variants lies in the range. */
final class RangeClassI extends CharProperty {
    final int lo;
    final int hi;
    final boolean unicode;

    RangeClassI(int lo, int hi, boolean unicode) {
        this.lo = lo;
        this.hi = hi;
        this.unicode = unicode;
    }

    private boolean in(int ch) {
        return ch >= lo && ch <= hi;
    }

    boolean is(int ch) {
        if (in(ch)) {
            return true;
        }
        if (unicode) {
            return in(Character.toUpperCase(ch)) || in(Character.toLowerCase(ch));
        }
        if (ch < 128) {
            if (ch >= 'a' && ch <= 'z') {
                return in(ch - 32);
            }
            if (ch >= 'A' && ch <= 'Z') {
                return in(ch + 32);
            }
        }
        return false;
    }
}

/** The single chars of a class below 256, as a bitmap (one lookup instead of a chain of unions). */
final class BitClass extends CharProperty {
    final long[] bits = new long[4];

    BitClass add(int c, int flags) {
        set(c);
        if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
            if (c >= 'a' && c <= 'z') {
                set(c - 32);
            } else if (c >= 'A' && c <= 'Z') {
                set(c + 32);
            } else if ((flags & Pattern.UNICODE_CASE) != 0) {
                set(Character.toLowerCase(c));
                set(Character.toUpperCase(c));
            }
        }
        return this;
    }

    private void set(int c) {
        if (c < 256) {
            bits[c >> 6] |= 1L << c;
        }
    }

    boolean is(int ch) {
        return ch < 256 && (bits[ch >> 6] & (1L << ch)) != 0;
    }

    boolean bmpOnly() {
        return true;
    }
}

final class UnionClass extends CharProperty {
    final CharProperty a;
    final CharProperty b;

    UnionClass(CharProperty a, CharProperty b) {
        this.a = a;
        this.b = b;
    }

    boolean is(int ch) {
        return a.is(ch) || b.is(ch);
    }

    boolean bmpOnly() {
        return a.bmpOnly() && b.bmpOnly();
    }
}

final class IntersectionClass extends CharProperty {
    final CharProperty a;
    final CharProperty b;

    IntersectionClass(CharProperty a, CharProperty b) {
        this.a = a;
        this.b = b;
    }

    boolean is(int ch) {
        return a.is(ch) && b.is(ch);
    }

    boolean bmpOnly() {
        return a.bmpOnly() || b.bmpOnly();
    }
}

final class NegatedClass extends CharProperty {
    final CharProperty a;

    NegatedClass(CharProperty a) {
        this.a = a;
    }

    boolean is(int ch) {
        return !a.is(ch);
    }
}

/**
 * The fixed classes: '.', \d \s \w \h \v, the POSIX classes (ASCII only, as JDK without
 * UNICODE_CHARACTER_CLASS), java.lang.Character predicates and Unicode general categories.
 */
final class NamedClass extends CharProperty {
    static final int DOT = 0, UNIX_DOT = 1, ALL = 2, DIGIT = 3, SPACE = 4, WORD = 5, HSPACE = 6, VSPACE = 7,
            LOWER = 8, UPPER = 9, ASCII = 10, ALPHA = 11, ALNUM = 12, PUNCT = 13, GRAPH = 14, PRINT = 15,
            BLANK = 16, CNTRL = 17, XDIGIT = 18, J_LOWER = 19, J_UPPER = 20, J_WHITESPACE = 21,
            J_MIRRORED = 22, J_LETTER = 23, J_DIGIT = 24, J_LETTER_OR_DIGIT = 25, J_ALPHABETIC = 26,
            J_IDEOGRAPHIC = 27, J_TITLE = 28, J_DEFINED = 29, J_ID_START = 30, J_ID_PART = 31,
            J_U_ID_START = 32, J_U_ID_PART = 33, J_ID_IGNORABLE = 34, J_SPACE_CHAR = 35, J_ISO_CONTROL = 36,
            CATEGORY = 37, ASCII_LETTER = 38, LATIN1 = 39, J_ANY_CASE = 40,
            U_WHITE_SPACE = 41, U_WORD = 42, U_HEX_DIGIT = 43, U_BLANK = 44, U_GRAPH = 45, U_PRINT = 46,
            U_ALNUM = 47, U_JOIN_CONTROL = 48;

    private static final int SPACE_TYPES = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);
    private static final int WORD_TYPES = (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
            | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER)
            | (1 << Character.CONNECTOR_PUNCTUATION);
    private static final int NON_GRAPH_TYPES = SPACE_TYPES | (1 << Character.CONTROL) | (1 << Character.SURROGATE)
            | (1 << Character.UNASSIGNED);

    final int kind;
    /** For CATEGORY: a bit set of Character.getType() values. */
    final int categories;

    NamedClass(int kind) {
        this(kind, 0);
    }

    NamedClass(int kind, int categories) {
        this.kind = kind;
        this.categories = categories;
    }

    static boolean isLineTerminator(int ch) {
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    static boolean isPunct(int ch) {
        return (ch >= 0x21 && ch <= 0x2F) || (ch >= 0x3A && ch <= 0x40) || (ch >= 0x5B && ch <= 0x60)
                || (ch >= 0x7B && ch <= 0x7E);
    }

    boolean is(int ch) {
        switch (kind) {
            case DOT: return !isLineTerminator(ch);
            case UNIX_DOT: return ch != '\n';
            case ALL: return true;
            case DIGIT: return ch >= '0' && ch <= '9';
            case SPACE: return ch == ' ' || (ch >= '\t' && ch <= '\r');
            case WORD: return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
            case HSPACE: return ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180E
                    || (ch >= 0x2000 && ch <= 0x200A) || ch == 0x202F || ch == 0x205F || ch == 0x3000;
            case VSPACE: return (ch >= '\n' && ch <= '\r') || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
            case LOWER: return ch >= 'a' && ch <= 'z';
            case UPPER: return ch >= 'A' && ch <= 'Z';
            case ASCII_LETTER: return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            case ASCII: return ch < 0x80;
            case ALPHA: return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            case ALNUM: return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            case PUNCT: return isPunct(ch);
            case GRAPH: return ch >= 0x21 && ch <= 0x7E;
            case PRINT: return ch >= 0x20 && ch <= 0x7E;
            case BLANK: return ch == ' ' || ch == '\t';
            case CNTRL: return ch < 0x20 || ch == 0x7F;
            case XDIGIT: return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            case LATIN1: return ch < 0x100;
            case J_LOWER: return Character.isLowerCase(ch);
            case J_UPPER: return Character.isUpperCase(ch);
            case J_ANY_CASE: return Character.isLowerCase(ch) || Character.isUpperCase(ch) || Character.isTitleCase(ch);
            case J_WHITESPACE: return Character.isWhitespace(ch);
            case J_MIRRORED: return Character.isMirrored(ch);
            case J_LETTER: return Character.isLetter(ch);
            case J_DIGIT: return Character.isDigit(ch);
            case J_LETTER_OR_DIGIT: return Character.isLetterOrDigit(ch);
            case J_ALPHABETIC: return Character.isAlphabetic(ch);
            case J_IDEOGRAPHIC: return Character.isIdeographic(ch);
            case J_TITLE: return Character.isTitleCase(ch);
            case J_DEFINED: return Character.isDefined(ch);
            case J_ID_START: return Character.isJavaIdentifierStart(ch);
            case J_ID_PART: return Character.isJavaIdentifierPart(ch);
            case J_U_ID_START: return Character.isUnicodeIdentifierStart(ch);
            case J_U_ID_PART: return Character.isUnicodeIdentifierPart(ch);
            case J_ID_IGNORABLE: return Character.isIdentifierIgnorable(ch);
            case J_SPACE_CHAR: return Character.isSpaceChar(ch);
            case J_ISO_CONTROL: return Character.isISOControl(ch);
            case CATEGORY: return ((1 << Character.getType(ch)) & categories) != 0;
            // the Unicode properties of UNICODE_CHARACTER_CLASS and \p{IsXxx} (JDK's UnicodeProp)
            case U_WHITE_SPACE: return ((1 << Character.getType(ch)) & SPACE_TYPES) != 0
                    || (ch >= 0x9 && ch <= 0xd) || ch == 0x85;
            case U_JOIN_CONTROL: return ch == 0x200C || ch == 0x200D;
            case U_WORD: return Character.isAlphabetic(ch) || ((1 << Character.getType(ch)) & WORD_TYPES) != 0
                    || ch == 0x200C || ch == 0x200D;
            case U_HEX_DIGIT: return Character.isDigit(ch) || (ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66)
                    || (ch >= 0xFF10 && ch <= 0xFF19) || (ch >= 0xFF21 && ch <= 0xFF26) || (ch >= 0xFF41 && ch <= 0xFF46);
            case U_BLANK: return Character.getType(ch) == Character.SPACE_SEPARATOR || ch == 0x9;
            case U_GRAPH: return ((1 << Character.getType(ch)) & NON_GRAPH_TYPES) == 0;
            case U_PRINT: return (((1 << Character.getType(ch)) & NON_GRAPH_TYPES) == 0
                    || Character.getType(ch) == Character.SPACE_SEPARATOR || ch == 0x9)
                    && Character.getType(ch) != Character.CONTROL;
            case U_ALNUM: return Character.isAlphabetic(ch) || Character.isDigit(ch);
            default: return false;
        }
    }

    boolean bmpOnly() {
        // every whitespace and control char is in the BMP
        return (kind >= DIGIT && kind <= XDIGIT) || kind == ASCII_LETTER || kind == LATIN1 || kind == J_WHITESPACE
                || kind == J_SPACE_CHAR || kind == J_ISO_CONTROL || kind == U_WHITE_SPACE || kind == U_BLANK
                || kind == U_JOIN_CONTROL;
    }
}
