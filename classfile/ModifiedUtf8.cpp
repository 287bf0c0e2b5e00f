// Modified UTF-8 (JVMS 4.4.7) and standard UTF-8 (RFC 3629, Unicode 3.9)
// conversions to and from UTF-16.
#include "classfile/ModifiedUtf8.h"

namespace cortado::classfile {

namespace {

constexpr char16_t kReplacement = u'\uFFFD';

bool isContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }
bool isHighSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool isLowSurrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

uint8_t byteAt(std::string_view s, size_t i) { return static_cast<uint8_t>(s[i]); }

// Appends `c` (at most U+FFFF) in the 1-, 2- or 3-byte form. Modified UTF-8
// and standard UTF-8 agree on these forms except for U+0000 (JVMS 4.4.7).
void appendUpTo3Bytes(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

}  // namespace

bool isValidModifiedUtf8(std::string_view bytes, bool allowOverlong) {
    const size_t n = bytes.size();
    for (size_t i = 0; i < n;) {
        uint8_t b0 = byteAt(bytes, i);
        if (b0 == 0) return false;  // JVMS 4.4.7: no byte may be 0
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        switch (b0 >> 4) {
        case 0xC:
        case 0xD: {  // 110xxxxx 10xxxxxx
            if (i + 1 >= n || !isContinuation(byteAt(bytes, i + 1))) return false;
            char32_t c = ((b0 & 0x1F) << 6) | (byteAt(bytes, i + 1) & 0x3F);
            // C0 80 is how NUL is written; any other value below 0x80 is an
            // overlong form, which HotSpot refuses from major version 48 on.
            if (c != 0 && c < 0x80 && !allowOverlong) return false;
            i += 2;
            break;
        }
        case 0xE: {  // 1110xxxx 10xxxxxx 10xxxxxx
            if (i + 2 >= n || !isContinuation(byteAt(bytes, i + 1)) ||
                !isContinuation(byteAt(bytes, i + 2)))
                return false;
            char32_t c = ((b0 & 0x0F) << 12) | ((byteAt(bytes, i + 1) & 0x3F) << 6) |
                         (byteAt(bytes, i + 2) & 0x3F);
            if (c < 0x800 && !allowOverlong) return false;
            i += 3;
            break;
        }
        default:
            // 10xxxxxx cannot start a character, and 1111xxxx (the 4-byte
            // form of standard UTF-8, and beyond) is not part of the format.
            return false;
        }
    }
    return true;
}

std::u16string decodeModifiedUtf8(std::string_view bytes) {
    std::u16string out;
    out.reserve(bytes.size());
    const size_t n = bytes.size();
    for (size_t i = 0; i < n;) {
        uint8_t b0 = byteAt(bytes, i);
        if (b0 < 0x80) {
            out += static_cast<char16_t>(b0);
            i += 1;
        } else if ((b0 >> 5) == 0x6 && i + 1 < n && isContinuation(byteAt(bytes, i + 1))) {
            out += static_cast<char16_t>(((b0 & 0x1F) << 6) | (byteAt(bytes, i + 1) & 0x3F));
            i += 2;
        } else if ((b0 >> 4) == 0xE && i + 2 < n && isContinuation(byteAt(bytes, i + 1)) &&
                   isContinuation(byteAt(bytes, i + 2))) {
            out += static_cast<char16_t>(((b0 & 0x0F) << 12) | ((byteAt(bytes, i + 1) & 0x3F) << 6) |
                                         (byteAt(bytes, i + 2) & 0x3F));
            i += 3;
        } else {
            out += kReplacement;  // only reachable on input that fails validation
            i += 1;
        }
    }
    return out;
}

std::string encodeModifiedUtf8(std::u16string_view chars) {
    std::string out;
    out.reserve(chars.size());
    for (char16_t c : chars) {
        if (c == 0) {
            out += "\xC0\x80";  // JVMS 4.4.7: NUL takes the 2-byte form
        } else {
            // Surrogates are encoded one by one as 3-byte forms (JVMS 4.4.7).
            appendUpTo3Bytes(out, c);
        }
    }
    return out;
}

std::string utf16ToUtf8(std::u16string_view chars) {
    std::string out;
    out.reserve(chars.size());
    for (size_t i = 0; i < chars.size(); ++i) {
        char32_t c = chars[i];
        if (isHighSurrogate(c) && i + 1 < chars.size() && isLowSurrogate(chars[i + 1])) {
            char32_t cp = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
            ++i;
        } else if (isHighSurrogate(c) || isLowSurrogate(c)) {
            out += '?';  // what String.getBytes(UTF_8) writes for an unpaired surrogate
        } else {
            appendUpTo3Bytes(out, c);
        }
    }
    return out;
}

// Follows java.lang.String's UTF-8 decoding (JDK 17) so that text read by the
// VM matches what `new String(bytes, UTF_8)` gives: one U+FFFD per maximal
// ill-formed subpart (Unicode 3.9, "U+FFFD Substitution of Maximal Subparts"),
// except that Java replaces a complete 3-byte encoded surrogate (ED A0 80)
// with a single U+FFFD, and does not single out ED A0..BF as a bad prefix.
std::u16string utf8ToUtf16(std::string_view bytes) {
    std::u16string out;
    out.reserve(bytes.size());
    const size_t n = bytes.size();
    auto contAt = [&](size_t i) { return i < n && isContinuation(byteAt(bytes, i)); };
    for (size_t i = 0; i < n;) {
        uint8_t b0 = byteAt(bytes, i);
        if (b0 < 0x80) {
            out += static_cast<char16_t>(b0);
            i += 1;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            if (!contAt(i + 1)) {
                out += kReplacement;
                i += 1;
                continue;
            }
            out += static_cast<char16_t>(((b0 & 0x1F) << 6) | (byteAt(bytes, i + 1) & 0x3F));
            i += 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            // E0 80..9F would be overlong: the lead byte alone is the bad subpart.
            if (!contAt(i + 1) || (b0 == 0xE0 && byteAt(bytes, i + 1) < 0xA0)) {
                out += kReplacement;
                i += 1;
                continue;
            }
            if (!contAt(i + 2)) {
                out += kReplacement;
                i += 2;
                continue;
            }
            char32_t c = ((b0 & 0x0F) << 12) | ((byteAt(bytes, i + 1) & 0x3F) << 6) |
                         (byteAt(bytes, i + 2) & 0x3F);
            out += (isHighSurrogate(c) || isLowSurrogate(c)) ? kReplacement : static_cast<char16_t>(c);
            i += 3;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            // F0 80..8F is overlong and F4 90..BF is beyond U+10FFFF.
            if (!contAt(i + 1) || (b0 == 0xF0 && byteAt(bytes, i + 1) < 0x90) ||
                (b0 == 0xF4 && byteAt(bytes, i + 1) >= 0x90)) {
                out += kReplacement;
                i += 1;
                continue;
            }
            if (!contAt(i + 2)) {
                out += kReplacement;
                i += 2;
                continue;
            }
            if (!contAt(i + 3)) {
                out += kReplacement;
                i += 3;
                continue;
            }
            char32_t cp = ((b0 & 0x07) << 18) | ((byteAt(bytes, i + 1) & 0x3F) << 12) |
                          ((byteAt(bytes, i + 2) & 0x3F) << 6) | (byteAt(bytes, i + 3) & 0x3F);
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
            i += 4;
        } else {
            // A stray continuation byte, C0/C1 (always overlong) or F5..FF.
            out += kReplacement;
            i += 1;
        }
    }
    return out;
}

}  // namespace cortado::classfile
