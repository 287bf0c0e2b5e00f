#include "interp/BytecodeCounts.h"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <vector>

#include "classfile/Bytecodes.h"

namespace cortado::interp {

bool g_countBytecodes = false;
uint64_t g_bytecodeCounts[256];
uint64_t g_bytecodePairCounts[256][256];
uint8_t g_previousBytecode = 0;

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

void printBytecodePairHistogram(std::ostream& out, size_t limit) {
    std::vector<std::pair<int, int>> pairs;
    uint64_t total = 0;
    for (int a = 0; a < 256; ++a)
        for (int b = 0; b < 256; ++b)
            if (g_bytecodePairCounts[a][b]) {
                pairs.emplace_back(a, b);
                total += g_bytecodePairCounts[a][b];
            }
    auto count = [](const std::pair<int, int>& p) { return g_bytecodePairCounts[p.first][p.second]; };
    std::stable_sort(pairs.begin(), pairs.end(), [&](const auto& x, const auto& y) { return count(x) > count(y); });
    out << "Bytecode pair histogram: " << total << " pairs, " << pairs.size() << " distinct, top "
        << std::min(limit, pairs.size()) << "\n";
    char line[128];
    for (size_t i = 0; i < pairs.size() && i < limit; ++i) {
        auto [a, b] = pairs[i];
        std::snprintf(line, sizeof line, "%14llu  %6.2f%%  %-18s %s\n", static_cast<unsigned long long>(count(pairs[i])),
                      total ? 100.0 * double(count(pairs[i])) / double(total) : 0.0,
                      std::string(classfile::bytecodeInfo(uint8_t(a)).name).c_str(),
                      std::string(classfile::bytecodeInfo(uint8_t(b)).name).c_str());
        out << line;
    }
}

}  // namespace cortado::interp
