#include "interp/BytecodeCounts.h"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <vector>

#include "classfile/Bytecodes.h"

namespace cortado::interp {

bool g_countBytecodes = false;
uint64_t g_bytecodeCounts[256];

void enableBytecodeCounting() { g_countBytecodes = true; }

void printBytecodeHistogram(std::ostream& out) {
    std::vector<int> ops;
    uint64_t total = 0;
    for (int op = 0; op < 256; ++op)
        if (g_bytecodeCounts[op]) {
            ops.push_back(op);
            total += g_bytecodeCounts[op];
        }
    std::stable_sort(ops.begin(), ops.end(), [](int a, int b) { return g_bytecodeCounts[a] > g_bytecodeCounts[b]; });
    out << "Bytecode histogram: " << total << " executed, " << ops.size() << " distinct opcodes\n";
    char line[96];
    for (int op : ops) {
        std::snprintf(line, sizeof line, "%14llu  %6.2f%%  0x%02x  %s\n", static_cast<unsigned long long>(g_bytecodeCounts[op]),
                      total ? 100.0 * double(g_bytecodeCounts[op]) / double(total) : 0.0, op,
                      std::string(classfile::bytecodeInfo(uint8_t(op)).name).c_str());
        out << line;
    }
}

}  // namespace cortado::interp
