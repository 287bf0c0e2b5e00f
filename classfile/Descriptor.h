// Field and method descriptors (JVMS 4.3) and name checks (JVMS 4.2).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cortado::classfile {

// The basic type a descriptor starts with: one of B C D F I J S Z L [ V.
enum class BasicType : char {
    Byte = 'B', Char = 'C', Double = 'D', Float = 'F', Int = 'I', Long = 'J',
    Short = 'S', Boolean = 'Z', Object = 'L', Array = '[', Void = 'V',
};

inline bool isReference(BasicType t) { return t == BasicType::Object || t == BasicType::Array; }
// Operand-stack / local-variable slots a value of this type takes (JVMS 2.6.1).
inline int slotCount(BasicType t) {
    return t == BasicType::Long || t == BasicType::Double ? 2 : (t == BasicType::Void ? 0 : 1);
}

// A parsed method descriptor.
struct MethodDescriptor {
    std::vector<BasicType> params;
    std::vector<std::string> paramDescriptors;  // each parameter's field descriptor
    BasicType returnType = BasicType::Void;
    std::string returnDescriptor;
    int argSlots = 0;  // slots the parameters take, not counting `this`
};

// Length of the field descriptor starting at text[pos], or 0 if there is none
// there (JVMS 4.3.2). Array dimensions beyond 255 are invalid.
size_t fieldDescriptorLength(std::string_view text, size_t pos = 0);
bool isValidFieldDescriptor(std::string_view text);
// A method descriptor (JVMS 4.3.3), nullopt if malformed. Callers check the
// rules that depend on the method: <init>/<clinit> must return V (JVMS 4.3.3)
// and argSlots plus `this` must not exceed 255 (JVMS 4.11).
std::optional<MethodDescriptor> parseMethodDescriptor(std::string_view text);
bool isValidMethodDescriptor(std::string_view text);

// JVMS 4.2.1: binary class or interface name in internal form ("java/lang/Object"),
// or an array descriptor when `allowArray`. Segments between '/' are non-empty
// and contain none of . ; [ (HotSpot's rule for class files of version >= 49).
bool isValidClassName(std::string_view name, bool allowArray = true);
// JVMS 4.2.2: unqualified field/method name: non-empty, none of . ; [ /.
// Method names may not contain < or > either, except exactly <init>/<clinit>;
// field names may (JVMS only restricts methods).
bool isValidUnqualifiedName(std::string_view name, bool isMethod);

// "java/lang/String" -> "java.lang.String".
std::string toExternalName(std::string_view internal);
// "java.lang.String" -> "java/lang/String".
std::string toInternalName(std::string_view external);

}  // namespace cortado::classfile
