#include "runtime/PlatformEncoding.h"

#include <clocale>
#include <langinfo.h>

#include "classfile/ModifiedUtf8.h"

namespace cortado::runtime {

const std::string& platformEncoding() {
    static const std::string encoding = [] {
        const char* saved = std::setlocale(LC_CTYPE, nullptr);
        std::string previous = saved ? saved : "C";
        std::setlocale(LC_CTYPE, "");
        std::string codeset = nl_langinfo(CODESET);
        std::setlocale(LC_CTYPE, previous.c_str());
        return codeset.empty() ? std::string("ANSI_X3.4-1968") : codeset;
    }();
    return encoding;
}

std::u16string decodePlatformString(std::string_view bytes) {
    const std::string& enc = platformEncoding();
    if (enc == "UTF-8") return classfile::utf8ToUtf16(bytes);
    std::u16string out;
    out.reserve(bytes.size());
    bool latin1 = enc == "ISO-8859-1";
    for (unsigned char c : bytes) out.push_back(c < 0x80 || latin1 ? char16_t(c) : u'\ufffd');
    return out;
}

}  // namespace cortado::runtime
