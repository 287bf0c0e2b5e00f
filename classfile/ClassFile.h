// The parsed, format-checked form of one class file (JVMS chapter 4).
// Knows nothing of the runtime: it is plain data, produced by ClassFileParser.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "classfile/ClassFormatError.h"

namespace cortado::classfile {

// JVMS 4.4, Table 4.4-B.
enum class CpTag : uint8_t {
    Unused = 0,  // index 0 and the second slot of a Long/Double
    Utf8 = 1,
    Integer = 3,
    Float = 4,
    Long = 5,
    Double = 6,
    Class = 7,
    String = 8,
    Fieldref = 9,
    Methodref = 10,
    InterfaceMethodref = 11,
    NameAndType = 12,
    MethodHandle = 15,
    MethodType = 16,
    Dynamic = 17,
    InvokeDynamic = 18,
    Module = 19,
    Package = 20,
};

// JVMS 4.4.8 reference_kind values.
enum class RefKind : uint8_t {
    GetField = 1, GetStatic = 2, PutField = 3, PutStatic = 4,
    InvokeVirtual = 5, InvokeStatic = 6, InvokeSpecial = 7,
    NewInvokeSpecial = 8, InvokeInterface = 9,
};

// One constant pool entry. Which members are meaningful depends on the tag:
//  Utf8: text (the raw modified UTF-8 bytes, validated)
//  Integer/Float: bits (low 32 bits); Long/Double: bits (all 64)
//  Class/String/MethodType/Module/Package: index1 (a Utf8 index)
//  Fieldref/Methodref/InterfaceMethodref: index1 = class, index2 = name_and_type
//  NameAndType: index1 = name, index2 = descriptor
//  MethodHandle: index1 = reference_kind, index2 = reference_index
//  Dynamic/InvokeDynamic: index1 = bootstrap_method_attr_index, index2 = name_and_type
struct CpEntry {
    CpTag tag = CpTag::Unused;
    uint16_t index1 = 0;
    uint16_t index2 = 0;
    uint64_t bits = 0;
    std::string text;
};

class ConstantPool {
public:
    std::vector<CpEntry> entries;  // entries[0] is unused, as in the class file

    uint16_t size() const { return static_cast<uint16_t>(entries.size()); }
    CpTag tag(uint16_t i) const { return i < entries.size() ? entries[i].tag : CpTag::Unused; }
    const CpEntry& at(uint16_t i) const { return entries.at(i); }

    // Accessors for a pool the parser has checked; they assume a valid index
    // of the right tag (the parser guarantees every cross reference).
    const std::string& utf8(uint16_t i) const { return entries[i].text; }
    // Internal-form name of a CONSTANT_Class, e.g. "java/lang/String" or "[I".
    const std::string& className(uint16_t i) const { return utf8(entries[i].index1); }
    // For Fieldref/Methodref/InterfaceMethodref: owner class, member name, descriptor.
    const std::string& memberClass(uint16_t i) const { return className(entries[i].index1); }
    const std::string& memberName(uint16_t i) const { return utf8(entries[entries[i].index2].index1); }
    const std::string& memberDescriptor(uint16_t i) const { return utf8(entries[entries[i].index2].index2); }
    int32_t intValue(uint16_t i) const { return static_cast<int32_t>(static_cast<uint32_t>(entries[i].bits)); }
    int64_t longValue(uint16_t i) const { return static_cast<int64_t>(entries[i].bits); }
    float floatValue(uint16_t i) const;
    double doubleValue(uint16_t i) const;
};

struct ExceptionTableEntry {
    uint16_t start_pc, end_pc, handler_pc, catch_type;  // catch_type 0 = any
};

struct LineNumberEntry {
    uint16_t start_pc, line_number;
};

struct LocalVariableEntry {
    uint16_t start_pc, length;
    std::string name, descriptor;
    uint16_t index;
};

struct CodeAttribute {
    uint16_t max_stack = 0;
    uint16_t max_locals = 0;
    std::vector<uint8_t> code;
    std::vector<ExceptionTableEntry> exception_table;
    std::vector<LineNumberEntry> line_numbers;         // all LineNumberTable attributes, concatenated
    std::vector<LocalVariableEntry> local_variables;   // all LocalVariableTable attributes, concatenated
    std::optional<std::vector<uint8_t>> stack_map_table;  // raw attribute body, if present

    // Source line for a bytecode index, or -1 when there is no LineNumberTable.
    int lineFor(uint32_t pc) const;
};

struct FieldInfo {
    uint16_t access_flags = 0;
    std::string name;
    std::string descriptor;
    uint16_t constant_value_index = 0;  // 0 = no ConstantValue attribute
    std::string signature;              // Signature attribute, if any
};

struct MethodInfo {
    uint16_t access_flags = 0;
    std::string name;
    std::string descriptor;
    std::optional<CodeAttribute> code;
    std::vector<std::string> exceptions;  // Exceptions attribute: internal class names
    std::string signature;
};

struct BootstrapMethod {
    uint16_t method_ref = 0;  // CONSTANT_MethodHandle index
    std::vector<uint16_t> arguments;
};

struct InnerClassEntry {
    uint16_t inner_class_info_index, outer_class_info_index, inner_name_index, inner_class_access_flags;
};

struct EnclosingMethod {
    std::string class_name;
    uint16_t method_index = 0;  // NameAndType index, 0 = not in a method
};

struct RecordComponent {
    std::string name, descriptor, signature;
};

// JVMS 4.1, 4.5, 4.6 access flags.
namespace acc {
constexpr uint16_t PUBLIC = 0x0001, PRIVATE = 0x0002, PROTECTED = 0x0004, STATIC = 0x0008,
                   FINAL = 0x0010, SUPER = 0x0020, SYNCHRONIZED = 0x0020, VOLATILE = 0x0040,
                   BRIDGE = 0x0040, TRANSIENT = 0x0080, VARARGS = 0x0080, NATIVE = 0x0100,
                   INTERFACE = 0x0200, ABSTRACT = 0x0400, STRICT = 0x0800, SYNTHETIC = 0x1000,
                   ANNOTATION = 0x2000, ENUM = 0x4000, MODULE = 0x8000;
}

struct ClassFile {
    uint16_t minor_version = 0;
    uint16_t major_version = 0;
    ConstantPool constant_pool;
    uint16_t access_flags = 0;
    std::string this_class;              // internal form, e.g. "java/util/ArrayList"
    std::string super_class;             // empty only for java/lang/Object
    std::vector<std::string> interfaces;
    std::vector<FieldInfo> fields;
    std::vector<MethodInfo> methods;
    std::string source_file;             // SourceFile attribute, empty if absent
    std::string signature;
    std::vector<BootstrapMethod> bootstrap_methods;
    std::string nest_host;               // NestHost attribute, empty if absent
    std::vector<std::string> nest_members;
    std::vector<InnerClassEntry> inner_classes;
    std::optional<EnclosingMethod> enclosing_method;
    std::optional<std::vector<RecordComponent>> record;
    std::vector<std::string> permitted_subclasses;

    bool isInterface() const { return access_flags & acc::INTERFACE; }
};

// The class file versions this VM accepts (JVMS 4.1): 45.0 (JDK 1.1) to 61.0 (Java 17).
constexpr uint16_t kMinMajorVersion = 45;
constexpr uint16_t kMaxMajorVersion = 61;

// Parses and format-checks one class file (JVMS 4.8). `expectedName` (internal
// form, may be empty) is used in error messages the way HotSpot names the file,
// and is *not* compared with this_class: that check belongs to the loader.
// Throws ClassFormatError (with kind UnsupportedClassVersionError for a
// version outside 45..61).
ClassFile parseClassFile(std::span<const uint8_t> bytes, std::string_view expectedName = {});

}  // namespace cortado::classfile
