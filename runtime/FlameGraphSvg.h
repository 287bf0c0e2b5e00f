// -Xprof's pictures, standalone SVG files any browser shows: a flame graph of
// the sampled stacks (interpreted frames warm, compiled frames green; hover for
// the counts) and a bar chart of each method's self time split by tier.
#pragma once
#include <cstddef>
#include <iosfwd>

namespace cortado::runtime {

struct Profile;

void writeFlameGraphSvg(const Profile& p, std::ostream& out);
void writeTierChartSvg(const Profile& p, std::ostream& out, size_t maxMethods);

}  // namespace cortado::runtime
