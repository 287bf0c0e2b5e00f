// Zip/jar reading. Section numbers refer to PKWARE's APPNOTE.TXT 6.3.x.
//
// An archive is: [prefix] {local header, data} ... central directory
// [ZIP64 end record, ZIP64 locator] end-of-central-directory record [comment].
// We trust only the central directory for names, sizes, methods and CRCs (as
// java.util.zip.ZipFile does); local headers are used only to find the data.
#include "classfile/ZipArchive.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>

namespace cortado::classfile {

namespace {

// Signatures (APPNOTE 4.3.7, 4.3.12, 4.3.14, 4.3.15, 4.3.16).
constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;

// Fixed sizes of those records.
constexpr uint64_t kLocalHeaderSize = 30;
constexpr uint64_t kCentralHeaderSize = 46;
constexpr uint64_t kEndSize = 22;
constexpr uint64_t kZip64EndSize = 56;
constexpr uint64_t kZip64LocatorSize = 20;
constexpr uint64_t kMaxCommentSize = 0xFFFF;

// APPNOTE 4.4.5 compression methods we read; 4.4.4 general purpose flag bit 0.
constexpr uint16_t kStored = 0;
constexpr uint16_t kDeflated = 8;
constexpr uint16_t kEncryptedFlag = 1;

// APPNOTE 4.5.3: the ZIP64 extended information extra field; a 32-bit field
// holding 0xFFFFFFFF (or 16-bit 0xFFFF) means "look in the ZIP64 record".
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint32_t kZip64Magic32 = 0xFFFFFFFF;
constexpr uint16_t kZip64Magic16 = 0xFFFF;

// A Java byte[] holds at most 2^31-1 bytes; nothing we read can be larger.
constexpr uint64_t kMaxEntrySize = 0x7FFFFFFF;
// Deflate cannot expand data by more than about 1032:1 (a 258-byte match in
// under two bits), so a larger claimed ratio is a lie, not a big file.
constexpr uint64_t kMaxDeflateRatio = 1032;

const char* kManifestName = "META-INF/MANIFEST.MF";

uint16_t u16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
uint32_t u32(const uint8_t* p) { return u16(p) | (static_cast<uint32_t>(u16(p + 2)) << 16); }
uint64_t u64(const uint8_t* p) { return u32(p) | (static_cast<uint64_t>(u32(p + 4)) << 32); }

// What the end records say about the central directory.
struct EndInfo {
    uint64_t endPos;    // where the (ZIP64) end record starts: the directory ends here
    uint64_t cdSize;
    uint64_t cdOffset;  // relative to the start of the archive proper
    uint64_t entryCount;
    uint64_t commentSize;
};

class Indexer {
public:
    Indexer(const std::vector<uint8_t>& data, const std::string& name) : data_(data), name_(name) {}

    [[noreturn]] void fail(const std::string& what) const { throw ArchiveError(name_ + ": " + what); }

    // True if [offset, offset + length) lies inside the archive, without overflow.
    bool inBounds(uint64_t offset, uint64_t length) const {
        return offset <= data_.size() && length <= data_.size() - offset;
    }
    const uint8_t* at(uint64_t offset) const { return data_.data() + offset; }

    // APPNOTE 4.3.16: the end record is the last thing in the file but for a
    // comment of at most 65535 bytes, so search backwards over that window.
    EndInfo findEnd() const {
        const uint64_t size = data_.size();
        if (size < kEndSize)
            fail("not a zip archive: " + std::to_string(size) + " bytes is too short for an end record");
        const uint64_t last = size - kEndSize;
        const uint64_t first = last > kMaxCommentSize ? last - kMaxCommentSize : 0;
        for (uint64_t pos = last + 1; pos-- > first;) {
            if (u32(at(pos)) != kEndSig) continue;
            EndInfo end = readEnd(pos);
            // A signature whose comment length reaches exactly the end of the file
            // is the record. Otherwise (bytes appended after the archive, or the
            // signature occurring inside the comment) accept it only if the
            // central directory it describes really starts where it says, as
            // java.util.zip does.
            if (pos + kEndSize + end.commentSize == size || describesCentralDirectory(end)) return end;
        }
        fail("not a zip archive or truncated: no end of central directory record");
    }

    EndInfo readEnd(uint64_t pos) const {
        const uint8_t* p = at(pos);  // findEnd made sure kEndSize bytes are there
        EndInfo end{pos, u32(p + 12), u32(p + 16), u16(p + 10), u16(p + 20)};
        // APPNOTE 4.3.14/4.3.15: a ZIP64 locator right before the end record points
        // at the ZIP64 end record with the 64-bit counts. Use it only if it is
        // consistent with the 32-bit record, so a stray signature cannot mislead us.
        if (pos < kZip64LocatorSize || u32(at(pos - kZip64LocatorSize)) != kZip64LocatorSig) return end;
        uint64_t end64Pos = u64(at(pos - kZip64LocatorSize + 8));
        if (!inBounds(end64Pos, kZip64EndSize) || end64Pos + kZip64EndSize > pos - kZip64LocatorSize ||
            u32(at(end64Pos)) != kZip64EndSig)
            return end;
        const uint8_t* q = at(end64Pos);
        uint64_t count64 = u64(q + 32), size64 = u64(q + 40), offset64 = u64(q + 48);
        bool consistent = (end.entryCount == count64 || end.entryCount == kZip64Magic16) &&
                          (end.cdSize == size64 || end.cdSize == kZip64Magic32) &&
                          (end.cdOffset == offset64 || end.cdOffset == kZip64Magic32);
        if (!consistent) return end;
        return EndInfo{end64Pos, size64, offset64, count64, end.commentSize};
    }

    bool describesCentralDirectory(const EndInfo& end) const {
        if (end.cdSize > end.endPos) return false;
        uint64_t cdStart = end.endPos - end.cdSize;
        if (end.entryCount == 0) return end.cdSize == 0;
        return inBounds(cdStart, 4) && u32(at(cdStart)) == kCentralHeaderSig;
    }

private:
    const std::vector<uint8_t>& data_;
    const std::string& name_;
};

// APPNOTE 4.5.3: reads the 64-bit values that replace saturated 32-bit fields,
// in the fixed order uncompressed size, compressed size, local header offset.
bool readZip64Extra(const uint8_t* extra, uint64_t extraSize, bool needUncompressed, bool needCompressed,
                    bool needOffset, uint64_t& uncompressed, uint64_t& compressed, uint64_t& offset) {
    uint64_t pos = 0;
    while (extraSize - pos >= 4) {
        uint16_t id = u16(extra + pos);
        uint16_t size = u16(extra + pos + 2);
        pos += 4;
        if (size > extraSize - pos) return false;
        if (id == kZip64ExtraId) {
            const uint8_t* field = extra + pos;
            uint64_t used = 0;
            for (auto [need, value] : {std::pair{needUncompressed, &uncompressed},
                                       std::pair{needCompressed, &compressed}, std::pair{needOffset, &offset}}) {
                if (!need) continue;
                if (size - used < 8) return false;
                *value = u64(field + used);
                used += 8;
            }
            return true;
        }
        pos += size;
    }
    return false;
}

}  // namespace

ZipArchive ZipArchive::open(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
    if (!file) throw ArchiveAccessError(path + ": cannot open: " + std::strerror(errno));
    std::vector<uint8_t> bytes;
    uint8_t buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) bytes.insert(bytes.end(), buffer, buffer + n);
    // fopen succeeds on a directory and the read fails; HotSpot's launcher calls
    // that a corrupt jar too, so this is a plain ArchiveError.
    if (std::ferror(file.get())) throw ArchiveError(path + ": cannot read: " + std::strerror(errno));
    return fromBytes(std::move(bytes), path);
}

ZipArchive ZipArchive::fromBytes(std::vector<uint8_t> bytes, std::string displayName) {
    ZipArchive zip;
    zip.path_ = std::move(displayName);
    zip.data_ = std::move(bytes);
    zip.indexCentralDirectory();
    return zip;
}

void ZipArchive::indexCentralDirectory() {
    Indexer ix(data_, path_);
    EndInfo end = ix.findEnd();

    // The directory ends where the end record (or ZIP64 end record) begins
    // (APPNOTE 4.3.6). Whatever lies before offset 0 of the archive proper --
    // a launcher script, say -- shifts every offset by `base`; java.util.zip
    // accepts such archives, so we do too.
    if (end.cdSize > end.endPos)
        ix.fail("central directory size " + std::to_string(end.cdSize) + " exceeds the space before the end record");
    const uint64_t cdStart = end.endPos - end.cdSize;
    if (end.cdOffset > cdStart)
        ix.fail("central directory offset " + std::to_string(end.cdOffset) + " is out of bounds");
    const uint64_t base = cdStart - end.cdOffset;
    const uint64_t cdEnd = end.endPos;

    uint64_t count = 0;
    for (uint64_t pos = cdStart; pos < cdEnd; ++count) {
        // APPNOTE 4.3.12: central directory file header.
        if (cdEnd - pos < kCentralHeaderSize)
            ix.fail("central directory truncated at offset " + std::to_string(pos));
        const uint8_t* h = ix.at(pos);
        if (u32(h) != kCentralHeaderSig)
            ix.fail("bad central directory header signature at offset " + std::to_string(pos));
        uint16_t flags = u16(h + 8);
        uint16_t method = u16(h + 10);
        uint32_t crc = u32(h + 16);
        uint64_t compressed = u32(h + 20);
        uint64_t uncompressed = u32(h + 24);
        uint16_t nameSize = u16(h + 28);
        uint16_t extraSize = u16(h + 30);
        uint16_t commentSize = u16(h + 32);
        uint64_t localOffset = u32(h + 42);
        uint64_t recordSize = kCentralHeaderSize + nameSize + extraSize + commentSize;
        if (recordSize > cdEnd - pos)
            ix.fail("central directory header at offset " + std::to_string(pos) +
                    " extends past the central directory");
        std::string name(reinterpret_cast<const char*>(h + kCentralHeaderSize), nameSize);

        bool needU = uncompressed == kZip64Magic32, needC = compressed == kZip64Magic32,
             needO = localOffset == kZip64Magic32;
        if ((needU || needC || needO) &&
            !readZip64Extra(h + kCentralHeaderSize + nameSize, extraSize, needU, needC, needO, uncompressed,
                            compressed, localOffset))
            ix.fail("entry " + name + ": missing or short ZIP64 extra field");
        if (flags & kEncryptedFlag) ix.fail("entry " + name + " is encrypted, which is not supported");
        if (method != kStored && method != kDeflated)
            ix.fail("entry " + name + " uses unsupported compression method " + std::to_string(method));
        // Local headers and their data precede the central directory (APPNOTE 4.3.6).
        if (localOffset > cdStart - base || cdStart - base - localOffset < kLocalHeaderSize)
            ix.fail("entry " + name + ": local header offset " + std::to_string(localOffset) + " is out of bounds");

        Entry entry{method, crc, compressed, uncompressed, base + localOffset};
        // With duplicate names the first wins, as in java.util.zip.
        if (entries_.emplace(name, entry).second) names_.push_back(std::move(name));
        pos += recordSize;
    }
    if (count != end.entryCount)
        ix.fail("central directory holds " + std::to_string(count) + " entries but the end record says " +
                std::to_string(end.entryCount));
}

bool ZipArchive::contains(std::string_view name) const { return entries_.count(std::string(name)) != 0; }

std::vector<std::string> ZipArchive::entryNames() const { return names_; }

std::optional<std::vector<uint8_t>> ZipArchive::read(std::string_view name) const {
    auto it = entries_.find(std::string(name));
    if (it == entries_.end()) return std::nullopt;
    return extract(it->first, it->second);
}

std::vector<uint8_t> ZipArchive::extract(const std::string& name, const Entry& e) const {
    Indexer ix(data_, path_);
    auto fail = [&](const std::string& what) { ix.fail("entry " + name + ": " + what); };

    // APPNOTE 4.3.7: local file header; only its name and extra lengths matter
    // here (sizes there may be zero when bit 3 defers them to a data descriptor).
    if (!ix.inBounds(e.localHeaderOffset, kLocalHeaderSize)) fail("local header is out of bounds");
    const uint8_t* h = ix.at(e.localHeaderOffset);
    if (u32(h) != kLocalHeaderSig) fail("bad local header signature");
    uint64_t dataStart = e.localHeaderOffset + kLocalHeaderSize + u16(h + 26) + u16(h + 28);
    if (!ix.inBounds(dataStart, e.compressedSize)) fail("data extends past the end of the archive");
    if (e.uncompressedSize > kMaxEntrySize) fail("too large (" + std::to_string(e.uncompressedSize) + " bytes)");
    const uint8_t* in = ix.at(dataStart);

    std::vector<uint8_t> out;
    if (e.method == kStored) {
        if (e.compressedSize != e.uncompressedSize)
            fail("size mismatch: stored with " + std::to_string(e.compressedSize) + " bytes but " +
                 std::to_string(e.uncompressedSize) + " uncompressed");
        out.assign(in, in + e.compressedSize);
    } else {
        if (e.uncompressedSize / kMaxDeflateRatio > e.compressedSize)
            fail("size mismatch: " + std::to_string(e.compressedSize) + " deflated bytes cannot expand to " +
                 std::to_string(e.uncompressedSize));
        // Raw deflate (no zlib header): APPNOTE 4.4.5 method 8, RFC 1951.
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) fail("cannot initialise zlib");
        std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
        // One spare byte catches a stream that inflates to more than declared.
        out.resize(e.uncompressedSize + 1);
        zs.next_out = out.data();
        zs.avail_out = static_cast<uInt>(out.size());
        uint64_t inLeft = e.compressedSize;
        for (;;) {
            if (zs.avail_in == 0 && inLeft > 0) {
                uInt chunk = static_cast<uInt>(std::min<uint64_t>(inLeft, 1u << 30));
                zs.next_in = const_cast<Bytef*>(in);
                zs.avail_in = chunk;
                in += chunk;
                inLeft -= chunk;
            }
            int rc = inflate(&zs, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) break;
            if (rc == Z_MEM_ERROR) throw std::bad_alloc();
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                fail(std::string("corrupt deflate data: ") + (zs.msg ? zs.msg : "error " + std::to_string(rc)));
            if (zs.avail_out == 0)
                fail("size mismatch: inflates to more than " + std::to_string(e.uncompressedSize) + " bytes");
            if (zs.avail_in == 0 && inLeft == 0) fail("corrupt deflate data: stream truncated");
        }
        if (zs.total_out != e.uncompressedSize)
            fail("size mismatch: inflates to " + std::to_string(zs.total_out) + " bytes, expected " +
                 std::to_string(e.uncompressedSize));
        out.resize(e.uncompressedSize);
    }

    // APPNOTE 4.4.7: CRC-32 of the uncompressed data.
    uint32_t crc = static_cast<uint32_t>(crc32_z(0L, out.data(), out.size()));
    if (crc != e.crc32) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "CRC mismatch: expected %08x, computed %08x", e.crc32, crc);
        fail(buf);
    }
    return out;
}

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

// Like Java's String.trim(): drops every character <= ' ' at both ends.
std::string_view trim(std::string_view s) {
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<std::string> ZipArchive::mainClass() const {
    auto manifest = read(kManifestName);
    if (!manifest) return std::nullopt;
    std::string_view text(reinterpret_cast<const char*>(manifest->data()), manifest->size());

    // JAR File Specification, "Manifest specification": lines end with CR LF,
    // LF or CR; a line starting with a single space continues the previous
    // header; an empty line ends the main section, where Main-Class lives.
    std::vector<std::string> headers;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t eol = text.find_first_of("\r\n", pos);
        std::string_view line = text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
        if (eol == std::string_view::npos) {
            pos = text.size();
        } else {
            pos = eol + 1;
            if (text[eol] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
        }
        if (line.empty()) break;
        if (line[0] == ' ' && !headers.empty()) {
            headers.back().append(line.substr(1));
        } else {
            headers.emplace_back(line);
        }
    }
    for (const std::string& header : headers) {
        size_t colon = header.find(':');
        if (colon == std::string::npos) continue;
        if (equalsIgnoreCase(std::string_view(header).substr(0, colon), "Main-Class"))
            return std::string(trim(std::string_view(header).substr(colon + 1)));
    }
    return std::nullopt;
}

}  // namespace cortado::classfile
