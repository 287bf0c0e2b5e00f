package java.util.regex;

/** Zero-width assertions about positions: ^ $ \A \z \Z \b \B \G. */
abstract class Anchor extends Node {
    Node study(int[] len) {
        return next;
    }

    static int regionStart(Matcher m) {
        return m.anchoringBounds ? m.from : 0;
    }

    static int regionEnd(Matcher m) {
        return m.anchoringBounds ? m.to : m.textLength;
    }
}

/** \A, and ^ without MULTILINE. */
final class BeginAnchor extends Anchor {
    boolean match(Matcher m, int i, char[] s) {
        return i == regionStart(m) && next.match(m, i, s);
    }
}

/** \z */
final class EndAnchor extends Anchor {
    boolean match(Matcher m, int i, char[] s) {
        if (i == regionEnd(m)) {
            m.hitEnd = true;
            return next.match(m, i, s);
        }
        return false;
    }
}

/** ^ with MULTILINE: at the start or after a line terminator (not inside \r\n, not at the very end). */
final class CaretAnchor extends Anchor {
    final boolean unixLines;

    CaretAnchor(boolean unixLines) {
        this.unixLines = unixLines;
    }

    boolean match(Matcher m, int i, char[] s) {
        int start = regionStart(m);
        int end = regionEnd(m);
        if (i == end) {
            m.hitEnd = true;
            return false;
        }
        if (i > start) {
            char ch = s[i - 1];
            if (unixLines) {
                if (ch != '\n') {
                    return false;
                }
            } else {
                if (ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085') {
                    return false;
                }
                if (ch == '\r' && s[i] == '\n') {
                    return false;
                }
            }
        }
        return next.match(m, i, s);
    }
}

/** $ (and \Z, which is $ without MULTILINE): before a final line terminator or at the end. */
final class DollarAnchor extends Anchor {
    final boolean multiline;
    final boolean unixLines;

    DollarAnchor(boolean multiline, boolean unixLines) {
        this.multiline = multiline;
        this.unixLines = unixLines;
    }

    boolean match(Matcher m, int i, char[] s) {
        int end = regionEnd(m);
        if (unixLines) {
            if (i < end) {
                char ch = s[i];
                if (ch != '\n') {
                    return false;
                }
                if (multiline) {
                    return next.match(m, i, s);
                }
                if (i != end - 1) {
                    return false;
                }
            }
            m.hitEnd = true;
            m.requireEnd = true;
            return next.match(m, i, s);
        }
        if (!multiline) {
            if (i < end - 2) {
                return false;
            }
            if (i == end - 2 && (s[i] != '\r' || s[i + 1] != '\n')) {
                return false;
            }
        }
        if (i < end) {
            char ch = s[i];
            if (ch == '\n') {
                if (i > 0 && s[i - 1] == '\r') {
                    return false;
                }
                if (multiline) {
                    return next.match(m, i, s);
                }
            } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                if (multiline) {
                    return next.match(m, i, s);
                }
            } else {
                return false;
            }
        }
        m.hitEnd = true;
        m.requireEnd = true;
        return next.match(m, i, s);
    }
}

/** \G: where the previous match ended. */
final class LastMatchAnchor extends Anchor {
    boolean match(Matcher m, int i, char[] s) {
        return i == m.oldLast && next.match(m, i, s);
    }
}

/** \b and \B. A word char is a letter, digit or '_' (JDK 17's rule), non-spacing marks join their base. */
final class BoundAnchor extends Anchor {
    final boolean wordBoundary;
    /** UNICODE_CHARACTER_CLASS: a word char is one of \w's Unicode property. */
    final boolean unicodeWord;
    private static final NamedClass UWORD = new NamedClass(NamedClass.U_WORD);

    BoundAnchor(boolean wordBoundary, boolean unicodeWord) {
        this.wordBoundary = wordBoundary;
        this.unicodeWord = unicodeWord;
    }

    private boolean isWord(int ch) {
        if (unicodeWord) {
            return UWORD.is(ch);
        }
        if (ch < 128) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        return Character.isLetterOrDigit(ch);
    }

    /** Non-spacing marks start at U+0300; the cheap test first. */
    private static boolean isMark(int ch) {
        return ch >= 0x300 && Character.getType(ch) == Character.NON_SPACING_MARK;
    }

    private static boolean hasBaseCharacter(Matcher m, int i, char[] s) {
        int start = m.transparentBounds ? 0 : m.from;
        for (int x = i; x >= start; x--) {
            int ch = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    boolean match(Matcher m, int i, char[] s) {
        int start = m.transparentBounds ? 0 : m.from;
        int end = m.transparentBounds ? m.textLength : m.to;
        boolean left = false;
        if (i > start) {
            int ch = s[i - 1];
            if (ch >= 0xDC00 && ch <= 0xDFFF) {
                ch = Character.codePointBefore(s, i);
            }
            left = isWord(ch) || (isMark(ch) && hasBaseCharacter(m, i - 1, s));
        }
        boolean right = false;
        if (i < end) {
            int ch = s[i];
            if (ch >= 0xD800 && ch <= 0xDBFF) {
                ch = Character.codePointAt(s, i);
            }
            right = isWord(ch) || (isMark(ch) && hasBaseCharacter(m, i, s));
        } else {
            m.hitEnd = true;
            m.requireEnd = true;
        }
        return ((left ^ right) == wordBoundary) && next.match(m, i, s);
    }
}
