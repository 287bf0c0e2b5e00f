#include "tools/jasm/Lexer.h"

#include "classfile/ModifiedUtf8.h"
#include "tools/jasm/SyntaxError.h"

namespace cortado::jasm {

static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }
static bool endsWord(char c) { return isSpace(c) || c == '\n' || c == ':' || c == '=' || c == '"'; }

static int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads a quoted string starting at source[i] == '"'; leaves i after the closing quote.
static Token readString(std::string_view s, size_t& i, int line) {
    std::u16string value;
    std::string pending;  // raw UTF-8 bytes not yet converted
    auto flush = [&] {
        value += classfile::utf8ToUtf16(pending);
        pending.clear();
    };
    ++i;
    for (;;) {
        if (i >= s.size() || s[i] == '\n') throw SyntaxError(line, "unterminated string: expected '\"' before the end of the line");
        char c = s[i++];
        if (c == '"') break;
        if (c != '\\') {
            pending += c;
            continue;
        }
        if (i >= s.size()) throw SyntaxError(line, "unterminated string: expected '\"' before the end of the line");
        char e = s[i++];
        char16_t out;
        switch (e) {
            case 'n': out = u'\n'; break;
            case 't': out = u'\t'; break;
            case 'r': out = u'\r'; break;
            case 'b': out = u'\b'; break;
            case 'f': out = u'\f'; break;
            case '"': out = u'"'; break;
            case '\'': out = u'\''; break;
            case '\\': out = u'\\'; break;
            case 'u': {
                int v = 0;
                for (int k = 0; k < 4; ++k) {
                    int d = i < s.size() ? hexDigit(s[i]) : -1;
                    if (d < 0) throw SyntaxError(line, "bad escape in string: expected 4 hex digits after \\u");
                    v = v * 16 + d;
                    ++i;
                }
                out = static_cast<char16_t>(v);
                break;
            }
            default:
                if (e >= '0' && e <= '7') {  // octal escape, up to \377 as in Java
                    int v = e - '0';
                    int max = e <= '3' ? 2 : 1;
                    for (int k = 0; k < max && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
                    out = static_cast<char16_t>(v);
                    break;
                }
                throw SyntaxError(line, std::string("bad escape in string: \\") + e);
        }
        flush();
        value += out;
    }
    flush();
    Token t{Token::String, classfile::utf16ToUtf8(value), value, line};
    return t;
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    int line = 1;
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '\n') {
            tokens.push_back({Token::EndOfLine, "", {}, line});
            ++line;
            ++i;
        } else if (c == ';') {  // a comment runs to the end of the line
            while (i < s.size() && s[i] != '\n') ++i;
        } else if (c == ':') {
            tokens.push_back({Token::Colon, ":", {}, line});
            ++i;
        } else if (c == '=') {
            tokens.push_back({Token::Equals, "=", {}, line});
            ++i;
        } else if (c == '"') {
            tokens.push_back(readString(s, i, line));
        } else {
            size_t start = i;
            while (i < s.size() && !endsWord(s[i])) ++i;
            tokens.push_back({Token::Word, std::string(s.substr(start, i - start)), {}, line});
        }
    }
    tokens.push_back({Token::EndOfLine, "", {}, line});
    tokens.push_back({Token::EndOfFile, "", {}, line});
    return tokens;
}

std::string describe(const Token& t) {
    switch (t.kind) {
        case Token::Word: return "'" + t.text + "'";
        case Token::String: return "a string";
        case Token::Colon: return "':'";
        case Token::Equals: return "'='";
        case Token::EndOfLine: return "end of line";
        case Token::EndOfFile: return "end of file";
    }
    return "?";
}

}  // namespace cortado::jasm
