#include "classfile/ClassWriter.h"

#include <bit>

namespace cortado::classfile {

namespace {

void putU1(std::vector<uint8_t>& b, uint8_t v) { b.push_back(v); }
void putU2(std::vector<uint8_t>& b, uint16_t v) { b.push_back(uint8_t(v >> 8)); b.push_back(uint8_t(v)); }
void putU4(std::vector<uint8_t>& b, uint32_t v) { putU2(b, uint16_t(v >> 16)); putU2(b, uint16_t(v)); }
void putBytes(std::vector<uint8_t>& b, const std::vector<uint8_t>& v) { b.insert(b.end(), v.begin(), v.end()); }

}  // namespace

// ---- Constant pool (JVMS 4.4) --------------------------------------------------

uint16_t ConstantPoolWriter::add(std::string key, const std::vector<uint8_t>& entry) {
    auto it = indices_.find(key);
    if (it != indices_.end()) return it->second;
    uint16_t index = next_++;
    indices_.emplace(std::move(key), index);
    putBytes(bytes_, entry);
    return index;
}

uint16_t ConstantPoolWriter::utf8(std::string_view text) {
    std::vector<uint8_t> e;
    putU1(e, 1);
    putU2(e, static_cast<uint16_t>(text.size()));
    e.insert(e.end(), text.begin(), text.end());
    return add("U" + std::string(text), e);
}

uint16_t ConstantPoolWriter::classRef(std::string_view name) {
    uint16_t n = utf8(name);
    std::vector<uint8_t> e;
    putU1(e, 7);
    putU2(e, n);
    return add("C" + std::string(name), e);
}

uint16_t ConstantPoolWriter::string(std::string_view text) {
    uint16_t n = utf8(text);
    std::vector<uint8_t> e;
    putU1(e, 8);
    putU2(e, n);
    return add("S" + std::string(text), e);
}

uint16_t ConstantPoolWriter::integer(int32_t value) {
    std::vector<uint8_t> e;
    putU1(e, 3);
    putU4(e, static_cast<uint32_t>(value));
    return add("I" + std::to_string(value), e);
}

uint16_t ConstantPoolWriter::nameAndType(std::string_view name, std::string_view descriptor) {
    uint16_t n = utf8(name), d = utf8(descriptor);
    std::vector<uint8_t> e;
    putU1(e, 12);
    putU2(e, n);
    putU2(e, d);
    return add("N" + std::string(name) + " " + std::string(descriptor), e);
}

uint16_t ConstantPoolWriter::fieldRef(std::string_view owner, std::string_view name, std::string_view descriptor) {
    uint16_t c = classRef(owner), nt = nameAndType(name, descriptor);
    std::vector<uint8_t> e;
    putU1(e, 9);
    putU2(e, c);
    putU2(e, nt);
    return add("F" + std::string(owner) + "." + std::string(name) + " " + std::string(descriptor), e);
}

uint16_t ConstantPoolWriter::methodRef(std::string_view owner, std::string_view name, std::string_view descriptor, bool isInterface) {
    uint16_t c = classRef(owner), nt = nameAndType(name, descriptor);
    std::vector<uint8_t> e;
    putU1(e, isInterface ? 11 : 10);
    putU2(e, c);
    putU2(e, nt);
    return add((isInterface ? "J" : "M") + std::string(owner) + "." + std::string(name) + " " + std::string(descriptor), e);
}

// ---- Code ------------------------------------------------------------------------

void CodeWriter::load(BasicType t, uint16_t slot) {
    Opcode o;
    switch (t) {
        case BasicType::Long: o = Opcode::lload_; break;
        case BasicType::Float: o = Opcode::fload_; break;
        case BasicType::Double: o = Opcode::dload_; break;
        case BasicType::Object: case BasicType::Array: o = Opcode::aload_; break;
        default: o = Opcode::iload_; break;  // int, short, char, byte, boolean
    }
    if (slot > 0xff) {
        op(Opcode::wide_);
        op(o);
        u2(slot);
    } else {
        op(o);
        u1(static_cast<uint8_t>(slot));
    }
    stack(slotCount(t));
}

void CodeWriter::returnValue(BasicType t) {
    switch (t) {
        case BasicType::Void: op(Opcode::return_); break;
        case BasicType::Long: op(Opcode::lreturn_); break;
        case BasicType::Float: op(Opcode::freturn_); break;
        case BasicType::Double: op(Opcode::dreturn_); break;
        case BasicType::Object: case BasicType::Array: op(Opcode::areturn_); break;
        default: op(Opcode::ireturn_); break;
    }
}

// ---- The class ---------------------------------------------------------------------

void ClassWriter::addField(uint16_t access, std::string_view name, std::string_view descriptor) {
    auto& b = members_[0];
    putU2(b, access);
    putU2(b, pool.utf8(name));
    putU2(b, pool.utf8(descriptor));
    putU2(b, 0);  // no attributes
    ++memberCount_[0];
}

void ClassWriter::addMethod(uint16_t access, std::string_view name, std::string_view descriptor, uint16_t maxLocals,
                            const CodeWriter& code) {
    auto& b = members_[1];
    putU2(b, access);
    putU2(b, pool.utf8(name));
    putU2(b, pool.utf8(descriptor));
    putU2(b, 1);  // Code (JVMS 4.7.3)
    putU2(b, pool.utf8("Code"));
    putU4(b, static_cast<uint32_t>(12 + code.code.size()));
    putU2(b, static_cast<uint16_t>(code.maxStack));
    putU2(b, maxLocals);
    putU4(b, static_cast<uint32_t>(code.code.size()));
    putBytes(b, code.code);
    putU2(b, 0);  // exception table
    putU2(b, 0);  // attributes
    ++memberCount_[1];
}

std::vector<uint8_t> ClassWriter::finish(uint16_t major) {
    // Everything that names a constant first, so the pool is complete.
    uint16_t self = pool.classRef(thisClass);
    uint16_t super = pool.classRef(superClass);
    std::vector<uint16_t> ifaces;
    for (const auto& i : interfaces) ifaces.push_back(pool.classRef(i));
    std::vector<uint8_t> attributes;
    uint16_t attributeCount = 0;
    if (!nestHost.empty()) {  // JVMS 4.7.28
        putU2(attributes, pool.utf8("NestHost"));
        putU4(attributes, 2);
        putU2(attributes, pool.classRef(nestHost));
        ++attributeCount;
    }
    std::vector<uint8_t> out;
    putU4(out, 0xCAFEBABE);
    putU2(out, 0);
    putU2(out, major);
    putU2(out, pool.count());
    putBytes(out, pool.bytes());
    putU2(out, accessFlags);
    putU2(out, self);
    putU2(out, super);
    putU2(out, static_cast<uint16_t>(ifaces.size()));
    for (uint16_t i : ifaces) putU2(out, i);
    for (int k = 0; k < 2; ++k) {
        putU2(out, memberCount_[k]);
        putBytes(out, members_[k]);
    }
    putU2(out, attributeCount);
    putBytes(out, attributes);
    return out;
}

}  // namespace cortado::classfile
