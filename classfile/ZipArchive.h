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

// Thrown by ZipArchive::open when the file cannot be opened at all (it does
// not exist, or permission is denied): the launcher then says "Error: Unable
// to access jarfile X", as HotSpot's does when open(2) fails. Every other
// failure (a directory, an empty file, not a zip, a corrupt zip) is a plain
// ArchiveError: "Error: Invalid or corrupt jarfile X". Catch this type first.
class ArchiveAccessError : public ArchiveError {
public:
    using ArchiveError::ArchiveError;
};

class ZipArchive {
public:
    // Opens and indexes the central directory. Throws ArchiveAccessError if the
    // file cannot be opened, ArchiveError if it is not a well-formed archive.
    // Entries that could never be read (encrypted, compressed with a method
    // other than stored/deflated) make the whole archive invalid, as in
    // java.util.zip.ZipFile.
    static ZipArchive open(const std::string& path);
    // Same, from bytes already in memory (tests, fuzzing).
    static ZipArchive fromBytes(std::vector<uint8_t> bytes, std::string displayName = "<memory>");

    bool contains(std::string_view name) const;
    // The uncompressed bytes of an entry, nullopt if absent. Throws ArchiveError
    // if the entry is corrupt (bad local header, bad deflate data, CRC mismatch).
    std::optional<std::vector<uint8_t>> read(std::string_view name) const;
    // All entry names (directories included) in central directory order.
    std::vector<std::string> entryNames() const;
    const std::string& path() const { return path_; }

    // The Main-Class attribute of META-INF/MANIFEST.MF, if any (manifest
    // continuation lines are joined as the jar spec requires). Only the main
    // section counts; the name is matched case-insensitively and the value is
    // trimmed, so a present but blank attribute gives "". Throws ArchiveError
    // if the manifest entry is corrupt.
    std::optional<std::string> mainClass() const;

private:
    struct Entry {
        uint16_t method;
        uint32_t crc32;
        uint64_t compressedSize;
        uint64_t uncompressedSize;
        uint64_t localHeaderOffset;  // from the start of data_ (any prefix included)
    };
    std::string path_;
    std::vector<uint8_t> data_;
    std::unordered_map<std::string, Entry> entries_;
    std::vector<std::string> names_;  // central directory order, without duplicates

    void indexCentralDirectory();
    std::vector<uint8_t> extract(const std::string& name, const Entry& e) const;
};

}  // namespace cortado::classfile
