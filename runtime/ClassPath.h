// Where class files come from: an ordered list of directories and jars
// (the `java` launcher's -cp rules), searched first to last.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "classfile/ZipArchive.h"

namespace cortado::runtime {

class ClassPath {
public:
    // Adds a directory or a jar. A path that does not exist, or a jar that
    // cannot be read, is skipped as `java` skips it (returns false).
    bool add(const std::string& path);
    // The bytes of `internalName`.class, from the first entry that has it.
    // Throws classfile::ArchiveError if that jar entry is corrupt.
    std::optional<std::vector<uint8_t>> find(std::string_view internalName) const;
    // "file:" location of the entry holding a class, for -verbose:class ("source: ...").
    std::string describeSource(std::string_view internalName) const;
    bool empty() const { return entries_.empty(); }

private:
    struct Entry {
        std::string path;
        std::unique_ptr<classfile::ZipArchive> jar;  // null for a directory
    };
    const Entry* locate(std::string_view internalName) const;
    std::vector<Entry> entries_;
};

// Splits a `:`-separated class path; an empty element means the current directory.
std::vector<std::string> splitClassPath(std::string_view text);

}  // namespace cortado::runtime
