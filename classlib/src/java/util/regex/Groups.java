package java.util.regex;

/** The start of a group: remembers where the group started, in the matcher's local slot. */
final class GroupHead extends Node {
    final int localIndex;

    GroupHead(int localIndex) {
        this.localIndex = localIndex;
    }

    boolean match(Matcher m, int i, char[] s) {
        int save = m.locals[localIndex];
        m.locals[localIndex] = i;
        boolean ret = next.match(m, i, s);
        m.locals[localIndex] = save;
        return ret;
    }
}

/** The end of a group: records a capturing group's bounds, undoing them if the rest fails. */
final class GroupTail extends Node {
    final int localIndex;
    /** 2 * group number, or -1 for a non-capturing group. */
    final int groupIndex;

    GroupTail(int localIndex, int group) {
        this.localIndex = localIndex;
        this.groupIndex = group < 0 ? -1 : group * 2;
    }

    boolean match(Matcher m, int i, char[] s) {
        if (groupIndex < 0) {
            return next.match(m, i, s);
        }
        int start = m.locals[localIndex];
        int[] g = m.groups;
        int save0 = g[groupIndex];
        int save1 = g[groupIndex + 1];
        g[groupIndex] = start;
        g[groupIndex + 1] = i;
        if (next.match(m, i, s)) {
            return true;
        }
        g[groupIndex] = save0;
        g[groupIndex + 1] = save1;
        return false;
    }
}

/** Alternation: each alternative (null = empty) ends at conn, whose next is what follows. */
final class BranchNode extends Node {
    Node[] alts;
    int size;
    final Node conn;

    BranchNode(Node first, Node second, Node conn) {
        this.alts = new Node[] {first, second};
        this.size = 2;
        this.conn = conn;
    }

    void add(Node alt) {
        if (size == alts.length) {
            Node[] bigger = new Node[size * 2];
            System.arraycopy(alts, 0, bigger, 0, size);
            alts = bigger;
        }
        alts[size++] = alt;
    }

    boolean match(Matcher m, int i, char[] s) {
        for (int n = 0; n < size; n++) {
            Node alt = alts[n];
            if (alt == null) {
                if (conn.next.match(m, i, s)) {
                    return true;
                }
            } else if (alt.match(m, i, s)) {
                return true;
            }
        }
        return false;
    }

    Node study(int[] len) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int n = 0; n < size; n++) {
            int[] l = alts[n] == null ? new int[2] : lengthOf(alts[n], conn);
            min = Math.min(min, l[0]);
            max = (max < 0 || l[1] < 0) ? -1 : Math.max(max, l[1]);
        }
        add(len, min, max);
        return conn.next;
    }
}

/** Where the alternatives of a BranchNode meet again. */
final class BranchConn extends Node {
    boolean match(Matcher m, int i, char[] s) {
        return next.match(m, i, s);
    }
}

/** (?=X) and (?!X). */
final class LookaheadNode extends Node {
    final Node cond;
    final boolean negative;

    LookaheadNode(Node cond, boolean negative) {
        this.cond = cond;
        this.negative = negative;
    }

    boolean match(Matcher m, int i, char[] s) {
        int savedTo = m.to;
        if (m.transparentBounds) {
            m.to = m.textLength;
        }
        boolean matched;
        if (negative && i >= m.to) {
            m.requireEnd = true;
        }
        matched = cond.match(m, i, s);
        m.to = savedTo;
        return matched != negative && next.match(m, i, s);
    }
}

/** (?<=X) and (?<!X): X must match ending exactly here, starting between rmin and rmax chars back. */
final class LookbehindNode extends Node {
    final Node cond;
    final boolean negative;
    final int rmin;
    final int rmax;

    LookbehindNode(Node cond, boolean negative, int rmin, int rmax) {
        this.cond = cond;
        this.negative = negative;
        this.rmin = rmin;
        this.rmax = rmax;
    }

    boolean match(Matcher m, int i, char[] s) {
        int savedFrom = m.from;
        int savedLbt = m.lookbehindTo;
        int start = m.transparentBounds ? 0 : m.from;
        int from = Math.max(i - rmax, start);
        m.lookbehindTo = i;
        if (m.transparentBounds) {
            m.from = 0;
        }
        boolean matched = false;
        for (int j = i - rmin; !matched && j >= from; j--) {
            matched = cond.match(m, j, s);
        }
        m.from = savedFrom;
        m.lookbehindTo = savedLbt;
        return matched != negative && next.match(m, i, s);
    }
}

/** (?>X), and possessive quantifiers over groups: X matches once, its choices are never revisited. */
final class AtomicNode extends Node {
    final Node body;

    AtomicNode(Node body) {
        this.body = body;
    }

    boolean match(Matcher m, int i, char[] s) {
        if (!body.match(m, i, s)) {
            return false;
        }
        return next.match(m, m.acceptEnd, s);
    }

    Node study(int[] len) {
        int[] l = lengthOf(body, null);
        add(len, l[0], l[1]);
        return next;
    }
}
