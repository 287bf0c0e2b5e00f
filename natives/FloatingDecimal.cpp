// Binary -> decimal conversion that reproduces JDK 17's Double.toString and
// Float.toString character for character.
//
// JDK 17 (before JDK-4511638 was fixed in 19) does not print the shortest
// decimal that round-trips. Its algorithm, reimplemented here:
//   * integers below 2^63 with no fraction bits are printed from a 64-bit
//     integer, rounding away only the digits the precision cannot vouch for;
//   * everything else develops digits of the exact value B/S one at a time
//     and stops as soon as the remainder is within HALF AN ULP (a symmetric
//     test, even at powers of two where the spacing below is narrower; there
//     the half-ulp is halved instead), rounding the last digit;
//   * in E-form at least two digits are developed;
//   * the arithmetic is done in 32-bit, 64-bit or big integers depending on
//     an estimate of the operands' size, and the 32/64-bit variants use a
//     slightly different stopping comparison (strict) than the big-integer
//     one, and may overflow. Both quirks change printed digits, so they are
//     reproduced bit for bit with wrapping arithmetic.
#include "natives/FloatingDecimal.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace cortado::natives {
namespace {

using u128 = unsigned __int128;

constexpr int kExpShift = 52;  // significand bits of a double, without the hidden one
constexpr uint64_t kSignifMask = (uint64_t{1} << kExpShift) - 1;
constexpr uint64_t kFractHob = uint64_t{1} << kExpShift;
constexpr uint64_t kExpOne = uint64_t{1023} << kExpShift;
constexpr int kFloatExpShift = 23;

// Range of binary exponents for which the exact-integer shortcut is tried.
constexpr int kMaxSmallBinExp = 62;
constexpr int kMinSmallBinExp = -(63 / 3);

constexpr int kLong5PowCount = 27;  // 5^26 is the last power of five below 2^63
constexpr int kSmall5PowCount = 14;  // 5^13 is the last one below 2^31

struct Tables {
    int64_t long5pow[kLong5PowCount];
    int n5bits[kLong5PowCount];  // ceil(log2(5^i)): the size estimates that pick the arithmetic
    int insignificantPow2[64];   // decimal digits of 2^p that are beyond the precision
};

constexpr Tables makeTables() {
    Tables t{};
    uint64_t p = 1;
    for (int i = 0; i < kLong5PowCount; ++i) {
        t.long5pow[i] = static_cast<int64_t>(p);
        t.n5bits[i] = i == 0 ? 0 : static_cast<int>(std::bit_width(p));
        p *= 5;
    }
    for (int i = 0; i < 64; ++i) {
        uint64_t v = uint64_t{1} << i;
        int digits = 0;
        while (v >= 10) {
            v /= 10;
            ++digits;
        }
        // The JDK only consults its table for exponents 2..63.
        t.insignificantPow2[i] = i > 1 ? digits : 0;
    }
    return t;
}

constexpr Tables kTables = makeTables();

// Java int/long arithmetic wraps; in C++ signed overflow is undefined, so the
// 32- and 64-bit digit loops go through these helpers.
inline int32_t mul32(int32_t a, int32_t b) { return static_cast<int32_t>(static_cast<uint32_t>(a) * static_cast<uint32_t>(b)); }
inline int32_t add32(int32_t a, int32_t b) { return static_cast<int32_t>(static_cast<uint32_t>(a) + static_cast<uint32_t>(b)); }
inline int32_t sub32(int32_t a, int32_t b) { return static_cast<int32_t>(static_cast<uint32_t>(a) - static_cast<uint32_t>(b)); }
inline int32_t shl32(int32_t a, int s) { return static_cast<int32_t>(static_cast<uint32_t>(a) << (s & 31)); }
inline int64_t mul64(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b)); }
inline int64_t add64(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); }
inline int64_t sub64(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b)); }
inline int64_t shl64(int64_t a, int s) { return static_cast<int64_t>(static_cast<uint64_t>(a) << (s & 63)); }

// A fixed-capacity unsigned big integer, little-endian 64-bit limbs. The
// largest operand (10*S or B+M for values near Double.MAX_VALUE or
// Double.MIN_VALUE) stays below 2^800, so 20 limbs leave a wide margin and
// keep everything on the stack.
struct Big {
    static constexpr int kCap = 20;
    uint64_t w[kCap];
    int n = 0;  // limbs in use; w[n-1] != 0 unless n == 0

    void set(uint64_t v) {
        w[0] = v;
        n = v != 0;
    }
    void mulSmall(uint64_t m) {
        uint64_t carry = 0;
        for (int i = 0; i < n; ++i) {
            u128 p = static_cast<u128>(w[i]) * m + carry;
            w[i] = static_cast<uint64_t>(p);
            carry = static_cast<uint64_t>(p >> 64);
        }
        if (carry != 0) w[n++] = carry;
    }
    void mulPow5(int p) {
        constexpr uint64_t k5pow27 = 7450580596923828125ull;
        for (; p >= 27; p -= 27) mulSmall(k5pow27);
        if (p > 0) mulSmall(static_cast<uint64_t>(kTables.long5pow[p]));
    }
    void shl(int bits) {
        if (n == 0 || bits == 0) return;
        int words = bits / 64, b = bits % 64;
        if (b != 0) {
            uint64_t carry = 0;
            for (int i = 0; i < n; ++i) {
                uint64_t x = w[i];
                w[i] = (x << b) | carry;
                carry = x >> (64 - b);
            }
            if (carry != 0) w[n++] = carry;
        }
        if (words != 0) {
            for (int i = n - 1; i >= 0; --i) w[i + words] = w[i];
            for (int i = 0; i < words; ++i) w[i] = 0;
            n += words;
        }
    }
    void trim() {
        while (n > 0 && w[n - 1] == 0) --n;
    }
    int bitLength() const { return n == 0 ? 0 : 64 * (n - 1) + static_cast<int>(std::bit_width(w[n - 1])); }
    // (this >> shift) truncated to 128 bits.
    u128 top(int shift) const {
        auto limb = [&](int i) -> uint64_t { return i < n ? w[i] : 0; };
        int word = shift / 64, bit = shift % 64;
        u128 r = (static_cast<u128>(limb(word + 1)) << 64 | limb(word)) >> bit;
        if (bit != 0) r |= static_cast<u128>(limb(word + 2)) << (128 - bit);
        return r;
    }
};

int cmp(const Big& a, const Big& b) {
    if (a.n != b.n) return a.n < b.n ? -1 : 1;
    for (int i = a.n - 1; i >= 0; --i)
        if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    return 0;
}

// a -= b, requires a >= b.
void subInPlace(Big& a, const Big& b) {
    uint64_t borrow = 0;
    for (int i = 0; i < a.n; ++i) {
        uint64_t bi = i < b.n ? b.w[i] : 0;
        uint64_t d = a.w[i] - bi - borrow;
        borrow = (a.w[i] < bi) || (a.w[i] - bi < borrow);
        a.w[i] = d;
    }
    a.trim();
}

// Compares a + b with c.
int addCmp(const Big& a, const Big& b, const Big& c) {
    Big s;
    int n = std::max(a.n, b.n);
    uint64_t carry = 0;
    for (int i = 0; i < n; ++i) {
        uint64_t x = i < a.n ? a.w[i] : 0, y = i < b.n ? b.w[i] : 0;
        u128 t = static_cast<u128>(x) + y + carry;
        s.w[i] = static_cast<uint64_t>(t);
        carry = static_cast<uint64_t>(t >> 64);
    }
    s.n = n;
    if (carry != 0) s.w[s.n++] = carry;
    return cmp(s, c);
}

// Returns B / S and replaces B by 10 * (B mod S). The quotient is a decimal
// digit because the decimal exponent estimate never comes out too small.
int quoRemTimes10(Big& b, const Big& s) {
    uint64_t q = 0;
    int sb = s.bitLength();
    if (b.bitLength() >= sb) {
        // An underestimate from the leading bits, then exact correction.
        int shift = std::max(0, sb - 64);
        u128 st = s.top(shift), bt = b.top(shift);
        q = static_cast<uint64_t>(bt / (st + 1));
        if (q != 0) {
            Big t = s;
            t.mulSmall(q);
            subInPlace(b, t);
        }
        while (cmp(b, s) >= 0) {
            subInPlace(b, s);
            ++q;
        }
    }
    b.mulSmall(10);
    return static_cast<int>(q);
}

// The decimal digits of a finite nonzero value and where the point goes:
// value = 0.d1d2...dn * 10^decExponent.
struct Decimal {
    char digits[32];
    int nDigits = 0;
    int decExponent = 0;
};

// Floor of log10 of the value, from a linear approximation of log10 on
// [1,2) that never errs low (it is a tangent of a concave function).
int estimateDecExp(uint64_t fractBits, int binExp) {
    double d2 = std::bit_cast<double>(kExpOne | (fractBits & kSignifMask));
    double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + static_cast<double>(binExp) * 0.301029995663981;
    return static_cast<int>(std::floor(d));
}

// An exact integer value: its digits, first rounded to `insignificant`
// fewer digits (round half up), with trailing zeros dropped.
void developLongDigits(Decimal& out, int64_t lvalue, int insignificant) {
    int decExponent = 0;
    if (insignificant != 0) {
        int64_t pow10 = kTables.long5pow[insignificant] << insignificant;
        int64_t residue = lvalue % pow10;
        lvalue /= pow10;
        decExponent += insignificant;
        if (residue >= (pow10 >> 1)) ++lvalue;
    }
    char tmp[24];
    int len = 0;
    while (lvalue % 10 == 0) {
        lvalue /= 10;
        ++decExponent;
    }
    while (lvalue != 0) {
        tmp[len++] = static_cast<char>('0' + lvalue % 10);
        lvalue /= 10;
    }
    for (int i = 0; i < len; ++i) out.digits[i] = tmp[len - 1 - i];
    out.nDigits = len;
    out.decExponent = decExponent + len;
}

// Adds one to the last digit. A carry out of the first digit makes it "1"
// without shortening the digit string (the zeros stay).
void roundup(Decimal& out) {
    int i = out.nDigits - 1;
    char q = out.digits[i];
    if (q == '9') {
        while (q == '9' && i > 0) {
            out.digits[i] = '0';
            q = out.digits[--i];
        }
        if (q == '9') {
            out.decExponent += 1;
            out.digits[0] = '1';
            return;
        }
    }
    out.digits[i] = static_cast<char>(q + 1);
}

// value = fractBits * 2^(binExp - 52), fractBits with bit 52 set;
// nSignificantBits is the precision of the source type at this value.
void dtoa(int binExp, uint64_t fractBits, int nSignificantBits, Decimal& out) {
    const int tailZeros = std::countr_zero(fractBits);
    const int nFractBits = kExpShift + 1 - tailZeros;
    const int nTinyBits = std::max(0, nFractBits - binExp - 1);  // fraction bits right of the point

    if (binExp <= kMaxSmallBinExp && binExp >= kMinSmallBinExp && nTinyBits == 0 &&
        nFractBits + kTables.n5bits[0] < 64) {
        // An integer that fits in a long.
        int insignificant = 0;
        if (binExp > nSignificantBits) insignificant = kTables.insignificantPow2[binExp - nSignificantBits - 1];
        if (binExp >= kExpShift)
            fractBits <<= (binExp - kExpShift);
        else
            fractBits >>= (kExpShift - binExp);
        developLongDigits(out, static_cast<int64_t>(fractBits), insignificant);
        return;
    }

    // value = B/S * 10^decExp with B, S integers (powers of 2 and 5 tracked
    // separately), and M = half an ulp on B's scale.
    int decExp = estimateDecExp(fractBits, binExp);
    int B5 = std::max(0, -decExp);
    int B2 = B5 + nTinyBits + binExp;
    int S5 = std::max(0, decExp);
    int S2 = S5 + nTinyBits;
    int M5 = B5;
    int M2 = B2 - nSignificantBits;

    fractBits >>= tailZeros;
    B2 -= nFractBits - 1;
    int common2 = std::min(B2, S2);
    B2 -= common2;
    S2 -= common2;
    M2 -= common2;
    if (nFractBits == 1) M2 -= 1;  // at a power of two the JDK halves M (the gap below is half as wide)
    if (M2 < 0) {
        B2 -= M2;
        S2 -= M2;
        M2 = 0;
    }

    int ndigit = 0;
    bool low, high;
    int64_t lowDigitDifference;
    int q;
    char* digits = out.digits;
    const int Bbits = nFractBits + B2 + (B5 < kLong5PowCount ? kTables.n5bits[B5] : B5 * 3);
    const int tenSbits = S2 + 1 + (S5 + 1 < kLong5PowCount ? kTables.n5bits[S5 + 1] : (S5 + 1) * 3);
    // Forces a second digit in E-form (Java always prints one after the point).
    auto eForm = [&] { return decExp < -3 || decExp >= 8; };

    if (Bbits < 64 && tenSbits < 64) {
        if (Bbits < 32 && tenSbits < 32 && B5 < kSmall5PowCount && S5 < kSmall5PowCount) {
            int32_t b = shl32(mul32(static_cast<int32_t>(fractBits), static_cast<int32_t>(kTables.long5pow[B5])), B2);
            int32_t s = shl32(static_cast<int32_t>(kTables.long5pow[S5]), S2);
            int32_t m = shl32(static_cast<int32_t>(kTables.long5pow[M5]), M2);
            int32_t tens = mul32(s, 10);
            q = b / s;
            b = mul32(10, b % s);
            m = mul32(m, 10);
            low = b < m;
            high = add32(b, m) > tens;
            if (q == 0 && !high)
                --decExp;  // the estimate was one too high
            else
                digits[ndigit++] = static_cast<char>('0' + q);
            if (eForm()) high = low = false;
            while (!low && !high && ndigit < 31) {
                q = b / s;
                b = mul32(10, b % s);
                m = mul32(m, 10);
                if (m > 0) {
                    low = b < m;
                    high = add32(b, m) > tens;
                } else {
                    low = high = true;  // M overflowed: it certainly exceeds the remainder
                }
                digits[ndigit++] = static_cast<char>('0' + q);
            }
            lowDigitDifference = sub32(shl32(b, 1), tens);
        } else {
            int64_t b = shl64(mul64(static_cast<int64_t>(fractBits), kTables.long5pow[B5]), B2);
            int64_t s = shl64(kTables.long5pow[S5], S2);
            int64_t m = shl64(kTables.long5pow[M5], M2);
            int64_t tens = mul64(s, 10);
            q = static_cast<int>(b / s);
            b = mul64(10, b % s);
            m = mul64(m, 10);
            low = b < m;
            high = add64(b, m) > tens;
            if (q == 0 && !high)
                --decExp;
            else
                digits[ndigit++] = static_cast<char>('0' + q);
            if (eForm()) high = low = false;
            while (!low && !high && ndigit < 31) {
                q = static_cast<int>(b / s);
                b = mul64(10, b % s);
                m = mul64(m, 10);
                if (m > 0) {
                    low = b < m;
                    high = add64(b, m) > tens;
                } else {
                    low = high = true;
                }
                digits[ndigit++] = static_cast<char>('0' + q);
            }
            lowDigitDifference = sub64(shl64(b, 1), tens);
        }
    } else {
        // Big integers. M and 10*S are kept pre-multiplied by 10 to match the
        // remainder, which the division step returns times ten. Note the
        // non-strict ">=" in the high test, unlike the 32/64-bit loops.
        Big p5;
        p5.set(1);
        p5.mulPow5(std::max(B5, S5));  // one of B5, S5 is zero; M5 == B5
        Big S, B, M, tenS;
        if (S5 > 0) S = p5; else S.set(1);
        tenS = S;
        S.shl(S2);
        tenS.mulSmall(10);
        tenS.shl(S2);
        if (B5 > 0) B = p5; else B.set(1);
        M = B;
        B.mulSmall(fractBits);
        B.shl(B2);
        M.mulSmall(10);
        M.shl(M2);

        q = quoRemTimes10(B, S);
        low = cmp(B, M) < 0;
        high = addCmp(B, M, tenS) >= 0;
        if (q == 0 && !high)
            --decExp;
        else
            digits[ndigit++] = static_cast<char>('0' + q);
        if (eForm()) high = low = false;
        while (!low && !high && ndigit < 31) {
            q = quoRemTimes10(B, S);
            M.mulSmall(10);
            low = cmp(B, M) < 0;
            high = addCmp(B, M, tenS) >= 0;
            digits[ndigit++] = static_cast<char>('0' + q);
        }
        if (high && low) {
            B.shl(1);
            lowDigitDifference = cmp(B, tenS);
        } else {
            lowDigitDifference = 0;
        }
    }
    out.decExponent = decExp + 1;
    out.nDigits = ndigit;
    // Round the last digit by where the remainder stopped.
    if (high) {
        if (low) {
            if (lowDigitDifference == 0) {
                if ((digits[ndigit - 1] & 1) != 0) roundup(out);  // a tie: make the last digit even
            } else if (lowDigitDifference > 0) {
                roundup(out);
            }
        } else {
            roundup(out);
        }
    }
}

// Java's layout: plain notation when 10^-3 <= |v| < 10^7, else d.dddE±n,
// always with a digit after the point.
std::string format(bool negative, const Decimal& dec) {
    char buf[40];
    int i = 0;
    if (negative) buf[i++] = '-';
    const int e10 = dec.decExponent, nd = dec.nDigits;
    const char* digits = dec.digits;
    if (e10 > 0 && e10 < 8) {
        int charLength = std::min(nd, e10);
        std::memcpy(buf + i, digits, charLength);
        i += charLength;
        if (charLength < e10) {
            std::memset(buf + i, '0', e10 - charLength);
            i += e10 - charLength;
            buf[i++] = '.';
            buf[i++] = '0';
        } else {
            buf[i++] = '.';
            if (charLength < nd) {
                std::memcpy(buf + i, digits + charLength, nd - charLength);
                i += nd - charLength;
            } else {
                buf[i++] = '0';
            }
        }
    } else if (e10 <= 0 && e10 > -3) {
        buf[i++] = '0';
        buf[i++] = '.';
        std::memset(buf + i, '0', -e10);
        i += -e10;
        std::memcpy(buf + i, digits, nd);
        i += nd;
    } else {
        buf[i++] = digits[0];
        buf[i++] = '.';
        if (nd > 1) {
            std::memcpy(buf + i, digits + 1, nd - 1);
            i += nd - 1;
        } else {
            buf[i++] = '0';
        }
        buf[i++] = 'E';
        int e;
        if (e10 <= 0) {
            buf[i++] = '-';
            e = -e10 + 1;
        } else {
            e = e10 - 1;
        }
        if (e >= 100) {
            buf[i++] = static_cast<char>('0' + e / 100);
            e %= 100;
            buf[i++] = static_cast<char>('0' + e / 10);
            buf[i++] = static_cast<char>('0' + e % 10);
        } else if (e >= 10) {
            buf[i++] = static_cast<char>('0' + e / 10);
            buf[i++] = static_cast<char>('0' + e % 10);
        } else {
            buf[i++] = static_cast<char>('0' + e);
        }
    }
    return std::string(buf, i);
}

}  // namespace

std::string javaDoubleToString(double v) {
    uint64_t bits = std::bit_cast<uint64_t>(v);
    bool negative = (bits >> 63) != 0;
    uint64_t fractBits = bits & kSignifMask;
    int binExp = static_cast<int>((bits >> kExpShift) & 0x7ff);
    if (binExp == 0x7ff) return fractBits == 0 ? (negative ? "-Infinity" : "Infinity") : "NaN";
    int nSignificantBits;
    if (binExp == 0) {
        if (fractBits == 0) return negative ? "-0.0" : "0.0";
        // Subnormal: normalize so bit 52 is set; precision is what is left.
        int leadingZeros = std::countl_zero(fractBits);
        int shift = leadingZeros - (63 - kExpShift);
        fractBits <<= shift;
        binExp = 1 - shift;
        nSignificantBits = 64 - leadingZeros;
    } else {
        fractBits |= kFractHob;
        nSignificantBits = kExpShift + 1;
    }
    binExp -= 1023;
    Decimal dec;
    dtoa(binExp, fractBits, nSignificantBits, dec);
    return format(negative, dec);
}

std::string javaFloatToString(float v) {
    uint32_t bits = std::bit_cast<uint32_t>(v);
    bool negative = (bits >> 31) != 0;
    uint32_t fractBits = bits & ((uint32_t{1} << kFloatExpShift) - 1);
    int binExp = static_cast<int>((bits >> kFloatExpShift) & 0xff);
    if (binExp == 0xff) return fractBits == 0 ? (negative ? "-Infinity" : "Infinity") : "NaN";
    int nSignificantBits;
    if (binExp == 0) {
        if (fractBits == 0) return negative ? "-0.0" : "0.0";
        int leadingZeros = std::countl_zero(fractBits);
        int shift = leadingZeros - (31 - kFloatExpShift);
        fractBits <<= shift;
        binExp = 1 - shift;
        nSignificantBits = 32 - leadingZeros;
    } else {
        fractBits |= uint32_t{1} << kFloatExpShift;
        nSignificantBits = kFloatExpShift + 1;
    }
    binExp -= 127;
    // Same digit generation as doubles, with the float's (coarser) ulp.
    Decimal dec;
    dtoa(binExp, static_cast<uint64_t>(fractBits) << (kExpShift - kFloatExpShift), nSignificantBits, dec);
    return format(negative, dec);
}

}  // namespace cortado::natives
