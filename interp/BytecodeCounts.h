// Executed-instruction counts per opcode (-Xprof:bytecodes): what students
// tuning the interpreter look at, and how the tests prove every handler runs.
#pragma once
#include <cstdint>
#include <iosfwd>

namespace cortado::interp {

extern bool g_countBytecodes;
extern uint64_t g_bytecodeCounts[256];

inline bool bytecodeCountingEnabled() { return g_countBytecodes; }
inline void countBytecode(uint8_t op) { ++g_bytecodeCounts[op]; }
void enableBytecodeCounting();
// "Bytecode histogram" table, most executed first; quickened forms are listed
// under their own names.
void printBytecodeHistogram(std::ostream& out);

}  // namespace cortado::interp
