// The character set of the host's locale, as HotSpot derives it for
// file.encoding and sun.jnu.encoding (JDK 17: from LC_ALL/LC_CTYPE/LANG), and
// decoding of host strings (command-line arguments, environment) with it.
#pragma once
#include <string>
#include <string_view>

namespace cortado::runtime {

// "UTF-8", "ANSI_X3.4-1968", "ISO-8859-1", ...
const std::string& platformEncoding();
// Bytes from the host in the platform encoding -> UTF-16; bytes the encoding
// cannot represent become U+FFFD, as Java's decoders do.
std::u16string decodePlatformString(std::string_view bytes);

}  // namespace cortado::runtime
