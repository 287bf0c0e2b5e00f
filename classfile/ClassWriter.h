// Writing a class file (JVMS 4): the inverse of ClassFileParser, for classes
// the VM generates itself (the classes behind lambdas and method references,
// natives/LambdaMetafactory.cpp). Only what those need: a constant pool with
// de-duplicated entries, fields, methods with straight-line Code, and the
// NestHost attribute. The result goes through the ordinary parser and loader.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"

namespace cortado::classfile {

class ConstantPoolWriter {
public:
    uint16_t utf8(std::string_view text);
    uint16_t classRef(std::string_view internalName);
    uint16_t string(std::string_view modifiedUtf8);
    uint16_t integer(int32_t value);
    uint16_t nameAndType(std::string_view name, std::string_view descriptor);
    uint16_t fieldRef(std::string_view owner, std::string_view name, std::string_view descriptor);
    uint16_t methodRef(std::string_view owner, std::string_view name, std::string_view descriptor, bool isInterface);

    uint16_t count() const { return next_; }
    const std::vector<uint8_t>& bytes() const { return bytes_; }

private:
    uint16_t add(std::string key, const std::vector<uint8_t>& entry);
    std::map<std::string, uint16_t> indices_;
    std::vector<uint8_t> bytes_;
    uint16_t next_ = 1;
};

// Straight-line bytecode with its maximum stack depth tracked by the caller's
// stack-effect hints (push/pop counts in slots).
class CodeWriter {
public:
    void op(Opcode o) { code.push_back(static_cast<uint8_t>(o)); }
    void u1(uint8_t v) { code.push_back(v); }
    void u2(uint16_t v) { code.push_back(static_cast<uint8_t>(v >> 8)); code.push_back(static_cast<uint8_t>(v)); }
    // xload / xstore / xreturn for a value of basic type `t` in local `slot`.
    void load(BasicType t, uint16_t slot);
    void returnValue(BasicType t);
    // Stack bookkeeping: call after emitting an instruction.
    void stack(int delta) {
        depth_ += delta;
        if (depth_ > maxStack) maxStack = depth_;
    }

    std::vector<uint8_t> code;
    int maxStack = 0;

private:
    int depth_ = 0;
};

struct ClassWriter {
    ConstantPoolWriter pool;
    uint16_t accessFlags = 0;
    std::string thisClass, superClass;
    std::vector<std::string> interfaces;
    std::string nestHost;  // empty: no NestHost attribute

    void addField(uint16_t access, std::string_view name, std::string_view descriptor);
    void addMethod(uint16_t access, std::string_view name, std::string_view descriptor, uint16_t maxLocals, const CodeWriter& code);
    // The class file bytes, version `major`.0.
    std::vector<uint8_t> finish(uint16_t major);

private:
    std::vector<uint8_t> members_[2];  // fields, methods (already encoded)
    uint16_t memberCount_[2] = {0, 0};
};

}  // namespace cortado::classfile
