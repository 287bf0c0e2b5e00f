// A small writer of class files for tests: it lays out exactly the bytes it
// is told to, valid or not, so tests can build malformed inputs one defect at
// a time (raw entries, wrong counts and lengths, trailing bytes). For a
// well-formed class use classfile/writer/ClassWriter.h or the assembler.
// It remembers where each section starts (offsets) for truncation tests.
#pragma once
#include <bit>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "classfile/ClassFile.h"
#include "classfile/writer/ByteSink.h"

namespace cortado::test {

// The byte helpers are the class-file writer's (classfile/writer): one copy.
using classwriter::Bytes;
using classwriter::put1;
using classwriter::put2;
using classwriter::put4;
using classwriter::put8;
using classwriter::putBytes;

class ClassBuilder {
public:
    struct Member {
        uint16_t flags;
        uint16_t name;
        uint16_t descriptor;
        std::vector<Bytes> attributes;
    };

    uint32_t magic = 0xCAFEBABE;
    uint16_t minor = 0;
    uint16_t major = 61;
    std::optional<uint16_t> cpCountOverride;
    uint16_t accessFlags = classfile::acc::PUBLIC | classfile::acc::SUPER;
    uint16_t thisClass = 0;
    uint16_t superClass = 0;
    std::vector<uint16_t> interfaces;
    std::vector<Member> fields;
    std::vector<Member> methods;
    std::vector<Bytes> attributes;
    Bytes trailing;                        // appended after the class file
    std::map<std::string, size_t> offsets;  // section name -> byte offset, filled by build()

    explicit ClassBuilder(std::string_view name = "Bad", std::string_view super = "java/lang/Object") {
        thisClass = classRef(name);
        if (!super.empty()) superClass = classRef(super);
    }

    // Appends one constant pool entry as given (tag included). `slots` is 2
    // for Long/Double.
    uint16_t raw(const Bytes& entry, int slots = 1) {
        uint16_t index = nextIndex_;
        putBytes(pool_, entry);
        nextIndex_ += slots;
        return index;
    }
    uint16_t utf8(std::string_view s) {
        auto it = utf8s_.find(std::string(s));
        if (it != utf8s_.end()) return it->second;
        Bytes e{1};
        put2(e, static_cast<uint32_t>(s.size()));
        e.insert(e.end(), s.begin(), s.end());
        return utf8s_[std::string(s)] = raw(e);
    }
    uint16_t ref1(uint8_t tag, uint16_t a) {
        Bytes e{tag};
        put2(e, a);
        return raw(e);
    }
    uint16_t ref2(uint8_t tag, uint16_t a, uint16_t b) {
        Bytes e{tag};
        put2(e, a);
        put2(e, b);
        return raw(e);
    }
    uint16_t classRef(std::string_view name) {  // one entry per name, like javac
        auto it = classes_.find(std::string(name));
        if (it != classes_.end()) return it->second;
        uint16_t n = utf8(name);
        return classes_[std::string(name)] = ref1(7, n);
    }
    uint16_t string(std::string_view s) { return ref1(8, utf8(s)); }
    uint16_t integer(int32_t v) {
        Bytes e{3};
        put4(e, static_cast<uint32_t>(v));
        return raw(e);
    }
    uint16_t floatConst(float v) {
        Bytes e{4};
        put4(e, std::bit_cast<uint32_t>(v));
        return raw(e);
    }
    uint16_t longConst(int64_t v) {
        Bytes e{5};
        put8(e, static_cast<uint64_t>(v));
        return raw(e, 2);
    }
    uint16_t doubleConst(double v) {
        Bytes e{6};
        put8(e, std::bit_cast<uint64_t>(v));
        return raw(e, 2);
    }
    // Entries are added in a fixed order (class, name, descriptor), so tests
    // can predict their indexes.
    uint16_t nameAndType(std::string_view name, std::string_view desc) {
        uint16_t n = utf8(name);
        uint16_t d = utf8(desc);
        return ref2(12, n, d);
    }
    uint16_t memberRef(uint8_t tag, std::string_view cls, std::string_view name, std::string_view desc) {
        uint16_t c = classRef(cls);
        uint16_t nt = nameAndType(name, desc);
        return ref2(tag, c, nt);
    }
    uint16_t fieldref(std::string_view cls, std::string_view name, std::string_view desc) {
        return memberRef(9, cls, name, desc);
    }
    uint16_t methodref(std::string_view cls, std::string_view name, std::string_view desc) {
        return memberRef(10, cls, name, desc);
    }
    uint16_t interfaceMethodref(std::string_view cls, std::string_view name, std::string_view desc) {
        return memberRef(11, cls, name, desc);
    }
    uint16_t methodHandle(uint8_t kind, uint16_t ref) {
        Bytes e{15, kind};
        put2(e, ref);
        return raw(e);
    }
    uint16_t methodType(std::string_view desc) { return ref1(16, utf8(desc)); }

    // attribute_info with the real length, or `length` when given.
    Bytes attribute(std::string_view name, const Bytes& body, std::optional<uint32_t> length = {}) {
        Bytes a;
        uint16_t n = utf8(name);
        put2(a, n);
        put4(a, length ? *length : static_cast<uint32_t>(body.size()));
        putBytes(a, body);
        return a;
    }

    struct Handler {
        uint16_t start, end, handler, catchType;
    };
    Bytes code(uint16_t maxStack, uint16_t maxLocals, const Bytes& bytecode,
               const std::vector<Handler>& handlers = {}, const std::vector<Bytes>& attrs = {},
               std::optional<uint32_t> length = {}) {
        Bytes body;
        put2(body, maxStack);
        put2(body, maxLocals);
        put4(body, static_cast<uint32_t>(bytecode.size()));
        putBytes(body, bytecode);
        put2(body, static_cast<uint32_t>(handlers.size()));
        for (const Handler& h : handlers) {
            put2(body, h.start);
            put2(body, h.end);
            put2(body, h.handler);
            put2(body, h.catchType);
        }
        put2(body, static_cast<uint32_t>(attrs.size()));
        for (const Bytes& a : attrs) putBytes(body, a);
        return attribute("Code", body, length);
    }

    Member& addField(uint16_t flags, std::string_view name, std::string_view desc,
                     std::vector<Bytes> attrs = {}) {
        fields.push_back({flags, utf8(name), utf8(desc), std::move(attrs)});
        return fields.back();
    }
    Member& addMethod(uint16_t flags, std::string_view name, std::string_view desc,
                      std::vector<Bytes> attrs = {}) {
        methods.push_back({flags, utf8(name), utf8(desc), std::move(attrs)});
        return methods.back();
    }
    // public <init>()V { aload_0; invokespecial Object.<init>()V; return }
    Member& addDefaultConstructor() {
        uint16_t init = methodref("java/lang/Object", "<init>", "()V");
        Bytes bc{0x2a, 0xb7, uint8_t(init >> 8), uint8_t(init), 0xb1};
        Bytes c = code(1, 1, bc);
        return addMethod(classfile::acc::PUBLIC, "<init>", "()V", {c});
    }

    uint16_t poolCount() const { return nextIndex_; }

    Bytes build() {
        Bytes b;
        offsets["magic"] = b.size();
        put4(b, magic);
        offsets["version"] = b.size();
        put2(b, minor);
        put2(b, major);
        offsets["constant_pool"] = b.size();
        put2(b, cpCountOverride ? *cpCountOverride : nextIndex_);
        putBytes(b, pool_);
        offsets["access_flags"] = b.size();
        put2(b, accessFlags);
        offsets["this_class"] = b.size();
        put2(b, thisClass);
        put2(b, superClass);
        offsets["interfaces"] = b.size();
        put2(b, static_cast<uint32_t>(interfaces.size()));
        for (uint16_t i : interfaces) put2(b, i);
        offsets["fields"] = b.size();
        putMembers(b, fields);
        offsets["methods"] = b.size();
        putMembers(b, methods, "method");
        offsets["attributes"] = b.size();
        put2(b, static_cast<uint32_t>(attributes.size()));
        for (const Bytes& a : attributes) putBytes(b, a);
        offsets["end"] = b.size();
        putBytes(b, trailing);
        return b;
    }

private:
    Bytes pool_;
    uint16_t nextIndex_ = 1;
    std::map<std::string, uint16_t> utf8s_;
    std::map<std::string, uint16_t> classes_;

    void putMembers(Bytes& b, const std::vector<Member>& members, const char* label = nullptr) {
        put2(b, static_cast<uint32_t>(members.size()));
        for (size_t i = 0; i < members.size(); ++i) {
            const Member& m = members[i];
            if (label) offsets[std::string(label) + std::to_string(i)] = b.size();
            put2(b, m.flags);
            put2(b, m.name);
            put2(b, m.descriptor);
            put2(b, static_cast<uint32_t>(m.attributes.size()));
            for (const Bytes& a : m.attributes) putBytes(b, a);
        }
    }
};

}  // namespace cortado::test
