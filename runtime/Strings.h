// java.lang.String objects seen from C++: the class library keeps UTF-16
// chars in `char[] value` (classlib/README.md).
#pragma once
#include <string>
#include <string_view>

#include "runtime/Object.h"

namespace cortado::runtime {

class JavaThread;

// nullptr with OutOfMemoryError pending if allocation fails.
Object* newString(JavaThread& thread, std::u16string_view chars);
Object* newStringFromModifiedUtf8(JavaThread& thread, std::string_view bytes);
Object* newStringFromUtf8(JavaThread& thread, std::string_view utf8);
std::u16string stringChars(JavaThread& thread, Object* string);
std::string stringToUtf8(JavaThread& thread, Object* string);

}  // namespace cortado::runtime
