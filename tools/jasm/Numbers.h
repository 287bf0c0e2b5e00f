// Jasmin's numeric literals: decimal or 0x hexadecimal integers with an
// optional sign (and an optional L on a long), decimal floating-point numbers
// with an optional exponent and f/d suffix, and the words Sable's jasmin uses
// for the special values (+DoubleInfinity, -FloatInfinity, +DoubleNaN, ...).
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace cortado::jasm {

// An integer literal (no fraction, no exponent), if `word` is one.
std::optional<int64_t> parseInteger(std::string_view word);

// True if `word` is a floating-point literal (has '.', an exponent, an f/d
// suffix, or is a special-value word) rather than an integer.
bool isFloatingLiteral(std::string_view word);

// The value as a float or double, rounded once from the decimal text (never
// through the other type). Integer literals are accepted too.
std::optional<uint32_t> parseFloatBits(std::string_view word);
std::optional<uint64_t> parseDoubleBits(std::string_view word);

}  // namespace cortado::jasm
