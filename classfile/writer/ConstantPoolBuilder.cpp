#include "classfile/writer/ConstantPoolBuilder.h"

#include "classfile/ModifiedUtf8.h"
#include "classfile/writer/WriteError.h"

namespace cortado::classwriter {

uint16_t ConstantPoolBuilder::add(const Bytes& entry, int slots) {
    auto it = indexOfEntry_.find(entry);
    if (it != indexOfEntry_.end()) return it->second;
    // JVMS 4.1: constant_pool_count is a u2, so the last usable index is 65534
    // (65533 for a Long or Double, which take two slots, JVMS 4.4.5).
    if (next_ + slots > 65535) throw WriteError("too many constants: the constant pool holds at most 65534 entries");
    uint16_t index = static_cast<uint16_t>(next_);
    putBytes(bytes_, entry);
    next_ += slots;
    indexOfEntry_.emplace(entry, index);
    return index;
}

uint16_t ConstantPoolBuilder::utf8Raw(std::string_view bytes) {
    // JVMS 4.4.7: the length is a u2.
    if (bytes.size() > 65535) throw WriteError("string constant longer than 65535 bytes of modified UTF-8");
    Bytes e{tag::Utf8};
    put2(e, static_cast<uint32_t>(bytes.size()));
    e.insert(e.end(), bytes.begin(), bytes.end());
    return add(e, 1);
}

uint16_t ConstantPoolBuilder::utf8(std::string_view text) {
    if (text_ == Text::ModifiedUtf8) return utf8Raw(text);
    return utf8Raw(classfile::encodeModifiedUtf8(classfile::utf8ToUtf16(text)));
}

static Bytes ref1(uint8_t t, uint16_t a) {
    Bytes e{t};
    put2(e, a);
    return e;
}
static Bytes ref2(uint8_t t, uint16_t a, uint16_t b) {
    Bytes e{t};
    put2(e, a);
    put2(e, b);
    return e;
}

uint16_t ConstantPoolBuilder::classRef(std::string_view name) { return add(ref1(tag::Class, utf8(name)), 1); }
uint16_t ConstantPoolBuilder::string(std::string_view text) { return add(ref1(tag::String, utf8(text)), 1); }
uint16_t ConstantPoolBuilder::stringRaw(std::string_view bytes) {
    return add(ref1(tag::String, utf8Raw(bytes)), 1);
}
uint16_t ConstantPoolBuilder::methodType(std::string_view d) { return add(ref1(tag::MethodType, utf8(d)), 1); }

uint16_t ConstantPoolBuilder::integer(int32_t v) {
    Bytes e{tag::Integer};
    put4(e, static_cast<uint32_t>(v));
    return add(e, 1);
}
uint16_t ConstantPoolBuilder::floatBits(uint32_t bits) {
    Bytes e{tag::Float};
    put4(e, bits);
    return add(e, 1);
}
uint16_t ConstantPoolBuilder::longConst(int64_t v) {
    Bytes e{tag::Long};
    put8(e, static_cast<uint64_t>(v));
    return add(e, 2);
}
uint16_t ConstantPoolBuilder::doubleBits(uint64_t bits) {
    Bytes e{tag::Double};
    put8(e, bits);
    return add(e, 2);
}

uint16_t ConstantPoolBuilder::nameAndType(std::string_view name, std::string_view descriptor) {
    uint16_t n = utf8(name);
    uint16_t d = utf8(descriptor);
    return add(ref2(tag::NameAndType, n, d), 1);
}

uint16_t ConstantPoolBuilder::memberRef(uint8_t t, std::string_view cls, std::string_view name,
                                        std::string_view descriptor) {
    uint16_t c = classRef(cls);
    uint16_t nt = nameAndType(name, descriptor);
    return add(ref2(t, c, nt), 1);
}
uint16_t ConstantPoolBuilder::fieldref(std::string_view cls, std::string_view name, std::string_view descriptor) {
    return memberRef(tag::Fieldref, cls, name, descriptor);
}
uint16_t ConstantPoolBuilder::methodref(std::string_view cls, std::string_view name, std::string_view descriptor) {
    return memberRef(tag::Methodref, cls, name, descriptor);
}
uint16_t ConstantPoolBuilder::interfaceMethodref(std::string_view cls, std::string_view name,
                                                 std::string_view descriptor) {
    return memberRef(tag::InterfaceMethodref, cls, name, descriptor);
}
uint16_t ConstantPoolBuilder::invokeDynamic(uint16_t bootstrapIndex, std::string_view name,
                                           std::string_view descriptor) {
    return add(ref2(tag::InvokeDynamic, bootstrapIndex, nameAndType(name, descriptor)), 1);
}

uint16_t ConstantPoolBuilder::methodHandle(uint8_t kind, uint16_t reference) {
    Bytes e{tag::MethodHandle, kind};
    put2(e, reference);
    return add(e, 1);
}

}  // namespace cortado::classwriter
