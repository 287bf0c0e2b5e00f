// The class hierarchy the fuzz target verifies against: a fixed set of
// java.lang classes plus the class under test, answered without loading
// anything, so every run is deterministic and fast. Any other name is a
// class that "fails to load" (the verifier then reports LoadFailed, the path
// a missing class takes at run time), except every tenth name by hash, which
// is taken as a loadable direct subclass of java/lang/Object so that the
// verifier's assignability and member-access paths are reached too.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "classfile/ClassFile.h"
#include "verifier/Verifier.h"

namespace cortado::fuzz {

class FixedHierarchy final : public verifier::ClassHierarchy {
public:
    explicit FixedHierarchy(const classfile::ClassFile& cf);

    std::optional<bool> isInterface(std::string_view name) override;
    std::optional<bool> isSubclassOf(std::string_view sub, std::string_view super) override;
    std::optional<std::string> superclassOf(std::string_view name) override;
    std::optional<Member> findMember(std::string_view className, std::string_view name,
                                     std::string_view descriptor, bool isMethod) override;

private:
    struct Known {
        bool interface = false;
        std::string super;  // "" for java/lang/Object
    };
    std::optional<Known> lookup(std::string_view name) const;

    const classfile::ClassFile& cf_;
    std::string self_, selfSuper_;
};

}  // namespace cortado::fuzz
