// HotSpot unified-logging style lines on stdout: "[0.012s][info][class,load] message".
#pragma once
#include <string>
#include <string_view>

namespace cortado::runtime {

void vmLogStartClock();
double vmUptimeSeconds();
void vmLog(std::string_view tags, const std::string& message);

}  // namespace cortado::runtime
