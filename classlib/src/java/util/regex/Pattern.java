package java.util.regex;

/**
 * A compiled regular expression (JDK 17 syntax and semantics). Compilation is PatternParser's job; the
 * result is a chain of Nodes matched by backtracking (see Node). Immutable: any number of Matchers
 * can use one Pattern.
 */
public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = CASE_INSENSITIVE | MULTILINE | DOTALL | UNICODE_CASE | CANON_EQ
            | UNIX_LINES | LITERAL | UNICODE_CHARACTER_CLASS | COMMENTS;

    private final String pattern;
    private final int flags;
    /** The search entry (find): a loop over start positions, or the anchored chain itself. */
    final transient Node root;
    /** The anchored entry (matches, lookingAt). */
    final transient Node matchRoot;
    final transient int capturingGroupCount;
    final transient int localCount;
    final transient int memoLoopCount;
    private final transient String[] groupNames;
    private final transient int[] groupNumbers;

    private Pattern(String p, int f) {
        if ((f & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(f));
        }
        pattern = p;
        flags = f;
        int parseFlags = f;
        if ((parseFlags & UNICODE_CHARACTER_CLASS) != 0) {
            parseFlags |= UNICODE_CASE;
        }
        PatternParser parser = new PatternParser(p, parseFlags);
        matchRoot = parser.compile(new LastNode());
        capturingGroupCount = parser.capturingGroupCount;
        localCount = parser.localCount;
        memoLoopCount = parser.memoLoopCount;
        groupNames = parser.groupNames;
        groupNumbers = parser.groupNumbers;
        root = searchRoot(matchRoot);
    }

    private static Node searchRoot(Node matchRoot) {
        if (matchRoot instanceof BeginAnchor) {
            return matchRoot;
        }
        if (matchRoot.getClass() == SliceNode.class) {
            return new StartCharNode(matchRoot, ((SliceNode) matchRoot).buf[0]);
        }
        if (matchRoot instanceof SingleChar && ((SingleChar) matchRoot).c < 0x10000) {
            return new StartCharNode(matchRoot, (char) ((SingleChar) matchRoot).c);
        }
        CharProperty first = null;
        if (matchRoot instanceof CharProperty) {
            first = (CharProperty) matchRoot;
        } else if (matchRoot instanceof CharLoop && ((CharLoop) matchRoot).min > 0) {
            first = ((CharLoop) matchRoot).atom;
        }
        if (first != null && first.bmpOnly()) {
            return new StartPropertyNode(matchRoot, first);
        }
        return new StartNode(matchRoot);
    }

    /** The number of a named group, or -1. */
    int groupNumber(String name) {
        for (int i = 0; i < groupNames.length; i++) {
            if (groupNames[i].equals(name)) {
                return groupNumbers[i];
            }
        }
        return -1;
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public int flags() {
        return flags;
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        String[] list = new String[10];
        int size = 0;
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || size < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) {
                    // no empty leading substring for a zero-width match at the beginning
                    continue;
                }
                if (size == list.length) {
                    list = grow(list);
                }
                list[size++] = m.text(index, m.start());
                index = m.end();
            } else if (size == limit - 1) {
                if (size == list.length) {
                    list = grow(list);
                }
                list[size++] = m.text(index, input.length());
                index = m.end();
                break;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!matchLimited || size < limit) {
            if (size == list.length) {
                list = grow(list);
            }
            list[size++] = m.text(index, input.length());
        }
        if (limit == 0) {
            while (size > 0 && list[size - 1].isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        System.arraycopy(list, 0, result, 0, size);
        return result;
    }

    private static String[] grow(String[] a) {
        String[] bigger = new String[a.length * 2];
        System.arraycopy(a, 0, bigger, 0, a.length);
        return bigger;
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public static String quote(String s) {
        int slashEIndex = s.indexOf("\\E");
        if (slashEIndex == -1) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashEIndex);
            current = slashEIndex + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }
}
