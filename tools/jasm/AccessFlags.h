// Jasmin's access-flag keywords (JVMS Tables 4.1-B, 4.5-A, 4.6-A). Some
// share a bit: 0x0020 is super on a class and synchronized on a method,
// 0x0040 volatile/bridge, 0x0080 transient/varargs.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "tools/jasm/TokenCursor.h"

namespace cortado::jasm {

// Reads access-flag keywords while there are any.
uint16_t readAccessFlags(TokenCursor& in);

}  // namespace cortado::jasm
