// A read-only zip/jar archive reader on zlib (APPNOTE.TXT: local headers,
// central directory, stored and deflated entries). Bounds are checked on every
// read: a truncated or malformed archive is an ArchiveError, never a crash.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classfile/ClassFormatError.h"

namespace cortado::classfile {

class ZipArchive {
public:
    // Opens and indexes the central directory. Throws ArchiveError.
    static ZipArchive open(const std::string& path);
    // Same, from bytes already in memory (tests, fuzzing).
    static ZipArchive fromBytes(std::vector<uint8_t> bytes, std::string displayName = "<memory>");

    bool contains(std::string_view name) const;
    // The uncompressed bytes of an entry, nullopt if absent. Throws ArchiveError
    // if the entry is corrupt (bad local header, bad deflate data, CRC mismatch).
    std::optional<std::vector<uint8_t>> read(std::string_view name) const;
    std::vector<std::string> entryNames() const;
    const std::string& path() const { return path_; }

    // The Main-Class attribute of META-INF/MANIFEST.MF, if any (manifest
    // continuation lines are joined as the jar spec requires).
    std::optional<std::string> mainClass() const;

private:
    struct Entry {
        uint16_t method;
        uint32_t crc32;
        uint64_t compressedSize;
        uint64_t uncompressedSize;
        uint64_t localHeaderOffset;
    };
    std::string path_;
    std::vector<uint8_t> data_;
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace cortado::classfile
