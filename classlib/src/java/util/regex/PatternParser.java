package java.util.regex;

/**
 * Compiles a regular expression into a Node chain. The grammar, the error messages and the error
 * indices follow JDK 17's java.util.regex.Pattern: the pattern is held as code points with two 0
 * sentinels at the end, \Q..\E is rewritten into escapes first, and an error is reported at
 * cursor - 1.
 */
final class PatternParser {
    private static final int MAX_REPS = Integer.MAX_VALUE;

    private final String pattern;
    private int flags;
    private int[] temp;
    private int patternLength;
    private int cursor;
    /** The tail of the chain the last group/sequence parse produced. */
    private Node root;

    int capturingGroupCount = 1;
    int localCount;
    String[] groupNames = new String[0];
    int[] groupNumbers = new int[0];
    boolean hasBackRefs;
    /** Greedy unbounded group loops not nested in another quantified group: memo candidates. */
    private LoopNode[] memoCandidates = new LoopNode[4];
    private int memoCount;
    /** How many loops remember their failed positions (see LoopNode.memoIndex). */
    int memoLoopCount;

    PatternParser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    PatternSyntaxException error(String s) {
        return new PatternSyntaxException(s, pattern, cursor - 1);
    }

    /** Parses the whole pattern; the returned chain ends at last. */
    Node compile(Node last) {
        if (has(Pattern.LITERAL)) {
            Node n = newSlice(pattern.toCharArray(), pattern.length());
            n.next = last;
            return n;
        }
        int len = pattern.length();
        temp = new int[len + 2];
        int count = 0;
        for (int x = 0; x < len; ) {
            int c = pattern.codePointAt(x);
            x += Character.charCount(c);
            temp[count++] = c;
        }
        patternLength = count;
        if (pattern.indexOf("\\Q") >= 0) {
            removeQEQuoting();
        }
        Node matchRoot = expr(last);
        if (patternLength != cursor) {
            if (peek() == ')') {
                throw error("Unmatched closing ')'");
            }
            throw error("Unexpected internal error");
        }
        if (!hasBackRefs) {
            // as JDK 9+: without back references, a position where one more iteration failed fails
            // again however it is reached, so outermost greedy loops need not retry it (this keeps
            // (x|xx)+y and (x+x+)+y polynomial)
            for (int k = 0; k < memoCount; k++) {
                memoCandidates[k].memoIndex = memoLoopCount++;
            }
        }
        return matchRoot;
    }

    int groupNumber(String name) {
        for (int x = 0; x < groupNames.length; x++) {
            if (groupNames[x].equals(name)) {
                return groupNumbers[x];
            }
        }
        return -1;
    }

    /** Rewrites \Q..\E into escaped chars, as JDK does before parsing. */
    private void removeQEQuoting() {
        int pLen = patternLength;
        int i = 0;
        while (i < pLen - 1) {
            if (temp[i] != '\\') {
                i += 1;
            } else if (temp[i + 1] != 'Q') {
                i += 2;
            } else {
                break;
            }
        }
        if (i >= pLen - 1) {
            return;
        }
        int j = i;
        i += 2;
        int[] newtemp = new int[j + 3 * (pLen - i) + 2];
        System.arraycopy(temp, 0, newtemp, 0, j);
        boolean inQuote = true;
        boolean beginQuote = true;
        while (i < pLen) {
            int c = temp[i++];
            if (!isAscii(c) || isAlpha(c)) {
                newtemp[j++] = c;
            } else if (isDigit(c)) {
                if (beginQuote) {
                    newtemp[j++] = c;
                } else {
                    newtemp[j++] = '\\';
                    newtemp[j++] = 'x';
                    newtemp[j++] = '3';
                    newtemp[j++] = c;
                }
            } else if (c != '\\') {
                if (inQuote) {
                    newtemp[j++] = '\\';
                }
                newtemp[j++] = c;
            } else if (inQuote) {
                inQuote = false;
                if (i < pLen && temp[i] == 'E') {
                    i++;
                } else {
                    newtemp[j++] = '\\';
                    newtemp[j++] = '\\';
                    inQuote = true;
                }
                beginQuote = false;
                continue;
            } else {
                if (i < pLen && temp[i] == 'Q') {
                    i++;
                    inQuote = true;
                    beginQuote = true;
                    continue;
                } else {
                    newtemp[j++] = c;
                    if (i != pLen) {
                        newtemp[j++] = temp[i++];
                    }
                }
            }
            beginQuote = false;
        }
        patternLength = j;
        temp = new int[j + 2];
        System.arraycopy(newtemp, 0, temp, 0, j);
    }

    // ---- character classification of the pattern text (ASCII only, as JDK's ASCII class)

    private static boolean isAscii(int c) {
        return c >= 0 && c < 128;
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hexValue(int c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // ---- cursor movement; under COMMENTS whitespace and #-comments are skipped

    private int peek() {
        int ch = temp[cursor];
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int read() {
        int ch = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    private int next() {
        int ch = temp[++cursor];
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int nextEscaped() {
        return temp[++cursor];
    }

    private int skip() {
        int i = cursor;
        int ch = temp[i + 1];
        cursor = i + 2;
        return ch;
    }

    private void unread() {
        cursor--;
    }

    private int peekPastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = temp[++cursor];
            }
            if (ch == '#') {
                ch = peekPastLine();
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (isSpace(ch) || ch == '#') {
            while (isSpace(ch)) {
                ch = temp[cursor++];
            }
            if (ch == '#') {
                ch = parsePastLine();
            }
        }
        return ch;
    }

    private int parsePastLine() {
        int ch = temp[cursor++];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[cursor++];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = temp[cursor++];
        }
        return ch;
    }

    private int peekPastLine() {
        int ch = temp[++cursor];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[++cursor];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = temp[cursor];
        }
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        if (has(Pattern.UNIX_LINES)) {
            return ch == '\n';
        }
        return NamedClass.isLineTerminator(ch);
    }

    private void accept(int ch, String s) {
        int testChar = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            testChar = parsePastWhitespace(testChar);
        }
        if (ch != testChar) {
            throw error(s);
        }
    }

    // ---- the grammar

    /** expr := sequence ('|' sequence)* ; the returned chain ends at end, root = its tail. */
    private Node expr(Node end) {
        Node prev = null;
        Node firstTail = null;
        BranchNode branch = null;
        Node branchConn = null;
        for (;;) {
            Node node = sequence(end);
            Node nodeTail = root;
            if (prev == null) {
                prev = node;
                firstTail = nodeTail;
            } else {
                if (branchConn == null) {
                    branchConn = new BranchConn();
                    branchConn.next = end;
                }
                if (node == end) {
                    node = null;
                } else {
                    nodeTail.next = branchConn;
                }
                if (prev == branch) {
                    branch.add(node);
                } else {
                    if (prev == end) {
                        prev = null;
                    } else {
                        firstTail.next = branchConn;
                    }
                    prev = branch = new BranchNode(prev, node, branchConn);
                }
            }
            if (peek() != '|') {
                return prev;
            }
            next();
        }
    }

    private Node sequence(Node end) {
        Node head = null;
        Node tail = null;
        Node node;
        for (;;) {
            int ch = peek();
            if (ch == '(') {
                node = group0();
                if (node == null) {
                    continue;
                }
                if (head == null) {
                    head = node;
                } else {
                    tail.next = node;
                }
                tail = root;
                continue;
            }
            if (ch == '[') {
                node = clazz(true);
            } else if (ch == '\\') {
                ch = nextEscaped();
                if (ch == 'p' || ch == 'P') {
                    boolean oneLetter = true;
                    boolean comp = ch == 'P';
                    ch = next();
                    if (ch != '{') {
                        unread();
                    } else {
                        oneLetter = false;
                    }
                    node = family(oneLetter, comp);
                } else {
                    unread();
                    node = atom();
                }
            } else if (ch == '^') {
                next();
                if (has(Pattern.MULTILINE)) {
                    node = new CaretAnchor(has(Pattern.UNIX_LINES));
                } else {
                    node = new BeginAnchor();
                }
            } else if (ch == '$') {
                next();
                node = new DollarAnchor(has(Pattern.MULTILINE), has(Pattern.UNIX_LINES));
            } else if (ch == '.') {
                next();
                if (has(Pattern.DOTALL)) {
                    node = new NamedClass(NamedClass.ALL);
                } else if (has(Pattern.UNIX_LINES)) {
                    node = new NamedClass(NamedClass.UNIX_DOT);
                } else {
                    node = new NamedClass(NamedClass.DOT);
                }
            } else if (ch == '|' || ch == ')') {
                break;
            } else if (ch == '?' || ch == '*' || ch == '+') {
                next();
                throw error("Dangling meta character '" + ((char) ch) + "'");
            } else if (ch == 0 && cursor >= patternLength) {
                break;
            } else {
                node = atom();
            }
            node = closure(node);
            if (head == null) {
                head = tail = node;
            } else {
                tail.next = node;
                tail = node;
            }
            if (node instanceof PrologNode) {
                tail = ((PrologNode) node).loop;
            }
        }
        if (head == null) {
            return end;
        }
        tail.next = end;
        root = tail;
        return head;
    }

    /** The code points of the literal run atom() is collecting. */
    private int[] literal = new int[16];

    /** A run of literal chars (a single char becomes a CharProperty so that it can be quantified). */
    private Node atom() {
        int first = 0;
        int prev = -1;
        int ch = peek();
        for (;;) {
            if (ch == '*' || ch == '+' || ch == '?' || ch == '{') {
                if (first > 1) {
                    cursor = prev;
                    first--;
                }
                break;
            }
            if (ch == '$' || ch == '.' || ch == '^' || ch == '(' || ch == '[' || ch == '|' || ch == ')') {
                break;
            }
            if (ch == '\\') {
                ch = nextEscaped();
                if (ch == 'p' || ch == 'P') {
                    if (first > 0) {
                        unread();
                        break;
                    }
                    boolean comp = ch == 'P';
                    boolean oneLetter = true;
                    ch = next();
                    if (ch != '{') {
                        unread();
                    } else {
                        oneLetter = false;
                    }
                    return family(oneLetter, comp);
                }
                unread();
                prev = cursor;
                escapedNode = null;
                ch = escape(false, first == 0, false);
                if (ch >= 0) {
                    append(ch, first);
                    first++;
                    ch = peek();
                    continue;
                } else if (first == 0) {
                    return escapedNode;
                }
                cursor = prev;
                break;
            }
            if (ch == 0 && cursor >= patternLength) {
                break;
            }
            prev = cursor;
            append(ch, first);
            first++;
            ch = next();
        }
        if (first == 1) {
            return single(literal[0]);
        }
        StringBuilder sb = new StringBuilder(first);
        for (int x = 0; x < first; x++) {
            sb.appendCodePoint(literal[x]);
        }
        return newSlice(sb.toString().toCharArray(), sb.length());
    }

    private void append(int ch, int index) {
        if (index >= literal.length) {
            int[] bigger = new int[literal.length * 2];
            System.arraycopy(literal, 0, bigger, 0, index);
            literal = bigger;
        }
        literal[index] = ch;
    }

    private CharProperty single(int ch) {
        if (has(Pattern.CASE_INSENSITIVE)) {
            if (has(Pattern.UNICODE_CASE)) {
                int upper = Character.toUpperCase(ch);
                int lower = Character.toLowerCase(upper);
                if (upper != lower) {
                    return new SingleCharU(lower);
                }
            } else if (isAscii(ch) && isAlpha(ch)) {
                return new SingleCharI(ch | 0x20, ch & ~0x20);
            }
        }
        return new SingleChar(ch);
    }

    private Node newSlice(char[] buf, int count) {
        char[] b = new char[count];
        if (has(Pattern.CASE_INSENSITIVE)) {
            boolean unicode = has(Pattern.UNICODE_CASE);
            for (int x = 0; x < count; x++) {
                b[x] = (char) SliceNodeI.fold(buf[x], unicode);
            }
            return new SliceNodeI(b, unicode);
        }
        System.arraycopy(buf, 0, b, 0, count);
        return new SliceNode(b);
    }

    /** The node an escape that is not a single char produced (\d, \b, \1 ...). */
    private Node escapedNode;

    /**
     * Parses the escape after a backslash. Returns the char it stands for, or -1 when it is a
     * class/anchor/reference (then, if create, the node is left in escapedNode).
     */
    private int escape(boolean inclass, boolean create, boolean isrange) {
        int ch = skip();
        switch (ch) {
            case '0':
                return o();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = ref(ch - '0');
                }
                return -1;
            case 'A':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new BeginAnchor();
                }
                return -1;
            case 'B':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new BoundAnchor(false, has(Pattern.UNICODE_CHARACTER_CLASS));
                }
                return -1;
            case 'D':
                if (create) {
                    escapedNode = predefined(NamedClass.DIGIT).negate();
                }
                return -1;
            case 'G':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new LastMatchAnchor();
                }
                return -1;
            case 'H':
                if (create) {
                    escapedNode = new NamedClass(NamedClass.HSPACE).negate();
                }
                return -1;
            case 'R':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new LineEndingNode();
                }
                return -1;
            case 'S':
                if (create) {
                    escapedNode = predefined(NamedClass.SPACE).negate();
                }
                return -1;
            case 'V':
                if (create) {
                    escapedNode = new NamedClass(NamedClass.VSPACE).negate();
                }
                return -1;
            case 'W':
                if (create) {
                    escapedNode = predefined(NamedClass.WORD).negate();
                }
                return -1;
            case 'Z':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new DollarAnchor(false, has(Pattern.UNIX_LINES));
                }
                return -1;
            case 'a':
                return '\007';
            case 'b':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new BoundAnchor(true, has(Pattern.UNICODE_CHARACTER_CLASS));
                }
                return -1;
            case 'c':
                return c();
            case 'd':
                if (create) {
                    escapedNode = predefined(NamedClass.DIGIT);
                }
                return -1;
            case 'e':
                return '\033';
            case 'f':
                return '\f';
            case 'h':
                if (create) {
                    escapedNode = new NamedClass(NamedClass.HSPACE);
                }
                return -1;
            case 'k':
                if (inclass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupname(read());
                int number = groupNumber(name);
                if (number < 0) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    hasBackRefs = true;
                    escapedNode = new BackRefNode(number, has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
                }
                return -1;
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                if (create) {
                    escapedNode = predefined(NamedClass.SPACE);
                }
                return -1;
            case 't':
                return '\t';
            case 'u':
                return u();
            case 'v':
                if (create) {
                    escapedNode = new NamedClass(NamedClass.VSPACE);
                }
                return -1;
            case 'w':
                if (create) {
                    escapedNode = predefined(NamedClass.WORD);
                }
                return -1;
            case 'x':
                return x();
            case 'z':
                if (inclass) {
                    break;
                }
                if (create) {
                    escapedNode = new EndAnchor();
                }
                return -1;
            default:
                if (isAscii(ch) && isAlpha(ch)) {
                    break;
                }
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    /** \d \s \w: ASCII, or their Unicode properties under UNICODE_CHARACTER_CLASS. */
    private CharProperty predefined(int kind) {
        if (!has(Pattern.UNICODE_CHARACTER_CLASS)) {
            return new NamedClass(kind);
        }
        if (kind == NamedClass.DIGIT) {
            return new NamedClass(NamedClass.J_DIGIT);
        }
        return new NamedClass(kind == NamedClass.SPACE ? NamedClass.U_WHITE_SPACE : NamedClass.U_WORD);
    }

    /** \n back reference: takes further digits while they still name an existing group. */
    private Node ref(int refNum) {
        boolean done = false;
        while (!done) {
            int ch = peek();
            if (isDigit(ch)) {
                int newRefNum = refNum * 10 + (ch - '0');
                if (capturingGroupCount - 1 < newRefNum) {
                    done = true;
                    break;
                }
                refNum = newRefNum;
                read();
            } else {
                done = true;
            }
        }
        hasBackRefs = true;
        return new BackRefNode(refNum, has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
    }

    private int o() {
        int n = read();
        if (((n - '0') | ('7' - n)) >= 0) {
            int m = read();
            if (((m - '0') | ('7' - m)) >= 0) {
                int o = read();
                if ((((o - '0') | ('7' - o)) >= 0) && (((n - '0') | ('3' - n)) >= 0)) {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return (n - '0');
        }
        throw error("Illegal octal escape sequence");
    }

    private int c() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private int x() {
        int n = read();
        if (isHexDigit(n)) {
            int m = read();
            if (isHexDigit(m)) {
                return hexValue(n) * 16 + hexValue(m);
            }
        } else if (n == '{' && isHexDigit(peek())) {
            int ch = 0;
            while (isHexDigit(n = read())) {
                ch = (ch << 4) + hexValue(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int uxxxx() {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int ch = read();
            if (!isHexDigit(ch)) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + hexValue(ch);
        }
        return n;
    }

    private int u() {
        int n = uxxxx();
        if (Character.isHighSurrogate((char) n)) {
            int cur = cursor;
            if (read() == '\\' && read() == 'u') {
                int n2 = uxxxx();
                if (Character.isLowSurrogate((char) n2)) {
                    return Character.toCodePoint((char) n, (char) n2);
                }
            }
            cursor = cur;
        }
        return n;
    }

    // ---- character classes

    /** A class [...]; consume says whether to eat the closing ']'. */
    private CharProperty clazz(boolean consume) {
        CharProperty prev = null;
        CharProperty curr;
        BitClass bits = new BitClass();
        boolean hasBits = false;
        boolean isNeg = false;
        int ch = next();
        if (ch == '^' && temp[cursor - 1] == '[') {
            ch = next();
            isNeg = true;
        }
        for (;;) {
            if (ch == '[') {
                curr = clazz(true);
                prev = prev == null ? curr : prev.union(curr);
                ch = peek();
                continue;
            }
            if (ch == '&') {
                ch = next();
                if (ch == '&') {
                    ch = next();
                    CharProperty right = null;
                    while (ch != ']' && ch != '&') {
                        if (ch == '[') {
                            right = right == null ? clazz(true) : right.union(clazz(true));
                        } else {
                            unread();
                            right = clazz(false);
                        }
                        ch = peek();
                    }
                    if (hasBits) {
                        prev = prev == null ? bits : prev.union(bits);
                        bits = new BitClass();
                        hasBits = false;
                    }
                    if (prev == null) {
                        if (right == null) {
                            throw error("Bad class syntax");
                        }
                        prev = right;
                    } else if (right != null) {
                        prev = prev.and(right);
                    }
                    continue;
                }
                unread();
            } else if (ch == 0) {
                if (cursor >= patternLength) {
                    throw error("Unclosed character class");
                }
            } else if (ch == ']') {
                if (prev != null || hasBits) {
                    if (consume) {
                        next();
                    }
                    if (prev == null) {
                        prev = bits;
                    } else if (hasBits) {
                        prev = prev.union(bits);
                    }
                    return isNeg ? prev.negate() : prev;
                }
            }
            curr = range(bits);
            if (curr == null) {
                hasBits = true;
            } else {
                prev = prev == null ? curr : prev.union(curr);
            }
            ch = peek();
        }
    }

    /** Adds a single char to bits when it fits there (returns null), else returns its property. */
    private CharProperty bitsOrSingle(BitClass bits, int ch) {
        if (ch < 256 && !(has(Pattern.CASE_INSENSITIVE) && has(Pattern.UNICODE_CASE)
                && (ch == 0xff || ch == 0xb5 || ch == 0x49 || ch == 0x69 || ch == 0x53 || ch == 0x73
                    || ch == 0x4b || ch == 0x6b || ch == 0xc5 || ch == 0xe5))) {
            bits.add(ch, flags);
            return null;
        }
        return single(ch);
    }

    private CharProperty range(BitClass bits) {
        int ch = peek();
        if (ch == '\\') {
            ch = nextEscaped();
            if (ch == 'p' || ch == 'P') {
                boolean comp = ch == 'P';
                boolean oneLetter = true;
                ch = next();
                if (ch != '{') {
                    unread();
                } else {
                    oneLetter = false;
                }
                return family(oneLetter, comp);
            }
            boolean isrange = temp[cursor + 1] == '-';
            unread();
            escapedNode = null;
            ch = escape(true, true, isrange);
            if (ch == -1) {
                return (CharProperty) escapedNode;
            }
        } else {
            next();
        }
        if (ch >= 0) {
            if (peek() == '-') {
                int endRange = temp[cursor + 1];
                if (endRange == '[') {
                    return bitsOrSingle(bits, ch);
                }
                if (endRange != ']') {
                    next();
                    int m = peek();
                    if (m == '\\') {
                        m = escape(true, false, true);
                    } else {
                        next();
                    }
                    if (m < ch) {
                        throw error("Illegal character range");
                    }
                    if (has(Pattern.CASE_INSENSITIVE)) {
                        return new RangeClassI(ch, m, has(Pattern.UNICODE_CASE));
                    }
                    return new RangeClass(ch, m);
                }
            }
            return bitsOrSingle(bits, ch);
        }
        throw error("Unexpected character '" + ((char) ch) + "'");
    }

    /** \p{name}, \pL, \P{..}: POSIX, java.lang.Character and Unicode category classes. */
    private CharProperty family(boolean singleLetter, boolean isComplement) {
        next();
        String name;
        CharProperty p = null;
        if (singleLetter) {
            int c = temp[cursor];
            name = new String(Character.toChars(c));
            read();
        } else {
            int i = cursor;
            while (true) {
                int c = temp[cursor++];
                if (c == '}') {
                    break;
                }
                if (c == 0 && cursor > patternLength) {
                    break;
                }
            }
            int j = cursor;
            if (j > patternLength) {
                throw error("Unclosed character family");
            }
            if (i + 1 >= j) {
                throw error("Empty character family");
            }
            StringBuilder sb = new StringBuilder();
            for (int x = i; x < j - 1; x++) {
                sb.appendCodePoint(temp[x]);
            }
            name = sb.toString();
        }
        boolean ci = has(Pattern.CASE_INSENSITIVE);
        int eq = name.indexOf('=');
        if (eq != -1) {
            String value = name.substring(eq + 1);
            String key = name.substring(0, eq).toLowerCase();
            if (key.equals("gc") || key.equals("general_category")) {
                p = CharClasses.forProperty(value, ci);
            } else if (key.equals("sc") || key.equals("script")) {
                p = UnicodeRangeClass.forScript(value);
            } else if (key.equals("blk") || key.equals("block")) {
                p = UnicodeRangeClass.forBlock(value);
            }
            if (p == null) {
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}");
            }
        } else if (name.startsWith("In")) {
            p = UnicodeRangeClass.forBlock(name.substring(2));
            if (p == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        } else if (name.startsWith("Is")) {
            String n = name.substring(2);
            p = CharClasses.forUnicodeProperty(n.toUpperCase(), ci);
            if (p == null) {
                p = CharClasses.forProperty(n, ci);
            }
            if (p == null) {
                p = UnicodeRangeClass.forScript(n);
            }
            if (p == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        } else {
            if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
                p = CharClasses.forPosixName(name, ci);
            }
            if (p == null) {
                p = CharClasses.forProperty(name, ci);
            }
        }
        if (p == null) {
            throw error("Unknown character property name {" + name + "}");
        }
        return isComplement ? p.negate() : p;
    }

    // ---- groups

    private Node createGroup(boolean anonymous) {
        int localIndex = localCount++;
        int groupIndex = anonymous ? -1 : capturingGroupCount++;
        GroupHead head = new GroupHead(localIndex);
        root = new GroupTail(localIndex, groupIndex);
        return head;
    }

    private String groupname(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!isAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (isAlpha(ch = read()) || isDigit(ch));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    private void addGroupName(String name, int number) {
        int n = groupNames.length;
        String[] names = new String[n + 1];
        int[] numbers = new int[n + 1];
        System.arraycopy(groupNames, 0, names, 0, n);
        System.arraycopy(groupNumbers, 0, numbers, 0, n);
        names[n] = name;
        numbers[n] = number;
        groupNames = names;
        groupNumbers = numbers;
    }

    /** A parenthesized construct; returns null for a bare inline-flags group like (?i). */
    private Node group0() {
        boolean capturingGroup = false;
        int save = flags;
        int saveMemo = memoCount;
        Node head;
        Node tail;
        int ch = next();
        if (ch == '?') {
            ch = skip();
            switch (ch) {
                case ':':
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    break;
                case '=':
                case '!': {
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    tail.next = new AcceptNode();
                    head = tail = new LookaheadNode(head, ch == '!');
                    break;
                }
                case '>': {
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    tail.next = new AcceptNode();
                    head = tail = new AtomicNode(head);
                    break;
                }
                case '<': {
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        String name = groupname(ch);
                        if (groupNumber(name) >= 0) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        capturingGroup = true;
                        head = createGroup(false);
                        tail = root;
                        addGroupName(name, capturingGroupCount - 1);
                        head.next = expr(tail);
                        break;
                    }
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    tail.next = new BehindEndNode();
                    int[] len = Node.lengthOf(head, null);
                    if (len[1] < 0) {
                        throw error("Look-behind group does not have an obvious maximum length");
                    }
                    head = tail = new LookbehindNode(head, ch == '!', len[0], len[1]);
                    break;
                }
                case '$':
                case '@':
                    throw error("Unknown group type");
                default:
                    unread();
                    addFlag();
                    ch = read();
                    if (ch == ')') {
                        return null;
                    }
                    if (ch != ':') {
                        throw error("Unknown inline modifier");
                    }
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    break;
            }
        } else {
            capturingGroup = true;
            head = createGroup(false);
            tail = root;
            head.next = expr(tail);
        }
        accept(')', "Unclosed group");
        flags = save;

        int[] q = parseQuantifier();
        if (q == null) {
            root = tail;
            return head;
        }
        int min = q[0];
        int max = q[1];
        int type = q[2];
        // a quantified group: loops inside it get no memo (JDK's topClosureNodes rule)
        memoCount = saveMemo;
        if (head == tail) {
            // a quantified look-around or atomic group: JDK's Curly over the single node
            return curlyOver(head, min, max, type);
        }
        GroupTail gt = (GroupTail) tail;
        if (type != CharLoop.POSSESSIVE) {
            CharProperty single = singleCharBody(head.next, gt);
            if (single != null) {
                Node loop = new CharLoop(single, min, max, type, capturingGroup ? gt.groupIndex / 2 : -1);
                root = loop;
                return loop;
            }
        }
        if (type != CharLoop.POSSESSIVE && !(min == 0 && max == 1) && isEmptyAndDeterministic(head, gt)) {
            // JDK runs such a group (no alternation or variable repetition in it, always empty: look-arounds,
            // anchors) as a GroupCurly, which drops an empty iteration past the minimum together with its
            // capture. So only the first min iterations count, and at one index one stands for all.
            if (min == 0) {
                Node skip;
                if (type == CharLoop.GREEDY) {
                    tail.next = new AcceptNode();
                    skip = new EmptyLoopNode(head, gt.groupIndex);
                } else {
                    skip = new BranchConn();
                }
                root = skip;
                return skip;
            }
            max = min;
        }
        if (type != CharLoop.POSSESSIVE && !(min == 0 && max == 1)) {
            Node last = lastBeforeTail(head, gt);
            if (last != null && isDeterministic(head, gt)) {
                last.next = new AcceptNode();
                Node loop = new GroupLoopNode(head.next, min, max, type == CharLoop.LAZY, gt.groupIndex);
                root = loop;
                return loop;
            }
        }
        if (min == 0 && max == 1 && type != CharLoop.POSSESSIVE) {
            BranchConn conn = new BranchConn();
            tail.next = conn;
            BranchNode b = type == CharLoop.GREEDY ? new BranchNode(head, null, conn) : new BranchNode(null, head, conn);
            root = conn;
            return b;
        }
        Node loop = loopOver(head, tail, min, max, type);
        if (type == CharLoop.GREEDY && max == MAX_REPS) {
            if (memoCount == memoCandidates.length) {
                LoopNode[] bigger = new LoopNode[memoCount * 2];
                System.arraycopy(memoCandidates, 0, bigger, 0, memoCount);
                memoCandidates = bigger;
            }
            memoCandidates[memoCount++] = ((PrologNode) loop).loop;
        }
        return loop;
    }

    /** A CurlyNode repeating the single node atom. */
    private Node curlyOver(Node atom, int min, int max, int type) {
        atom.next = new AcceptNode();
        CurlyNode curly = new CurlyNode(atom, min, max, type);
        root = curly;
        return curly;
    }

    /** Wraps the chain head..tail in a LoopNode (an AtomicNode around it when possessive). */
    private Node loopOver(Node head, Node tail, int min, int max, int type) {
        LoopNode loop = new LoopNode(min, max, type == CharLoop.LAZY, localCount, localCount + 1);
        localCount += 2;
        loop.body = head;
        tail.next = loop;
        PrologNode prolog = new PrologNode(loop);
        if (type == CharLoop.POSSESSIVE) {
            loop.next = new AcceptNode();
            AtomicNode atomic = new AtomicNode(prolog);
            root = atomic;
            return atomic;
        }
        root = loop;
        return prolog;
    }

    /**
     * True when the group head..tail always matches the empty string and is "deterministic" in JDK's
     * sense (TreeInfo): no alternation, no repetition with min != max (look-around bodies not counted).
     */
    private static boolean isEmptyAndDeterministic(Node head, Node tail) {
        int[] len = Node.lengthOf(head, tail);
        return len[0] == 0 && len[1] == 0 && isDeterministic(head, tail);
    }

    /** The body node whose next is the group's tail (null for an empty body or a nested loop end). */
    private static Node lastBeforeTail(Node head, Node tail) {
        Node n = head.next;
        if (n == tail) {
            return null;
        }
        while (n != null && n.next != tail) {
            if (n instanceof PrologNode) {
                return null;
            }
            n = n.next;
        }
        return n;
    }

    /** JDK's TreeInfo.deterministic for a group body: no alternation, no repetition with min != max. */
    private static boolean isDeterministic(Node head, Node tail) {
        for (Node n = head; n != null && n != tail; ) {
            if (n instanceof BranchNode || n instanceof AtomicNode || n instanceof EmptyLoopNode) {
                return false;
            }
            if (n instanceof GroupLoopNode && ((GroupLoopNode) n).min != ((GroupLoopNode) n).max) {
                return false;
            }
            if (n instanceof CurlyNode && ((CurlyNode) n).min != ((CurlyNode) n).max) {
                return false;
            }
            if (n instanceof CharLoop && ((CharLoop) n).min != ((CharLoop) n).max) {
                return false;
            }
            if (n instanceof PrologNode) {
                LoopNode loop = ((PrologNode) n).loop;
                if (loop.min != loop.max) {
                    return false;
                }
                n = loop.next;
                continue;
            }
            n = n.next;
        }
        return true;
    }

    /** The body of a group when it matches exactly one char from a set: x, [..], or x|y|[..]. */
    private static CharProperty singleCharBody(Node body, GroupTail tail) {
        if (body instanceof CharProperty && body.next == tail) {
            return (CharProperty) body;
        }
        if (body instanceof BranchNode && body.next == null) {
            BranchNode b = (BranchNode) body;
            if (b.conn.next != tail) {
                return null;
            }
            CharProperty union = null;
            for (int n = 0; n < b.size; n++) {
                Node alt = b.alts[n];
                if (!(alt instanceof CharProperty) || alt.next != b.conn) {
                    return null;
                }
                union = union == null ? (CharProperty) alt : union.union((CharProperty) alt);
            }
            return union;
        }
        return null;
    }

    private void addFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags |= Pattern.CASE_INSENSITIVE; break;
                case 'm': flags |= Pattern.MULTILINE; break;
                case 's': flags |= Pattern.DOTALL; break;
                case 'd': flags |= Pattern.UNIX_LINES; break;
                case 'u': flags |= Pattern.UNICODE_CASE; break;
                case 'c': flags |= Pattern.CANON_EQ; break;
                case 'x': flags |= Pattern.COMMENTS; break;
                case 'U': flags |= (Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE); break;
                case '-':
                    ch = next();
                    subFlag();
                    return;
                default:
                    return;
            }
            ch = next();
        }
    }

    private void subFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags &= ~Pattern.CASE_INSENSITIVE; break;
                case 'm': flags &= ~Pattern.MULTILINE; break;
                case 's': flags &= ~Pattern.DOTALL; break;
                case 'd': flags &= ~Pattern.UNIX_LINES; break;
                case 'u': flags &= ~Pattern.UNICODE_CASE; break;
                case 'c': flags &= ~Pattern.CANON_EQ; break;
                case 'x': flags &= ~Pattern.COMMENTS; break;
                case 'U': flags &= ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE); break;
                default:
                    return;
            }
            ch = next();
        }
    }

    // ---- quantifiers

    /** Parses a quantifier after an atom: {min, max, type}, or null when none follows. */
    private int[] parseQuantifier() {
        int ch = peek();
        int min;
        int max;
        switch (ch) {
            case '?':
                min = 0;
                max = 1;
                break;
            case '*':
                min = 0;
                max = MAX_REPS;
                break;
            case '+':
                min = 1;
                max = MAX_REPS;
                break;
            case '{': {
                ch = temp[cursor + 1];
                if (!isDigit(ch)) {
                    skip();
                    throw error("Illegal repetition");
                }
                skip();
                int cmin = 0;
                do {
                    long v = (long) cmin * 10 + (ch - '0');
                    cmin = (int) v;
                    if (v > Integer.MAX_VALUE) {
                        throw error("Illegal repetition range");
                    }
                } while (isDigit(ch = read()));
                int cmax = cmin;
                if (ch == ',') {
                    ch = read();
                    cmax = MAX_REPS;
                    if (ch != '}') {
                        cmax = 0;
                        while (isDigit(ch)) {
                            long v = (long) cmax * 10 + (ch - '0');
                            cmax = (int) v;
                            if (v > Integer.MAX_VALUE) {
                                throw error("Illegal repetition range");
                            }
                            ch = read();
                        }
                    }
                }
                if (ch != '}') {
                    throw error("Unclosed counted closure");
                }
                if (cmax < cmin) {
                    throw error("Illegal repetition range");
                }
                unread();
                min = cmin;
                max = cmax;
                break;
            }
            default:
                return null;
        }
        ch = next();
        int type = CharLoop.GREEDY;
        if (ch == '?') {
            next();
            type = CharLoop.LAZY;
        } else if (ch == '+') {
            next();
            type = CharLoop.POSSESSIVE;
        }
        return new int[] {min, max, type};
    }

    /** Applies a following quantifier to a single-node atom. */
    private Node closure(Node prev) {
        int[] q = parseQuantifier();
        if (q == null) {
            return prev;
        }
        if (prev instanceof CharProperty) {
            return new CharLoop((CharProperty) prev, q[0], q[1], q[2], -1);
        }
        Node saveRoot = root;
        Node n = curlyOver(prev, q[0], q[1], q[2]);
        root = saveRoot;
        return n;
    }
}
