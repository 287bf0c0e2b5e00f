// Executed-instruction counts per opcode (-Xprof:bytecodes): what students
// tuning the interpreter look at, and how the tests prove every handler runs.
#pragma once
#include <cstdint>
#include <iosfwd>

namespace cortado::interp {

extern bool g_countBytecodes;
extern uint64_t g_bytecodeCounts[256];
// [previous][next]: how often `next` directly followed `previous` (across calls
// and returns too, as the interpreter ran them): the pairs worth a fused handler.
extern uint64_t g_bytecodePairCounts[256][256];
extern uint8_t g_previousBytecode;

inline bool bytecodeCountingEnabled() { return g_countBytecodes; }
inline void countBytecode(uint8_t op) {
    ++g_bytecodeCounts[op];
    ++g_bytecodePairCounts[g_previousBytecode][op];
    g_previousBytecode = op;
}
void enableBytecodeCounting();
// "Bytecode histogram" table, most executed first; quickened forms are listed
// under their own names.
void printBytecodeHistogram(std::ostream& out);
// "Bytecode pair histogram": the `limit` most frequent pairs.
void printBytecodePairHistogram(std::ostream& out, size_t limit);

}  // namespace cortado::interp
