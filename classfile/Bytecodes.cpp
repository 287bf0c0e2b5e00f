#include "classfile/Bytecodes.h"

#include <string>
#include <unordered_map>

namespace cortado::classfile {

const std::array<BytecodeInfo, 256>& bytecodeTable() {
    static const std::array<BytecodeInfo, 256> table = [] {
        std::array<BytecodeInfo, 256> t{};
        for (auto& e : t) e = BytecodeInfo{{}, 0, 0, 0, OperandFormat::None, 0};
#define BYTECODE(name, op, len, pops, pushes, fmt, flags) \
    t[op] = BytecodeInfo{#name, len, pops, pushes, OperandFormat::fmt, static_cast<uint16_t>(flags)};
#include "classfile/Bytecodes.def"
#undef BYTECODE
        return t;
    }();
    return table;
}

std::optional<uint8_t> opcodeByName(std::string_view name) {
    static const std::unordered_map<std::string, uint8_t> byName = [] {
        std::unordered_map<std::string, uint8_t> m;
        const auto& t = bytecodeTable();
        for (int op = 0; op < 256; ++op)
            if (t[op].defined()) m.emplace(std::string(t[op].name), static_cast<uint8_t>(op));
        return m;
    }();
    auto it = byName.find(std::string(name));
    if (it == byName.end()) return std::nullopt;
    return it->second;
}

uint32_t instructionLength(std::span<const uint8_t> code, uint32_t pc) {
    if (pc >= code.size()) return 0;
    const uint8_t op = code[pc];
    const BytecodeInfo& info = bytecodeInfo(op);
    if (!info.defined()) return 0;
    uint64_t len = info.length;
    const uint64_t size = code.size();
    if (info.format == OperandFormat::TableSwitch || info.format == OperandFormat::LookupSwitch) {
        // JVMS 6.5.tableswitch: 0-3 bytes of padding align the operands to a multiple of 4.
        uint64_t base = (pc + 4) & ~uint64_t(3);
        // tableswitch has default, low and high; lookupswitch default and npairs (and maybe no pairs).
        if (base + (info.format == OperandFormat::TableSwitch ? 12 : 8) > size) return 0;
        if (info.format == OperandFormat::TableSwitch) {
            int64_t low = readS4(&code[base + 4]);
            int64_t high = readS4(&code[base + 8]);
            if (high < low) return 0;
            len = base + 12 + uint64_t(high - low + 1) * 4 - pc;
        } else {
            int64_t npairs = readS4(&code[base + 4]);
            if (npairs < 0) return 0;
            len = base + 8 + uint64_t(npairs) * 8 - pc;
        }
    } else if (info.format == OperandFormat::Wide) {
        // JVMS 6.5.wide: wide iinc is 6 bytes, other widened loads/stores/ret 4.
        if (pc + 1 >= size) return 0;
        const uint8_t next = code[pc + 1];
        if (next == uint8_t(Opcode::iinc_)) len = 6;
        else if (bytecodeInfo(next).format == OperandFormat::Local) len = 4;
        else return 0;
    }
    if (pc + len > size) return 0;
    return static_cast<uint32_t>(len);
}

std::optional<int64_t> jumpTarget(std::span<const uint8_t> code, uint32_t pc) {
    uint8_t o = code[pc];
    if ((o >= uint8_t(Opcode::ifeq_) && o <= uint8_t(Opcode::goto_)) || o == uint8_t(Opcode::ifnull_) ||
        o == uint8_t(Opcode::ifnonnull_))
        return int64_t(pc) + readS2(&code[pc + 1]);
    if (o == uint8_t(Opcode::goto_w_)) return int64_t(pc) + readS4(&code[pc + 1]);
    return std::nullopt;
}

}  // namespace cortado::classfile
