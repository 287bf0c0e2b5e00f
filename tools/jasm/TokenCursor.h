// Reading tokens one statement at a time, with errors that say what was
// expected and what was found.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "tools/jasm/Lexer.h"
#include "tools/jasm/SyntaxError.h"

namespace cortado::jasm {

class TokenCursor {
public:
    explicit TokenCursor(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    const Token& peek(size_t ahead = 0) const {
        size_t i = pos_ + ahead;
        return i < tokens_.size() ? tokens_[i] : tokens_.back();
    }
    const Token& next() {
        const Token& t = peek();
        if (pos_ < tokens_.size() - 1) ++pos_;
        return t;
    }
    int line() const { return peek().line; }
    bool atEndOfLine() const { return peek().kind == Token::EndOfLine || peek().kind == Token::EndOfFile; }
    bool atWord(std::string_view w) const { return peek().kind == Token::Word && peek().text == w; }

    [[noreturn]] void fail(const std::string& expected) const {
        throw SyntaxError(line(), "expected " + expected + ", found " + describe(peek()));
    }
    std::string word(const std::string& expected) {
        if (peek().kind != Token::Word) fail(expected);
        return next().text;
    }
    const Token& string(const std::string& expected) {
        if (peek().kind != Token::String) fail(expected);
        return next();
    }
    void expect(Token::Kind kind, const std::string& expected) {
        if (peek().kind != kind) fail(expected);
        next();
    }
    void keyword(std::string_view w) {
        if (!atWord(w)) fail("'" + std::string(w) + "'");
        next();
    }
    // The end of the statement: nothing else may follow on its line.
    void endOfStatement(const std::string& after) {
        if (peek().kind == Token::EndOfFile) return;
        if (peek().kind != Token::EndOfLine) fail("end of line after " + after);
        next();
    }
    void skipBlankLines() {
        while (peek().kind == Token::EndOfLine) next();
    }
    // An integer operand within [min, max].
    int64_t integer(const std::string& expected, int64_t min, int64_t max);

private:
    std::vector<Token> tokens_;
    size_t pos_ = 0;
};

}  // namespace cortado::jasm
