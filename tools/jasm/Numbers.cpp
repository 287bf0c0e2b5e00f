#include "tools/jasm/Numbers.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace cortado::jasm {

std::optional<int64_t> parseInteger(std::string_view w) {
    if (!w.empty() && (w.back() == 'L' || w.back() == 'l')) w.remove_suffix(1);
    bool negative = false;
    if (!w.empty() && (w[0] == '-' || w[0] == '+')) {
        negative = w[0] == '-';
        w.remove_prefix(1);
    }
    int base = 10;
    if (w.size() > 2 && w[0] == '0' && (w[1] == 'x' || w[1] == 'X')) {
        base = 16;
        w.remove_prefix(2);
    }
    if (w.empty()) return std::nullopt;
    uint64_t magnitude = 0;
    auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), magnitude, base);
    if (ec != std::errc() || end != w.data() + w.size()) return std::nullopt;
    // Hexadecimal is a bit pattern (0xFFFFFFFF is -1 for an int, as in Java).
    if (base == 16) return static_cast<int64_t>(negative ? 0 - magnitude : magnitude);
    if (magnitude > uint64_t(std::numeric_limits<int64_t>::max()) + (negative ? 1 : 0)) return std::nullopt;
    return negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

namespace {
struct Special {
    std::string_view word;
    bool isDouble;
    double value;
};
const Special kSpecials[] = {
    {"+DoubleInfinity", true, std::numeric_limits<double>::infinity()},
    {"-DoubleInfinity", true, -std::numeric_limits<double>::infinity()},
    {"+DoubleNaN", true, std::numeric_limits<double>::quiet_NaN()},
    {"+FloatInfinity", false, std::numeric_limits<double>::infinity()},
    {"-FloatInfinity", false, -std::numeric_limits<double>::infinity()},
    {"+FloatNaN", false, std::numeric_limits<double>::quiet_NaN()},
};

const Special* special(std::string_view w) {
    for (const Special& s : kSpecials)
        if (s.word == w) return &s;
    return nullptr;
}

// The decimal text from_chars accepts: no '+', no f/d suffix, no hex.
std::optional<std::string> decimalText(std::string_view w) {
    if (!w.empty() && (w.back() == 'f' || w.back() == 'F' || w.back() == 'd' || w.back() == 'D')) w.remove_suffix(1);
    if (!w.empty() && w[0] == '+') w.remove_prefix(1);
    if (w.empty() || w[0] == '+') return std::nullopt;
    for (char c : w)
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) return std::nullopt;
    return std::string(w);
}

template <typename T>
std::optional<T> parseFloating(std::string_view w) {
    if (const Special* s = special(w)) return static_cast<T>(s->value);
    if (auto i = parseInteger(w); i && w.find_first_of("xX") != std::string_view::npos) return static_cast<T>(*i);
    auto text = decimalText(w);
    if (!text) return std::nullopt;
    T value{};
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value, std::chars_format::general);
    // Out of range: Java's parser gives infinity or zero, not an error.
    if (ec == std::errc::result_out_of_range) {
        bool negative = (*text)[0] == '-';
        bool tiny = text->find_first_of("eE") != std::string::npos && text->find("e-") != std::string::npos;
        value = tiny ? T(0) : std::numeric_limits<T>::infinity();
        if (negative) value = -value;
        return value;
    }
    if (ec != std::errc() || end != text->data() + text->size()) return std::nullopt;
    return value;
}
}  // namespace

bool isFloatingLiteral(std::string_view w) {
    if (special(w)) return true;
    if (parseInteger(w)) return false;
    return decimalText(w).has_value() && parseFloating<double>(w).has_value();
}

std::optional<uint32_t> parseFloatBits(std::string_view w) {
    auto v = parseFloating<float>(w);
    if (!v) return std::nullopt;
    return std::bit_cast<uint32_t>(*v);
}

std::optional<uint64_t> parseDoubleBits(std::string_view w) {
    auto v = parseFloating<double>(w);
    if (!v) return std::nullopt;
    return std::bit_cast<uint64_t>(*v);
}

}  // namespace cortado::jasm
