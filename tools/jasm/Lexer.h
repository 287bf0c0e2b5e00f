// Splits Jasmin source into tokens. Jasmin is line-oriented: a statement ends
// at the end of its line, so line ends are tokens too. Words are separated by
// white space, ':' and '='; a ';' that starts a word begins a comment (a ';'
// inside a word belongs to it, as in Ljava/lang/String;); strings are in
// double quotes with Java's escapes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace cortado::jasm {

struct Token {
    enum Kind { Word, String, Colon, Equals, EndOfLine, EndOfFile };
    Kind kind;
    std::string text;      // Word: as written; String: the value as UTF-8 (for messages)
    std::u16string value;  // String: the value as UTF-16 code units (may hold lone surrogates)
    int line;
};

// Throws SyntaxError for an unterminated string or a bad escape.
std::vector<Token> tokenize(std::string_view source);

// How a token reads in an error message: 'word', "string", end of line, ...
std::string describe(const Token& t);

}  // namespace cortado::jasm
