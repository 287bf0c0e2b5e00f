// What the class-file writer throws when asked for something a class file
// cannot hold (a 65536th constant, a branch beyond 32767 bytes, an undefined
// label). The message says what and why; callers add where (file and line).
#pragma once
#include <stdexcept>
#include <string>

namespace cortado::classwriter {

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace cortado::classwriter
