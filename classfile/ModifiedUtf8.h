// Modified UTF-8 (JVMS 4.4.7): the encoding of CONSTANT_Utf8 entries.
// NUL is encoded as C0 80, supplementary characters as two 3-byte surrogates,
// and 4-byte forms are illegal.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cortado::classfile {

// True if `bytes` is well-formed modified UTF-8 as JVMS 4.4.7 defines it:
// no byte 0x00 or 0xF0-0xFF, no stray continuation byte, no truncated
// sequence. NUL must be C0 80. Other overlong 2- and 3-byte forms (C1 80 for
// 'A', E0 80 80, ...) are rejected unless `allowOverlong`: HotSpot accepts
// them only in class files with major_version <= 47, so the parser passes
// `majorVersion <= 47` here. Surrogates, paired or not, are accepted as
// 3-byte forms, as HotSpot does.
bool isValidModifiedUtf8(std::string_view bytes, bool allowOverlong = false);

// Decodes to UTF-16 code units. Expects valid input (see isValidModifiedUtf8),
// overlong forms included; never reads out of bounds on invalid input, where
// each byte that does not start a complete sequence becomes U+FFFD.
std::u16string decodeModifiedUtf8(std::string_view bytes);

// Encodes UTF-16 code units as modified UTF-8.
std::string encodeModifiedUtf8(std::u16string_view chars);

// Standard UTF-8 (as printed to a terminal) from UTF-16; unpaired surrogates
// become '?', as Java's UTF-8 encoder does.
std::string utf16ToUtf8(std::u16string_view chars);

// UTF-16 from standard UTF-8 (malformed bytes become U+FFFD, as Java decodes).
std::u16string utf8ToUtf16(std::string_view bytes);

}  // namespace cortado::classfile
