// JNI specification 2.2 "Resolving Native Method Names": a native method's
// function is Java_ + mangled class + _ + mangled name (the short form), with
// __ + mangled argument descriptors appended for an overloaded one (the long
// form). Mangling keeps ASCII letters and digits, turns '/' into '_', and
// escapes '_' as _1, ';' as _2, '[' as _3 and any other UTF-16 unit as _0xxxx.
#include <cstdio>

#include "classfile/ModifiedUtf8.h"
#include "natives/jni/Jni.h"

namespace cortado::jni {

std::string mangle(std::u16string_view chars) {
    std::string out;
    out.reserve(chars.size());
    for (char16_t c : chars) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += char(c);
        else if (c == '/') out += '_';
        else if (c == '_') out += "_1";
        else if (c == ';') out += "_2";
        else if (c == '[') out += "_3";
        else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "_0%04x", unsigned(c));
            out += buf;
        }
    }
    return out;
}

static std::string mangleUtf8(std::string_view modifiedUtf8) { return mangle(classfile::decodeModifiedUtf8(modifiedUtf8)); }

std::string shortJniName(std::string_view className, std::string_view methodName) {
    return "Java_" + mangleUtf8(className) + "_" + mangleUtf8(methodName);
}

std::string longJniName(std::string_view className, std::string_view methodName, std::string_view descriptor) {
    size_t close = descriptor.find(')');
    std::string_view args = descriptor.substr(1, close == std::string_view::npos ? 0 : close - 1);
    return shortJniName(className, methodName) + "__" + mangleUtf8(args);
}

}  // namespace cortado::jni
