// Double.toString / Float.toString exactly as JDK 17 prints them.
//
// JDK 17 does not print the shortest round-trip decimal: its FloatingDecimal
// generates digits with a symmetric half-ulp stopping test, keeps all digits
// of integers below 2^63 (modulo an "insignificant digits" rounding), and
// forces a second digit in E-form. Programs compare printed output against
// HotSpot, so we reproduce that algorithm digit for digit.
#pragma once

#include <string>

namespace cortado::natives {

std::string javaDoubleToString(double v);
std::string javaFloatToString(float v);

}  // namespace cortado::natives
