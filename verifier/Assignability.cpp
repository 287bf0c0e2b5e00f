#include "verifier/Assignability.h"

#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

template <typename T> T orLoadFailure(std::optional<T> v) {
    if (!v) throw VerifyFailure{VerifyResult::Kind::LoadFailed, {}};
    return *v;
}
template bool orLoadFailure<bool>(std::optional<bool>);
template std::string orLoadFailure<std::string>(std::optional<std::string>);
template ClassHierarchy::Member orLoadFailure<ClassHierarchy::Member>(std::optional<ClassHierarchy::Member>);

Assignability::Assignability(ClassHierarchy& hierarchy, TypeNames& names) : hierarchy_(hierarchy), names_(names) {
    objectType = names.reference("java/lang/Object");
    throwableType = names.reference("java/lang/Throwable");
    stringType = names.reference("java/lang/String");
    classType = names.reference("java/lang/Class");
    cloneableType = names.reference("java/lang/Cloneable");
    serializableType = names.reference("java/io/Serializable");
}

bool Assignability::isAssignable(VType to, VType from, bool protectedAccess) {
    if (to == from) return true;
    switch (to.tag()) {
        case Tag::Top: return true;
        case Tag::Boolean: case Tag::Byte: case Tag::Char: case Tag::Short:
            return from.tag() == Tag::Integer;  // an int may be returned as any of them
        case Tag::ReferenceCheck: return from.isAnyReference();
        case Tag::Category1Check: return from.isCategory1();
        case Tag::Category2Check: return from.isCategory2();
        case Tag::Category2ndCheck: return from.isCategory2nd();
        case Tag::Reference: return isReferenceAssignable(to, from, protectedAccess);
        default: return false;  // integer, float, long, double, halves, null, uninitialized: only themselves
    }
}

bool Assignability::isReferenceAssignable(VType to, VType from, bool protectedAccess) {
    if (from.isNull()) return true;
    if (!from.isReference()) return false;
    if (to == objectType) return true;
    const std::string& toName = names_.name(to.nameId());
    const std::string& fromName = names_.name(from.nameId());
    if (toName[0] != '[') return classAssignable(to.nameId(), from.nameId(), fromName[0] == '[', protectedAccess);
    if (fromName[0] != '[') return false;
    // Both arrays: components must be the same primitive, or assignable references.
    char tc = toName[1], fc = fromName[1];
    bool toRef = tc == 'L' || tc == '[', fromRef = fc == 'L' || fc == '[';
    if (!toRef || !fromRef) return !toRef && !fromRef && tc == fc;
    VType toComponent = names_.component(to), fromComponent = names_.component(from);
    return isReferenceAssignable(toComponent, fromComponent, protectedAccess);
}

bool Assignability::classAssignable(uint32_t to, uint32_t from, bool fromIsArray, bool protectedAccess) {
    uint64_t key = (uint64_t(to) << 34) | (uint64_t(from) << 2) | (fromIsArray ? 2 : 0) | (protectedAccess ? 1 : 0);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    const std::string toName = names_.name(to);
    bool answer;
    if (orLoadFailure(hierarchy_.isInterface(toName)) && (!protectedAccess || names_.name(from) != "java/lang/Object")) {
        // JVMS 4.10.1.2: interfaces are treated as Object, except that an array
        // is only assignable to the interfaces arrays implement.
        answer = !fromIsArray || to == cloneableType.nameId() || to == serializableType.nameId();
    } else if (!fromIsArray) {
        answer = orLoadFailure(hierarchy_.isSubclassOf(names_.name(from), toName));
    } else {
        answer = false;
    }
    cache_.emplace(key, answer);
    return answer;
}

bool Assignability::isReferenceArray(VType t) const {
    if (t.isNull()) return true;
    if (!names_.isArray(t)) return false;
    char c = names_.name(t.nameId())[1];
    return c == 'L' || c == '[';
}

bool Assignability::isArrayOf(VType t, char c) const {
    return t.isNull() || (names_.isArray(t) && names_.name(t.nameId())[1] == c);
}

}  // namespace cortado::verifier
