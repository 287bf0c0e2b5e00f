// ZipArchive: real jars written by the JDK's `jar` tool, plus archives built
// here byte by byte (APPNOTE.TXT layouts) so that each malformation is precise.
#include "classfile/ZipArchive.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

using namespace cortado::classfile;
namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------
// An in-memory archive writer that remembers where every record landed.

struct TestEntry {
    std::string name;
    std::string data;
    uint16_t method = 8;  // 0 stored, 8 deflated
};

struct Layout {
    std::vector<uint8_t> bytes;
    std::vector<size_t> local;    // offset of each local header
    std::vector<size_t> dataAt;   // offset of each entry's (compressed) data
    std::vector<size_t> dataLen;  // compressed length
    std::vector<size_t> central;  // offset of each central directory header
    size_t cdStart = 0;
    size_t eocd = 0;
};

std::string rawDeflate(const std::string& in) {
    z_stream zs{};
    EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(deflateBound(&zs, in.size()) + 16, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

uint32_t crcOf(const std::string& s) {
    return static_cast<uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

void put16(std::vector<uint8_t>& b, size_t at, uint32_t v) {
    b.at(at) = v & 0xFF;
    b.at(at + 1) = (v >> 8) & 0xFF;
}
void put32(std::vector<uint8_t>& b, size_t at, uint32_t v) {
    put16(b, at, v & 0xFFFF);
    put16(b, at + 2, v >> 16);
}
void put64(std::vector<uint8_t>& b, size_t at, uint64_t v) {
    put32(b, at, static_cast<uint32_t>(v));
    put32(b, at + 4, static_cast<uint32_t>(v >> 32));
}
void add16(std::vector<uint8_t>& b, uint32_t v) {
    b.resize(b.size() + 2);
    put16(b, b.size() - 2, v);
}
void add32(std::vector<uint8_t>& b, uint32_t v) {
    b.resize(b.size() + 4);
    put32(b, b.size() - 4, v);
}
void add64(std::vector<uint8_t>& b, uint64_t v) {
    b.resize(b.size() + 8);
    put64(b, b.size() - 8, v);
}
void addBytes(std::vector<uint8_t>& b, std::string_view s) { b.insert(b.end(), s.begin(), s.end()); }

Layout buildZip(const std::vector<TestEntry>& entries, std::string_view comment = "") {
    Layout z;
    auto& b = z.bytes;
    std::vector<std::string> packed;
    for (const TestEntry& e : entries) {
        std::string data = e.method == 8 ? rawDeflate(e.data) : e.data;
        z.local.push_back(b.size());
        add32(b, 0x04034b50);  // APPNOTE 4.3.7
        add16(b, 20);
        add16(b, 0);
        add16(b, e.method);
        add16(b, 0);
        add16(b, 0x21);
        add32(b, crcOf(e.data));
        add32(b, static_cast<uint32_t>(data.size()));
        add32(b, static_cast<uint32_t>(e.data.size()));
        add16(b, static_cast<uint32_t>(e.name.size()));
        add16(b, 0);
        addBytes(b, e.name);
        z.dataAt.push_back(b.size());
        z.dataLen.push_back(data.size());
        addBytes(b, data);
        packed.push_back(data);
    }
    z.cdStart = b.size();
    for (size_t i = 0; i < entries.size(); ++i) {
        const TestEntry& e = entries[i];
        z.central.push_back(b.size());
        add32(b, 0x02014b50);  // APPNOTE 4.3.12
        add16(b, 20);
        add16(b, 20);
        add16(b, 0);
        add16(b, e.method);
        add16(b, 0);
        add16(b, 0x21);
        add32(b, crcOf(e.data));
        add32(b, static_cast<uint32_t>(packed[i].size()));
        add32(b, static_cast<uint32_t>(e.data.size()));
        add16(b, static_cast<uint32_t>(e.name.size()));
        add16(b, 0);
        add16(b, 0);
        add16(b, 0);
        add16(b, 0);
        add32(b, 0);
        add32(b, static_cast<uint32_t>(z.local[i]));
        addBytes(b, e.name);
    }
    z.eocd = b.size();
    add32(b, 0x06054b50);  // APPNOTE 4.3.16
    add16(b, 0);
    add16(b, 0);
    add16(b, static_cast<uint32_t>(entries.size()));
    add16(b, static_cast<uint32_t>(entries.size()));
    add32(b, static_cast<uint32_t>(z.eocd - z.cdStart));
    add32(b, static_cast<uint32_t>(z.cdStart));
    add16(b, static_cast<uint32_t>(comment.size()));
    addBytes(b, comment);
    return z;
}

// Central directory header field offsets (APPNOTE 4.3.12).
constexpr size_t kCenFlags = 8, kCenMethod = 10, kCenCrc = 16, kCenCompressed = 20, kCenUncompressed = 24,
                 kCenNameLen = 28, kCenLocalOffset = 42;
// End record field offsets (APPNOTE 4.3.16).
constexpr size_t kEndThisDiskCount = 8, kEndCount = 10, kEndCdSize = 12, kEndCdOffset = 16, kEndCommentLen = 20;

std::string text(const std::vector<uint8_t>& v) { return std::string(v.begin(), v.end()); }

std::string sampleText() {
    std::string s;
    for (int i = 0; i < 200; ++i) s += "line " + std::to_string(i) + " of some compressible text\n";
    return s;
}

std::vector<TestEntry> sampleEntries() {
    return {{"a.txt", sampleText(), 8}, {"dir/b.bin", std::string("stored\0bytes", 12), 0}, {"dir/", "", 0}};
}

// Opens and reads every entry: the outcome a launcher would see.
void openAndReadAll(const std::vector<uint8_t>& bytes) {
    ZipArchive zip = ZipArchive::fromBytes(bytes, "test.zip");
    for (const std::string& name : zip.entryNames()) (void)zip.read(name);
}

// Asserts that the archive is rejected with an ArchiveError whose message
// mentions `expected` (empty: any message).
void expectCorrupt(const std::vector<uint8_t>& bytes, const std::string& expected) {
    try {
        openAndReadAll(bytes);
        ADD_FAILURE() << "archive accepted; expected an error mentioning '" << expected << "'";
    } catch (const ArchiveAccessError& e) {
        ADD_FAILURE() << "in-memory archive reported as inaccessible: " << e.what();
    } catch (const ArchiveError& e) {
        EXPECT_NE(std::string(e.what()).find(expected), std::string::npos)
            << "message '" << e.what() << "' does not mention '" << expected << "'";
        EXPECT_NE(std::string(e.what()).find("test.zip"), std::string::npos) << e.what();
    }
}

// Outcome is either success or ArchiveError; anything else fails the test.
void expectNoCrash(const std::vector<uint8_t>& bytes) {
    try {
        openAndReadAll(bytes);
        ZipArchive::fromBytes(bytes).mainClass();
    } catch (const ArchiveError&) {
    }
}

// ---------------------------------------------------------------------------
// A scratch directory for files, removed at the end of each test.

class ZipFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        fs::path root = fs::path(CORTADO_BUILD_DIR) / "test-tmp";
        fs::create_directories(root);
        std::string pattern = (root / "zip-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    void write(const fs::path& rel, const std::string& content) {
        fs::create_directories((dir_ / rel).parent_path());
        std::ofstream(dir_ / rel, std::ios::binary) << content;
    }
    // Runs the JDK's jar tool in the scratch directory.
    void jar(const std::string& args) {
        std::string cmd = "cd '" + dir_.string() + "' && jar " + args + " > jar.log 2>&1";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    }
    fs::path dir_;
};

}  // namespace

// ---------------------------------------------------------------------------
// Well-formed archives built in memory.

TEST(ZipArchiveMemory, ReadsStoredAndDeflatedEntries) {
    Layout z = buildZip(sampleEntries());
    ZipArchive zip = ZipArchive::fromBytes(z.bytes, "mem.zip");
    EXPECT_EQ(zip.path(), "mem.zip");
    EXPECT_EQ(zip.entryNames(), (std::vector<std::string>{"a.txt", "dir/b.bin", "dir/"}));
    EXPECT_TRUE(zip.contains("a.txt"));
    EXPECT_TRUE(zip.contains("dir/"));
    EXPECT_FALSE(zip.contains("A.TXT"));
    EXPECT_FALSE(zip.contains("missing"));
    EXPECT_EQ(text(*zip.read("a.txt")), sampleText());
    EXPECT_EQ(text(*zip.read("dir/b.bin")), std::string("stored\0bytes", 12));
    EXPECT_TRUE(zip.read("dir/")->empty());
    EXPECT_FALSE(zip.read("missing").has_value());
    EXPECT_FALSE(zip.mainClass().has_value());
    EXPECT_LT(z.dataLen[0], sampleText().size());  // really deflated
}

TEST(ZipArchiveMemory, EmptyArchive) {
    Layout z = buildZip({});
    EXPECT_EQ(z.bytes.size(), 22u);
    ZipArchive zip = ZipArchive::fromBytes(z.bytes);
    EXPECT_TRUE(zip.entryNames().empty());
    EXPECT_FALSE(zip.mainClass().has_value());
}

TEST(ZipArchiveMemory, EmptyDeflatedEntry) {
    Layout z = buildZip({{"empty", "", 8}});
    EXPECT_TRUE(ZipArchive::fromBytes(z.bytes).read("empty")->empty());
}

TEST(ZipArchiveMemory, FindsEndRecordBehindComments) {
    for (size_t len : {1u, 100u, 65535u}) {
        Layout z = buildZip(sampleEntries(), std::string(len, 'c'));
        ZipArchive zip = ZipArchive::fromBytes(z.bytes);
        EXPECT_EQ(text(*zip.read("a.txt")), sampleText()) << len;
    }
}

TEST(ZipArchiveMemory, CommentContainingAnEndSignature) {
    std::string comment = "PK\x05\x06 this is not the end record, just a comment.";
    Layout z = buildZip(sampleEntries(), comment);
    EXPECT_EQ(text(*ZipArchive::fromBytes(z.bytes).read("a.txt")), sampleText());
}

TEST(ZipArchiveMemory, ToleratesPrefixAndTrailingBytesLikeJava) {
    // A launcher script in front (offsets not adjusted), bytes appended after.
    Layout z = buildZip(sampleEntries());
    std::vector<uint8_t> b;
    addBytes(b, "#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n");
    b.insert(b.end(), z.bytes.begin(), z.bytes.end());
    addBytes(b, "trailing junk");
    ZipArchive zip = ZipArchive::fromBytes(b);
    EXPECT_EQ(text(*zip.read("a.txt")), sampleText());
    EXPECT_EQ(text(*zip.read("dir/b.bin")), std::string("stored\0bytes", 12));
}

TEST(ZipArchiveMemory, DuplicateNamesKeepTheFirst) {
    Layout z = buildZip({{"x", "first", 0}, {"x", "second", 8}});
    ZipArchive zip = ZipArchive::fromBytes(z.bytes);
    EXPECT_EQ(zip.entryNames(), std::vector<std::string>{"x"});
    EXPECT_EQ(text(*zip.read("x")), "first");
}

TEST(ZipArchiveMemory, DataDescriptorFlagUsesCentralSizes) {
    // Bit 3 (APPNOTE 4.4.4): the local header's sizes and CRC are zero.
    Layout z = buildZip(sampleEntries());
    put16(z.bytes, z.local[0] + 6, 8);
    put32(z.bytes, z.local[0] + 14, 0);
    put32(z.bytes, z.local[0] + 18, 0);
    put32(z.bytes, z.local[0] + 22, 0);
    put16(z.bytes, z.central[0] + kCenFlags, 8);
    EXPECT_EQ(text(*ZipArchive::fromBytes(z.bytes).read("a.txt")), sampleText());
}

namespace {

// The sample rebuilt with ZIP64 records (APPNOTE 4.3.14, 4.3.15, 4.5.3):
// every 32-bit size and offset saturated, the real values in extra fields.
std::vector<uint8_t> buildZip64(size_t& cdStartOut) {
    std::vector<TestEntry> entries = sampleEntries();
    Layout plain = buildZip(entries);
    std::vector<uint8_t> b(plain.bytes.begin(), plain.bytes.begin() + plain.cdStart);
    size_t cdStart = b.size();
    for (size_t i = 0; i < entries.size(); ++i) {
        const TestEntry& e = entries[i];
        add32(b, 0x02014b50);
        add16(b, 45);
        add16(b, 45);
        add16(b, 0);
        add16(b, e.method);
        add32(b, 0);
        add32(b, crcOf(e.data));
        add32(b, 0xFFFFFFFF);
        add32(b, 0xFFFFFFFF);
        add16(b, static_cast<uint32_t>(e.name.size()));
        add16(b, 4 + 24 + 4);  // an unrelated extra field first, then ZIP64
        add16(b, 0);
        add16(b, 0);
        add16(b, 0);
        add32(b, 0);
        add32(b, 0xFFFFFFFF);
        addBytes(b, e.name);
        add16(b, 0xCAFE);  // an empty field (jar's marker) before the ZIP64 one
        add16(b, 0);
        add16(b, 0x0001);
        add16(b, 24);
        add64(b, e.data.size());
        add64(b, plain.dataLen[i]);
        add64(b, plain.local[i]);
    }
    size_t cdSize = b.size() - cdStart;
    size_t end64 = b.size();
    add32(b, 0x06064b50);
    add64(b, 44);
    add16(b, 45);
    add16(b, 45);
    add32(b, 0);
    add32(b, 0);
    add64(b, entries.size());
    add64(b, entries.size());
    add64(b, cdSize);
    add64(b, cdStart);
    add32(b, 0x07064b50);
    add32(b, 0);
    add64(b, end64);
    add32(b, 1);
    add32(b, 0x06054b50);
    add16(b, 0xFFFF);
    add16(b, 0xFFFF);
    add16(b, 0xFFFF);
    add16(b, 0xFFFF);
    add32(b, 0xFFFFFFFF);
    add32(b, 0xFFFFFFFF);
    add16(b, 0);
    cdStartOut = cdStart;
    return b;
}

}  // namespace

TEST(ZipArchiveMemory, Zip64EndRecordAndExtraField) {
    std::vector<TestEntry> entries = sampleEntries();
    size_t cdStart = 0;
    std::vector<uint8_t> b = buildZip64(cdStart);
    ZipArchive zip = ZipArchive::fromBytes(b, "test.zip");
    EXPECT_EQ(zip.entryNames().size(), 3u);
    EXPECT_EQ(text(*zip.read("a.txt")), sampleText());
    EXPECT_EQ(text(*zip.read("dir/b.bin")), std::string("stored\0bytes", 12));

    // A ZIP64 extra field too short for the saturated fields is corrupt.
    std::vector<uint8_t> shortExtra = b;
    put16(shortExtra, cdStart + 46 + entries[0].name.size() + 6, 16);
    expectCorrupt(shortExtra, "ZIP64");
    // A locator pointing nowhere leaves saturated values: corrupt, not misread.
    std::vector<uint8_t> badLocator = b;
    put64(badLocator, b.size() - 22 - 20 + 8, 0xFFFFFFFFFFFF);
    expectCorrupt(badLocator, "central directory");
}

TEST(ZipArchiveMemory, StrayZip64LocatorIsIgnored) {
    // The last central header's comment ends with bytes that look like a ZIP64
    // locator (APPNOTE 4.3.15) right before the end record, but they point at
    // no ZIP64 end record: the 32-bit end record must still be used.
    Layout z = buildZip({{"x", "hello", 0}});
    std::vector<uint8_t> locator;
    add32(locator, 0x07064b50);
    add32(locator, 0);
    add64(locator, 3);
    add32(locator, 1);
    std::vector<uint8_t> b = z.bytes;
    b.insert(b.begin() + z.eocd, locator.begin(), locator.end());
    put16(b, z.central[0] + 32, 20);  // comment length
    put32(b, z.eocd + 20 + kEndCdSize, static_cast<uint32_t>(z.eocd - z.cdStart + 20));
    ZipArchive zip = ZipArchive::fromBytes(b);
    EXPECT_EQ(text(*zip.read("x")), "hello");
    // Pointing at a real-looking ZIP64 end record whose values disagree with
    // the 32-bit record: still ignored.
    std::vector<uint8_t> end64;
    add32(end64, 0x06064b50);
    add64(end64, 44);
    add32(end64, 0);
    add32(end64, 0);
    add32(end64, 0);
    add64(end64, 7);
    add64(end64, 7);
    add64(end64, 1234);
    add64(end64, 0);
    std::vector<uint8_t> c = b;
    c.insert(c.begin() + z.cdStart, end64.begin(), end64.end());  // between data and directory
    size_t shift = end64.size();
    put64(c, z.eocd + shift + 8, z.cdStart);                       // locator -> that record
    put32(c, z.eocd + shift + 20 + kEndCdOffset, static_cast<uint32_t>(z.cdStart + shift));
    ZipArchive zip2 = ZipArchive::fromBytes(c);
    EXPECT_EQ(text(*zip2.read("x")), "hello");
}

// ---------------------------------------------------------------------------
// Malformed archives: each must be an ArchiveError, never a crash.

TEST(ZipArchiveCorrupt, EmptyAndTinyInputs) {
    expectCorrupt({}, "too short");
    expectCorrupt(std::vector<uint8_t>(21, 0), "too short");
    expectCorrupt(std::vector<uint8_t>(1000, 0), "no end of central directory");
    std::vector<uint8_t> notZip;
    addBytes(notZip, "This is a text file, not a jar.\n");
    expectCorrupt(notZip, "no end of central directory");
}

TEST(ZipArchiveCorrupt, TruncatedAtEveryLength) {
    Layout z = buildZip(sampleEntries());
    for (size_t len : {size_t{1}, size_t{4}, size_t{30}, z.dataAt[0] + 5, z.cdStart, z.cdStart + 10, z.eocd,
                       z.eocd + 21}) {
        expectCorrupt(std::vector<uint8_t>(z.bytes.begin(), z.bytes.begin() + len), "");
    }
    for (size_t len = 0; len < z.bytes.size(); ++len)
        EXPECT_THROW(openAndReadAll(std::vector<uint8_t>(z.bytes.begin(), z.bytes.begin() + len)), ArchiveError)
            << len;
}

TEST(ZipArchiveCorrupt, BadEndRecordSignature) {
    Layout z = buildZip(sampleEntries());
    z.bytes[z.eocd + 3] = 0x07;
    expectCorrupt(z.bytes, "no end of central directory");
}

TEST(ZipArchiveCorrupt, CentralDirectorySizeTooLarge) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.eocd + kEndCdSize, static_cast<uint32_t>(z.eocd + 1));
    expectCorrupt(z.bytes, "central directory size");
    put32(z.bytes, z.eocd + kEndCdSize, 0xFFFFFFF0);
    expectCorrupt(z.bytes, "central directory size");
}

TEST(ZipArchiveCorrupt, CentralDirectorySizeTooSmall) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.eocd + kEndCdSize, static_cast<uint32_t>(z.eocd - z.cdStart - 1));
    expectCorrupt(z.bytes, "");
}

TEST(ZipArchiveCorrupt, CentralDirectoryOffsetPastEnd) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.eocd + kEndCdOffset, static_cast<uint32_t>(z.bytes.size() + 100));
    expectCorrupt(z.bytes, "central directory offset");
    put32(z.bytes, z.eocd + kEndCdOffset, 0xFFFFFFF0);
    expectCorrupt(z.bytes, "central directory offset");
}

TEST(ZipArchiveCorrupt, BadCentralDirectorySignature) {
    Layout z = buildZip(sampleEntries());
    z.bytes[z.central[1]] = 'X';
    expectCorrupt(z.bytes, "bad central directory header signature");
}

TEST(ZipArchiveCorrupt, CentralHeaderNameExtendsPastDirectory) {
    Layout z = buildZip(sampleEntries());
    put16(z.bytes, z.central[2] + kCenNameLen, 0xFFFF);
    expectCorrupt(z.bytes, "extends past the central directory");
}

TEST(ZipArchiveCorrupt, EntryCountMismatch) {
    Layout z = buildZip(sampleEntries());
    put16(z.bytes, z.eocd + kEndCount, 4);
    expectCorrupt(z.bytes, "entries but the end record says 4");
    put16(z.bytes, z.eocd + kEndCount, 2);
    expectCorrupt(z.bytes, "entries but the end record says 2");
    put16(z.bytes, z.eocd + kEndThisDiskCount, 2);
    put16(z.bytes, z.eocd + kEndCount, 0);
    expectCorrupt(z.bytes, "");
}

TEST(ZipArchiveCorrupt, LocalHeaderOffsetPastEnd) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.central[0] + kCenLocalOffset, static_cast<uint32_t>(z.bytes.size() + 10));
    expectCorrupt(z.bytes, "local header offset");
    put32(z.bytes, z.central[0] + kCenLocalOffset, 0xFFFFFFFE);
    expectCorrupt(z.bytes, "local header offset");
    // Inside the file but overlapping the central directory.
    put32(z.bytes, z.central[0] + kCenLocalOffset, static_cast<uint32_t>(z.cdStart - 10));
    expectCorrupt(z.bytes, "local header offset");
}

TEST(ZipArchiveCorrupt, BadLocalHeaderSignature) {
    Layout z = buildZip(sampleEntries());
    z.bytes[z.local[1] + 2] = 0;
    expectCorrupt(z.bytes, "bad local header signature");
    // Pointing into the middle of another entry's data.
    Layout y = buildZip(sampleEntries());
    put32(y.bytes, y.central[0] + kCenLocalOffset, static_cast<uint32_t>(y.dataAt[0] + 3));
    expectCorrupt(y.bytes, "bad local header signature");
}

TEST(ZipArchiveCorrupt, LocalHeaderNameLengthPastEnd) {
    Layout z = buildZip(sampleEntries());
    put16(z.bytes, z.local[0] + 26, 0xFFFF);
    put16(z.bytes, z.local[0] + 28, 0xFFFF);
    expectCorrupt(z.bytes, "extends past the end");
}

TEST(ZipArchiveCorrupt, CompressedSizePastEnd) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.central[0] + kCenCompressed, static_cast<uint32_t>(z.bytes.size()));
    expectCorrupt(z.bytes, "extends past the end");
    Layout y = buildZip(sampleEntries());
    put32(y.bytes, y.central[1] + kCenCompressed, 0xFFFFFFF0);
    expectCorrupt(y.bytes, "extends past the end");
}

TEST(ZipArchiveCorrupt, UnsupportedCompressionMethod) {
    for (uint16_t method : {1, 9, 12, 14, 93, 99}) {
        Layout z = buildZip(sampleEntries());
        put16(z.bytes, z.central[0] + kCenMethod, method);
        expectCorrupt(z.bytes, "unsupported compression method " + std::to_string(method));
    }
}

TEST(ZipArchiveCorrupt, EncryptedEntry) {
    Layout z = buildZip(sampleEntries());
    put16(z.bytes, z.central[1] + kCenFlags, 1);
    expectCorrupt(z.bytes, "encrypted");
}

TEST(ZipArchiveCorrupt, CorruptDeflateData) {
    Layout z = buildZip(sampleEntries());
    for (size_t i = 0; i < z.dataLen[0]; ++i) z.bytes[z.dataAt[0] + i] = 0xFF;  // block type 3 is invalid
    expectCorrupt(z.bytes, "corrupt deflate data");
}

TEST(ZipArchiveCorrupt, TruncatedDeflateStream) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.central[0] + kCenCompressed, static_cast<uint32_t>(z.dataLen[0] / 2));
    expectCorrupt(z.bytes, "");
    put32(z.bytes, z.central[0] + kCenCompressed, 0);
    expectCorrupt(z.bytes, "");
}

TEST(ZipArchiveCorrupt, CrcMismatch) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.central[0] + kCenCrc, crcOf(sampleText()) ^ 1);
    expectCorrupt(z.bytes, "CRC mismatch");
    Layout y = buildZip(sampleEntries());
    y.bytes[y.dataAt[1]] ^= 0x20;  // flip a bit of stored data
    expectCorrupt(y.bytes, "CRC mismatch");
}

TEST(ZipArchiveCorrupt, SizeMismatch) {
    size_t real = sampleText().size();
    for (size_t claimed : {real - 1, real + 1, size_t{0}}) {
        Layout z = buildZip(sampleEntries());
        put32(z.bytes, z.central[0] + kCenUncompressed, static_cast<uint32_t>(claimed));
        expectCorrupt(z.bytes, "size mismatch");
    }
    // A stored entry whose two sizes disagree.
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.central[1] + kCenUncompressed, 3);
    expectCorrupt(z.bytes, "size mismatch");
}

TEST(ZipArchiveCorrupt, ImpossibleUncompressedSizeDoesNotAllocate) {
    Layout z = buildZip(sampleEntries());
    put32(z.bytes, z.central[0] + kCenUncompressed, 0xFFFFFFF0);
    expectCorrupt(z.bytes, "");
    // Saturated without a ZIP64 extra field.
    put32(z.bytes, z.central[0] + kCenUncompressed, 0xFFFFFFFF);
    expectCorrupt(z.bytes, "ZIP64");
}

TEST(ZipArchiveCorrupt, EndRecordCommentLengthWrongStillFindsDirectory) {
    // java.util.zip accepts a comment length that disagrees with the file
    // when the central directory checks out; so do we. If it does not
    // check out the archive is corrupt.
    Layout z = buildZip(sampleEntries());
    put16(z.bytes, z.eocd + kEndCommentLen, 5);
    EXPECT_NO_THROW(openAndReadAll(z.bytes));
    put32(z.bytes, z.eocd + kEndCdSize, 7);
    expectCorrupt(z.bytes, "no end of central directory");
}

TEST(ZipArchiveCorrupt, EverySingleByteCorruption) {
    Layout z = buildZip({{"Main.class", sampleText(), 8},
                         {"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMain-Class: Main\r\n\r\n", 8},
                         {"s", "stored", 0}});
    for (size_t i = 0; i < z.bytes.size(); ++i) {
        for (uint8_t x : {0xFF, 0x01, 0x80}) {
            std::vector<uint8_t> b = z.bytes;
            b[i] ^= x;
            expectNoCrash(b);
        }
    }
}

TEST(ZipArchiveCorrupt, EverySingleByteCorruptionZip64) {
    size_t cdStart = 0;
    std::vector<uint8_t> z = buildZip64(cdStart);
    for (size_t i = 0; i < z.size(); ++i) {
        for (uint8_t x : {0xFF, 0x01, 0x80}) {
            std::vector<uint8_t> b = z;
            b[i] ^= x;
            expectNoCrash(b);
        }
    }
}

TEST(ZipArchiveCorrupt, RandomCorruption) {
    Layout z = buildZip(sampleEntries(), "comment");
    std::mt19937 rng(1234);
    for (int round = 0; round < 3000; ++round) {
        std::vector<uint8_t> b = z.bytes;
        int edits = 1 + rng() % 8;
        for (int k = 0; k < edits; ++k) {
            size_t at = rng() % b.size();
            switch (rng() % 3) {
            case 0: b[at] = static_cast<uint8_t>(rng()); break;
            case 1: b[at] = 0xFF; break;
            default: b.resize(at); break;
            }
            if (b.empty()) break;
        }
        expectNoCrash(b);
    }
}

// ---------------------------------------------------------------------------
// Manifests.

namespace {

std::optional<std::string> mainClassOf(const std::string& manifest) {
    Layout z = buildZip({{"META-INF/MANIFEST.MF", manifest, 8}});
    return ZipArchive::fromBytes(z.bytes).mainClass();
}

}  // namespace

TEST(ZipManifest, LineEndings) {
    EXPECT_EQ(mainClassOf("Manifest-Version: 1.0\r\nMain-Class: a.B\r\n\r\n"), "a.B");
    EXPECT_EQ(mainClassOf("Manifest-Version: 1.0\nMain-Class: a.B\n"), "a.B");
    EXPECT_EQ(mainClassOf("Manifest-Version: 1.0\rMain-Class: a.B\r"), "a.B");
    EXPECT_EQ(mainClassOf("Main-Class: a.B"), "a.B");  // no final newline
}

TEST(ZipManifest, ContinuationLines) {
    EXPECT_EQ(mainClassOf("Main-Class: com.exa\r\n mple.Main\r\n"), "com.example.Main");
    EXPECT_EQ(mainClassOf("Main-Class: com.\n exa\n mple.\n Main\n"), "com.example.Main");
    EXPECT_EQ(mainClassOf("Main-Class: com.exa\r mple.Main\r"), "com.example.Main");
    EXPECT_EQ(mainClassOf("Main-\r\n Class: x.Y\r\n"), "x.Y");  // even inside the name
    EXPECT_EQ(mainClassOf("Created-By: 17\r\n (Debian)\r\nMain-Class: p.Q\r\n"), "p.Q");
}

TEST(ZipManifest, NameIsCaseInsensitiveAndValueTrimmed) {
    EXPECT_EQ(mainClassOf("main-class: x.Y\n"), "x.Y");
    EXPECT_EQ(mainClassOf("MAIN-CLASS:    x.Y  \t \n"), "x.Y");
    EXPECT_EQ(mainClassOf("Main-Class:x.Y\n"), "x.Y");
    EXPECT_EQ(mainClassOf("Main-Class: \n"), "");
}

TEST(ZipManifest, OnlyTheMainSectionCounts) {
    EXPECT_FALSE(mainClassOf("Manifest-Version: 1.0\n\nName: x/\nMain-Class: a.B\n"));
    EXPECT_FALSE(mainClassOf("\r\nMain-Class: a.B\r\n"));
    EXPECT_EQ(mainClassOf("Main-Class: first.One\n\nMain-Class: second.Two\n"), "first.One");
}

TEST(ZipManifest, AbsentAttributeOrManifest) {
    EXPECT_FALSE(mainClassOf("Manifest-Version: 1.0\n"));
    EXPECT_FALSE(mainClassOf(""));
    EXPECT_FALSE(mainClassOf("Main-Classes: a.B\nXMain-Class: a.B\nMain-Class a.B\n"));
    Layout z = buildZip({{"META-INF/manifest.mf", "Main-Class: a.B\n", 0}});
    EXPECT_FALSE(ZipArchive::fromBytes(z.bytes).mainClass());
}

TEST(ZipManifest, CorruptManifestIsAnArchiveError) {
    Layout z = buildZip({{"META-INF/MANIFEST.MF", "Main-Class: a.B\n", 0}});
    put32(z.bytes, z.central[0] + kCenCrc, 0);
    ZipArchive zip = ZipArchive::fromBytes(z.bytes);
    EXPECT_THROW(zip.mainClass(), ArchiveError);
}

// ---------------------------------------------------------------------------
// Files on disk, and jars written by the JDK's own jar tool.

TEST_F(ZipFileTest, MissingFileIsAnAccessError) {
    EXPECT_THROW(ZipArchive::open((dir_ / "no-such.jar").string()), ArchiveAccessError);
    try {
        ZipArchive::open((dir_ / "no-such.jar").string());
    } catch (const ArchiveError& e) {
        EXPECT_NE(std::string(e.what()).find("no-such.jar"), std::string::npos) << e.what();
    }
}

TEST_F(ZipFileTest, DirectoryEmptyOrTextFileIsCorruptNotInaccessible) {
    write("empty.jar", "");
    write("text.jar", "hello\n");
    for (fs::path p : {dir_, dir_ / "empty.jar", dir_ / "text.jar"}) {
        try {
            ZipArchive::open(p.string());
            ADD_FAILURE() << p << " accepted";
        } catch (const ArchiveAccessError& e) {
            ADD_FAILURE() << p << ": " << e.what();
        } catch (const ArchiveError& e) {
            EXPECT_NE(std::string(e.what()).find(p.string()), std::string::npos) << e.what();
        }
    }
}

TEST_F(ZipFileTest, OpensAnArchiveWrittenHere) {
    Layout z = buildZip(sampleEntries());
    write("mem.zip", text(z.bytes));
    ZipArchive zip = ZipArchive::open((dir_ / "mem.zip").string());
    EXPECT_EQ(zip.path(), (dir_ / "mem.zip").string());
    EXPECT_EQ(text(*zip.read("a.txt")), sampleText());
}

TEST_F(ZipFileTest, JarToolDeflatedWithWrappedManifest) {
    // A Main-Class longer than 72 bytes makes jar wrap it onto CRLF continuation lines.
    const std::string main = "com.example.a.rather.long.package.name.that.keeps.going.past.seventy.two.bytes.Main";
    write("in/com/example/Hello.txt", sampleText());
    write("in/empty.txt", "");
    std::string binary;
    std::mt19937 rng(9);
    for (int i = 0; i < 100000; ++i) binary += static_cast<char>(rng());
    write("in/bin.dat", binary);
    write("manifest.txt", "Main-Class: " + main + "\nX-Custom: yes\n");
    jar("--create --file t.jar --manifest manifest.txt -C in .");

    ZipArchive zip = ZipArchive::open((dir_ / "t.jar").string());
    auto manifest = zip.read("META-INF/MANIFEST.MF");
    ASSERT_TRUE(manifest);
    std::string mf = text(*manifest);
    EXPECT_NE(mf.find("\r\n "), std::string::npos) << "expected jar to wrap the long line:\n" << mf;
    EXPECT_EQ(zip.mainClass(), main);
    EXPECT_EQ(text(*zip.read("com/example/Hello.txt")), sampleText());
    EXPECT_EQ(text(*zip.read("empty.txt")), "");
    EXPECT_EQ(text(*zip.read("bin.dat")), binary);
    EXPECT_TRUE(zip.contains("com/example/"));
    std::vector<std::string> names = zip.entryNames();
    EXPECT_NE(std::find(names.begin(), names.end(), "META-INF/MANIFEST.MF"), names.end());
}

TEST_F(ZipFileTest, JarToolStoredWithMainClassOption) {
    write("in/p/Data.txt", sampleText());
    jar("--create --no-compress --file s.jar --main-class p.Main -C in .");
    ZipArchive zip = ZipArchive::open((dir_ / "s.jar").string());
    EXPECT_EQ(zip.mainClass(), "p.Main");
    EXPECT_EQ(text(*zip.read("p/Data.txt")), sampleText());
}

TEST_F(ZipFileTest, JarWithoutMainClass) {
    write("in/x.txt", "x");
    jar("--create --file n.jar -C in .");
    ZipArchive zip = ZipArchive::open((dir_ / "n.jar").string());
    EXPECT_TRUE(zip.contains("META-INF/MANIFEST.MF"));
    EXPECT_FALSE(zip.mainClass());
    EXPECT_EQ(text(*zip.read("x.txt")), "x");
}

TEST_F(ZipFileTest, TruncatedJarOnDisk) {
    write("in/x.txt", sampleText());
    jar("--create --file t.jar -C in .");
    std::string whole;
    {
        std::ifstream in(dir_ / "t.jar", std::ios::binary);
        whole.assign(std::istreambuf_iterator<char>(in), {});
    }
    write("cut.jar", whole.substr(0, whole.size() - 10));
    EXPECT_THROW(ZipArchive::open((dir_ / "cut.jar").string()), ArchiveError);
}
