// Field and method descriptors (JVMS 4.3) and name checks (JVMS 4.2).
#include "classfile/Descriptor.h"

#include <algorithm>

namespace cortado::classfile {

namespace {

// JVMS 4.3.2 / 4.4.1: an array type may have at most 255 dimensions.
constexpr size_t kMaxArrayDimensions = 255;

bool isPrimitiveDescriptorChar(char c) {
    switch (c) {
    case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
        return true;
    default:
        return false;
    }
}

// A class name in internal form, without array syntax (JVMS 4.2.1): one or
// more non-empty segments separated by '/', none containing . ; or [.
// '<' and '>' are allowed: JVMS restricts them in method names only.
bool isValidInternalClassName(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.back() == '/') return false;
    for (size_t i = 0; i < name.size(); ++i) {
        switch (name[i]) {
        case '.': case ';': case '[':
            return false;
        case '/':
            if (name[i + 1] == '/') return false;  // empty segment; i + 1 < size as back() != '/'
            break;
        default:
            break;
        }
    }
    return true;
}

}  // namespace

size_t fieldDescriptorLength(std::string_view text, size_t pos) {
    size_t i = pos;
    while (i < text.size() && text[i] == '[') ++i;
    if (i - pos > kMaxArrayDimensions || i >= text.size()) return 0;
    char c = text[i];
    if (isPrimitiveDescriptorChar(c)) return i + 1 - pos;
    if (c != 'L') return 0;
    // L ClassName ; -- the class name ends at the first ';' (JVMS 4.3.2).
    size_t semi = text.find(';', i + 1);
    if (semi == std::string_view::npos) return 0;
    if (!isValidInternalClassName(text.substr(i + 1, semi - i - 1))) return 0;
    return semi + 1 - pos;
}

bool isValidFieldDescriptor(std::string_view text) {
    return !text.empty() && fieldDescriptorLength(text, 0) == text.size();
}

std::optional<MethodDescriptor> parseMethodDescriptor(std::string_view text) {
    // JVMS 4.3.3: ( {ParameterDescriptor} ) ReturnDescriptor
    if (text.empty() || text[0] != '(') return std::nullopt;
    MethodDescriptor md;
    size_t i = 1;
    while (i < text.size() && text[i] != ')') {
        size_t len = fieldDescriptorLength(text, i);
        if (len == 0) return std::nullopt;  // includes 'V' as a parameter
        auto type = static_cast<BasicType>(text[i]);
        md.params.push_back(type);
        md.paramDescriptors.emplace_back(text.substr(i, len));
        md.argSlots += slotCount(type);
        i += len;
    }
    if (i >= text.size()) return std::nullopt;  // no ')'
    ++i;
    std::string_view ret = text.substr(i);
    if (ret == "V") {
        md.returnType = BasicType::Void;
    } else if (isValidFieldDescriptor(ret)) {
        md.returnType = static_cast<BasicType>(ret[0]);
    } else {
        return std::nullopt;  // missing, or followed by anything
    }
    md.returnDescriptor = std::string(ret);
    return md;
}

bool isValidMethodDescriptor(std::string_view text) { return parseMethodDescriptor(text).has_value(); }

bool isValidClassName(std::string_view name, bool allowArray) {
    // JVMS 4.4.1: a CONSTANT_Class names an array type by its descriptor.
    if (!name.empty() && name[0] == '[') return allowArray && isValidFieldDescriptor(name);
    return isValidInternalClassName(name);
}

bool isValidUnqualifiedName(std::string_view name, bool isMethod) {
    if (isMethod && (name == "<init>" || name == "<clinit>")) return true;
    if (name.empty()) return false;
    for (char c : name) {
        switch (c) {
        case '.': case ';': case '[': case '/':
            return false;
        case '<': case '>':
            if (isMethod) return false;
            break;
        default:
            break;
        }
    }
    return true;
}

std::string toExternalName(std::string_view internal) {
    std::string s(internal);
    std::replace(s.begin(), s.end(), '/', '.');
    return s;
}

std::string toInternalName(std::string_view external) {
    std::string s(external);
    std::replace(s.begin(), s.end(), '.', '/');
    return s;
}

}  // namespace cortado::classfile
