// Modified UTF-8 (JVMS 4.4.7): the encoding of CONSTANT_Utf8 entries.
// NUL is encoded as C0 80, supplementary characters as two 3-byte surrogates,
// and 4-byte forms are illegal.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cortado::classfile {

// True if `bytes` is well-formed modified UTF-8 as JVMS 4.4.7 defines it.
bool isValidModifiedUtf8(std::string_view bytes);

// Decodes to UTF-16 code units. Requires valid input (see isValidModifiedUtf8).
std::u16string decodeModifiedUtf8(std::string_view bytes);

// Encodes UTF-16 code units as modified UTF-8.
std::string encodeModifiedUtf8(std::u16string_view chars);

// Standard UTF-8 (as printed to a terminal) from UTF-16; unpaired surrogates
// become '?', as Java's UTF-8 encoder does.
std::string utf16ToUtf8(std::u16string_view chars);

// UTF-16 from standard UTF-8 (malformed bytes become U+FFFD, as Java decodes).
std::u16string utf8ToUtf16(std::string_view bytes);

}  // namespace cortado::classfile
