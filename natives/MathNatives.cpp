// StrictMath (libm), Float/Double bit conversions, and
// jdk.internal.math.FloatingDecimal: Java's decimal <-> binary floating point.
#include <algorithm>
#include <charconv>
#include <limits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "natives/FloatingDecimal.h"
#include "natives/Natives.h"
#include "natives/NativeSupport.h"
#include "runtime/Strings.h"

namespace cortado::natives {

using namespace runtime;

// ---- Double.toString / Float.toString (JDK 17's digits, see FloatingDecimal.cpp) ----

static Slot fdDoubleToString(JavaThread& t, Slot* a) {
    return refToSlot(newStringFromUtf8(t, javaDoubleToString(argDouble(a, 0))));
}
static Slot fdFloatToString(JavaThread& t, Slot* a) {
    return refToSlot(newStringFromUtf8(t, javaFloatToString(argFloat(a, 0))));
}

// ---- Double.parseDouble / Float.parseFloat (the grammar of Double.valueOf) ---------

// Returns the text strtod should read (suffix removed), or false if `in` is not
// a Java floating-point literal as Double.valueOf(String) defines it.
static bool javaFloatingSyntax(const std::string& in, std::string& out) {
    size_t b = 0, e = in.size();
    while (b < e && static_cast<unsigned char>(in[b]) <= ' ') ++b;
    while (e > b && static_cast<unsigned char>(in[e - 1]) <= ' ') --e;
    std::string s = in.substr(b, e - b);
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::string body = s.substr(i);
    if (body == "NaN" || body == "Infinity") { out = s; return true; }
    if (!body.empty() && (body.back() == 'f' || body.back() == 'F' || body.back() == 'd' || body.back() == 'D')) {
        s.pop_back();
        body.pop_back();
    }
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    auto isHex = [&](char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    size_t p = 0;
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
        p = 2;
        size_t digits = 0;
        while (p < body.size() && isHex(body[p])) ++p, ++digits;
        if (p < body.size() && body[p] == '.') {
            ++p;
            while (p < body.size() && isHex(body[p])) ++p, ++digits;
        }
        if (digits == 0 || p >= body.size() || (body[p] != 'p' && body[p] != 'P')) return false;  // binary exponent required
        ++p;
        if (p < body.size() && (body[p] == '+' || body[p] == '-')) ++p;
        size_t expDigits = 0;
        while (p < body.size() && isDigit(body[p])) ++p, ++expDigits;
        if (expDigits == 0 || p != body.size()) return false;
        out = s;
        return true;
    }
    size_t digits = 0;
    while (p < body.size() && isDigit(body[p])) ++p, ++digits;
    if (p < body.size() && body[p] == '.') {
        ++p;
        while (p < body.size() && isDigit(body[p])) ++p, ++digits;
    }
    if (digits == 0) return false;
    if (p < body.size() && (body[p] == 'e' || body[p] == 'E')) {
        ++p;
        if (p < body.size() && (body[p] == '+' || body[p] == '-')) ++p;
        size_t expDigits = 0;
        while (p < body.size() && isDigit(body[p])) ++p, ++expDigits;
        if (expDigits == 0) return false;
    }
    if (p != body.size()) return false;
    out = s;
    return true;
}

template <typename T>
static bool parseJavaFloating(JavaThread& t, Object* str, T& result) {
    if (!str) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return false;
    }
    std::string in = stringToUtf8(t, str);
    std::string text;
    bool blank = true;
    for (char c : in) if (static_cast<unsigned char>(c) > ' ') blank = false;
    if (blank) {
        t.throwNew("java/lang/NumberFormatException", in.empty() ? "empty String" : "For input string: \"" + in + "\"");
        return false;
    }
    if (!javaFloatingSyntax(in, text)) {
        t.throwNew("java/lang/NumberFormatException", "For input string: \"" + in + "\"");
        return false;
    }
    std::string body = text;
    bool negative = !body.empty() && body[0] == '-';
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) body.erase(0, 1);
    if (body == "NaN") { result = std::numeric_limits<T>::quiet_NaN(); return true; }
    if (body == "Infinity") { result = negative ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::infinity(); return true; }
    // strtod/strtof round correctly from decimal straight to the target type, as Java requires.
    if constexpr (std::is_same_v<T, float>) result = std::strtof(text.c_str(), nullptr);
    else result = std::strtod(text.c_str(), nullptr);
    return true;
}

static Slot fdParseDouble(JavaThread& t, Slot* a) {
    double d = 0;
    return parseJavaFloating(t, argRef(a, 0), d) ? doubleToSlot(d) : 0;
}
static Slot fdParseFloat(JavaThread& t, Slot* a) {
    float f = 0;
    return parseJavaFloating(t, argRef(a, 0), f) ? floatToSlot(f) : 0;
}

// ---- Bits ---------------------------------------------------------------------------

static Slot floatToRawIntBits(JavaThread&, Slot* a) { return a[0] & 0xffffffffu; }
static Slot intBitsToFloat(JavaThread&, Slot* a) { return a[0] & 0xffffffffu; }
static Slot doubleToRawLongBits(JavaThread&, Slot* a) { return a[0]; }
static Slot longBitsToDouble(JavaThread&, Slot* a) { return a[0]; }

// ---- StrictMath -----------------------------------------------------------------------

#define UNARY(name, fn) \
    static Slot strict_##name(JavaThread&, Slot* a) { return doubleToSlot(fn(argDouble(a, 0))); }
#define BINARY(name, fn) \
    static Slot strict_##name(JavaThread&, Slot* a) { return doubleToSlot(fn(argDouble(a, 0), argDouble(a, 2))); }
UNARY(sin, std::sin) UNARY(cos, std::cos) UNARY(tan, std::tan) UNARY(asin, std::asin) UNARY(acos, std::acos)
UNARY(atan, std::atan) UNARY(exp, std::exp) UNARY(log, std::log) UNARY(log10, std::log10) UNARY(sqrt, std::sqrt)
UNARY(cbrt, std::cbrt) UNARY(sinh, std::sinh) UNARY(cosh, std::cosh) UNARY(tanh, std::tanh) UNARY(expm1, std::expm1)
UNARY(log1p, std::log1p)
BINARY(atan2, std::atan2) BINARY(hypot, std::hypot) BINARY(IEEEremainder, std::remainder)

// JLS/StrictMath.pow special cases that C's pow answers differently.
static Slot strict_pow(JavaThread&, Slot* a) {
    double x = argDouble(a, 0), y = argDouble(a, 2);
    if (std::isnan(y)) return doubleToSlot(y);
    if (y == 0) return doubleToSlot(1.0);
    if (std::isnan(x)) return doubleToSlot(x);
    if ((x == 1.0 || x == -1.0) && std::isinf(y)) return doubleToSlot(std::numeric_limits<double>::quiet_NaN());
    return doubleToSlot(std::pow(x, y));
}

void registerMathNatives(NativeRegistry& r) {
    const char* FD = "jdk/internal/math/FloatingDecimal";
    r.add(FD, "toJavaFormatString", "(D)Ljava/lang/String;", fdDoubleToString);
    r.add(FD, "toJavaFormatString", "(F)Ljava/lang/String;", fdFloatToString);
    r.add(FD, "parseDouble", "(Ljava/lang/String;)D", fdParseDouble);
    r.add(FD, "parseFloat", "(Ljava/lang/String;)F", fdParseFloat);
    r.add("java/lang/Float", "floatToRawIntBits", "(F)I", floatToRawIntBits);
    r.add("java/lang/Float", "intBitsToFloat", "(I)F", intBitsToFloat);
    r.add("java/lang/Double", "doubleToRawLongBits", "(D)J", doubleToRawLongBits);
    r.add("java/lang/Double", "longBitsToDouble", "(J)D", longBitsToDouble);
    const char* SM = "java/lang/StrictMath";
#define REG1(name) r.add(SM, #name, "(D)D", strict_##name);
#define REG2(name) r.add(SM, #name, "(DD)D", strict_##name);
    REG1(sin) REG1(cos) REG1(tan) REG1(asin) REG1(acos) REG1(atan) REG1(exp) REG1(log) REG1(log10) REG1(sqrt)
    REG1(cbrt) REG1(sinh) REG1(cosh) REG1(tanh) REG1(expm1) REG1(log1p)
    REG2(atan2) REG2(hypot) REG2(IEEEremainder) REG2(pow)
}

}  // namespace cortado::natives
