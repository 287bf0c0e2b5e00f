// The parts of the parsed class file that need more than a header line.
#include <bit>

#include "classfile/ClassFile.h"

namespace cortado::classfile {

// JVMS 4.4.4/4.4.5: the bits are the IEEE 754 value, NaN payloads included.
float ConstantPool::floatValue(uint16_t i) const {
    return std::bit_cast<float>(static_cast<uint32_t>(entries[i].bits));
}

double ConstantPool::doubleValue(uint16_t i) const {
    return std::bit_cast<double>(entries[i].bits);
}

// JVMS 4.7.12: entries may come in any order, several tables are one, and
// more than one entry may start at the same pc. As HotSpot does, an entry
// starting exactly at `pc` wins; otherwise the nearest one before it.
int CodeAttribute::lineFor(uint32_t pc) const {
    if (pc >= code.size()) return -1;
    int line = -1;
    uint32_t bestStart = 0;
    for (const LineNumberEntry& e : line_numbers) {
        if (e.start_pc == pc) return e.line_number;
        if (e.start_pc < pc && e.start_pc >= bestStart) {
            bestStart = e.start_pc;
            line = e.line_number;
        }
    }
    return line;
}

}  // namespace cortado::classfile
