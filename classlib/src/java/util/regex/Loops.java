package java.util.regex;

/**
 * X{min,max} where X is a single-char property (x*, [a-z]+, .*?, \d{2,4}): iterative, so long inputs
 * never deepen the Java stack. When groupIndex >= 0 the atom was a capturing group around a single-char
 * body, e.g. (a|b)*: the group then holds the last iteration, as if the loop had recursed.
 */
final class CharLoop extends Node {
    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    final CharProperty atom;
    final int min;
    final int max;
    final int type;
    final int groupIndex;

    CharLoop(CharProperty atom, int min, int max, int type, int group) {
        this.atom = atom;
        this.min = min;
        this.max = max;
        this.type = type;
        this.groupIndex = group < 0 ? -1 : group * 2;
    }

    /** One code point (two chars for a surrogate pair) back from j, not below floor. */
    private static int back(char[] s, int j, int floor) {
        j--;
        if (j > floor && s[j] >= 0xDC00 && s[j] <= 0xDFFF && s[j - 1] >= 0xD800 && s[j - 1] <= 0xDBFF) {
            j--;
        }
        return j;
    }

    boolean match(Matcher m, int i, char[] s) {
        CharProperty atom = this.atom;
        int j = i;
        int count = 0;
        int limit = type == LAZY ? min : max;
        if (atom.bmpOnly()) {
            // fast path: one char per iteration; a high surrogate goes the code point way below
            int to = m.to;
            while (count < limit && j < to) {
                char ch = s[j];
                if (ch >= 0xD800 && ch <= 0xDBFF) {
                    break;
                }
                if (!atom.is(ch)) {
                    limit = count;
                    break;
                }
                j++;
                count++;
            }
            if (count < limit && j >= to) {
                m.hitEnd = true;
            }
        }
        while (count < limit) {
            int n = atom.advance(m, j, s);
            if (n < 0) {
                break;
            }
            j = n;
            count++;
        }
        if (count < min) {
            return false;
        }
        int[] g = m.groups;
        int save0 = 0;
        int save1 = 0;
        if (groupIndex >= 0) {
            save0 = g[groupIndex];
            save1 = g[groupIndex + 1];
        }
        boolean ok;
        if (type == LAZY) {
            ok = lazy(m, i, j, count, s);
        } else if (type == POSSESSIVE) {
            setGroup(g, s, i, j, count, save0, save1);
            ok = next.match(m, j, s);
        } else {
            ok = greedy(m, i, j, count, s, save0, save1);
        }
        if (!ok && groupIndex >= 0) {
            g[groupIndex] = save0;
            g[groupIndex + 1] = save1;
        }
        return ok;
    }

    private void setGroup(int[] g, char[] s, int i, int j, int count, int save0, int save1) {
        if (groupIndex < 0) {
            return;
        }
        if (count == 0) {
            g[groupIndex] = save0;
            g[groupIndex + 1] = save1;
        } else {
            g[groupIndex] = back(s, j, i);
            g[groupIndex + 1] = j;
        }
    }

    private boolean greedy(Matcher m, int i, int j, int count, char[] s, int save0, int save1) {
        int[] g = m.groups;
        while (true) {
            setGroup(g, s, i, j, count, save0, save1);
            if (next.match(m, j, s)) {
                return true;
            }
            if (count == min) {
                return false;
            }
            j = back(s, j, i);
            count--;
        }
    }

    private boolean lazy(Matcher m, int i, int j, int count, char[] s) {
        int[] g = m.groups;
        int save0 = groupIndex >= 0 ? g[groupIndex] : 0;
        int save1 = groupIndex >= 0 ? g[groupIndex + 1] : 0;
        while (true) {
            setGroup(g, s, i, j, count, save0, save1);
            if (next.match(m, j, s)) {
                return true;
            }
            if (count >= max) {
                return false;
            }
            int n = atom.advance(m, j, s);
            if (n < 0) {
                return false;
            }
            j = n;
            count++;
        }
    }

    Node study(int[] len) {
        int w = atom.bmpOnly() ? 1 : 2;
        // unbounded repetition still has an "obvious maximum" for look-behind (JDK 17 saturates it)
        add(len, min, (int) Math.min((long) max * w, Integer.MAX_VALUE));
        return next;
    }
}

/**
 * X{min,max} for any other X (groups, back references, anchors): recursive, one body match per
 * iteration. body's chain ends at this node; match() is the "one iteration done" entry, Prolog the
 * first entry. An iteration that consumed nothing ends the loop (as JDK's Loop), so (a*)* terminates.
 */
final class LoopNode extends Node {
    Node body;
    final int min;
    final int max;
    final boolean lazy;
    final int countLocal;
    final int beginLocal;
    /** >= 0: this loop records positions where another iteration failed (Matcher.memoFailed). */
    int memoIndex = -1;

    LoopNode(int min, int max, boolean lazy, int countLocal, int beginLocal) {
        this.min = min;
        this.max = max;
        this.lazy = lazy;
        this.countLocal = countLocal;
        this.beginLocal = beginLocal;
    }

    /** Runs one more iteration from i as iteration number count+1; restores the locals on failure. */
    private boolean iterate(Matcher m, int i, char[] s, int count) {
        int[] l = m.locals;
        int savedBegin = l[beginLocal];
        l[countLocal] = count + 1;
        l[beginLocal] = i;
        if (body.match(m, i, s)) {
            return true;
        }
        l[countLocal] = count;
        l[beginLocal] = savedBegin;
        return false;
    }

    boolean matchInit(Matcher m, int i, char[] s) {
        int[] l = m.locals;
        int savedCount = l[countLocal];
        int savedBegin = l[beginLocal];
        boolean ret;
        if (min > 0) {
            ret = iterate(m, i, s, 0);
        } else if (lazy) {
            ret = next.match(m, i, s) || (max > 0 && iterate(m, i, s, 0));
        } else {
            ret = (max > 0 && iterate(m, i, s, 0)) || next.match(m, i, s);
        }
        l[countLocal] = savedCount;
        l[beginLocal] = savedBegin;
        return ret;
    }

    boolean match(Matcher m, int i, char[] s) {
        int[] l = m.locals;
        if (i > l[beginLocal]) {
            int count = l[countLocal];
            if (count < min) {
                return iterate(m, i, s, count);
            }
            if (lazy) {
                if (next.match(m, i, s)) {
                    return true;
                }
                return count < max && iterate(m, i, s, count);
            }
            if (count < max) {
                if (memoIndex >= 0 && m.memoFailed(memoIndex, i)) {
                    return next.match(m, i, s);
                }
                if (iterate(m, i, s, count)) {
                    return true;
                }
                if (memoIndex >= 0) {
                    m.memoFail(memoIndex, i);
                }
            }
        }
        return next.match(m, i, s);
    }

    Node study(int[] len) {
        return null;
    }
}

/** The entry of a LoopNode. */
final class PrologNode extends Node {
    final LoopNode loop;

    PrologNode(LoopNode loop) {
        this.loop = loop;
    }

    boolean match(Matcher m, int i, char[] s) {
        return loop.matchInit(m, i, s);
    }

    Node study(int[] len) {
        int[] l = lengthOf(loop.body, loop);
        long min = (long) l[0] * loop.min;
        int max = (l[1] < 0 || loop.max == Integer.MAX_VALUE) ? (l[1] == 0 ? 0 : -1) : l[1] * loop.max;
        add(len, (int) Math.min(min, Integer.MAX_VALUE / 2), max);
        return loop.next;
    }
}

/**
 * X* (greedy) over a group that always matches empty and is deterministic (see
 * PatternParser.isEmptyAndDeterministic): JDK tries X once, then drops that empty iteration and its
 * capture. The attempt still counts for hitEnd and for groups nested in look-arounds.
 */
final class EmptyLoopNode extends Node {
    final Node body;
    /** 2 * group number, or -1 for a non-capturing group. */
    final int groupIndex;

    EmptyLoopNode(Node body, int groupIndex) {
        this.body = body;
        this.groupIndex = groupIndex;
    }

    boolean match(Matcher m, int i, char[] s) {
        int[] g = m.groups;
        int save0 = groupIndex >= 0 ? g[groupIndex] : 0;
        int save1 = groupIndex >= 0 ? g[groupIndex + 1] : 0;
        body.match(m, i, s);
        if (groupIndex >= 0) {
            g[groupIndex] = save0;
            g[groupIndex + 1] = save1;
        }
        return next.match(m, i, s);
    }
}

/**
 * X{min,max} (greedy or lazy) over a group whose body is deterministic in JDK's sense — one way to
 * match at each index, no alternation, no variable repetition: (ab)*, (\d\d)+, (?:a\w)*. Iterative
 * like JDK's GroupCurly: iterations are counted forward and backed off without recursion, so long
 * inputs do not deepen the stack. Captures follow GroupCurly: the group holds the last iteration;
 * groups nested in the body keep what their last successful attempt set (JDK leaks those as well).
 */
final class GroupLoopNode extends Node {
    /** The group's body, ending at an AcceptNode (m.acceptEnd is where it ended). */
    final Node atom;
    final int min;
    final int max;
    final boolean lazy;
    /** 2 * group number, or -1 for a non-capturing group. */
    final int groupIndex;

    GroupLoopNode(Node atom, int min, int max, boolean lazy, int groupIndex) {
        this.atom = atom;
        this.min = min;
        this.max = max;
        this.lazy = lazy;
        this.groupIndex = groupIndex;
    }

    private void set(int[] g, int start, int end) {
        if (groupIndex >= 0) {
            g[groupIndex] = start;
            g[groupIndex + 1] = end;
        }
    }

    boolean match(Matcher m, int i, char[] s) {
        int[] g = m.groups;
        int save0 = groupIndex >= 0 ? g[groupIndex] : 0;
        int save1 = groupIndex >= 0 ? g[groupIndex + 1] : 0;
        boolean ret = true;
        for (int j = 0; j < min; j++) {
            if (!atom.match(m, i, s)) {
                ret = false;
                break;
            }
            int end = m.acceptEnd;
            set(g, i, end);
            i = end;
        }
        if (ret) {
            ret = lazy ? matchLazy(m, i, min, s) : matchGreedy(m, i, min, s);
        }
        if (!ret) {
            set(g, save0, save1);
        }
        return ret;
    }

    private boolean matchGreedy(Matcher m, int i, int j, char[] s) {
        int floor = j;
        int[] g = m.groups;
        int save0 = groupIndex >= 0 ? g[groupIndex] : 0;
        int save1 = groupIndex >= 0 ? g[groupIndex + 1] : 0;
        if (j < max && atom.match(m, i, s)) {
            int k = m.acceptEnd - i;
            if (k <= 0) {
                // an empty iteration ends the loop, and is not kept
                i += k;
            } else {
                while (true) {
                    set(g, i, i + k);
                    i += k;
                    if (++j >= max || !atom.match(m, i, s)) {
                        break;
                    }
                    if (i + k != m.acceptEnd) {
                        // this iteration has another length (\R in the body): go on from here
                        if (matchGreedy(m, i, j, s)) {
                            return true;
                        }
                        break;
                    }
                }
                while (j > floor) {
                    if (next.match(m, i, s)) {
                        set(g, i - k, i);
                        return true;
                    }
                    i -= k;
                    set(g, i - k, i);
                    j--;
                }
            }
        }
        set(g, save0, save1);
        return next.match(m, i, s);
    }

    private boolean matchLazy(Matcher m, int i, int j, char[] s) {
        int[] g = m.groups;
        while (true) {
            if (next.match(m, i, s)) {
                return true;
            }
            if (j >= max || !atom.match(m, i, s) || i == m.acceptEnd) {
                return false;
            }
            int end = m.acceptEnd;
            set(g, i, end);
            i = end;
            j++;
        }
    }

    Node study(int[] len) {
        int[] l = lengthOf(atom, null);
        long minL = (long) l[0] * min;
        int maxL = (l[1] < 0 || max == Integer.MAX_VALUE) ? (l[1] == 0 ? 0 : -1) : (int) Math.min((long) l[1] * max, Integer.MAX_VALUE);
        add(len, (int) Math.min(minL, Integer.MAX_VALUE / 2), maxL);
        return next;
    }
}

/**
 * X{min,max} where X is a single node that is not a char property — a look-around, an atomic group, a
 * back reference, an anchor, \R — with the rules of JDK's Curly: iterative, and an iteration is
 * attempted even after an empty one (only an empty new iteration stops the loop), which matters when
 * X depends on captures, as in (?>a\1|())+.
 */
final class CurlyNode extends Node {
    /** The repeated node, its chain ending at an AcceptNode (m.acceptEnd is where it ended). */
    final Node atom;
    final int min;
    final int max;
    final int type;

    CurlyNode(Node atom, int min, int max, int type) {
        this.atom = atom;
        this.min = min;
        this.max = max;
        this.type = type;
    }

    boolean match(Matcher m, int i, char[] s) {
        int j;
        for (j = 0; j < min; j++) {
            if (!atom.match(m, i, s)) {
                return false;
            }
            i = m.acceptEnd;
        }
        if (type == CharLoop.GREEDY) {
            return greedy(m, i, j, s);
        }
        if (type == CharLoop.LAZY) {
            while (true) {
                if (next.match(m, i, s)) {
                    return true;
                }
                if (j >= max || !atom.match(m, i, s) || i == m.acceptEnd) {
                    return false;
                }
                i = m.acceptEnd;
                j++;
            }
        }
        for (; j < max; j++) {
            if (!atom.match(m, i, s) || i == m.acceptEnd) {
                break;
            }
            i = m.acceptEnd;
        }
        return next.match(m, i, s);
    }

    private boolean greedy(Matcher m, int i, int j, char[] s) {
        if (j >= max) {
            return next.match(m, i, s);
        }
        int backLimit = j;
        if (atom.match(m, i, s)) {
            int k = m.acceptEnd - i;
            if (k != 0) {
                i = m.acceptEnd;
                j++;
                while (j < max) {
                    if (!atom.match(m, i, s)) {
                        break;
                    }
                    if (i + k != m.acceptEnd) {
                        if (greedy(m, m.acceptEnd, j + 1, s)) {
                            return true;
                        }
                        break;
                    }
                    i += k;
                    j++;
                }
                while (j >= backLimit) {
                    if (next.match(m, i, s)) {
                        return true;
                    }
                    i -= k;
                    j--;
                }
                return false;
            }
        }
        return next.match(m, i, s);
    }

    Node study(int[] len) {
        int[] l = lengthOf(atom, null);
        long minL = (long) l[0] * min;
        int maxL = (l[1] < 0 || max == Integer.MAX_VALUE) ? (l[1] == 0 ? 0 : -1) : (int) Math.min((long) l[1] * max, Integer.MAX_VALUE);
        add(len, (int) Math.min(minL, Integer.MAX_VALUE / 2), maxL);
        return next;
    }
}
