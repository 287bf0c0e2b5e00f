#include "verifier/VerificationType.h"

namespace cortado::verifier {

uint32_t TypeNames::intern(std::string_view name) {
    auto it = ids_.find(name);
    if (it != ids_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(names_.size());
    names_.emplace_back(name);
    ids_.emplace(names_.back(), id);
    return id;
}

VType TypeNames::fromDescriptor(std::string_view d) {
    switch (d.empty() ? 'V' : d[0]) {
        case 'B': case 'C': case 'I': case 'S': case 'Z': return VType::integer();
        case 'F': return VType::float_();
        case 'J': return VType::long_();
        case 'D': return VType::double_();
        case 'L': return reference(d.substr(1, d.size() - 2));
        case '[': return reference(d);
        default: return VType::top();
    }
}

VType TypeNames::component(VType array) {
    std::string_view n = names_[array.nameId()];
    if (n.size() < 2 || n[0] != '[') return VType::top();
    return fromDescriptor(std::string(n.substr(1)));  // copy: intern may grow names_
}

VType TypeNames::primitiveArray(uint8_t atype) {
    // JVMS newarray, Table 6.5.newarray-A: 4 boolean ... 11 long.
    static const char* const kNames[] = {"[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};
    if (atype < 4 || atype > 11) return VType::top();
    return reference(kNames[atype - 4]);
}

VType TypeNames::arrayOf(VType component) {
    std::string n = names_[component.nameId()];
    return reference(n[0] == '[' ? "[" + n : "[L" + n + ";");
}

std::string describe(VType t, const TypeNames& names) {
    switch (t.tag()) {
        case Tag::Top: return "top";
        case Tag::Integer: return "integer";
        case Tag::Float: return "float";
        case Tag::Long: return "long";
        case Tag::Double: return "double";
        case Tag::Long2: return "long_2nd";
        case Tag::Double2: return "double_2nd";
        case Tag::Boolean: return "boolean";
        case Tag::Byte: return "byte";
        case Tag::Char: return "char";
        case Tag::Short: return "short";
        case Tag::Null: return "null";
        case Tag::UninitializedThis: return "uninitializedThis";
        case Tag::Uninitialized: return "uninitialized " + std::to_string(t.newBci());
        case Tag::Reference: return "'" + names.name(t.nameId()) + "'";
        case Tag::ReturnAddress: return "returnAddress";
        case Tag::ReferenceCheck: return "reference type";
        case Tag::Category1Check: return "category1 type";
        case Tag::Category2Check: return "category2 type";
        case Tag::Category2ndCheck: return "category2_2nd type";
    }
    return "top";
}

}  // namespace cortado::verifier
