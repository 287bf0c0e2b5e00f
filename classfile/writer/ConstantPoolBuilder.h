// Builds a constant pool (JVMS 4.4), one entry per distinct constant, numbered
// in the order first asked for. Each method returns the entry's index.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "classfile/writer/ByteSink.h"

namespace cortado::classwriter {

// Constant pool tags (JVMS Table 4.4-B).
namespace tag {
constexpr uint8_t Utf8 = 1, Integer = 3, Float = 4, Long = 5, Double = 6, Class = 7, String = 8,
                  Fieldref = 9, Methodref = 10, InterfaceMethodref = 11, NameAndType = 12,
                  MethodHandle = 15, MethodType = 16, Dynamic = 17, InvokeDynamic = 18;
}

class ConstantPoolBuilder {
public:
    // What the text handed to utf8() and to every method naming a class,
    // member or descriptor is: UTF-8 as source files are (the assembler), or
    // already modified UTF-8 (JVMS 4.4.7) as the VM keeps names it parsed
    // (the classes the VM generates), stored as given so a name with a NUL or
    // a supplementary character comes back unchanged.
    enum class Text { Utf8, ModifiedUtf8 };
    explicit ConstantPoolBuilder(Text text = Text::Utf8) : text_(text) {}

    // `text` stored as modified UTF-8 (JVMS 4.4.7), converted if it is UTF-8.
    uint16_t utf8(std::string_view text);
    // Already modified UTF-8 bytes, stored as given.
    uint16_t utf8Raw(std::string_view bytes);
    uint16_t classRef(std::string_view internalName);
    uint16_t string(std::string_view text);
    uint16_t stringRaw(std::string_view modifiedUtf8);  // for text holding lone surrogates
    uint16_t integer(int32_t v);
    uint16_t floatBits(uint32_t bits);  // bits, so every NaN keeps its payload
    uint16_t longConst(int64_t v);
    uint16_t doubleBits(uint64_t bits);
    uint16_t nameAndType(std::string_view name, std::string_view descriptor);
    uint16_t fieldref(std::string_view cls, std::string_view name, std::string_view descriptor);
    uint16_t methodref(std::string_view cls, std::string_view name, std::string_view descriptor);
    uint16_t interfaceMethodref(std::string_view cls, std::string_view name, std::string_view descriptor);
    uint16_t methodHandle(uint8_t kind, uint16_t reference);
    uint16_t methodType(std::string_view descriptor);
    // CONSTANT_InvokeDynamic (JVMS 4.4.10): an index into BootstrapMethods.
    uint16_t invokeDynamic(uint16_t bootstrapIndex, std::string_view name, std::string_view descriptor);

    // constant_pool_count: one more than the highest index (JVMS 4.1).
    uint16_t count() const { return static_cast<uint16_t>(next_); }
    const Bytes& entries() const { return bytes_; }

private:
    Text text_;
    Bytes bytes_;
    uint32_t next_ = 1;                       // index 0 is never used
    std::map<Bytes, uint16_t> indexOfEntry_;  // entry bytes -> index: one entry per constant

    uint16_t add(const Bytes& entry, int slots);
    uint16_t memberRef(uint8_t t, std::string_view cls, std::string_view name, std::string_view descriptor);
};

}  // namespace cortado::classwriter
