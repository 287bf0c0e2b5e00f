package java.lang;

/**
 * Character properties of code points at or above U+0100. Approximate for now: decimal digits,
 * fullwidth Latin letters, surrogates, private use areas and the CJK ideograph blocks are known;
 * everything else is reported as UNASSIGNED without case mappings. A later issue replaces this with
 * tables generated from the Unicode database.
 */
final class CharacterData {
    private CharacterData() {}

    /** The code point of digit zero of each run of ten decimal digits (general category Nd) above U+00FF. */
    private static final int[] DIGIT_ZEROS = {
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
        0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
        0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
        0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
        0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
        0x1e2f0, 0x1e950, 0x1fbf0,
    };

    /** The value of a decimal digit above U+00FF, or -1. */
    private static int decimalDigit(int cp) {
        int lo = 0, hi = DIGIT_ZEROS.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int z = DIGIT_ZEROS[mid];
            if (cp < z) {
                hi = mid - 1;
            } else if (cp >= z + 10) {
                lo = mid + 1;
            } else {
                return cp - z;
            }
        }
        return -1;
    }

    private static final int LETTER = Character.P_ALPHABETIC | Character.P_JAVA_START | Character.P_JAVA_PART
            | Character.P_UNICODE_START | Character.P_UNICODE_PART;

    static int props(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return Character.UNASSIGNED;
        }
        if (decimalDigit(cp) >= 0) {
            return Character.DECIMAL_DIGIT_NUMBER | Character.P_JAVA_PART | Character.P_UNICODE_PART;
        }
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return Character.UPPERCASE_LETTER | Character.P_UPPER | LETTER;
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return Character.LOWERCASE_LETTER | Character.P_LOWER | LETTER;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return Character.SURROGATE;
        }
        if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
            return cp == 0xFFFFF || cp == 0xFFFFE || cp == 0x10FFFE || cp == 0x10FFFF
                    ? Character.UNASSIGNED : Character.PRIVATE_USE;
        }
        if ((cp >= 0x4E00 && cp <= 0x9FFC) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DD)) {
            return Character.OTHER_LETTER | LETTER | Character.P_IDEOGRAPHIC;
        }
        switch (cp) {
            case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
            case 0x2006: case 0x2008: case 0x2009: case 0x200A: case 0x205F: case 0x3000:
                return Character.SPACE_SEPARATOR | Character.P_WHITESPACE;
            case 0x2007: case 0x202F:
                return Character.SPACE_SEPARATOR;
            case 0x2028:
                return Character.LINE_SEPARATOR | Character.P_WHITESPACE;
            case 0x2029:
                return Character.PARAGRAPH_SEPARATOR | Character.P_WHITESPACE;
            default:
                return Character.UNASSIGNED;
        }
    }

    static int toLowerCase(int cp) {
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp + 32;
        }
        return cp;
    }

    static int toUpperCase(int cp) {
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 32;
        }
        return cp;
    }

    static int toTitleCase(int cp) {
        return toUpperCase(cp);
    }

    /** Value of cp as a digit in radix 36, or -1. */
    static int digit(int cp) {
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp - 0xFF21 + 10;
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0xFF41 + 10;
        }
        return decimalDigit(cp);
    }

    static int numericValue(int cp) {
        return digit(cp);
    }
}
