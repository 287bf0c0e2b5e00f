#include "tools/jasm/TokenCursor.h"

#include "tools/jasm/Numbers.h"

namespace cortado::jasm {

int64_t TokenCursor::integer(const std::string& expected, int64_t min, int64_t max) {
    if (peek().kind != Token::Word) fail(expected);
    auto v = parseInteger(peek().text);
    if (!v) fail(expected);
    if (*v < min || *v > max)
        throw SyntaxError(line(), expected + " must be between " + std::to_string(min) + " and " +
                                      std::to_string(max) + ", found " + peek().text);
    next();
    return *v;
}

}  // namespace cortado::jasm
