package java.lang;

import java.io.UnsupportedEncodingException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import jdk.internal.util.SimpleCharsets;

/**
 * Strings are UTF-16 char arrays (no compact strings). The VM creates String objects itself by
 * allocating a String and its {@code value} array; {@code value} always has exactly the string's
 * length.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence,
        java.lang.constant.Constable, java.lang.constant.ConstantDesc {
    private static final long serialVersionUID = -6849794470754667710L;

    /** The characters (read and written directly by the VM). */
    private final char[] value;

    /** Cached hash code, 0 when not yet computed (read and written directly by the VM). */
    private int hash;

    /** True when the hash has been computed and is zero. */
    private boolean hashIsZero;

    private static final char[] EMPTY = new char[0];

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
        this.hashIsZero = original.hashIsZero;
    }

    public String(char[] value) {
        this.value = copy(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copy(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int end = offset + count;
        int n = count;
        for (int i = offset; i < end; i++) {
            int c = codePoints[i];
            if (Character.isBmpCodePoint(c)) {
                continue;
            } else if (Character.isValidCodePoint(c)) {
                n++;
            } else {
                throw new IllegalArgumentException(Integer.toString(c));
            }
        }
        char[] v = new char[n];
        for (int i = offset, j = 0; i < end; i++, j++) {
            int c = codePoints[i];
            if (Character.isBmpCodePoint(c)) {
                v[j] = (char) c;
            } else {
                Character.toSurrogates(c, v, j++);
            }
        }
        this.value = v;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        int hi = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (hi | (ascii[offset + i] & 0xff));
        }
        this.value = v;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        int cs = SimpleCharsets.lookup(charsetName);
        if (cs < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        this.value = SimpleCharsets.decode(cs, bytes, offset, length);
    }

    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        int cs = SimpleCharsets.id(charset);
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = SimpleCharsets.decode(cs, bytes, offset, length);
    }

    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = SimpleCharsets.decode(SimpleCharsets.defaultCharset(), bytes, offset, length);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuffer buffer) {
        this.value = buffer.toString().value;
    }

    public String(StringBuilder builder) {
        this.value = copy(builder.getValue(), 0, builder.length());
    }

    /** Takes ownership of {@code value} (which must not be shared or modified afterwards). */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static char[] copy(char[] src, int offset, int count) {
        if (count == 0) {
            return EMPTY;
        }
        char[] v = new char[count];
        System.arraycopy(src, offset, v, 0, count);
        return v;
    }

    /** The backing array, for friends in java.lang that only read it. */
    char[] value() {
        return value;
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** True if every char is below 256 (JDK would store this string in Latin-1; some messages differ). */
    private boolean isLatin1() {
        char[] v = value;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0xFF) {
                return false;
            }
        }
        return true;
    }

    public char charAt(int index) {
        char[] v = value;
        if (index < 0 || index >= v.length) {
            if (isLatin1()) {
                throw new StringIndexOutOfBoundsException(index);
            }
            checkIndex(index, v.length);
        }
        return v[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAtImpl(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBeforeImpl(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCountImpl(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePointsImpl(value, 0, value.length, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    @Deprecated
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        Objects.requireNonNull(dst);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        int cs = SimpleCharsets.lookup(charsetName);
        if (cs < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        return SimpleCharsets.encode(cs, value, 0, value.length);
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        return SimpleCharsets.encode(SimpleCharsets.id(charset), value, 0, value.length);
    }

    public byte[] getBytes() {
        return SimpleCharsets.encode(SimpleCharsets.defaultCharset(), value, 0, value.length);
    }

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof String) {
            char[] a = value;
            char[] b = ((String) anObject).value;
            int n = a.length;
            if (n != b.length) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof AbstractStringBuilder) {
            if (cs instanceof StringBuffer) {
                synchronized (cs) {
                    return nonSyncContentEquals((AbstractStringBuilder) cs);
                }
            }
            return nonSyncContentEquals((AbstractStringBuilder) cs);
        }
        if (cs instanceof String) {
            return equals(cs);
        }
        char[] v = value;
        int n = cs.length();
        if (n != v.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (v[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean nonSyncContentEquals(AbstractStringBuilder sb) {
        int len = value.length;
        if (len != sb.length()) {
            return false;
        }
        char[] other = sb.getValue();
        for (int i = 0; i < len; i++) {
            if (value[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) ? true
                : (anotherString != null) && (anotherString.value.length == value.length)
                        && regionMatches(true, 0, anotherString, 0, value.length);
    }

    public int compareTo(String anotherString) {
        char[] v1 = value;
        char[] v2 = anotherString.value;
        int len1 = v1.length;
        int len2 = v2.length;
        int lim = Math.min(len1, len2);
        for (int k = 0; k < lim; k++) {
            char c1 = v1[k];
            char c2 = v2[k];
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return len1 - len2;
    }

    private static class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        private static final long serialVersionUID = 8575799808933029326L;

        public int compare(String s1, String s2) {
            char[] v1 = s1.value;
            char[] v2 = s2.value;
            int n1 = v1.length;
            int n2 = v2.length;
            for (int k1 = 0, k2 = 0; k1 < n1 && k2 < n2; k1++, k2++) {
                int cp1 = v1[k1];
                int cp2 = v2[k2];
                if (cp1 == cp2 || compareCodePointCI(cp1, cp2) == 0) {
                    continue;
                }
                if (!(Character.isSurrogate((char) cp1) || Character.isSurrogate((char) cp2))
                        || s1.isLatin1() || s2.isLatin1()) {
                    // JDK compares char by char unless both strings are UTF-16 (non-Latin-1).
                    return compareCodePointCI((char) Character.toUpperCase((char) cp1),
                            (char) Character.toUpperCase((char) cp2));
                }
                cp1 = codePointIncluding(v1, cp1, k1, n1);
                if (cp1 < 0) {
                    k1++;
                    cp1 = -cp1;
                }
                cp2 = codePointIncluding(v2, cp2, k2, n2);
                if (cp2 < 0) {
                    k2++;
                    cp2 = -cp2;
                }
                int diff = compareCodePointCI(cp1, cp2);
                if (diff != 0) {
                    return diff;
                }
            }
            return n1 - n2;
        }
    }

    /** As JDK's StringUTF16: the code point a surrogate belongs to (negated if it starts at index). */
    private static int codePointIncluding(char[] v, int cp, int index, int end) {
        if (!Character.isSurrogate((char) cp)) {
            return cp;
        }
        if (Character.isLowSurrogate((char) cp)) {
            if (index > 0) {
                char c = v[index - 1];
                if (Character.isHighSurrogate(c)) {
                    return Character.toCodePoint(c, (char) cp);
                }
            }
        } else if (index + 1 < end) {
            char c = v[index + 1];
            if (Character.isLowSurrogate(c)) {
                return -Character.toCodePoint((char) cp, c);
            }
        }
        return cp;
    }

    private static int compareCodePointCI(int cp1, int cp2) {
        cp1 = Character.toUpperCase(cp1);
        cp2 = Character.toUpperCase(cp2);
        if (cp1 != cp2) {
            cp1 = Character.toLowerCase(cp1);
            cp2 = Character.toLowerCase(cp2);
            if (cp1 != cp2) {
                return cp1 - cp2;
            }
        }
        return 0;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        while (len-- > 0) {
            if (ta[toffset++] != pa[ooffset++]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        while (len-- > 0) {
            char c1 = ta[toffset++];
            char c2 = pa[ooffset++];
            if (c1 == c2) {
                continue;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 == u2) {
                continue;
            }
            if (Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
                continue;
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] ta = value;
        char[] pa = prefix.value;
        int pc = pa.length;
        if (toffset < 0 || toffset > ta.length - pc) {
            return false;
        }
        int po = 0;
        while (--pc >= 0) {
            if (ta[toffset++] != pa[po++]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        return indexOf(value, value.length, ch, fromIndex);
    }

    static int indexOf(char[] v, int max, int ch, int fromIndex) {
        if (fromIndex < 0) {
            fromIndex = 0;
        } else if (fromIndex >= max) {
            return -1;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < max; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < max - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        return lastIndexOf(value, value.length, ch, fromIndex);
    }

    static int lastIndexOf(char[] v, int count, int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            int i = Math.min(fromIndex, count - 1);
            for (; i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            int i = Math.min(fromIndex, count - 2);
            for (; i >= 0; i--) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** Index of tgt in src[0, srcCount) at or after fromIndex, as JDK's String.indexOf. */
    static int indexOf(char[] src, int srcCount, char[] tgt, int fromIndex) {
        int tgtCount = tgt.length;
        if (fromIndex >= srcCount) {
            return (tgtCount == 0 ? srcCount : -1);
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (tgtCount == 0) {
            return fromIndex;
        }
        if (tgtCount > srcCount) {
            return -1;
        }
        char first = tgt[0];
        int max = srcCount - tgtCount;
        for (int i = fromIndex; i <= max; i++) {
            if (src[i] != first) {
                while (++i <= max && src[i] != first) {
                }
            }
            if (i <= max) {
                int j = i + 1;
                int end = j + tgtCount - 1;
                for (int k = 1; j < end && src[j] == tgt[k]; j++, k++) {
                }
                if (j == end) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    static int lastIndexOf(char[] src, int srcCount, char[] tgt, int fromIndex) {
        int tgtCount = tgt.length;
        int rightIndex = srcCount - tgtCount;
        if (fromIndex > rightIndex) {
            fromIndex = rightIndex;
        }
        if (fromIndex < 0) {
            return -1;
        }
        if (tgtCount == 0) {
            return fromIndex;
        }
        outer:
        for (int i = fromIndex; i >= 0; i--) {
            for (int k = 0; k < tgtCount; k++) {
                if (src[i + k] != tgt[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return new String(copy(value, beginIndex, endIndex - beginIndex), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return this.substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar != newChar) {
            char[] v = value;
            int len = v.length;
            int i = -1;
            while (++i < len) {
                if (v[i] == oldChar) {
                    break;
                }
            }
            if (i < len) {
                char[] buf = new char[len];
                System.arraycopy(v, 0, buf, 0, i);
                for (; i < len; i++) {
                    char c = v[i];
                    buf[i] = (c == oldChar) ? newChar : c;
                }
                return new String(buf, true);
            }
        }
        return this;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String trgtStr = target.toString();
        String replStr = replacement.toString();
        int thisLen = length();
        int trgtLen = trgtStr.length();
        int replLen = replStr.length();
        if (trgtLen > 0) {
            if (trgtLen == 1 && replLen == 1) {
                return replace(trgtStr.charAt(0), replStr.charAt(0));
            }
            int j = indexOf(trgtStr);
            if (j < 0) {
                return this;
            }
            StringBuilder sb = new StringBuilder(thisLen + Math.max(0, replLen - trgtLen) * 4);
            int i = 0;
            do {
                sb.append(value, i, j - i).append(replStr);
                i = j + trgtLen;
            } while (j < thisLen && (j = indexOf(trgtStr, i)) > 0);
            return sb.append(value, i, thisLen - i).toString();
        }
        long resultLen = (long) thisLen + (long) (thisLen + 1) * replLen;
        if (resultLen > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        StringBuilder sb = new StringBuilder((int) resultLen);
        sb.append(replStr);
        for (int i = 0; i < thisLen; ++i) {
            sb.append(value[i]).append(replStr);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String delim = delimiter.toString();
        int n = elements.length;
        String[] elems = new String[n];
        for (int i = 0; i < n; i++) {
            elems[i] = String.valueOf(elements[i]);
        }
        return join(delim, elems, n);
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        String delim = delimiter.toString();
        String[] elems = new String[8];
        int size = 0;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext(); ) {
            CharSequence cs = it.next();
            if (size == elems.length) {
                String[] bigger = new String[size << 1];
                System.arraycopy(elems, 0, bigger, 0, size);
                elems = bigger;
            }
            elems[size++] = String.valueOf(cs);
        }
        return join(delim, elems, size);
    }

    private static String join(String delim, String[] elems, int size) {
        if (size == 0) {
            return "";
        }
        long len = (long) delim.length() * (size - 1);
        for (int i = 0; i < size; i++) {
            len += elems[i].length();
        }
        if (len > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Requested string length exceeds VM limit");
        }
        char[] v = new char[(int) len];
        int off = 0;
        char[] d = delim.value;
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                System.arraycopy(d, 0, v, off, d.length);
                off += d.length;
            }
            char[] e = elems[i].value;
            System.arraycopy(e, 0, v, off, e.length);
            off += e.length;
        }
        return new String(v, true);
    }

    public String toLowerCase() {
        char[] v = value;
        int len = v.length;
        int first;
        for (first = 0; first < len; first++) {
            char c = v[first];
            if (c == 0x130 || c == 0x3A3 || Character.isSurrogate(c) || c != Character.toLowerCase(c)) {
                break;
            }
        }
        if (first == len) {
            return this;
        }
        StringBuilder sb = new StringBuilder(len + 8);
        sb.append(v, 0, first);
        for (int i = first; i < len; i++) {
            int cp = v[i];
            if (Character.isHighSurrogate((char) cp) && i + 1 < len && Character.isLowSurrogate(v[i + 1])) {
                cp = Character.toCodePoint((char) cp, v[++i]);
            }
            if (cp == 0x130) {
                sb.append('i').append('\u0307');
            } else if (cp == 0x3A3) {
                sb.append(isFinalSigma(v, i) ? '\u03C2' : '\u03C3');
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString();
    }

    /**
     * Greek capital sigma at index i is word-final: within its word (approximated as a run of
     * letters, digits, marks and connector punctuation) a cased letter precedes it and none follows.
     */
    private static boolean isFinalSigma(char[] v, int i) {
        boolean before = false;
        for (int j = i - 1; j >= 0 && isWordChar(v[j]); j--) {
            if (isCased(v[j])) {
                before = true;
                break;
            }
        }
        if (!before) {
            return false;
        }
        for (int j = i + 1; j < v.length && isWordChar(v[j]); j++) {
            if (isCased(v[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK || t == Character.CONNECTOR_PUNCTUATION
                || c == 0x3A3 || c == 0x3C3 || c == 0x3C2;
    }

    private static boolean isCased(char c) {
        int t = Character.getType(c);
        return t == Character.LOWERCASE_LETTER || t == Character.UPPERCASE_LETTER || t == Character.TITLECASE_LETTER
                || Character.isLowerCase(c) || Character.isUpperCase(c) || (c >= 0x391 && c <= 0x3C9);
    }

    public String toUpperCase() {
        char[] v = value;
        int len = v.length;
        int first;
        for (first = 0; first < len; first++) {
            char c = v[first];
            if (c == 0xDF || Character.isSurrogate(c) || c != Character.toUpperCase(c)) {
                break;
            }
        }
        if (first == len) {
            return this;
        }
        StringBuilder sb = new StringBuilder(len + 8);
        sb.append(v, 0, first);
        for (int i = first; i < len; i++) {
            int cp = v[i];
            if (Character.isHighSurrogate((char) cp) && i + 1 < len && Character.isLowSurrogate(v[i + 1])) {
                cp = Character.toCodePoint((char) cp, v[++i]);
            }
            if (cp == 0xDF) {
                sb.append('S').append('S');
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
        }
        return sb.toString();
    }

    public String trim() {
        char[] v = value;
        int len = v.length;
        int st = 0;
        while ((st < len) && (v[st] <= ' ')) {
            st++;
        }
        while ((st < len) && (v[len - 1] <= ' ')) {
            len--;
        }
        return ((st > 0) || (len < v.length)) ? substring(st, len) : this;
    }

    private int indexOfNonWhitespace() {
        char[] v = value;
        int length = v.length;
        int left = 0;
        while (left < length) {
            int cp = Character.codePointAtImpl(v, left, length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            left += Character.charCount(cp);
        }
        return left;
    }

    private int lastIndexOfNonWhitespace() {
        char[] v = value;
        int right = v.length;
        while (0 < right) {
            int cp = Character.codePointBeforeImpl(v, right, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            right -= Character.charCount(cp);
        }
        return right;
    }

    public String strip() {
        int left = indexOfNonWhitespace();
        if (left == value.length) {
            return "";
        }
        int right = lastIndexOfNonWhitespace();
        return (left > 0 || right < value.length) ? substring(left, right) : this;
    }

    public String stripLeading() {
        int left = indexOfNonWhitespace();
        if (left == value.length) {
            return "";
        }
        return left != 0 ? substring(left) : this;
    }

    public String stripTrailing() {
        int right = lastIndexOfNonWhitespace();
        if (right == 0) {
            return "";
        }
        return right != value.length ? substring(0, right) : this;
    }

    public boolean isBlank() {
        return indexOfNonWhitespace() == value.length;
    }

    public String toString() {
        return this;
    }

    public char[] toCharArray() {
        char[] result = new char[value.length];
        System.arraycopy(value, 0, result, 0, value.length);
        return result;
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    static String valueOfCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return valueOf((char) codePoint);
        } else if (Character.isValidCodePoint(codePoint)) {
            char[] v = new char[2];
            Character.toSurrogates(codePoint, v, 0);
            return new String(v, true);
        }
        throw new IllegalArgumentException(Character.invalidCodePoint(codePoint));
    }

    public native String intern();

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        int limit = len * count;
        char[] v = new char[limit];
        System.arraycopy(value, 0, v, 0, len);
        int copied = len;
        for (; copied < limit - copied; copied <<= 1) {
            System.arraycopy(v, 0, v, copied, copied);
        }
        System.arraycopy(v, 0, v, copied, limit - copied);
        return new String(v, true);
    }

    // ---- regular expressions (java.util.regex) and formatting (java.util.Formatter)

    /** The last pattern compiled for split/matches/replace*: loops calling s.split("\\s+") compile once. */
    private static String cachedRegex;
    private static java.util.regex.Pattern cachedPattern;

    private static java.util.regex.Pattern pattern(String regex) {
        java.util.regex.Pattern p = cachedPattern;
        if (p != null && regex.equals(cachedRegex)) {
            return p;
        }
        p = java.util.regex.Pattern.compile(regex);
        cachedRegex = regex;
        cachedPattern = p;
        return p;
    }

    public boolean matches(String regex) {
        return pattern(regex).matcher(this).matches();
    }

    public String replaceFirst(String regex, String replacement) {
        return pattern(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return pattern(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    /**
     * JDK 17's split: a one-char regex that is not a metachar (or a backslash-escaped non-alphanumeric
     * char) is split by indexOf without compiling a pattern.
     */
    public String[] split(String regex, int limit) {
        char ch = 0;
        if (((regex.length() == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) == -1)
                || (regex.length() == 2 && regex.charAt(0) == '\\'
                    && ((ch = regex.charAt(1)) - '0' | '9' - ch) < 0
                    && ((ch - 'a') | ('z' - ch)) < 0
                    && ((ch - 'A') | ('Z' - ch)) < 0))
                && (ch < Character.MIN_HIGH_SURROGATE || ch > Character.MAX_LOW_SURROGATE)) {
            return splitChar(ch, limit);
        }
        return pattern(regex).split(this, limit);
    }

    private String[] splitChar(char ch, int limit) {
        int off = 0;
        int next;
        boolean limited = limit > 0;
        String[] list = new String[10];
        int size = 0;
        while ((next = indexOf(ch, off)) != -1) {
            if (size == list.length) {
                String[] bigger = new String[size * 2];
                System.arraycopy(list, 0, bigger, 0, size);
                list = bigger;
            }
            if (!limited || size < limit - 1) {
                list[size++] = substring(off, next);
                off = next + 1;
            } else {
                int last = length();
                list[size++] = substring(off, last);
                off = last;
                break;
            }
        }
        if (off == 0) {
            return new String[] {this};
        }
        if (!limited || size < limit) {
            if (size == list.length) {
                String[] bigger = new String[size + 1];
                System.arraycopy(list, 0, bigger, 0, size);
                list = bigger;
            }
            list[size++] = substring(off, length());
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

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    // ---- streams

    @Override
    public java.util.stream.IntStream chars() {
        return CharSequence.super.chars();
    }

    @Override
    public java.util.stream.IntStream codePoints() {
        return CharSequence.super.codePoints();
    }

    /**
     * The lines split at \n, \r or \r\n, without terminators and without a trailing empty line
     * (JDK 11's lines(); not a sized stream, as JDK's LinesSpliterator is not).
     */
    public java.util.stream.Stream<String> lines() {
        java.util.List<String> result = java.util.Arrays.asList(lineArray());
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(result.iterator(),
                java.util.Spliterator.ORDERED | java.util.Spliterator.IMMUTABLE | java.util.Spliterator.NONNULL), false);
    }

    // ---- indent, stripIndent, translateEscapes (JDK 12/15)

    /** The lines of this string as lines() splits them: at \n, \r or \r\n, no empty last line. */
    private String[] lineArray() {
        char[] v = value;
        int n = v.length;
        String[] lines = new String[8];
        int size = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && v[end] != '\n' && v[end] != '\r') {
                end++;
            }
            if (size == lines.length) {
                String[] bigger = new String[size * 2];
                System.arraycopy(lines, 0, bigger, 0, size);
                lines = bigger;
            }
            lines[size++] = substring(start, end);
            if (end < n && v[end] == '\r' && end + 1 < n && v[end + 1] == '\n') {
                end++;
            }
            start = end + 1;
        }
        String[] result = new String[size];
        System.arraycopy(lines, 0, result, 0, size);
        return result;
    }

    public String indent(int n) {
        if (isEmpty()) {
            return "";
        }
        String[] lines = lineArray();
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (n > 0) {
                for (int i = 0; i < n; i++) {
                    sb.append(' ');
                }
                sb.append(line);
            } else if (n == Integer.MIN_VALUE) {
                sb.append(line.stripLeading());
            } else if (n < 0) {
                sb.append(line, Math.min(-n, line.indexOfNonWhitespace()), line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public String stripIndent() {
        int length = value.length;
        if (length == 0) {
            return "";
        }
        char lastChar = value[length - 1];
        boolean optOut = lastChar == '\n' || lastChar == '\r';
        String[] lines = lineArray();
        int outdent = 0;
        if (!optOut) {
            outdent = Integer.MAX_VALUE;
            for (String line : lines) {
                int leading = line.indexOfNonWhitespace();
                if (leading != line.length()) {
                    outdent = Math.min(outdent, leading);
                }
            }
            String lastLine = lines[lines.length - 1];
            if (lastLine.isBlank()) {
                outdent = Math.min(outdent, lastLine.length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                sb.append('\n');
            }
            int firstNonWhitespace = line.indexOfNonWhitespace();
            int lastNonWhitespace = line.lastIndexOfNonWhitespace();
            if (firstNonWhitespace <= lastNonWhitespace) {
                sb.append(line, Math.min(outdent, firstNonWhitespace), lastNonWhitespace);
            }
        }
        if (optOut) {
            sb.append('\n');
        }
        return sb.toString();
    }

    public String translateEscapes() {
        if (isEmpty()) {
            return "";
        }
        char[] chars = toCharArray();
        int length = chars.length;
        int from = 0;
        int to = 0;
        while (from < length) {
            char ch = chars[from++];
            if (ch == '\\') {
                ch = from < length ? chars[from++] : '\0';
                switch (ch) {
                    case 'b': ch = '\b'; break;
                    case 'f': ch = '\f'; break;
                    case 'n': ch = '\n'; break;
                    case 'r': ch = '\r'; break;
                    case 's': ch = ' '; break;
                    case 't': ch = '\t'; break;
                    case '\'': case '\"': case '\\': break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                        int limit = Math.min(from + (ch <= '3' ? 2 : 1), length);
                        int code = ch - '0';
                        while (from < limit) {
                            ch = chars[from];
                            if (ch < '0' || '7' < ch) {
                                break;
                            }
                            from++;
                            code = (code << 3) | (ch - '0');
                        }
                        ch = (char) code;
                        break;
                    }
                    case '\n':
                        continue;
                    case '\r':
                        if (from < length && chars[from] == '\n') {
                            from++;
                        }
                        continue;
                    default: {
                        String hex = Integer.toHexString(ch).toUpperCase();
                        while (hex.length() < 4) {
                            hex = "0" + hex;
                        }
                        throw new IllegalArgumentException("Invalid escape sequence: \\" + ch + " \\\\u" + hex);
                    }
                }
            }
            chars[to++] = ch;
        }
        return new String(chars, 0, to);
    }

    // Bounds checks with JDK 17's messages.

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }
}
