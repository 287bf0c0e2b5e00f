// isAssignable of JVMS 4.10.1.2: when may a value of type `from` be used
// where `to` is expected? Primitive and query types are decided locally;
// class types ask the ClassHierarchy (loading classes), with interfaces
// treated as java/lang/Object, and every answer about two class names is
// cached for the whole class being verified.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "verifier/VerificationType.h"
#include "verifier/Verifier.h"

namespace cortado::verifier {

class Assignability {
public:
    Assignability(ClassHierarchy& hierarchy, TypeNames& names);
    TypeNames& names() { return names_; }
    ClassHierarchy& hierarchy() { return hierarchy_; }

    // `protectedAccess`: the check of JVMS 4.10.1.8 for a protected member of
    // Object, where an interface is not treated as Object (HotSpot's rule).
    // Throws VerifyFailure{LoadFailed} when a class cannot be loaded.
    bool isAssignable(VType to, VType from, bool protectedAccess = false);
    bool isReferenceArray(VType t) const;  // null, or an array of references
    // null, or an array whose component descriptor starts with `c` ('I', 'B', ...)
    bool isArrayOf(VType t, char c) const;

    VType objectType, throwableType, stringType, classType, cloneableType, serializableType;

private:
    bool isReferenceAssignable(VType to, VType from, bool protectedAccess);
    bool classAssignable(uint32_t to, uint32_t from, bool fromIsArray, bool protectedAccess);

    ClassHierarchy& hierarchy_;
    TypeNames& names_;
    std::unordered_map<uint64_t, bool> cache_;  // (to, from, array, protected) -> answer
};

// The answer of a hierarchy query, or a LoadFailed VerifyFailure.
template <typename T> T orLoadFailure(std::optional<T> v);

}  // namespace cortado::verifier
