// The classes the assembler's frame computation asks about (merging two class
// types needs their superclasses, JVMS 4.10.2.2): the classes assembled in the
// same run, then a class path of directories and jars, in order. By default the
// path is Cortado's class library jar (its build-time location), as ASM's
// getCommonSuperClass asks the class loader. A class found nowhere makes the
// query fail; missing() names it for the error message.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "classfile/ClassFile.h"
#include "classfile/ZipArchive.h"
#include "verifier/Verifier.h"

namespace cortado::jasm {

class ClassPathHierarchy : public verifier::ClassHierarchy {
public:
    // `classPath`: directories and jar files; entries that cannot be opened are skipped.
    explicit ClassPathHierarchy(const std::vector<std::string>& classPath);
    // The class library jar this build of Cortado boots from.
    static std::string defaultClassLibrary();
    // A class of this run; it hides one of the same name on the path.
    void add(classfile::ClassFile cf);
    const std::string& missing() const { return missing_; }

    std::optional<bool> isInterface(std::string_view className) override;
    std::optional<bool> isSubclassOf(std::string_view sub, std::string_view super) override;
    std::optional<std::string> superclassOf(std::string_view className) override;
    std::optional<Member> findMember(std::string_view className, std::string_view name, std::string_view descriptor,
                                     bool isMethod) override;

private:
    const classfile::ClassFile* find(std::string_view name);

    struct Entry {
        std::string directory;                       // or
        std::unique_ptr<classfile::ZipArchive> jar;
    };
    std::vector<Entry> path_;
    std::map<std::string, std::optional<classfile::ClassFile>, std::less<>> classes_;  // nullopt: not found
    std::string missing_;
};

}  // namespace cortado::jasm
