// The class-file parser and format checker (JVMS 4.1-4.8).
//
// It reads a class file once, front to back, through one bounds-checked
// Reader, and checks what JVMS 4.8 ("Format Checking") asks for. Where JVMS
// leaves the choice of check or message open, it does what HotSpot 17's
// classFileParser.cpp does, in the same order, with the same wording, so that a
// broken class file fails here with the very error `java` would print. The
// name in messages is HotSpot's: the requested (internal) name until
// this_class has been read, then this_class; "<Unknown>" if neither is known.
#include <algorithm>
#include <bit>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "classfile/ClassFile.h"
#include "classfile/Descriptor.h"
#include "classfile/ModifiedUtf8.h"

namespace cortado::classfile {
namespace {

// Major versions at which the format changed (JVMS 4.1, Table 4.1-A).
constexpr uint16_t kJava5 = 49;   // Signature, annotations, LVTT, EnclosingMethod
constexpr uint16_t kJava6 = 50;   // StackMapTable; interfaces no longer implicitly abstract
constexpr uint16_t kJava7 = 51;   // invokedynamic constants, BootstrapMethods, <clinit> rules
constexpr uint16_t kJava8 = 52;   // interface methods may have bodies
constexpr uint16_t kJava9 = 53;   // CONSTANT_Module/Package, ACC_MODULE
constexpr uint16_t kJava11 = 55;  // CONSTANT_Dynamic, NestHost, NestMembers
constexpr uint16_t kJava12 = 56;  // minor version must be 0 (or 65535 for preview)
constexpr uint16_t kJava16 = 60;  // Record
constexpr uint16_t kJava17 = 61;  // PermittedSubclasses; ACC_STRICT obsolete
constexpr uint16_t kPreviewMinor = 65535;

// The access flags HotSpot keeps (JVMS 4.1, 4.5, 4.6 say other bits are to be
// ignored); they are masked before they are checked or stored.
constexpr uint16_t kClassFlags = acc::PUBLIC | acc::FINAL | acc::SUPER | acc::INTERFACE |
                                 acc::ABSTRACT | acc::ANNOTATION | acc::ENUM | acc::SYNTHETIC;
constexpr uint16_t kInnerClassFlags = kClassFlags | acc::PRIVATE | acc::PROTECTED | acc::STATIC;
constexpr uint16_t kFieldFlags = acc::PUBLIC | acc::PRIVATE | acc::PROTECTED | acc::STATIC |
                                 acc::FINAL | acc::VOLATILE | acc::TRANSIENT | acc::ENUM |
                                 acc::SYNTHETIC;
constexpr uint16_t kMethodFlags = acc::PUBLIC | acc::PRIVATE | acc::PROTECTED | acc::STATIC |
                                  acc::FINAL | acc::SYNCHRONIZED | acc::BRIDGE | acc::VARARGS |
                                  acc::NATIVE | acc::ABSTRACT | acc::STRICT | acc::SYNTHETIC;

constexpr uint32_t kMaxCodeLength = 65535;  // JVMS 4.7.3
constexpr int kMaxArgSlots = 255;           // JVMS 4.3.3

// --- message building (GCC 12 has no std::format) ---

void append(std::string& s, std::string_view v) { s += v; }
void append(std::string& s, const char* v) { s += v; }
void append(std::string& s, const std::string& v) { s += v; }
template <class T>
    requires std::is_integral_v<T>
void append(std::string& s, T v) {
    s += std::to_string(v);
}

template <class... Parts>
std::string cat(const Parts&... parts) {
    std::string s;
    (append(s, parts), ...);
    return s;
}

// HotSpot prints flags with "0x%X".
std::string hex(uint32_t v) {
    static const char digits[] = "0123456789ABCDEF";
    std::string s;
    do {
        s.insert(s.begin(), digits[v & 0xF]);
        v >>= 4;
    } while (v != 0);
    return "0x" + s;
}

// HotSpot's as_klass_external_name: '/' becomes '.'.
std::string dotted(std::string_view s) {
    std::string r(s);
    std::replace(r.begin(), r.end(), '/', '.');
    return r;
}

[[noreturn]] void truncated() { throw ClassFormatError("Truncated class file"); }

// Every read of the class file goes through here. A read past the end is
// HotSpot's "Truncated class file", whatever section it is in.
class Reader {
public:
    explicit Reader(std::span<const uint8_t> bytes) : data_(bytes.data()), size_(bytes.size()) {}

    size_t pos() const { return pos_; }
    void seek(size_t pos) { pos_ = pos; }  // only to a position already reached
    bool atEnd() const { return pos_ == size_; }

    // HotSpot's guarantee_more: fail unless n more bytes are there.
    void need(uint64_t n) const {
        if (n > size_ - pos_) truncated();
    }
    uint8_t u1() {
        need(1);
        return data_[pos_++];
    }
    uint16_t u2() {
        need(2);
        uint16_t v = static_cast<uint16_t>((data_[pos_] << 8) | data_[pos_ + 1]);
        pos_ += 2;
        return v;
    }
    uint32_t u4() {
        need(4);
        uint32_t v = (uint32_t(data_[pos_]) << 24) | (uint32_t(data_[pos_ + 1]) << 16) |
                     (uint32_t(data_[pos_ + 2]) << 8) | data_[pos_ + 3];
        pos_ += 4;
        return v;
    }
    uint64_t u8() {
        uint64_t hi = u4();
        return (hi << 32) | u4();
    }
    std::string_view text(uint32_t n) {
        need(n);
        std::string_view s(reinterpret_cast<const char*>(data_ + pos_), n);
        pos_ += n;
        return s;
    }
    std::vector<uint8_t> bytes(uint32_t n) {
        need(n);
        std::vector<uint8_t> v(data_ + pos_, data_ + pos_ + n);
        pos_ += n;
        return v;
    }
    void skip(uint64_t n) {
        need(n);
        pos_ += n;
    }

private:
    const uint8_t* data_;
    size_t size_;
    size_t pos_ = 0;
};

struct PairHash {
    size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
        std::hash<std::string_view> h;
        return h(p.first) * 31 + h(p.second);
    }
};

// Which annotation-like attribute this is, for HotSpot's "Multiple X attributes"
// checks, or -1. Parameter annotations and AnnotationDefault only count on methods.
int annotationSlot(std::string_view name, bool onMethod) {
    static constexpr std::string_view kNames[] = {
        "RuntimeVisibleAnnotations",          "RuntimeInvisibleAnnotations",
        "RuntimeVisibleTypeAnnotations",      "RuntimeInvisibleTypeAnnotations",
        "RuntimeVisibleParameterAnnotations", "RuntimeInvisibleParameterAnnotations",
        "AnnotationDefault"};
    int limit = onMethod ? 7 : 4;
    for (int i = 0; i < limit; ++i)
        if (name == kNames[i]) return i;
    return -1;
}

bool isLoadable(CpTag t) {  // JVMS 4.4, Table 4.4-C
    switch (t) {
    case CpTag::Integer: case CpTag::Float: case CpTag::Long: case CpTag::Double:
    case CpTag::Class: case CpTag::String: case CpTag::MethodHandle:
    case CpTag::MethodType: case CpTag::Dynamic:
        return true;
    default:
        return false;
    }
}

class Parser {
public:
    Parser(std::span<const uint8_t> bytes, std::string_view expectedName)
        : in_(bytes), name_(expectedName.empty() ? "<Unknown>" : expectedName) {}

    ClassFile parse();

private:
    Reader in_;
    std::string name_;  // the class name HotSpot puts in messages
    ClassFile cf_;
    ConstantPool& cp_ = cf_.constant_pool;
    uint16_t major_ = 0;
    int maxBootstrapIndex_ = -1;  // highest bootstrap_method_attr_index in the pool
    uint8_t badConstantTag_ = 0;  // first CONSTANT_Module/Package seen (JVMS 4.4.11)

    [[noreturn]] void fail(const std::string& message) const { throw ClassFormatError(message); }
    std::string inFile() const { return " in class file " + name_; }

    // Constant pool index checks (HotSpot's valid_cp_range, valid_symbol_at,
    // valid_klass_reference_at).
    bool inRange(uint32_t i) const { return i > 0 && i < cp_.size(); }
    bool isUtf8(uint32_t i) const { return inRange(i) && cp_.tag(i) == CpTag::Utf8; }
    bool isClass(uint32_t i) const { return inRange(i) && cp_.tag(i) == CpTag::Class; }

    void parseVersion();
    void parseConstantPool();
    void parseConstantPoolEntries(uint16_t count);
    void checkConstantPoolReferences();
    void checkConstantPoolNames();
    void parseClassHeader();
    void parseInterfaces();
    void parseFields();
    void parseFieldAttributes(FieldInfo& field);
    void checkConstantValue(uint16_t index, const std::string& descriptor);
    void parseMethods();
    MethodInfo parseMethod();
    CodeAttribute parseCode(uint32_t attributeLength, int argSlots,
                            std::vector<uint64_t>& lvtKeys, std::vector<uint64_t>& lvttKeys);
    void parseLineNumbers(uint32_t length, uint32_t codeLength, CodeAttribute& code);
    void parseLocalVariables(uint32_t length, CodeAttribute& code, uint32_t codeLength,
                             bool typeTable, std::vector<uint64_t>& keys);
    void checkLocalVariableKeys(const std::vector<uint64_t>& lvt, const std::vector<uint64_t>& lvtt);
    void parseClassAttributes();
    void parseBootstrapMethods(uint32_t length);
    void parseInnerClasses(size_t start, uint32_t length);
    void parseNestMembers(size_t start, uint32_t length);
    void parseRecord(size_t start, uint32_t length);
    void parsePermittedSubclasses(size_t start, uint32_t length);
    uint16_t parseSignatureIndex(Reader& r);

    // Name and descriptor checks (JVMS 4.2, 4.3) with HotSpot's messages.
    void checkClassName(const std::string& name) const;
    void checkFieldName(const std::string& name) const;
    void checkMethodName(const std::string& name) const;
    void checkFieldDescriptor(const std::string& name, const std::string& descriptor) const;
    int checkMethodDescriptor(const std::string& name, const std::string& descriptor) const;
    [[noreturn]] void illegalSignature(std::string_view kind, std::string_view name,
                                       std::string_view descriptor) const;
    size_t walkFieldDescriptor(std::string_view d, size_t pos, bool voidOk) const;
    void explainMethodDescriptor(std::string_view name, std::string_view d) const;

    void checkClassModifiers(uint16_t flags) const;
    void checkFieldModifiers(uint16_t flags) const;
    void checkMethodModifiers(uint16_t flags, const std::string& name) const;
};

ClassFile Parser::parse() {
    parseVersion();
    parseConstantPool();
    parseClassHeader();
    parseInterfaces();
    parseFields();
    parseMethods();
    parseClassAttributes();
    // JVMS 4.8: the class file must not have extra bytes at the end.
    if (!in_.atEnd()) fail("Extra bytes at the end of class file " + name_);
    // Checks HotSpot makes once the whole file is read (post_process_parsed_stream).
    if (cf_.this_class == "java/lang/Object" && !cf_.interfaces.empty())
        fail("java.lang.Object cannot implement an interface" + inFile());
    if (cf_.isInterface() && !cf_.super_class.empty() && cf_.super_class != "java/lang/Object")
        fail("Interfaces must have java.lang.Object as superclass" + inFile());
    return std::move(cf_);
}

// JVMS 4.1: magic, then minor_version and major_version.
void Parser::parseVersion() {
    in_.need(8);
    uint32_t magic = in_.u4();
    if (magic != 0xCAFEBABE) fail(cat("Incompatible magic value ", magic, inFile()));
    cf_.minor_version = in_.u2();
    cf_.major_version = major_ = in_.u2();
    uint16_t minor = cf_.minor_version;

    auto unsupported = [&](const std::string& message) {
        throw ClassFormatError(LoadErrorKind::UnsupportedClassVersionError, message);
    };
    std::string version = cat("(class file version ", major_, ".", minor, ")");
    if (major_ < kMinMajorVersion)
        unsupported(cat(name_, " ", version, " was compiled with an invalid major version"));
    if (major_ > kMaxMajorVersion)
        unsupported(cat(name_, " has been compiled by a more recent version of the Java Runtime ",
                        version, ", this version of the Java Runtime only recognizes class file ",
                        "versions up to ", kMaxMajorVersion, ".0"));
    // From Java 12 on, a non-zero minor version means preview features (JVMS 4.1).
    if (major_ < kJava12 || minor == 0) return;
    if (minor != kPreviewMinor)
        unsupported(cat(name_, " ", version, " was compiled with an invalid non-zero minor version"));
    if (major_ != kMaxMajorVersion)
        unsupported(cat(name_, " ", version, " was compiled with preview features that are ",
                        "unsupported. This version of the Java Runtime only recognizes preview ",
                        "features for class file version ", kMaxMajorVersion, ".", kPreviewMinor));
    // This VM has no --enable-preview.
    unsupported(cat("Preview features are not enabled for ", name_, " ", version,
                    ". Try running with '--enable-preview'"));
}

void Parser::parseConstantPool() {
    in_.need(3);  // constant_pool_count and the first tag
    uint16_t count = in_.u2();
    if (count < 1) fail(cat("Illegal constant pool size ", count, inFile()));
    parseConstantPoolEntries(count);
    // A Module or Package entry is reported only after the access flags are
    // read, because with ACC_MODULE the error is a NoClassDefFoundError.
    if (badConstantTag_ != 0) return;
    checkConstantPoolReferences();
    checkConstantPoolNames();
}

// JVMS 4.4: read each entry. As HotSpot does, each `need` also covers the next
// entry's tag byte (or the access_flags after the pool).
void Parser::parseConstantPoolEntries(uint16_t count) {
    cp_.entries.resize(count);
    auto versionCheck = [&](uint8_t tag, uint16_t since) {
        if (major_ < since)
            fail(cat("Class file version does not support constant tag ", tag, inFile()));
    };
    for (uint32_t i = 1; i < count; ++i) {
        uint8_t tag = in_.u1();
        CpEntry& e = cp_.entries[i];
        switch (tag) {
        case uint8_t(CpTag::Class):
        case uint8_t(CpTag::String):
            in_.need(3);
            e.index1 = in_.u2();
            break;
        case uint8_t(CpTag::Fieldref):
        case uint8_t(CpTag::Methodref):
        case uint8_t(CpTag::InterfaceMethodref):
        case uint8_t(CpTag::NameAndType):
            in_.need(5);
            e.index1 = in_.u2();
            e.index2 = in_.u2();
            break;
        case uint8_t(CpTag::MethodHandle):
            versionCheck(tag, kJava7);
            in_.need(4);
            e.index1 = in_.u1();
            e.index2 = in_.u2();
            break;
        case uint8_t(CpTag::MethodType):
            versionCheck(tag, kJava7);
            in_.need(3);
            e.index1 = in_.u2();
            break;
        case uint8_t(CpTag::Dynamic):
        case uint8_t(CpTag::InvokeDynamic):
            versionCheck(tag, tag == uint8_t(CpTag::Dynamic) ? kJava11 : kJava7);
            in_.need(5);
            e.index1 = in_.u2();
            e.index2 = in_.u2();
            maxBootstrapIndex_ = std::max<int>(maxBootstrapIndex_, e.index1);
            break;
        case uint8_t(CpTag::Integer):
        case uint8_t(CpTag::Float):
            in_.need(5);
            e.bits = in_.u4();
            break;
        case uint8_t(CpTag::Long):
        case uint8_t(CpTag::Double):
            // JVMS 4.4.5: an 8-byte constant takes two entries; the second is unusable.
            if (i + 1 >= count) fail(cat("Invalid constant pool entry ", i, inFile()));
            in_.need(9);
            e.bits = in_.u8();
            e.tag = CpTag(tag);
            ++i;
            continue;
        case uint8_t(CpTag::Utf8): {
            in_.need(2);
            uint16_t length = in_.u2();
            in_.need(uint32_t(length) + 1);
            std::string_view text = in_.text(length);
            // JVMS 4.4.7; HotSpot still accepts overlong forms up to version 47.
            if (!isValidModifiedUtf8(text, major_ <= 47))
                fail("Illegal UTF8 string in constant pool" + inFile());
            e.text.assign(text);
            break;
        }
        case uint8_t(CpTag::Module):
        case uint8_t(CpTag::Package):
            // JVMS 4.4.11/4.4.12: only legal in a module-info class, which is
            // refused anyway once ACC_MODULE is seen.
            if (major_ >= kJava9) {
                in_.need(3);
                in_.u2();
                if (badConstantTag_ == 0) badConstantTag_ = tag;
                break;
            }
            [[fallthrough]];
        default:
            fail(cat("Unknown constant tag ", tag, inFile()));
        }
        e.tag = CpTag(tag);
    }
}

// First pass over the pool (JVMS 4.4): every cross reference is in range and
// names an entry of the right kind.
void Parser::checkConstantPoolReferences() {
    auto check = [&](bool ok, uint32_t index, const char* suffix = "") {
        if (!ok) fail(cat("Invalid constant pool index ", index, inFile(), suffix));
    };
    for (uint32_t i = 1; i < cp_.size(); ++i) {
        const CpEntry& e = cp_.entries[i];
        switch (e.tag) {
        case CpTag::Fieldref:
        case CpTag::Methodref:
        case CpTag::InterfaceMethodref:
            check(isClass(e.index1), e.index1);
            check(inRange(e.index2) && cp_.tag(e.index2) == CpTag::NameAndType, e.index2);
            break;
        case CpTag::NameAndType:
            check(isUtf8(e.index1), e.index1);
            check(isUtf8(e.index2), e.index2);
            break;
        case CpTag::Class:
        case CpTag::String:
        case CpTag::MethodType:
            check(isUtf8(e.index1), e.index1);
            break;
        case CpTag::MethodHandle: {  // JVMS 4.4.8
            uint16_t ref = e.index2;
            check(inRange(ref), ref);
            CpTag t = cp_.tag(ref);
            switch (RefKind(e.index1)) {
            case RefKind::GetField: case RefKind::GetStatic:
            case RefKind::PutField: case RefKind::PutStatic:
                check(t == CpTag::Fieldref, ref, " (not a field)");
                break;
            case RefKind::InvokeVirtual: case RefKind::NewInvokeSpecial:
                check(t == CpTag::Methodref, ref, " (not a method)");
                break;
            case RefKind::InvokeStatic: case RefKind::InvokeSpecial:
                // Interface methods only from version 52 on.
                check(t == CpTag::Methodref || (major_ >= kJava8 && t == CpTag::InterfaceMethodref),
                      ref, " (not a method)");
                break;
            case RefKind::InvokeInterface:
                check(t == CpTag::InterfaceMethodref, ref, " (not an interface method)");
                break;
            default:
                fail(cat("Bad method handle kind at constant pool index ", i, inFile()));
            }
            break;
        }
        case CpTag::Dynamic:
        case CpTag::InvokeDynamic:
            // bootstrap_method_attr_index is checked against BootstrapMethods later.
            check(inRange(e.index2) && cp_.tag(e.index2) == CpTag::NameAndType, e.index2);
            break;
        default:
            break;
        }
    }
}

// Second pass: the names and descriptors the entries use are well formed
// (JVMS 4.2, 4.3, 4.4.6).
void Parser::checkConstantPoolNames() {
    auto isMethodDescriptor = [](const std::string& d) { return !d.empty() && d[0] == '('; };
    for (uint32_t i = 1; i < cp_.size(); ++i) {
        const CpEntry& e = cp_.entries[i];
        switch (e.tag) {
        case CpTag::Class:
            checkClassName(cp_.utf8(e.index1));
            break;
        case CpTag::NameAndType: {
            const std::string& name = cp_.utf8(e.index1);
            const std::string& descriptor = cp_.utf8(e.index2);
            if (descriptor.empty())
                fail(cat("Illegal zero length constant pool entry at ", e.index2, " in class ", name_));
            if (name.empty())
                fail(cat("Illegal zero length constant pool entry at ", e.index1, " in class ", name_));
            if (isMethodDescriptor(descriptor)) {
                checkMethodName(name);
                checkMethodDescriptor(name, descriptor);
            } else {
                checkFieldName(name);
                checkFieldDescriptor(name, descriptor);
            }
            break;
        }
        case CpTag::Dynamic:
        case CpTag::InvokeDynamic:
        case CpTag::Fieldref:
        case CpTag::Methodref:
        case CpTag::InterfaceMethodref: {
            const CpEntry& nat = cp_.entries[e.index2];
            const std::string& name = cp_.utf8(nat.index1);
            const std::string& descriptor = cp_.utf8(nat.index2);
            if (e.tag == CpTag::Dynamic) {
                if (isMethodDescriptor(descriptor)) illegalSignature("CONSTANT_Dynamic", name, descriptor);
            } else if (e.tag == CpTag::Fieldref) {
                if (isMethodDescriptor(descriptor)) illegalSignature("Field", name, descriptor);
            } else {
                if (!isMethodDescriptor(descriptor)) illegalSignature("Method", name, descriptor);
                // JVMS 4.4.2: the only special method a Methodref may name is <init>.
                if (e.tag == CpTag::Methodref && name[0] == '<' && name != "<init>")
                    fail(cat("Bad method name at constant pool index ", nat.index1, inFile()));
            }
            break;
        }
        case CpTag::MethodHandle: {
            // JVMS 4.4.8: only newInvokeSpecial may (and must) name <init>.
            RefKind kind = RefKind(e.index1);
            if (kind < RefKind::InvokeVirtual || kind > RefKind::NewInvokeSpecial) break;
            uint16_t nameIndex = cp_.entries[cp_.entries[e.index2].index2].index1;
            bool isInit = cp_.utf8(nameIndex) == "<init>";
            if (kind == RefKind::NewInvokeSpecial && !isInit)
                fail(cat("Bad constructor name at constant pool index ", nameIndex, inFile()));
            if (kind != RefKind::NewInvokeSpecial && isInit)
                fail(cat("Bad method name at constant pool index ", nameIndex, inFile()));
            break;
        }
        case CpTag::MethodType:
            checkMethodDescriptor("type", cp_.utf8(e.index1));  // HotSpot's placeholder name
            break;
        default:
            break;
        }
    }
}

// JVMS 4.1: access_flags, this_class, super_class.
void Parser::parseClassHeader() {
    in_.need(8);  // access_flags, this_class, super_class, interfaces_count
    uint16_t mask = kClassFlags | (major_ >= kJava9 ? acc::MODULE : 0);
    uint16_t flags = in_.u2() & mask;
    // Before version 50 an interface was implicitly abstract (JVMS 4.1).
    if ((flags & acc::INTERFACE) && major_ < kJava6) flags |= acc::ABSTRACT;
    checkClassModifiers(flags);
    if (badConstantTag_ != 0) fail(cat("Unknown constant tag ", badConstantTag_, inFile()));
    cf_.access_flags = flags;

    uint16_t thisIndex = in_.u2();
    if (!isClass(thisIndex))
        fail(cat("Invalid this class index ", thisIndex, " in constant pool", inFile()));
    const std::string& thisName = cp_.className(thisIndex);
    if (thisName[0] == '[') fail("Bad class name" + inFile());
    cf_.this_class = thisName;
    name_ = thisName;

    // JVMS 4.1: only java/lang/Object has no superclass.
    uint16_t superIndex = in_.u2();
    if (superIndex == 0 ? thisName != "java/lang/Object" : !isClass(superIndex))
        fail(cat("Invalid superclass index ", superIndex, inFile()));
    if (superIndex != 0) {
        const std::string& superName = cp_.className(superIndex);
        if (superName[0] == '[') fail("Bad superclass name" + inFile());
        cf_.super_class = superName;
    }
}

void Parser::parseInterfaces() {
    uint16_t count = in_.u2();
    cf_.interfaces.reserve(count);
    for (uint16_t n = 0; n < count; ++n) {
        uint16_t index = in_.u2();
        if (!isClass(index))
            fail(cat("Interface name has bad constant pool index ", index, inFile()));
        const std::string& name = cp_.className(index);
        if (name[0] == '[') fail("Bad interface name" + inFile());
        cf_.interfaces.push_back(name);
    }
    if (count > 1) {
        std::unordered_set<std::string_view> seen;
        for (const std::string& name : cf_.interfaces)
            if (!seen.insert(name).second)
                fail(cat("Duplicate interface name \"", name, "\"", inFile()));
    }
}

// JVMS 4.5.
void Parser::parseFields() {
    in_.need(2);
    uint16_t count = in_.u2();
    cf_.fields.reserve(count);
    for (uint16_t n = 0; n < count; ++n) {
        in_.need(8);  // access_flags, name_index, descriptor_index, attributes_count
        FieldInfo field;
        field.access_flags = in_.u2() & kFieldFlags;
        checkFieldModifiers(field.access_flags);
        uint16_t nameIndex = in_.u2();
        if (!isUtf8(nameIndex))
            fail(cat("Invalid constant pool index ", nameIndex, " for field name", inFile()));
        field.name = cp_.utf8(nameIndex);
        checkFieldName(field.name);
        uint16_t descriptorIndex = in_.u2();
        if (!isUtf8(descriptorIndex))
            fail(cat("Invalid constant pool index ", descriptorIndex, " for field signature", inFile()));
        field.descriptor = cp_.utf8(descriptorIndex);
        checkFieldDescriptor(field.name, field.descriptor);
        parseFieldAttributes(field);
        cf_.fields.push_back(std::move(field));
    }
    // JVMS 4.5: no two fields with the same name and descriptor.
    if (count > 1) {
        std::unordered_set<std::pair<std::string_view, std::string_view>, PairHash> seen;
        for (const FieldInfo& f : cf_.fields)
            if (!seen.emplace(f.name, f.descriptor).second)
                fail(cat("Duplicate field name \"", f.name, "\" with signature \"",
                         dotted(f.descriptor), "\"", inFile()));
    }
}

void Parser::parseFieldAttributes(FieldInfo& field) {
    uint16_t count = in_.u2();
    bool isStatic = field.access_flags & acc::STATIC;
    uint16_t signatureIndex = 0;
    unsigned annotationsSeen = 0;
    while (count--) {
        in_.need(6);
        uint16_t nameIndex = in_.u2();
        uint32_t length = in_.u4();
        if (!isUtf8(nameIndex))
            fail(cat("Invalid field attribute index ", nameIndex, inFile()));
        const std::string& name = cp_.utf8(nameIndex);
        // JVMS 4.7.2: ConstantValue means something only on a static field.
        if (isStatic && name == "ConstantValue") {
            if (field.constant_value_index != 0) fail("Duplicate ConstantValue attribute" + inFile());
            if (length != 2)
                fail(cat("Invalid ConstantValue field attribute length ", length, inFile()));
            field.constant_value_index = in_.u2();
            checkConstantValue(field.constant_value_index, field.descriptor);
        } else if (name == "Synthetic" || name == "Deprecated") {
            if (length != 0)
                fail(cat("Invalid ", name, " field attribute length ", length, inFile()));
        } else if (major_ >= kJava5 && name == "Signature") {
            if (signatureIndex != 0) fail("Multiple Signature attributes for field" + inFile());
            if (length != 2)
                fail(cat("Wrong size ", length, " for field's Signature attribute", inFile()));
            signatureIndex = parseSignatureIndex(in_);
            field.signature = cp_.utf8(signatureIndex);
        } else if (int slot = annotationSlot(name, false); major_ >= kJava5 && slot >= 0) {
            if (annotationsSeen & (1u << slot))
                fail(cat("Multiple ", name, " attributes for field", inFile()));
            annotationsSeen |= 1u << slot;
            in_.skip(length);
        } else {
            in_.skip(length);  // JVMS 4.7.1: unknown attributes are ignored
        }
    }
}

// JVMS 4.7.2, Table 4.7.2-A: the constant's kind must match the field's type.
void Parser::checkConstantValue(uint16_t index, const std::string& descriptor) {
    if (!inRange(index))
        fail(cat("Bad initial value index ", index, " in ConstantValue attribute", inFile()));
    CpTag tag = cp_.tag(index);
    CpTag expected;
    switch (descriptor[0]) {
    case 'J': expected = CpTag::Long; break;
    case 'F': expected = CpTag::Float; break;
    case 'D': expected = CpTag::Double; break;
    case 'B': case 'C': case 'S': case 'Z': case 'I': expected = CpTag::Integer; break;
    case 'L':
        if (descriptor != "Ljava/lang/String;" || tag != CpTag::String)
            fail("Bad string initial value" + inFile());
        return;
    default:
        fail(cat("Unable to set initial value ", index, inFile()));
    }
    if (tag != expected) fail("Inconsistent constant value type" + inFile());
}

// JVMS 4.6.
void Parser::parseMethods() {
    in_.need(2);
    uint16_t count = in_.u2();
    cf_.methods.reserve(count);
    for (uint16_t n = 0; n < count; ++n) cf_.methods.push_back(parseMethod());
    if (count > 1) {
        std::unordered_set<std::pair<std::string_view, std::string_view>, PairHash> seen;
        for (const MethodInfo& m : cf_.methods)
            if (!seen.emplace(m.name, m.descriptor).second)
                fail(cat("Duplicate method name \"", m.name, "\" with signature \"",
                         dotted(m.descriptor), "\"", inFile()));
    }
}

MethodInfo Parser::parseMethod() {
    in_.need(8);  // access_flags, name_index, descriptor_index, attributes_count
    MethodInfo method;
    uint16_t flags = in_.u2();
    uint16_t nameIndex = in_.u2();
    if (!isUtf8(nameIndex))
        fail(cat("Illegal constant pool index ", nameIndex, " for method name", inFile()));
    method.name = cp_.utf8(nameIndex);
    checkMethodName(method.name);
    uint16_t descriptorIndex = in_.u2();
    if (!isUtf8(descriptorIndex))
        fail(cat("Illegal constant pool index ", descriptorIndex, " for method signature", inFile()));
    method.descriptor = cp_.utf8(descriptorIndex);

    if (method.name == "<clinit>") {
        // JVMS 4.6: a class initializer's other flags are ignored; from
        // version 51 on it must be static.
        if (major_ < kJava7) {
            flags = acc::STATIC;
        } else if (flags & acc::STATIC) {
            flags &= acc::STATIC | (major_ < kJava17 ? acc::STRICT : 0);
        } else {
            fail("Method <clinit> is not static" + inFile());
        }
    } else {
        checkMethodModifiers(flags, method.name);
    }
    if (method.name == "<init>" && cf_.isInterface())
        fail("Interface cannot have a method named <init>, class file " + name_);
    int argSlots = ((flags & acc::STATIC) ? 0 : 1) + checkMethodDescriptor(method.name, method.descriptor);
    if (argSlots > kMaxArgSlots) fail("Too many arguments in method signature" + inFile());
    method.access_flags = flags & kMethodFlags;

    uint16_t count = in_.u2();
    uint16_t signatureIndex = 0;
    bool sawExceptions = false, sawParameters = false;
    unsigned annotationsSeen = 0;
    std::vector<uint64_t> lvtKeys, lvttKeys;
    while (count--) {
        in_.need(6);
        uint16_t attrNameIndex = in_.u2();
        uint32_t length = in_.u4();
        if (!isUtf8(attrNameIndex))
            fail(cat("Invalid method attribute name index ", attrNameIndex, inFile()));
        const std::string& name = cp_.utf8(attrNameIndex);
        if (name == "Code") {
            if (method.access_flags & (acc::NATIVE | acc::ABSTRACT))
                fail("Code attribute in native or abstract methods" + inFile());
            if (method.code) fail("Multiple Code attributes" + inFile());
            method.code = parseCode(length, argSlots, lvtKeys, lvttKeys);
        } else if (name == "Exceptions") {  // JVMS 4.7.5
            if (sawExceptions) fail("Multiple Exceptions attributes" + inFile());
            sawExceptions = true;
            in_.need(2);
            uint16_t n = in_.u2();
            in_.need(2u * n);
            for (uint16_t i = 0; i < n; ++i) {
                uint16_t index = in_.u2();
                if (!isClass(index))
                    fail(cat("Exception name has bad type at constant pool ", index, inFile()));
                method.exceptions.push_back(cp_.className(index));
            }
            if (length != 2u + 2u * n) fail("Exceptions attribute has wrong length" + inFile());
        } else if (name == "MethodParameters") {  // JVMS 4.7.24; kept by no one yet
            if (sawParameters) fail("Multiple MethodParameters attributes" + inFile());
            sawParameters = true;
            uint8_t n = in_.u1();
            if (length != n * 4u + 1u)
                // Sic: HotSpot's message ends without the class name.
                fail(cat("Invalid MethodParameters method attribute length ", length, " in class file"));
            in_.skip(n * 4u);
        } else if (name == "Synthetic" || name == "Deprecated") {
            if (length != 0) fail(cat("Invalid ", name, " method attribute length ", length, inFile()));
        } else if (major_ >= kJava5 && name == "Signature") {
            if (signatureIndex != 0) fail("Multiple Signature attributes for method" + inFile());
            if (length != 2) fail(cat("Invalid Signature attribute length ", length, inFile()));
            signatureIndex = parseSignatureIndex(in_);
            method.signature = cp_.utf8(signatureIndex);
        } else if (int slot = annotationSlot(name, true); major_ >= kJava5 && slot >= 0) {
            if (annotationsSeen & (1u << slot))
                fail(cat("Multiple ", name, " attributes for method", inFile()));
            annotationsSeen |= 1u << slot;
            in_.skip(length);
        } else {
            in_.skip(length);
        }
    }
    // JVMS 4.7.3: exactly the methods that are neither native nor abstract have code.
    if (!(method.access_flags & (acc::NATIVE | acc::ABSTRACT)) && !method.code)
        fail("Absent Code attribute in method that is not native or abstract" + inFile());
    if (!lvtKeys.empty()) checkLocalVariableKeys(lvtKeys, lvttKeys);
    return method;
}

// JVMS 4.7.3. The sub-attributes are read from the file as it goes, not from
// a window of attributeLength bytes, and the total is compared at the end,
// as HotSpot does; that keeps its choice of message for a bad length.
CodeAttribute Parser::parseCode(uint32_t attributeLength, int argSlots,
                                std::vector<uint64_t>& lvtKeys, std::vector<uint64_t>& lvttKeys) {
    CodeAttribute code;
    in_.need(8);
    code.max_stack = in_.u2();
    code.max_locals = in_.u2();
    uint32_t codeLength = in_.u4();
    if (argSlots > code.max_locals) fail("Arguments can't fit into locals" + inFile());
    if (codeLength == 0 || codeLength > kMaxCodeLength)
        fail(cat("Invalid method Code length ", codeLength, inFile()));
    code.code = in_.bytes(codeLength);

    in_.need(2);
    uint16_t handlers = in_.u2();
    in_.need(8u * handlers);
    code.exception_table.reserve(handlers);
    for (uint16_t i = 0; i < handlers; ++i) {
        ExceptionTableEntry e;
        e.start_pc = in_.u2();
        e.end_pc = in_.u2();
        e.handler_pc = in_.u2();
        e.catch_type = in_.u2();
        if (!(e.start_pc < e.end_pc && e.end_pc <= codeLength))
            fail("Illegal exception table range" + inFile());
        if (e.handler_pc >= codeLength) fail("Illegal exception table handler" + inFile());
        if (e.catch_type != 0 && !isClass(e.catch_type))
            fail("Catch type in exception table has bad constant type" + inFile());
        code.exception_table.push_back(e);
    }

    in_.need(2);
    uint16_t count = in_.u2();
    uint64_t total = 2 + 2 + 4 + uint64_t(codeLength) + 2 + 8u * handlers + 2;
    while (count--) {
        in_.need(6);
        uint16_t nameIndex = in_.u2();
        uint32_t length = in_.u4();
        total += 6 + uint64_t(length);
        if (!isUtf8(nameIndex)) fail(cat("Invalid code attribute name index ", nameIndex, inFile()));
        const std::string& name = cp_.utf8(nameIndex);
        if (name == "LineNumberTable") {
            parseLineNumbers(length, codeLength, code);
        } else if (name == "LocalVariableTable") {
            parseLocalVariables(length, code, codeLength, false, lvtKeys);
        } else if (major_ >= kJava5 && name == "LocalVariableTypeTable") {
            parseLocalVariables(length, code, codeLength, true, lvttKeys);
        } else if (major_ >= kJava6 && name == "StackMapTable") {  // JVMS 4.7.4
            if (code.stack_map_table) fail("Multiple StackMapTable attributes" + inFile());
            code.stack_map_table = in_.bytes(length);  // decoded by the verifier
        } else {
            in_.skip(length);
        }
    }
    if (attributeLength != total) fail("Code segment has wrong length" + inFile());
    return code;
}

// JVMS 4.7.12.
void Parser::parseLineNumbers(uint32_t length, uint32_t codeLength, CodeAttribute& code) {
    uint32_t n = in_.u2();
    if (length != 2 + 4 * n) fail("LineNumberTable attribute has wrong length" + inFile());
    in_.need(4 * n);
    code.line_numbers.reserve(code.line_numbers.size() + n);
    for (uint32_t i = 0; i < n; ++i) {
        LineNumberEntry e;
        e.start_pc = in_.u2();
        e.line_number = in_.u2();
        if (e.start_pc >= codeLength) fail("Invalid pc in LineNumberTable" + inFile());
        code.line_numbers.push_back(e);
    }
}

// JVMS 4.7.13 (LocalVariableTable) and 4.7.14 (LocalVariableTypeTable, whose
// entries are checked but not kept). `keys` collects each entry's identity for
// the cross-table checks in checkLocalVariableKeys.
void Parser::parseLocalVariables(uint32_t length, CodeAttribute& code, uint32_t codeLength,
                                 bool typeTable, std::vector<uint64_t>& keys) {
    const char* table = typeTable ? "LocalVariableTypeTable" : "LocalVariableTable";
    uint32_t n = in_.u2();
    if (length != 2 + 10 * n) fail(cat(table, " has wrong length", inFile()));
    in_.need(10 * n);
    for (uint32_t i = 0; i < n; ++i) {
        uint16_t start = in_.u2();
        uint16_t span = in_.u2();
        uint16_t nameIndex = in_.u2();
        uint16_t descriptorIndex = in_.u2();
        uint16_t slot = in_.u2();
        if (start >= codeLength) fail(cat("Invalid start_pc ", start, " in ", table, inFile()));
        if (uint32_t(start) + span > codeLength)
            fail(cat("Invalid length ", span, " in ", table, inFile()));
        if (!isUtf8(nameIndex))
            fail(cat("Name index ", nameIndex, " in ", table, " has bad constant type", inFile()));
        if (!isUtf8(descriptorIndex))
            fail(cat("Signature index ", descriptorIndex, " in ", table, " has bad constant type",
                     inFile()));
        const std::string& name = cp_.utf8(nameIndex);
        const std::string& descriptor = cp_.utf8(descriptorIndex);
        checkFieldName(name);
        uint32_t extra = 0;
        if (!typeTable) {
            checkFieldDescriptor(name, descriptor);
            if (descriptor == "J" || descriptor == "D") extra = 1;  // two slots (JVMS 2.6.1)
        }
        if (slot + extra >= code.max_locals) fail(cat("Invalid index ", slot, " in ", table, inFile()));
        keys.push_back((uint64_t(start) << 48) | (uint64_t(span) << 32) |
                       (uint64_t(nameIndex) << 16) | slot);
        if (!typeTable) code.local_variables.push_back({start, span, name, descriptor, slot});
    }
}

// JVMS 4.7.13/4.7.14: at most one LocalVariableTable entry per variable, and
// each LocalVariableTypeTable entry matches exactly one of them. HotSpot keys
// an entry by (start_pc, length, name_index, index).
void Parser::checkLocalVariableKeys(const std::vector<uint64_t>& lvt, const std::vector<uint64_t>& lvtt) {
    auto nameOf = [&](uint64_t key) { return cp_.utf8(uint16_t(key >> 16)); };
    std::unordered_map<uint64_t, bool> typed;  // key -> already matched by an LVTT entry
    typed.reserve(lvt.size());
    for (uint64_t key : lvt)
        if (!typed.emplace(key, false).second && major_ >= kJava5)
            fail(cat("Duplicated LocalVariableTable attribute entry for '", nameOf(key), "'", inFile()));
    for (uint64_t key : lvtt) {
        auto it = typed.find(key);
        if (it == typed.end())
            fail(cat("LVTT entry for '", nameOf(key), "'", inFile(), " does not match any LVT entry"));
        if (it->second)
            fail(cat("Duplicated LocalVariableTypeTable attribute entry for '", nameOf(key), "'", inFile()));
        it->second = true;
    }
}

uint16_t Parser::parseSignatureIndex(Reader& r) {
    r.need(2);
    uint16_t index = r.u2();
    if (!isUtf8(index)) fail(cat("Invalid Signature attribute at constant pool index ", index, inFile()));
    return index;
}

// JVMS 4.7: the attributes of the ClassFile structure. The table-shaped ones
// (InnerClasses, NestMembers, Record, PermittedSubclasses) are remembered and
// read after the loop, as HotSpot does, so its order of errors is kept.
void Parser::parseClassAttributes() {
    in_.need(2);
    uint16_t count = in_.u2();
    bool sawSourceFile = false, sawDebugExtension = false, sawInnerClasses = false,
         sawEnclosingMethod = false, sawBootstrapMethods = false, sawNestMembers = false,
         sawNestHost = false, sawRecord = false, sawPermitted = false;
    uint16_t signatureIndex = 0;
    unsigned annotationsSeen = 0;
    size_t innerStart = 0, nestStart = 0, recordStart = 0, permittedStart = 0;
    uint32_t innerLength = 0, nestLength = 0, recordLength = 0, permittedLength = 0;
    auto once = [&](bool& seen, std::string_view name) {
        if (seen) fail(cat("Multiple ", name, " attributes", inFile()));
        seen = true;
    };

    while (count--) {
        in_.need(6);
        uint16_t nameIndex = in_.u2();
        uint32_t length = in_.u4();
        if (!isUtf8(nameIndex))
            fail(cat("Attribute name has bad constant pool index ", nameIndex, inFile()));
        const std::string& name = cp_.utf8(nameIndex);
        if (name == "SourceFile") {  // JVMS 4.7.10
            if (length != 2) fail("Wrong SourceFile attribute length" + inFile());
            once(sawSourceFile, name);
            in_.need(2);
            uint16_t index = in_.u2();
            if (!isUtf8(index))
                fail(cat("Invalid SourceFile attribute at constant pool index ", index, inFile()));
            cf_.source_file = cp_.utf8(index);
        } else if (name == "SourceDebugExtension") {
            once(sawDebugExtension, name);
            in_.skip(length);
        } else if (name == "InnerClasses") {
            once(sawInnerClasses, name);
            innerStart = in_.pos();
            innerLength = length;
            in_.skip(length);
        } else if (name == "Synthetic" || name == "Deprecated") {
            if (length != 0) fail(cat("Invalid ", name, " classfile attribute length ", length, inFile()));
        } else if (major_ < kJava5) {
            in_.skip(length);  // the attributes below came with version 49
        } else if (name == "Signature") {  // JVMS 4.7.9
            if (signatureIndex != 0) fail("Multiple Signature attributes" + inFile());
            if (length != 2) fail(cat("Wrong Signature attribute length ", length, inFile()));
            signatureIndex = in_.u2();
            if (!isUtf8(signatureIndex))
                fail(cat("Invalid constant pool index ", signatureIndex, " in Signature attribute",
                         inFile()));
            cf_.signature = cp_.utf8(signatureIndex);
        } else if (int slot = annotationSlot(name, false); slot >= 0) {
            if (annotationsSeen & (1u << slot)) fail(cat("Multiple ", name, " attributes", inFile()));
            annotationsSeen |= 1u << slot;
            in_.skip(length);
        } else if (name == "EnclosingMethod") {  // JVMS 4.7.7
            once(sawEnclosingMethod, name);
            if (length != 4) fail(cat("Wrong EnclosingMethod attribute length ", length, inFile()));
            in_.need(4);
            uint16_t classIndex = in_.u2();
            uint16_t methodIndex = in_.u2();
            if (classIndex == 0) fail("Invalid class index in EnclosingMethod attribute" + inFile());
            if (!isClass(classIndex))
                fail("Invalid or out-of-bounds class index in EnclosingMethod attribute" + inFile());
            if (methodIndex != 0 && cp_.tag(methodIndex) != CpTag::NameAndType)
                fail("Invalid or out-of-bounds method index in EnclosingMethod attribute" + inFile());
            cf_.enclosing_method = EnclosingMethod{cp_.className(classIndex), methodIndex};
        } else if (name == "BootstrapMethods" && major_ >= kJava7) {
            once(sawBootstrapMethods, name);
            parseBootstrapMethods(length);
        } else if (major_ < kJava11) {
            in_.skip(length);
        } else if (name == "NestMembers") {  // JVMS 4.7.29
            once(sawNestMembers, name);
            if (sawNestHost) fail("Conflicting NestHost and NestMembers attributes" + inFile());
            nestStart = in_.pos();
            nestLength = length;
            in_.skip(length);
        } else if (name == "NestHost") {  // JVMS 4.7.28
            once(sawNestHost, name);
            if (sawNestMembers) fail("Conflicting NestMembers and NestHost attributes" + inFile());
            if (length != 2) fail("Wrong NestHost attribute length" + inFile());
            in_.need(2);
            uint16_t index = in_.u2();
            if (!isClass(index))
                fail(cat("Nest-host class_info_index ", index, " has bad constant type", inFile()));
            cf_.nest_host = cp_.className(index);
        } else if (major_ >= kJava16 && name == "Record") {  // JVMS 4.7.30
            once(sawRecord, name);
            recordStart = in_.pos();
            recordLength = length;
            in_.skip(length);
        } else if (major_ >= kJava17 && name == "PermittedSubclasses") {  // JVMS 4.7.31
            once(sawPermitted, name);
            if (cf_.access_flags & acc::FINAL)
                fail("PermittedSubclasses attribute in final class file " + name_);
            permittedStart = in_.pos();
            permittedLength = length;
            in_.skip(length);
        } else {
            in_.skip(length);
        }
    }

    size_t end = in_.pos();
    if (sawInnerClasses) parseInnerClasses(innerStart, innerLength);
    if (sawNestMembers) parseNestMembers(nestStart, nestLength);
    if (sawRecord) parseRecord(recordStart, recordLength);
    if (sawPermitted) parsePermittedSubclasses(permittedStart, permittedLength);
    in_.seek(end);
    // JVMS 4.7.23: a Dynamic or InvokeDynamic constant needs BootstrapMethods.
    if (maxBootstrapIndex_ >= 0 && !sawBootstrapMethods)
        fail("Missing BootstrapMethods attribute" + inFile());
}

// JVMS 4.7.23.
void Parser::parseBootstrapMethods(uint32_t length) {
    size_t start = in_.pos();
    if (length < 2) fail(cat("Invalid BootstrapMethods attribute length ", length, inFile()));
    in_.need(length);
    uint16_t count = in_.u2();
    if (maxBootstrapIndex_ >= count) fail("Short length on BootstrapMethods" + inFile());
    // The u2 values after the count, which the methods and their arguments must fit in.
    uint32_t available = (length - 2) / 2, used = 0;
    cf_.bootstrap_methods.reserve(count);
    for (uint16_t n = 0; n < count; ++n) {
        in_.need(4);
        BootstrapMethod bsm;
        bsm.method_ref = in_.u2();
        uint16_t argc = in_.u2();
        if (!(inRange(bsm.method_ref) && cp_.tag(bsm.method_ref) == CpTag::MethodHandle))
            fail(cat("bootstrap_method_index ", bsm.method_ref, " has bad constant type", inFile()));
        if (used + 2 + argc > available)
            fail("Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value" +
                 inFile());
        used += 2 + argc;
        in_.need(2u * argc);
        bsm.arguments.reserve(argc);
        for (uint16_t j = 0; j < argc; ++j) {
            uint16_t arg = in_.u2();
            if (!(inRange(arg) && isLoadable(cp_.tag(arg))))
                fail(cat("argument_index ", arg, " has bad constant type", inFile()));
            bsm.arguments.push_back(arg);
        }
        cf_.bootstrap_methods.push_back(std::move(bsm));
    }
    if (in_.pos() != start + length) fail("Bad length on BootstrapMethods" + inFile());
}

// JVMS 4.7.6. Read from the attribute's start through the rest of the file
// (as HotSpot does); the declared length is compared afterwards.
void Parser::parseInnerClasses(size_t start, uint32_t length) {
    in_.seek(start);
    in_.need(2);
    uint16_t n = in_.u2();
    in_.need(8u * n);
    std::vector<InnerClassEntry> entries;
    entries.reserve(n);
    uint16_t flagMask = kInnerClassFlags | (major_ >= kJava9 ? acc::MODULE : 0);
    for (uint16_t i = 0; i < n; ++i) {
        InnerClassEntry e;
        e.inner_class_info_index = in_.u2();
        if (!isClass(e.inner_class_info_index))
            fail(cat("inner_class_info_index ", e.inner_class_info_index, " has bad constant type",
                     inFile()));
        e.outer_class_info_index = in_.u2();
        if (e.outer_class_info_index != 0 && !isClass(e.outer_class_info_index))
            fail(cat("outer_class_info_index ", e.outer_class_info_index, " has bad constant type",
                     inFile()));
        if (e.outer_class_info_index != 0 && cp_.className(e.outer_class_info_index)[0] == '[')
            fail("Outer class is an array class" + inFile());
        e.inner_name_index = in_.u2();
        if (e.inner_name_index != 0 && !isUtf8(e.inner_name_index))
            fail(cat("inner_name_index ", e.inner_name_index, " has bad constant type", inFile()));
        if (e.inner_class_info_index == e.outer_class_info_index)
            fail("Class is both outer and inner class" + inFile());
        uint16_t flags = in_.u2() & flagMask;
        if ((flags & acc::INTERFACE) && major_ < kJava6) flags |= acc::ABSTRACT;
        checkClassModifiers(flags);
        e.inner_class_access_flags = flags;
        entries.push_back(e);
    }

    // JVMS 4.7.6 asks for no duplicate entries. HotSpot also drops (silently) a
    // table in which one inner class has two entries or the outer links loop.
    bool ignore = false;
    std::unordered_set<uint64_t> tuples;
    std::unordered_set<uint16_t> inners;
    std::unordered_map<std::string_view, std::string_view> outerOf;  // first entry wins
    for (const InnerClassEntry& e : entries) {
        uint64_t tuple = (uint64_t(e.inner_class_info_index) << 48) |
                         (uint64_t(e.outer_class_info_index) << 32) |
                         (uint64_t(e.inner_name_index) << 16) | e.inner_class_access_flags;
        if (!tuples.insert(tuple).second && major_ >= kJava5)
            fail("Duplicate entry in InnerClasses attribute" + inFile());
        if (!inners.insert(e.inner_class_info_index).second) ignore = true;
        if (e.outer_class_info_index != 0)
            outerOf.emplace(cp_.className(e.inner_class_info_index),
                            cp_.className(e.outer_class_info_index));
    }
    // Loop detection over the inner -> outer graph: 1 = on the current walk, 2 = no loop.
    std::unordered_map<std::string_view, int> state;
    for (auto& [inner, outer] : outerOf) {
        std::vector<std::string_view> walk;
        std::string_view at = inner;
        while (!ignore) {
            int& s = state[at];
            if (s == 2) break;
            if (s == 1) {
                ignore = true;
                break;
            }
            s = 1;
            walk.push_back(at);
            auto next = outerOf.find(at);
            if (next == outerOf.end()) break;
            at = next->second;
        }
        for (std::string_view v : walk) state[v] = 2;
        if (ignore) break;
    }
    if (!ignore) cf_.inner_classes = std::move(entries);
    if (major_ >= kJava5 && length != 2u + 8u * n) fail("Wrong InnerClasses attribute length" + inFile());
}

// JVMS 4.7.29.
void Parser::parseNestMembers(size_t start, uint32_t length) {
    in_.seek(start);
    in_.need(2);
    uint16_t n = in_.u2();
    in_.need(2u * n);
    for (uint16_t i = 0; i < n; ++i) {
        uint16_t index = in_.u2();
        if (!isClass(index))
            fail(cat("Nest member class_info_index ", index, " has bad constant type", inFile()));
        cf_.nest_members.push_back(cp_.className(index));
    }
    if (length != 2u + 2u * n) fail("Wrong NestMembers attribute length" + inFile());
}

// JVMS 4.7.30.
void Parser::parseRecord(size_t start, uint32_t length) {
    in_.seek(start);
    in_.need(2);
    uint16_t n = in_.u2();
    uint64_t total = 2;
    std::vector<RecordComponent> components;
    components.reserve(n);
    for (uint16_t i = 0; i < n; ++i) {
        in_.need(6);
        RecordComponent c;
        uint16_t nameIndex = in_.u2();
        if (!isUtf8(nameIndex))
            fail(cat("Invalid constant pool index ", nameIndex, " for name in Record attribute", inFile()));
        c.name = cp_.utf8(nameIndex);
        checkFieldName(c.name);
        uint16_t descriptorIndex = in_.u2();
        if (!isUtf8(descriptorIndex))
            fail(cat("Invalid constant pool index ", descriptorIndex,
                     " for descriptor in Record attribute", inFile()));
        c.descriptor = cp_.utf8(descriptorIndex);
        checkFieldDescriptor(c.name, c.descriptor);
        uint16_t count = in_.u2();
        total += 6;
        bool sawSignature = false;
        unsigned annotationsSeen = 0;
        while (count--) {
            in_.need(6);
            uint16_t attrNameIndex = in_.u2();
            uint32_t attrLength = in_.u4();
            total += 6 + uint64_t(attrLength);
            if (!isUtf8(attrNameIndex))
                fail(cat("Invalid Record attribute name index ", attrNameIndex, inFile()));
            const std::string& name = cp_.utf8(attrNameIndex);
            if (name == "Signature") {
                if (sawSignature) fail("Multiple Signature attributes for Record component" + inFile());
                sawSignature = true;
                if (attrLength != 2)
                    fail(cat("Invalid Signature attribute length ", attrLength, " in Record component",
                             inFile()));
                c.signature = cp_.utf8(parseSignatureIndex(in_));
            } else if (int slot = annotationSlot(name, false); slot >= 0) {
                if (annotationsSeen & (1u << slot))
                    fail(cat("Multiple ", name, " attributes for Record component", inFile()));
                annotationsSeen |= 1u << slot;
                in_.skip(attrLength);
            } else {
                in_.skip(attrLength);
            }
        }
        components.push_back(std::move(c));
    }
    if (length != total) fail("Record attribute has wrong length" + inFile());
    cf_.record = std::move(components);
}

// JVMS 4.7.31.
void Parser::parsePermittedSubclasses(size_t start, uint32_t length) {
    in_.seek(start);
    in_.need(2);
    uint16_t n = in_.u2();
    in_.need(2u * n);
    for (uint16_t i = 0; i < n; ++i) {
        uint16_t index = in_.u2();
        if (!isClass(index))
            fail(cat("Permitted subclass class_info_index ", index, " has bad constant type", inFile()));
        cf_.permitted_subclasses.push_back(cp_.className(index));
    }
    if (length != 2u + 2u * n) fail("Wrong PermittedSubclasses attribute length" + inFile());
}

// --- names and descriptors ---

void Parser::checkClassName(const std::string& name) const {
    // JVMS 4.4.1: a CONSTANT_Class names a class or interface, or an array type.
    if (isValidClassName(name, true)) return;
    if (!name.empty() && name[0] == '[') walkFieldDescriptor(name, 0, false);  // may explain better
    fail(cat("Illegal class name \"", name, "\"", inFile()));
}

void Parser::checkFieldName(const std::string& name) const {
    if (!isValidUnqualifiedName(name, false))
        fail(cat("Illegal field name \"", name, "\" in class ", name_));
}

void Parser::checkMethodName(const std::string& name) const {
    if (!isValidUnqualifiedName(name, true))
        fail(cat("Illegal method name \"", name, "\" in class ", name_));
}

void Parser::illegalSignature(std::string_view kind, std::string_view name,
                              std::string_view descriptor) const {
    fail(cat(kind, " \"", name, "\" in class ", name_, " has illegal signature \"", descriptor, "\""));
}

void Parser::checkFieldDescriptor(const std::string& name, const std::string& descriptor) const {
    if (isValidFieldDescriptor(descriptor)) return;
    walkFieldDescriptor(descriptor, 0, false);
    illegalSignature("Field", name, descriptor);
}

// Returns the argument slots (JVMS 4.3.3), not counting `this`.
int Parser::checkMethodDescriptor(const std::string& name, const std::string& descriptor) const {
    // JVMS 4.6: from version 51 on, a class initializer takes no arguments.
    if (name == "<clinit>" && descriptor != "()V" && major_ >= kJava7)
        illegalSignature("Method", name, descriptor);
    std::optional<MethodDescriptor> parsed = parseMethodDescriptor(descriptor);
    // JVMS 4.3.3: <init> and <clinit> return void.
    if (parsed && (name.empty() || name[0] != '<' || parsed->returnDescriptor == "V"))
        return parsed->argSlots;
    explainMethodDescriptor(name, descriptor);
    illegalSignature("Method", name, descriptor);
}

// Only used to pick HotSpot's message once a descriptor is known to be bad:
// walks one field descriptor the way HotSpot does and throws its two special
// errors (a bad class name inside L...;, more than 255 dimensions, JVMS
// 4.3.2/4.4.1). Returns the position after it, or npos.
size_t Parser::walkFieldDescriptor(std::string_view d, size_t pos, bool voidOk) const {
    unsigned dims = 0;
    while (pos < d.size()) {
        switch (d[pos]) {
        case 'V':
            if (!voidOk) return std::string_view::npos;
            [[fallthrough]];
        case 'Z': case 'B': case 'C': case 'S': case 'I': case 'F': case 'J': case 'D':
            return pos + 1;
        case 'L': {
            if (major_ < kJava5) return std::string_view::npos;  // older rules: plain failure
            size_t semi = d.find(';', pos + 1);
            if (semi == std::string_view::npos) return semi;
            if (!isValidClassName(d.substr(pos + 1, semi - pos - 1), false))
                fail("Class name is empty or contains illegal character in descriptor" + inFile());
            return semi + 1;
        }
        case '[':
            if (++dims > 255) fail("Array type descriptor has more than 255 dimensions" + inFile());
            ++pos;
            voidOk = false;
            break;
        default:
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

void Parser::explainMethodDescriptor(std::string_view name, std::string_view d) const {
    if (d.empty() || d[0] != '(') return;
    size_t pos = 1;
    while (pos < d.size()) {
        size_t next = walkFieldDescriptor(d, pos, false);
        if (next == std::string_view::npos) break;
        pos = next;
    }
    if (pos < d.size() && d[pos] == ')' && (name.empty() || name[0] != '<'))
        walkFieldDescriptor(d, pos + 1, true);
}

// --- access flags (JVMS 4.1, 4.5, 4.6) ---

bool illegalVisibility(uint16_t flags) {
    return std::popcount(unsigned(flags & (acc::PUBLIC | acc::PRIVATE | acc::PROTECTED))) > 1;
}

void Parser::checkClassModifiers(uint16_t flags) const {
    if (flags & acc::MODULE)  // JVMS 4.1: a module-info is not a class
        throw ClassFormatError(LoadErrorKind::NoClassDefFoundError,
                               name_ + " is not a class because access_flag ACC_MODULE is set");
    bool isInterface = flags & acc::INTERFACE, isAbstract = flags & acc::ABSTRACT;
    bool java5 = major_ >= kJava5;
    if ((isAbstract && (flags & acc::FINAL)) || (isInterface && !isAbstract) ||
        (isInterface && java5 && (flags & (acc::SUPER | acc::ENUM))) ||
        (!isInterface && java5 && (flags & acc::ANNOTATION)))
        fail(cat("Illegal class modifiers in class ", name_, ": ", hex(flags)));
}

void Parser::checkFieldModifiers(uint16_t flags) const {
    bool illegal;
    if (cf_.isInterface()) {
        // JVMS 4.5: interface fields are public static final, and nothing else but synthetic.
        constexpr uint16_t required = acc::PUBLIC | acc::STATIC | acc::FINAL;
        illegal = (flags & required) != required ||
                  (flags & (acc::PRIVATE | acc::PROTECTED | acc::VOLATILE | acc::TRANSIENT)) ||
                  (major_ >= kJava5 && (flags & acc::ENUM));
    } else {
        illegal = illegalVisibility(flags) || ((flags & acc::FINAL) && (flags & acc::VOLATILE));
    }
    if (illegal) fail(cat("Illegal field modifiers in class ", name_, ": ", hex(flags)));
}

void Parser::checkMethodModifiers(uint16_t flags, const std::string& name) const {
    auto has = [&](uint16_t f) { return (flags & f) != 0; };
    bool java5 = major_ >= kJava5, java17 = major_ >= kJava17;
    bool illegal = false;
    if (cf_.isInterface()) {
        if (major_ >= kJava8) {
            // Exactly one of public/private; never protected, final, native,
            // synchronized; abstract excludes private, static (and strict before 17).
            illegal = has(acc::PUBLIC) == has(acc::PRIVATE) ||
                      has(acc::NATIVE | acc::PROTECTED | acc::FINAL | acc::SYNCHRONIZED) ||
                      (has(acc::ABSTRACT) &&
                       (has(acc::PRIVATE | acc::STATIC) || (!java17 && has(acc::STRICT))));
        } else if (java5) {
            illegal = !has(acc::PUBLIC) || !has(acc::ABSTRACT) ||
                      has(acc::PRIVATE | acc::PROTECTED | acc::STATIC | acc::FINAL |
                          acc::SYNCHRONIZED | acc::NATIVE | acc::STRICT);
        } else {
            illegal = !has(acc::PUBLIC) || !has(acc::ABSTRACT) ||
                      has(acc::STATIC | acc::FINAL | acc::NATIVE);
        }
    } else if (illegalVisibility(flags)) {
        illegal = true;
    } else if (name == "<init>") {
        illegal = has(acc::STATIC | acc::FINAL | acc::SYNCHRONIZED | acc::NATIVE | acc::ABSTRACT) ||
                  (java5 && has(acc::BRIDGE));
    } else if (has(acc::ABSTRACT)) {
        illegal = has(acc::FINAL | acc::NATIVE | acc::PRIVATE | acc::STATIC) ||
                  (java5 && (has(acc::SYNCHRONIZED) || (!java17 && has(acc::STRICT))));
    }
    if (illegal)
        fail(cat("Method ", name, " in class ", name_, " has illegal modifiers: ", hex(flags)));
}

}  // namespace

ClassFile parseClassFile(std::span<const uint8_t> bytes, std::string_view expectedName) {
    return Parser(bytes, expectedName).parse();
}

}  // namespace cortado::classfile
