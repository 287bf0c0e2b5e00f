#include "classfile/writer/ClassWriter.h"

#include "classfile/writer/WriteError.h"

namespace cortado::classwriter {

void putAttribute(Bytes& out, const Attribute& a) {
    put2(out, a.name);
    put4(out, static_cast<uint32_t>(a.body.size()));
    putBytes(out, a.body);
}

static void putCount(Bytes& out, size_t n, const char* what) {
    // Every count in a class file is a u2 (JVMS 4.1).
    if (n > 65535) throw WriteError(std::string("too many ") + what + ": a class file holds at most 65535");
    put2(out, static_cast<uint32_t>(n));
}

static void putAttributes(Bytes& out, const std::vector<Attribute>& attrs) {
    putCount(out, attrs.size(), "attributes");
    for (const Attribute& a : attrs) putAttribute(out, a);
}

static void putMembers(Bytes& out, const std::vector<Member>& members, const char* what) {
    putCount(out, members.size(), what);
    for (const Member& m : members) {
        put2(out, m.access);
        put2(out, m.name);
        put2(out, m.descriptor);
        putAttributes(out, m.attributes);
    }
}

uint16_t ClassWriter::bootstrapMethod(const BootstrapMethod& m) {
    for (size_t i = 0; i < bootstrapMethods_.size(); ++i)
        if (!(bootstrapMethods_[i] < m) && !(m < bootstrapMethods_[i])) return static_cast<uint16_t>(i);
    if (bootstrapMethods_.size() >= 65535) throw WriteError("too many bootstrap methods");
    bootstrapMethods_.push_back(m);
    return static_cast<uint16_t>(bootstrapMethods_.size() - 1);
}

void ClassWriter::addField(uint16_t fieldAccess, std::string_view name, std::string_view descriptor) {
    fields.push_back({fieldAccess, pool.utf8(name), pool.utf8(descriptor), {}});
}

void ClassWriter::addMethod(uint16_t methodAccess, std::string_view name, std::string_view descriptor, Attribute code) {
    methods.push_back({methodAccess, pool.utf8(name), pool.utf8(descriptor), {std::move(code)}});
}

void ClassWriter::addNestHost(std::string_view hostName) {
    Bytes body;
    put2(body, pool.classRef(hostName));
    attributes.push_back(attribute("NestHost", std::move(body)));
}

Bytes ClassWriter::build() {
    std::vector<Attribute> all = attributes;
    if (!bootstrapMethods_.empty()) {
        Bytes body;
        put2(body, static_cast<uint32_t>(bootstrapMethods_.size()));
        for (const BootstrapMethod& m : bootstrapMethods_) {
            put2(body, m.methodHandle);
            putCount(body, m.arguments.size(), "bootstrap arguments");
            for (uint16_t a : m.arguments) put2(body, a);
        }
        all.push_back(attribute("BootstrapMethods", std::move(body)));  // before the pool is written
    }
    Bytes out;
    put4(out, 0xCAFEBABE);
    put2(out, minor);
    put2(out, major);
    put2(out, pool.count());
    putBytes(out, pool.entries());
    put2(out, access);
    put2(out, thisClass);
    put2(out, superClass);
    putCount(out, interfaces.size(), "interfaces");
    for (uint16_t i : interfaces) put2(out, i);
    putMembers(out, fields, "fields");
    putMembers(out, methods, "methods");
    putAttributes(out, all);
    return out;
}

}  // namespace cortado::classwriter
