package jdk.internal.util;

/**
 * Cortado's codecs behind java.nio.charset: the six standard charsets (UTF-8, ISO-8859-1,
 * US-ASCII, UTF-16BE, UTF-16LE, UTF-16), encoded and decoded exactly as OpenJDK 17's String does
 * it (malformed input becomes U+FFFD, unmappable characters become '?', or U+FFFD in UTF-16).
 */
public final class SimpleCharsets {
    public static final int UTF_8 = 0;
    public static final int ISO_8859_1 = 1;
    public static final int US_ASCII = 2;
    public static final int UTF_16BE = 3;
    public static final int UTF_16LE = 4;
    /** UTF-16 with a byte-order mark: written big-endian after FE FF, read in the order a BOM says. */
    public static final int UTF_16 = 5;

    private static final char REPL = '\uFFFD';

    private static int defaultCharset = UTF_8;

    private SimpleCharsets() {}

    /** The charset named by file.encoding (set by System.initPhase1). */
    public static int defaultCharset() {
        return defaultCharset;
    }

    /** Sets the default charset from a name; unknown names keep UTF-8, as JDK 17 does. */
    public static void setDefaultCharset(String name) {
        int cs = name == null ? -1 : lookup(name);
        defaultCharset = cs < 0 ? UTF_8 : cs;
    }

    /** The Charset objects, created when first asked for (java.nio.charset is not needed at start-up). */
    private static final class CharsetObjects {
        static final SimpleCharset[] CHARSETS = {
            new SimpleCharset(UTF_8), new SimpleCharset(ISO_8859_1), new SimpleCharset(US_ASCII),
            new SimpleCharset(UTF_16BE), new SimpleCharset(UTF_16LE), new SimpleCharset(UTF_16)
        };
    }

    /** The java.nio.charset.Charset of a charset id. */
    public static java.nio.charset.Charset charset(int cs) {
        return CharsetObjects.CHARSETS[cs];
    }

    /**
     * The id of a Charset; NullPointerException for null, UnsupportedOperationException for a
     * Charset subclass of the program's own (there are no CharsetEncoder/Decoder classes yet).
     */
    public static int id(java.nio.charset.Charset cs) {
        if (cs == null) {
            throw new NullPointerException();
        }
        if (cs instanceof SimpleCharset) {
            return ((SimpleCharset) cs).id;
        }
        throw new UnsupportedOperationException("charset " + cs.name() + " has no encoder in Cortado");
    }

    /**
     * For decoding a stream in pieces: the length of the prefix of src[off, off+len) to decode now.
     * What is left is the start of one UTF-8 sequence that is incomplete but not (yet) malformed;
     * JDK's UTF-8 decoder waits for more input there, and treats everything else at once.
     */
    public static int decodablePrefix(int cs, byte[] src, int off, int len) {
        if (isUtf16(cs)) {
            // An odd byte waits for its pair, and a high surrogate for the unit after it (which it
            // takes along even when that is not a low surrogate), so units are paired from the start.
            int i = 0;
            while (len - i >= 2) {
                if (Character.isHighSurrogate(unit(cs, src, off + i))) {
                    if (len - i < 4) {
                        break;
                    }
                    i += 4;
                } else {
                    i += 2;
                }
            }
            return i;
        }
        if (cs != UTF_8) {
            return len;
        }
        int end = off + len;
        for (int i = end - 1; i >= off && i >= end - 3; i--) {
            int b1 = src[i] & 0xff;
            if ((b1 & 0xc0) == 0x80) {
                continue; // a continuation byte: look further back for its lead byte
            }
            int have = end - i;
            int need = b1 >= 0xc2 && b1 <= 0xdf ? 2 : b1 >= 0xe0 && b1 <= 0xef ? 3 : b1 >= 0xf0 && b1 <= 0xf4 ? 4 : 1;
            if (have >= need) {
                return len;
            }
            if (need == 3 && have == 2 && isMalformed3_2(src[i], src[i + 1])) {
                return len;
            }
            if (need == 4 && have >= 2 && isMalformed4_2(b1, src[i + 1] & 0xff)) {
                return len;
            }
            if (need == 4 && have == 3 && isMalformed4_3(src[i + 2])) {
                return len;
            }
            return i - off;
        }
        return len;
    }

    /** The canonical name of a charset id. */
    public static String name(int cs) {
        switch (cs) {
            case ISO_8859_1: return "ISO-8859-1";
            case US_ASCII: return "US-ASCII";
            case UTF_16BE: return "UTF-16BE";
            case UTF_16LE: return "UTF-16LE";
            case UTF_16: return "UTF-16";
            default: return "UTF-8";
        }
    }

    /** The id of the charset with this name or alias (case-insensitive), or -1. */
    public static int lookup(String name) {
        String n = name.toLowerCase();
        switch (n) {
            case "utf-8":
            case "utf8":
            case "unicode-1-1-utf-8":
                return UTF_8;
            case "iso-8859-1":
            case "iso8859-1":
            case "iso8859_1":
            case "iso_8859_1":
            case "iso_8859-1":
            case "iso_8859-1:1987":
            case "8859_1":
            case "latin1":
            case "l1":
            case "ibm819":
            case "ibm-819":
            case "cp819":
            case "819":
            case "csisolatin1":
            case "iso-ir-100":
                return ISO_8859_1;
            case "us-ascii":
            case "ascii":
            case "ansi_x3.4-1968":
            case "ansi_x3.4-1986":
            case "iso646-us":
            case "iso_646.irv:1991":
            case "iso_646.irv:1983":
            case "iso-ir-6":
            case "us":
            case "ibm367":
            case "cp367":
            case "csascii":
            case "default":
            case "646":
                return US_ASCII;
            case "utf-16be":
            case "utf_16be":
            case "x-utf-16be":
            case "iso-10646-ucs-2":
            case "unicodebigunmarked":
                return UTF_16BE;
            case "utf-16le":
            case "utf_16le":
            case "x-utf-16le":
            case "unicodelittleunmarked":
                return UTF_16LE;
            case "utf-16":
            case "utf_16":
            case "utf16":
            case "unicode":
            case "unicodebig":
                return UTF_16;
            default:
                return -1;
        }
    }

    /** Encodes a[off, off+len) in charset cs. */
    public static byte[] encode(int cs, char[] a, int off, int len) {
        byte[] dst = new byte[len * maxBytesPerChar(cs) + (cs == UTF_16 && len > 0 ? 2 : 0)];
        int dp = 0;
        if (cs == UTF_16 && len > 0) {
            dp = byteOrderMark(dst, 0);
        }
        dp = encode(cs, a, off, len, dst, dp);
        if (dp == dst.length) {
            return dst;
        }
        byte[] r = new byte[dp];
        System.arraycopy(dst, 0, r, 0, dp);
        return r;
    }

    /** Bytes per char at most (a surrogate pair is two chars): 3 for UTF-8, 2 for UTF-16, else 1. */
    public static int maxBytesPerChar(int cs) {
        return cs == UTF_8 ? 3 : isUtf16(cs) ? 2 : 1;
    }

    public static boolean isUtf16(int cs) {
        return cs == UTF_16BE || cs == UTF_16LE || cs == UTF_16;
    }

    /** Writes UTF-16's byte-order mark (FE FF, big-endian) at dp; returns the new dp. */
    public static int byteOrderMark(byte[] dst, int dp) {
        dst[dp] = (byte) 0xFE;
        dst[dp + 1] = (byte) 0xFF;
        return dp + 2;
    }

    /**
     * Writes the encoder's replacement for malformed or unmappable input at dp ('?', or U+FFFD in
     * UTF-16, as JDK's encoders replace); returns the new dp.
     */
    public static int replacement(int cs, byte[] dst, int dp) {
        if (isUtf16(cs)) {
            return putUnit(cs, '\uFFFD', dst, dp);
        }
        dst[dp] = '?';
        return dp + 1;
    }

    private static int putUnit(int cs, char c, byte[] dst, int dp) {
        if (cs == UTF_16LE) {
            dst[dp] = (byte) c;
            dst[dp + 1] = (byte) (c >> 8);
        } else {
            dst[dp] = (byte) (c >> 8);
            dst[dp + 1] = (byte) c;
        }
        return dp + 2;
    }

    private static char unit(int cs, byte[] src, int i) {
        int b1 = src[i] & 0xff;
        int b2 = src[i + 1] & 0xff;
        return cs == UTF_16LE ? (char) ((b2 << 8) | b1) : (char) ((b1 << 8) | b2);
    }

    /**
     * Encodes a[off, off+len) into dst at dp (which must have room for maxBytesPerChar(cs) bytes
     * per char); returns the new dp. An unpaired surrogate becomes the replacement, and a pair is
     * one '?' in a single-byte charset. No byte-order mark is written (callers put one first).
     */
    public static int encode(int cs, char[] a, int off, int len, byte[] dst, int dp) {
        int sp = off;
        int sl = off + len;
        if (isUtf16(cs)) {
            while (sp < sl) {
                char c = a[sp++];
                if (Character.isHighSurrogate(c) && sp < sl && Character.isLowSurrogate(a[sp])) {
                    dp = putUnit(cs, c, dst, dp);
                    dp = putUnit(cs, a[sp++], dst, dp);
                } else if (Character.isSurrogate(c)) {
                    dp = replacement(cs, dst, dp);
                } else {
                    dp = putUnit(cs, c, dst, dp);
                }
            }
            return dp;
        }
        if (cs == UTF_8) {
            while (sp < sl) {
                char c = a[sp++];
                if (c < 0x80) {
                    dst[dp++] = (byte) c;
                } else if (c < 0x800) {
                    dst[dp++] = (byte) (0xc0 | (c >> 6));
                    dst[dp++] = (byte) (0x80 | (c & 0x3f));
                } else if (c >= 0xD800 && c <= 0xDFFF) {
                    char c2;
                    if (c <= 0xDBFF && sp < sl && (c2 = a[sp]) >= 0xDC00 && c2 <= 0xDFFF) {
                        int uc = ((c << 10) + c2) + (0x010000 - (0xD800 << 10) - 0xDC00);
                        dst[dp++] = (byte) (0xf0 | ((uc >> 18)));
                        dst[dp++] = (byte) (0x80 | ((uc >> 12) & 0x3f));
                        dst[dp++] = (byte) (0x80 | ((uc >> 6) & 0x3f));
                        dst[dp++] = (byte) (0x80 | (uc & 0x3f));
                        sp++;
                    } else {
                        dst[dp++] = '?';
                    }
                } else {
                    dst[dp++] = (byte) (0xe0 | ((c >> 12)));
                    dst[dp++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    dst[dp++] = (byte) (0x80 | (c & 0x3f));
                }
            }
            return dp;
        }
        int max = cs == ISO_8859_1 ? 0xFF : 0x7F;
        while (sp < sl) {
            char c = a[sp++];
            if (c <= max) {
                dst[dp++] = (byte) c;
            } else {
                if (c >= 0xD800 && c <= 0xDBFF && sp < sl && a[sp] >= 0xDC00 && a[sp] <= 0xDFFF) {
                    sp++;
                }
                dst[dp++] = '?';
            }
        }
        return dp;
    }

    /**
     * For UTF-16 (with byte-order mark) input: UTF_16BE or UTF_16LE as a mark at src[off] says
     * (big-endian without one), and how many bytes the mark takes (0 or 2).
     */
    public static int utf16Order(byte[] src, int off, int len, int[] markLength) {
        if (len >= 2) {
            int b1 = src[off] & 0xff;
            int b2 = src[off + 1] & 0xff;
            if (b1 == 0xFE && b2 == 0xFF) {
                markLength[0] = 2;
                return UTF_16BE;
            }
            if (b1 == 0xFF && b2 == 0xFE) {
                markLength[0] = 2;
                return UTF_16LE;
            }
        }
        markLength[0] = 0;
        return UTF_16BE;
    }

    /**
     * UTF-16 decoding as JDK 17's UnicodeDecoder replaces malformed input: an unpaired low
     * surrogate, or a high surrogate with its next unit (4 bytes) is one U+FFFD;
     * so is whatever incomplete input is left at the end (an odd byte, a last high surrogate).
     */
    private static char[] decodeUtf16(int cs, byte[] src, int off, int len) {
        if (cs == UTF_16) {
            int[] mark = new int[1];
            cs = utf16Order(src, off, len, mark);
            off += mark[0];
            len -= mark[0];
        }
        char[] dst = new char[(len + 1) / 2];
        int dp = 0;
        int sp = off;
        int sl = off + len;
        while (sl - sp >= 2) {
            char c = unit(cs, src, sp);
            sp += 2;
            if (Character.isLowSurrogate(c)) {
                dst[dp++] = REPL;
            } else if (Character.isHighSurrogate(c)) {
                if (sl - sp < 2) {
                    sp = sl; // the end of input leaves the pair incomplete: one malformed input
                    dst[dp++] = REPL;
                    break;
                }
                char c2 = unit(cs, src, sp);
                sp += 2;
                if (Character.isLowSurrogate(c2)) {
                    dst[dp++] = c;
                    dst[dp++] = c2;
                } else {
                    dst[dp++] = REPL;
                }
            } else {
                dst[dp++] = c;
            }
        }
        if (sp < sl) {
            dst[dp++] = REPL;
        }
        if (dp == dst.length) {
            return dst;
        }
        char[] r = new char[dp];
        System.arraycopy(dst, 0, r, 0, dp);
        return r;
    }

    /** Decodes src[off, off+len) from charset cs into a new array of exactly the decoded length. */
    public static char[] decode(int cs, byte[] src, int off, int len) {
        if (isUtf16(cs)) {
            return decodeUtf16(cs, src, off, len);
        }
        char[] dst = new char[len];
        int dp = 0;
        if (cs == ISO_8859_1) {
            for (int i = 0; i < len; i++) {
                dst[i] = (char) (src[off + i] & 0xff);
            }
            return dst;
        }
        if (cs == US_ASCII) {
            for (int i = 0; i < len; i++) {
                byte b = src[off + i];
                dst[i] = b >= 0 ? (char) b : REPL;
            }
            return dst;
        }
        int sp = off;
        int sl = off + len;
        while (sp < sl) {
            int b1 = src[sp++];
            if (b1 >= 0) {
                dst[dp++] = (char) b1;
            } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                if (sp < sl) {
                    int b2 = src[sp++];
                    if (isNotContinuation(b2)) {
                        dst[dp++] = REPL;
                        sp--;
                    } else {
                        dst[dp++] = (char) (((b1 << 6) ^ b2) ^ (((byte) 0xC0 << 6) ^ ((byte) 0x80 << 0)));
                    }
                    continue;
                }
                dst[dp++] = REPL;
                break;
            } else if ((b1 >> 4) == -2) {
                if (sp + 1 < sl) {
                    int b2 = src[sp++];
                    int b3 = src[sp++];
                    if (isMalformed3(b1, b2, b3)) {
                        dst[dp++] = REPL;
                        sp -= 3;
                        sp += malformed3(src, sp);
                    } else {
                        char c = (char) ((b1 << 12) ^ (b2 << 6)
                                ^ (b3 ^ (((byte) 0xE0 << 12) ^ ((byte) 0x80 << 6) ^ ((byte) 0x80 << 0))));
                        dst[dp++] = (c >= 0xD800 && c <= 0xDFFF) ? REPL : c;
                    }
                    continue;
                }
                if (sp < sl && isMalformed3_2(b1, src[sp])) {
                    dst[dp++] = REPL;
                    continue;
                }
                dst[dp++] = REPL;
                break;
            } else if ((b1 >> 3) == -2) {
                if (sp + 2 < sl) {
                    int b2 = src[sp++];
                    int b3 = src[sp++];
                    int b4 = src[sp++];
                    int uc = ((b1 << 18) ^ (b2 << 12) ^ (b3 << 6)
                            ^ (b4 ^ (((byte) 0xF0 << 18) ^ ((byte) 0x80 << 12) ^ ((byte) 0x80 << 6)
                                    ^ ((byte) 0x80 << 0))));
                    if (isMalformed4(b2, b3, b4) || !(uc >= 0x10000 && uc <= 0x10FFFF)) {
                        dst[dp++] = REPL;
                        sp -= 4;
                        sp += malformed4(src, sp);
                    } else {
                        dst[dp++] = (char) ((uc >>> 10) + (0xD800 - (0x010000 >>> 10)));
                        dst[dp++] = (char) ((uc & 0x3ff) + 0xDC00);
                    }
                    continue;
                }
                b1 &= 0xff;
                if (b1 > 0xf4 || sp < sl && isMalformed4_2(b1, src[sp] & 0xff)) {
                    dst[dp++] = REPL;
                    continue;
                }
                sp++;
                dst[dp++] = REPL;
                if (sp < sl && isMalformed4_3(src[sp])) {
                    continue;
                }
                break;
            } else {
                dst[dp++] = REPL;
            }
        }
        if (dp == len) {
            return dst;
        }
        char[] r = new char[dp];
        System.arraycopy(dst, 0, r, 0, dp);
        return r;
    }

    private static boolean isNotContinuation(int b) {
        return (b & 0xc0) != 0x80;
    }

    private static boolean isMalformed3(int b1, int b2, int b3) {
        return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80;
    }

    private static boolean isMalformed3_2(int b1, int b2) {
        return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80;
    }

    private static boolean isMalformed4(int b2, int b3, int b4) {
        return (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80 || (b4 & 0xc0) != 0x80;
    }

    private static boolean isMalformed4_2(int b1, int b2) {
        return (b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 == 0xf4 && (b2 & 0xf0) != 0x80)
                || (b2 & 0xc0) != 0x80;
    }

    private static boolean isMalformed4_3(int b3) {
        return (b3 & 0xc0) != 0x80;
    }

    private static int malformed3(byte[] src, int sp) {
        int b1 = src[sp++];
        int b2 = src[sp];
        return ((b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || isNotContinuation(b2)) ? 1 : 2;
    }

    private static int malformed4(byte[] src, int sp) {
        int b1 = src[sp++] & 0xff;
        int b2 = src[sp++] & 0xff;
        if (b1 > 0xf4 || (b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 == 0xf4 && (b2 & 0xf0) != 0x80)
                || isNotContinuation(b2)) {
            return 1;
        }
        if (isNotContinuation(src[sp])) {
            return 2;
        }
        return 3;
    }
}
