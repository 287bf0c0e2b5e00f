package java.util.regex;

/**
 * A node of a compiled pattern. Matching is backtracking: match(m, i, s) tries to match this node at
 * index i of the text s and then the rest of the chain (next); it returns false to make the caller try
 * its next alternative. Nodes are immutable after compilation; all match state lives in the Matcher
 * (groups, locals), so one Pattern serves many Matchers.
 */
abstract class Node {
    Node next;

    abstract boolean match(Matcher m, int i, char[] s);

    /**
     * Adds this node's minimum and maximum match lengths to len (len[1] < 0 means unbounded) and
     * returns the node where the length walk continues (null at a terminal). Composite nodes walk
     * their own bodies; used for look-behind bounds and for the search loop's minimum length.
     */
    Node study(int[] len) {
        return next;
    }

    /** Adds a fixed-size span to the running lengths. */
    static void add(int[] len, int min, int max) {
        len[0] = (int) Math.min((long) len[0] + min, Integer.MAX_VALUE);
        if (len[1] >= 0) {
            len[1] = max < 0 ? -1 : (int) Math.min((long) len[1] + max, Integer.MAX_VALUE);
        }
    }

    /** Walks the chain from n up to (not including) stop and returns its {min, max} lengths. */
    static int[] lengthOf(Node n, Node stop) {
        int[] len = new int[2];
        while (n != null && n != stop) {
            n = n.study(len);
        }
        return len;
    }
}

/** The end of the whole pattern: records the match, or rejects it when matches() needs the region's end. */
final class LastNode extends Node {
    boolean match(Matcher m, int i, char[] s) {
        if (m.acceptMode == Matcher.ENDANCHOR && i != m.to) {
            return false;
        }
        m.last = i;
        m.groups[0] = m.first;
        m.groups[1] = i;
        return true;
    }

    Node study(int[] len) {
        return null;
    }
}

/** The end of a look-ahead or atomic body: success, remembering where the body ended. */
final class AcceptNode extends Node {
    boolean match(Matcher m, int i, char[] s) {
        m.acceptEnd = i;
        return true;
    }

    Node study(int[] len) {
        return null;
    }
}

/** The end of a look-behind body: the body must end exactly where the look-behind stands. */
final class BehindEndNode extends Node {
    boolean match(Matcher m, int i, char[] s) {
        return i == m.lookbehindTo;
    }

    Node study(int[] len) {
        return null;
    }
}

/** The search loop of find(): tries the pattern at every index from i on. */
class StartNode extends Node {
    final int minLength;

    StartNode(Node body) {
        this.next = body;
        this.minLength = lengthOf(body, null)[0];
    }

    boolean match(Matcher m, int i, char[] s) {
        int guard = m.to - minLength;
        for (; i <= guard; i++) {
            m.first = i;
            if (next.match(m, i, s)) {
                // LastNode has set groups[0..1] from first and the end
                return true;
            }
        }
        m.hitEnd = true;
        return false;
    }
}

/**
 * The search loop when every match starts with a char from a BMP-only property (\s+, [a-z]\w*):
 * positions whose char cannot start a match are skipped without entering the node chain (which
 * would fail there without touching hitEnd, so the result is the same).
 */
final class StartPropertyNode extends StartNode {
    private final CharProperty first;

    StartPropertyNode(Node body, CharProperty first) {
        super(body);
        this.first = first;
    }

    boolean match(Matcher m, int i, char[] s) {
        int guard = m.to - minLength;
        CharProperty first = this.first;
        for (; i <= guard; i++) {
            char ch = s[i];
            if (!first.is(ch) && !(ch >= 0xD800 && ch <= 0xDBFF)) {
                continue;
            }
            m.first = i;
            if (next.match(m, i, s)) {
                // LastNode has set groups[0..1] from first and the end
                return true;
            }
        }
        m.hitEnd = true;
        return false;
    }
}

/** The search loop when the pattern starts with a literal char: skips quickly to its occurrences. */
final class StartCharNode extends StartNode {
    private final char c;

    StartCharNode(Node body, char c) {
        super(body);
        this.c = c;
    }

    boolean match(Matcher m, int i, char[] s) {
        int guard = m.to - minLength;
        char c = this.c;
        for (; i <= guard; i++) {
            if (s[i] != c) {
                continue;
            }
            m.first = i;
            if (next.match(m, i, s)) {
                // LastNode has set groups[0..1] from first and the end
                return true;
            }
        }
        m.hitEnd = true;
        return false;
    }
}
