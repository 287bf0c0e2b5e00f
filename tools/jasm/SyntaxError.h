// An error in a .j file: the line it is on and what was expected. The
// assembler stops at the first one in a file (as javac-style tools do for a
// file they cannot make sense of) and prints "file:line: error: message".
#pragma once
#include <stdexcept>
#include <string>

namespace cortado::jasm {

class SyntaxError : public std::runtime_error {
public:
    SyntaxError(int line, const std::string& message) : std::runtime_error(message), line_(line) {}
    int line() const { return line_; }

private:
    int line_;
};

}  // namespace cortado::jasm
