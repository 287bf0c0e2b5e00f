// Writes a class file (JVMS 4.1) from its parts: a constant pool builder plus
// fields, methods and attributes whose bodies are already laid out. Knows the
// format, not the rules: it writes what it is given, so tests and the
// assembler can produce classes the verifier must reject.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "classfile/writer/ByteSink.h"
#include "classfile/writer/ConstantPoolBuilder.h"

namespace cortado::classwriter {

struct Attribute {  // attribute_info (JVMS 4.7)
    uint16_t name;  // CONSTANT_Utf8 index
    Bytes body;
};

struct Member {  // field_info or method_info (JVMS 4.5, 4.6)
    uint16_t access = 0;
    uint16_t name = 0;
    uint16_t descriptor = 0;
    std::vector<Attribute> attributes;
};

class ClassWriter {
public:
    explicit ClassWriter(ConstantPoolBuilder::Text text = ConstantPoolBuilder::Text::Utf8) : pool(text) {}

    ConstantPoolBuilder pool;
    uint16_t minor = 3, major = 45;  // Jasmin's default: JDK 1.0.2's 45.3
    uint16_t access = 0;
    uint16_t thisClass = 0;
    uint16_t superClass = 0;  // 0 only for java/lang/Object (JVMS 4.1)
    std::vector<uint16_t> interfaces;
    std::vector<Member> fields;
    std::vector<Member> methods;
    std::vector<Attribute> attributes;

    // BootstrapMethods (JVMS 4.7.23), written after `attributes` when not empty.
    struct BootstrapMethod {
        uint16_t methodHandle;
        std::vector<uint16_t> arguments;
        bool operator<(const BootstrapMethod& o) const {
            return methodHandle != o.methodHandle ? methodHandle < o.methodHandle : arguments < o.arguments;
        }
    };
    // The index of this bootstrap method, one entry per distinct one.
    uint16_t bootstrapMethod(const BootstrapMethod& m);

    Attribute attribute(std::string_view name, Bytes body) { return {pool.utf8(name), std::move(body)}; }

    // A field without attributes, and a method with its Code (CodeBuilder::finish),
    // named and typed by text (JVMS 4.5, 4.6).
    void addField(uint16_t access, std::string_view name, std::string_view descriptor);
    void addMethod(uint16_t access, std::string_view name, std::string_view descriptor, Attribute code);
    // The NestHost attribute (JVMS 4.7.28): this class is a member of
    // `hostName`'s nest, so it may use that nest's private members (JVMS 5.4.4).
    void addNestHost(std::string_view hostName);
    Bytes build();

private:
    std::vector<BootstrapMethod> bootstrapMethods_;
};

// Appends attribute_info: name index, u4 length, body.
void putAttribute(Bytes& out, const Attribute& a);

}  // namespace cortado::classwriter
