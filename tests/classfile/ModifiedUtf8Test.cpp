// Modified UTF-8 (JVMS 4.4.7) and standard UTF-8 conversions. The accept and
// reject cases were checked against HotSpot 17 (a class file with the bytes in
// a CONSTANT_Utf8, run with `java`), the utf8ToUtf16 cases against
// `new String(bytes, UTF_8)`.
#include "classfile/ModifiedUtf8.h"

#include <gtest/gtest.h>

#include <random>

using namespace cortado::classfile;

namespace {

std::string bytes(std::initializer_list<int> list) {
    std::string s;
    for (int b : list) s += static_cast<char>(b);
    return s;
}

}  // namespace

TEST(ModifiedUtf8Validate, AcceptsAsciiAndEmpty) {
    EXPECT_TRUE(isValidModifiedUtf8(""));
    EXPECT_TRUE(isValidModifiedUtf8("java/lang/Object"));
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0x01, 0x7F})));
}

TEST(ModifiedUtf8Validate, NulOnlyAsTwoBytes) {
    EXPECT_FALSE(isValidModifiedUtf8(std::string("\0", 1)));
    EXPECT_FALSE(isValidModifiedUtf8(std::string("A\0", 2)));
    EXPECT_FALSE(isValidModifiedUtf8(std::string("\0", 1), /*allowOverlong=*/true));
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xC0, 0x80})));
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0x41, 0xC0, 0x80, 0x42})));
}

TEST(ModifiedUtf8Validate, ShortestTwoAndThreeByteForms) {
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xC2, 0x80})));        // U+0080
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xDF, 0xBF})));        // U+07FF
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xE0, 0xA0, 0x80})));  // U+0800
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xEF, 0xBF, 0xBF})));  // U+FFFF
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xE2, 0x82, 0xAC})));  // U+20AC
}

TEST(ModifiedUtf8Validate, OverlongFormsOnlyWhenAllowed) {
    // HotSpot rejects these from class file version 48 on, accepts them up to 47.
    for (const std::string& s : {bytes({0xC1, 0x80}), bytes({0xC1, 0xBF}), bytes({0xE0, 0x80, 0x80}),
                                  bytes({0xE0, 0x9F, 0xBF}), bytes({0xE0, 0x81, 0x81})}) {
        EXPECT_FALSE(isValidModifiedUtf8(s)) << s.size();
        EXPECT_TRUE(isValidModifiedUtf8(s, true)) << s.size();
    }
}

TEST(ModifiedUtf8Validate, RejectsFourByteFormsAndHighLeadBytes) {
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xF0, 0x9F, 0x98, 0x80})));  // U+1F600 in standard UTF-8
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xF0, 0x9F, 0x98, 0x80}), true));
    for (int b = 0xF0; b <= 0xFF; ++b) {
        EXPECT_FALSE(isValidModifiedUtf8(bytes({b}))) << b;
        EXPECT_FALSE(isValidModifiedUtf8(bytes({b, 0x80, 0x80, 0x80, 0x80, 0x80}), true)) << b;
    }
}

TEST(ModifiedUtf8Validate, RejectsStrayContinuationBytes) {
    for (int b = 0x80; b <= 0xBF; ++b) EXPECT_FALSE(isValidModifiedUtf8(bytes({0x41, b}))) << b;
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xC2, 0x80, 0x80})));
}

TEST(ModifiedUtf8Validate, RejectsTruncatedSequences) {
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xC2})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0x41, 0xDF})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xE0})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xE0, 0xA0})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xE0, 0xA0}), true));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xC0})));
}

TEST(ModifiedUtf8Validate, RejectsBadContinuationBytes) {
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xC2, 0x41})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xC2, 0xC2, 0x80})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xE1, 0x41, 0x80})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xE1, 0x80, 0x41})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xE1, 0x80, 0xC0})));
    EXPECT_FALSE(isValidModifiedUtf8(bytes({0xC0, 0x00})));
}

TEST(ModifiedUtf8Validate, AcceptsSurrogatesPairedOrNot) {
    // U+1F600 as a surrogate pair, each half in the 3-byte form.
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80})));
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xED, 0xA0, 0x80})));  // lone high surrogate
    EXPECT_TRUE(isValidModifiedUtf8(bytes({0xED, 0xB0, 0x80})));  // lone low surrogate
}

TEST(ModifiedUtf8Decode, DecodesAllForms) {
    EXPECT_EQ(decodeModifiedUtf8(""), u"");
    EXPECT_EQ(decodeModifiedUtf8("Hello"), u"Hello");
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xC0, 0x80})), std::u16string(1, u'\0'));
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xC3, 0xA9})), u"\u00E9");
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xE2, 0x82, 0xAC})), u"\u20AC");
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xEF, 0xBF, 0xBF})), u"\uFFFF");
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80})), u"\U0001F600");
    std::u16string lone{static_cast<char16_t>(0xD800)};
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xED, 0xA0, 0x80})), lone);
}

TEST(ModifiedUtf8Decode, DecodesOverlongFormsToTheirValue) {
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xC1, 0x81})), u"A");
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xE0, 0x80, 0x80})), std::u16string(1, u'\0'));
}

TEST(ModifiedUtf8Decode, InvalidInputDoesNotCrash) {
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xE0, 0xA0})), u"\uFFFD\uFFFD");
    EXPECT_EQ(decodeModifiedUtf8(bytes({0xF0, 0x41})), u"\uFFFDA");
    std::mt19937 rng(42);
    for (int i = 0; i < 2000; ++i) {
        std::string s(rng() % 12, '\0');
        for (char& c : s) c = static_cast<char>(rng());
        std::u16string out = decodeModifiedUtf8(s);
        EXPECT_LE(out.size(), s.size());
    }
}

TEST(ModifiedUtf8Encode, EncodesNulAndSurrogatesSpecially) {
    EXPECT_EQ(encodeModifiedUtf8(u""), "");
    EXPECT_EQ(encodeModifiedUtf8(u"abc"), "abc");
    EXPECT_EQ(encodeModifiedUtf8(std::u16string(1, u'\0')), bytes({0xC0, 0x80}));
    EXPECT_EQ(encodeModifiedUtf8(u"\u0080"), bytes({0xC2, 0x80}));
    EXPECT_EQ(encodeModifiedUtf8(u"\u07FF"), bytes({0xDF, 0xBF}));
    EXPECT_EQ(encodeModifiedUtf8(u"\u0800"), bytes({0xE0, 0xA0, 0x80}));
    EXPECT_EQ(encodeModifiedUtf8(u"\U0001F600"), bytes({0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}));
}

TEST(ModifiedUtf8Encode, RoundTripsEveryCodeUnit) {
    for (uint32_t c = 0; c <= 0xFFFF; ++c) {
        std::u16string s{static_cast<char16_t>(c), u'x'};
        std::string enc = encodeModifiedUtf8(s);
        ASSERT_TRUE(isValidModifiedUtf8(enc)) << c;
        ASSERT_EQ(decodeModifiedUtf8(enc), s) << c;
    }
}

TEST(ModifiedUtf8StdUtf16ToUtf8, EncodesStandardUtf8) {
    EXPECT_EQ(utf16ToUtf8(u"Hello"), "Hello");
    EXPECT_EQ(utf16ToUtf8(std::u16string(1, u'\0')), std::string(1, '\0'));  // one byte, not C0 80
    EXPECT_EQ(utf16ToUtf8(u"\u00E9\u20AC"), bytes({0xC3, 0xA9, 0xE2, 0x82, 0xAC}));
    EXPECT_EQ(utf16ToUtf8(u"\U0001F600"), bytes({0xF0, 0x9F, 0x98, 0x80}));
    EXPECT_EQ(utf16ToUtf8(u"\U0010FFFF"), bytes({0xF4, 0x8F, 0xBF, 0xBF}));
    EXPECT_EQ(utf16ToUtf8(u"\U00010000"), bytes({0xF0, 0x90, 0x80, 0x80}));
}

TEST(ModifiedUtf8StdUtf16ToUtf8, UnpairedSurrogatesBecomeQuestionMarks) {
    const char16_t hi = 0xD83D, lo = 0xDE00;
    EXPECT_EQ(utf16ToUtf8(std::u16string{hi}), "?");
    EXPECT_EQ(utf16ToUtf8(std::u16string{lo}), "?");
    EXPECT_EQ(utf16ToUtf8(std::u16string{hi, u'A'}), "?A");
    EXPECT_EQ(utf16ToUtf8(std::u16string{lo, hi}), "??");
    EXPECT_EQ(utf16ToUtf8(std::u16string{hi, hi, lo}), "?" + bytes({0xF0, 0x9F, 0x98, 0x80}));
}

TEST(ModifiedUtf8StdUtf8ToUtf16, DecodesWellFormedInput) {
    EXPECT_EQ(utf8ToUtf16(""), u"");
    EXPECT_EQ(utf8ToUtf16("plain"), u"plain");
    EXPECT_EQ(utf8ToUtf16(std::string(1, '\0')), std::u16string(1, u'\0'));
    EXPECT_EQ(utf8ToUtf16(bytes({0xC3, 0xA9})), u"\u00E9");
    EXPECT_EQ(utf8ToUtf16(bytes({0xF0, 0x9F, 0x98, 0x80})), u"\U0001F600");
    EXPECT_EQ(utf8ToUtf16(bytes({0xF4, 0x8F, 0xBF, 0xBF})), u"\U0010FFFF");
}

TEST(ModifiedUtf8StdUtf8ToUtf16, ReplacesMalformedInputLikeJava) {
    // Expected values are what JDK 17's new String(bytes, UTF_8) produces.
    struct Case {
        std::string in;
        std::u16string out;
    };
    const Case cases[] = {
        {bytes({0xFF}), u"\uFFFD"},
        {bytes({0xC0, 0x80}), u"\uFFFD\uFFFD"},  // modified UTF-8 NUL is not UTF-8
        {bytes({0xE0, 0x80, 0x80}), u"\uFFFD\uFFFD\uFFFD"},
        {bytes({0xED, 0xA0, 0x80}), u"\uFFFD"},  // an encoded surrogate is one replacement
        {bytes({0xED, 0xA0, 0x41}), u"\uFFFDA"},
        {bytes({0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80}), u"\uFFFD\uFFFD"},
        {bytes({0xF0, 0x90, 0x80}), u"\uFFFD"},
        {bytes({0xF0, 0x90, 0x80, 0x41}), u"\uFFFDA"},
        {bytes({0xF4, 0x90, 0x80, 0x80}), u"\uFFFD\uFFFD\uFFFD\uFFFD"},
        {bytes({0xE1, 0x80}), u"\uFFFD"},
        {bytes({0xC2}), u"\uFFFD"},
        {bytes({0x80, 0x41}), u"\uFFFDA"},
        {bytes({0xC2, 0x41}), u"\uFFFDA"},
        {bytes({0xF8, 0x88, 0x80, 0x80}), u"\uFFFD\uFFFD\uFFFD\uFFFD"},
        {bytes({0xED, 0xBF, 0xBF, 0x41}), u"\uFFFDA"},
        {bytes({0xE0, 0xA0}), u"\uFFFD"},
        {bytes({0xF0, 0x9F, 0x41}), u"\uFFFDA"},
    };
    for (const Case& c : cases) {
        std::u16string got = utf8ToUtf16(c.in);
        EXPECT_EQ(got, c.out) << "input of " << c.in.size() << " bytes starting " << std::hex
                              << (static_cast<unsigned>(c.in[0]) & 0xFF);
    }
}

TEST(ModifiedUtf8StdUtf8ToUtf16, RoundTripsWithUtf16ToUtf8) {
    std::u16string s = u"a\u00E9\u20AC\U0001F600\uFFFF\U0010FFFF";
    s += u'\0';
    EXPECT_EQ(utf8ToUtf16(utf16ToUtf8(s)), s);
    std::mt19937 rng(7);
    for (int i = 0; i < 2000; ++i) {
        std::string junk(rng() % 10, '\0');
        for (char& c : junk) c = static_cast<char>(rng());
        std::u16string decoded = utf8ToUtf16(junk);
        // Whatever came out is well-formed UTF-16 and survives a round trip.
        EXPECT_EQ(utf8ToUtf16(utf16ToUtf8(decoded)), decoded);
    }
}
