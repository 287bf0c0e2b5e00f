#include <gtest/gtest.h>

#include "tools/jasm/Lexer.h"
#include "tools/jasm/SyntaxError.h"

namespace cortado::jasm {
namespace {

std::vector<std::string> words(const std::vector<Token>& ts) {
    std::vector<std::string> out;
    for (const Token& t : ts) {
        switch (t.kind) {
            case Token::Word: out.push_back(t.text); break;
            case Token::String: out.push_back("\"" + t.text + "\""); break;
            case Token::Colon: out.push_back(":"); break;
            case Token::Equals: out.push_back("="); break;
            case Token::EndOfLine: out.push_back("EOL"); break;
            case Token::EndOfFile: out.push_back("EOF"); break;
        }
    }
    return out;
}

TEST(JasmLexer, CommentStartsOnlyAtTheStartOfAWord) {
    auto ts = tokenize("getstatic a/b Ljava/lang/String; ; a comment\n");
    EXPECT_EQ(words(ts), (std::vector<std::string>{"getstatic", "a/b", "Ljava/lang/String;", "EOL", "EOL", "EOF"}));
}

TEST(JasmLexer, ColonsAndEqualsSeparateWords) {
    auto ts = tokenize("Loop: 1:L default:X\n.field x I=3");
    EXPECT_EQ(words(ts), (std::vector<std::string>{"Loop", ":", "1", ":", "L", "default", ":", "X", "EOL", ".field",
                                                   "x", "I", "=", "3", "EOL", "EOF"}));
}

TEST(JasmLexer, LinesAreCounted) {
    auto ts = tokenize("a\n\nb ; c\nd");
    ASSERT_EQ(ts[0].line, 1);
    EXPECT_EQ(ts[3].text, "b");
    EXPECT_EQ(ts[3].line, 3);
    EXPECT_EQ(ts[5].text, "d");
    EXPECT_EQ(ts[5].line, 4);
}

TEST(JasmLexer, StringEscapes) {
    auto ts = tokenize(R"("a\tb\n\"\\\u0041\101\7\u00e9;x")");
    ASSERT_EQ(ts[0].kind, Token::String);
    EXPECT_EQ(ts[0].value, u"a\tb\n\"\\AA\u0007\u00e9;x");
}

TEST(JasmLexer, LoneSurrogateEscapeIsKept) {
    auto ts = tokenize(R"("\ud800")");
    EXPECT_EQ(ts[0].value, std::u16string(1, char16_t(0xd800)));
}

TEST(JasmLexer, UnterminatedStringNamesItsLine) {
    try {
        tokenize("ok\n  ldc \"abc\nmore");
        FAIL() << "no error";
    } catch (const SyntaxError& e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_NE(std::string(e.what()).find("unterminated string"), std::string::npos) << e.what();
    }
}

TEST(JasmLexer, BadEscapes) {
    EXPECT_THROW(tokenize(R"("\q")"), SyntaxError);
    EXPECT_THROW(tokenize(R"("\u12")"), SyntaxError);
    EXPECT_THROW(tokenize("\"abc\\"), SyntaxError);
}

}  // namespace
}  // namespace cortado::jasm
