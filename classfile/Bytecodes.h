// The instruction set as data, generated from Bytecodes.def (the one table).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace cortado::classfile {

// How an instruction's operand bytes are laid out (JVMS chapter 6).
enum class OperandFormat : uint8_t {
    None,            // no operands
    Byte,            // s1 immediate (bipush)
    Short,           // s2 immediate (sipush)
    Local,           // u1 local variable index (u2 after wide)
    Cp1,             // u1 constant pool index (ldc)
    Cp2,             // u2 constant pool index
    Branch2,         // s2 branch offset
    Branch4,         // s4 branch offset
    Iinc,            // u1 local index, s1 constant (u2, s2 after wide)
    InvokeInterface, // u2 cp index, u1 count, u1 zero
    InvokeDynamic,   // u2 cp index, two zero bytes
    MultiANewArray,  // u2 cp index, u1 dimensions
    NewArray,        // u1 atype (JVMS newarray, Table 6.5.newarray-A)
    TableSwitch,     // padding, default, low, high, offsets
    LookupSwitch,    // padding, default, npairs, pairs
    Wide,            // modifies the next instruction
};

enum BytecodeFlags : uint16_t {
    BC_BRANCH = 1 << 0,          // has branch target(s) among its operands
    BC_CONDITIONAL = 1 << 1,     // may also fall through
    BC_NO_FALLTHROUGH = 1 << 2,  // control never reaches the next instruction
    BC_RETURN = 1 << 3,
    BC_CALL = 1 << 4,            // invokes a method: a safepoint
    BC_THROWS = 1 << 5,          // may throw (implicitly or explicitly)
    BC_FIELD = 1 << 6,           // field access through a Fieldref
    BC_ALLOCATES = 1 << 7,       // allocates on the heap: a safepoint
    BC_JSR = 1 << 8,             // jsr / jsr_w (JVMS 4.10.2.5)
    BC_RESERVED = 1 << 9,        // reserved opcode; never valid in a class file (JVMS 6.2)
    BC_INTERNAL = 1 << 10,       // Cortado's own quickened form; never valid in a class file
    BC_EXTENSION = 1 << 11,      // Cortado's own instruction: valid in a class file only with
                                 // -XX:+EnableCortadoBytecodes (docs/adding-a-bytecode.md)
};

enum class Opcode : uint8_t {
#define BYTECODE(name, op, len, pops, pushes, fmt, flags) name##_ = op,
#include "classfile/Bytecodes.def"
#undef BYTECODE
};

struct BytecodeInfo {
    std::string_view name;  // empty for an opcode JVMS does not define
    uint8_t length;         // 0 = variable
    int8_t pops;            // -1 = depends on operand
    int8_t pushes;          // -1 = depends on operand
    OperandFormat format;
    uint16_t flags;

    bool defined() const { return !name.empty(); }
    bool has(uint16_t f) const { return (flags & f) != 0; }
};

// Indexed by opcode; undefined opcodes have an empty name.
const std::array<BytecodeInfo, 256>& bytecodeTable();
inline const BytecodeInfo& bytecodeInfo(uint8_t op) { return bytecodeTable()[op]; }
// The opcode with this mnemonic, if any.
std::optional<uint8_t> opcodeByName(std::string_view name);

// Length in bytes of the instruction at code[pc] (handles tableswitch,
// lookupswitch padding and wide). Returns 0 if the instruction is undefined or
// runs past the end of `code`.
uint32_t instructionLength(std::span<const uint8_t> code, uint32_t pc);

// The target of the jump at code[pc] (if<cond>, if_icmp<cond>, if_acmp<cond>,
// goto, goto_w, ifnull, ifnonnull), which may lie outside the code; nothing
// for any other instruction (jsr, ret and the switches included). The
// instruction must be decodable (instructionLength > 0).
std::optional<int64_t> jumpTarget(std::span<const uint8_t> code, uint32_t pc);

// Big-endian operand readers shared by every consumer of bytecode.
inline int16_t readS2(const uint8_t* p) { return static_cast<int16_t>((p[0] << 8) | p[1]); }
inline uint16_t readU2(const uint8_t* p) { return static_cast<uint16_t>((p[0] << 8) | p[1]); }
inline int32_t readS4(const uint8_t* p) {
    return static_cast<int32_t>((uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]);
}

}  // namespace cortado::classfile
