package java.util.regex;

/** A run of literal chars. */
class SliceNode extends Node {
    final char[] buf;

    SliceNode(char[] buf) {
        this.buf = buf;
    }

    boolean match(Matcher m, int i, char[] s) {
        char[] buf = this.buf;
        int len = buf.length;
        for (int j = 0; j < len; j++) {
            if (i + j >= m.to) {
                m.hitEnd = true;
                return false;
            }
            if (buf[j] != s[i + j]) {
                return false;
            }
        }
        return next.match(m, i + len, s);
    }

    Node study(int[] len) {
        add(len, buf.length, buf.length);
        return next;
    }
}

/** A literal run under CASE_INSENSITIVE: buf holds lower-cased chars (ASCII-only or Unicode folding). */
final class SliceNodeI extends SliceNode {
    final boolean unicode;

    SliceNodeI(char[] buf, boolean unicode) {
        super(buf);
        this.unicode = unicode;
    }

    static int fold(int c, boolean unicode) {
        if (unicode) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    boolean match(Matcher m, int i, char[] s) {
        char[] buf = this.buf;
        int len = buf.length;
        for (int j = 0; j < len; j++) {
            if (i + j >= m.to) {
                m.hitEnd = true;
                return false;
            }
            char c = s[i + j];
            if (buf[j] != c && buf[j] != fold(c, unicode)) {
                return false;
            }
        }
        return next.match(m, i + len, s);
    }
}

/** \R: \r\n, or one of \n \x0B \f \r \u0085 \u2028 \u2029 (backtracking from \r\n to \r). */
final class LineEndingNode extends Node {
    boolean match(Matcher m, int i, char[] s) {
        if (i < m.to) {
            int ch = s[i];
            if (ch == '\n' || ch == 0x0B || ch == '\f' || ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                return next.match(m, i + 1, s);
            }
            if (ch == '\r') {
                i++;
                if (i < m.to) {
                    if (s[i] == '\n' && next.match(m, i + 1, s)) {
                        return true;
                    }
                } else {
                    m.hitEnd = true;
                }
                return next.match(m, i, s);
            }
        } else {
            m.hitEnd = true;
        }
        return false;
    }

    Node study(int[] len) {
        add(len, 1, 2);
        return next;
    }
}

/** \n and \k<name>: the text last captured by a group (case-folded under CASE_INSENSITIVE). */
final class BackRefNode extends Node {
    final int groupIndex;
    final boolean caseInsensitive;
    final boolean unicode;

    BackRefNode(int group, boolean caseInsensitive, boolean unicode) {
        this.groupIndex = group * 2;
        this.caseInsensitive = caseInsensitive;
        this.unicode = unicode;
    }

    boolean match(Matcher m, int i, char[] s) {
        if (groupIndex >= m.groups.length) {
            return false;
        }
        int j = m.groups[groupIndex];
        int k = m.groups[groupIndex + 1];
        if (j < 0) {
            return false;
        }
        int len = k - j;
        if (i + len > m.to) {
            m.hitEnd = true;
            return false;
        }
        for (int x = 0; x < len; x++) {
            char a = s[i + x];
            char b = s[j + x];
            if (a != b && !(caseInsensitive
                    && SliceNodeI.fold(a, unicode) == SliceNodeI.fold(b, unicode))) {
                return false;
            }
        }
        return next.match(m, i + len, s);
    }

    Node study(int[] len) {
        len[1] = -1;
        return next;
    }
}
