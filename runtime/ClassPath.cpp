#include "runtime/ClassPath.h"

#include <fstream>
#include <iterator>
#include <sys/stat.h>

namespace cortado::runtime {

std::vector<std::string> splitClassPath(std::string_view text) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        size_t colon = text.find(':', start);
        std::string_view part = text.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start);
        parts.emplace_back(part.empty() ? "." : std::string(part));
        if (colon == std::string_view::npos) break;
        start = colon + 1;
    }
    return parts;
}

bool ClassPath::add(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return false;
    if (S_ISDIR(st.st_mode)) {
        entries_.push_back({path, nullptr});
        return true;
    }
    try {
        auto jar = std::make_unique<classfile::ZipArchive>(classfile::ZipArchive::open(path));
        entries_.push_back({path, std::move(jar)});
        return true;
    } catch (const classfile::ArchiveError&) {
        return false;  // `java` silently ignores class path entries it cannot open
    }
}

const ClassPath::Entry* ClassPath::locate(std::string_view internalName) const {
    std::string file = std::string(internalName) + ".class";
    for (const auto& e : entries_) {
        if (e.jar) {
            if (e.jar->contains(file)) return &e;
        } else {
            struct stat st;
            std::string full = e.path + "/" + file;
            if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return &e;
        }
    }
    return nullptr;
}

std::optional<std::vector<uint8_t>> ClassPath::find(std::string_view internalName) const {
    const Entry* e = locate(internalName);
    if (!e) return std::nullopt;
    std::string file = std::string(internalName) + ".class";
    if (e->jar) return e->jar->read(file);
    std::ifstream in(e->path + "/" + file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

std::string ClassPath::describeSource(std::string_view internalName) const {
    const Entry* e = locate(internalName);
    if (!e) return "";
    return e->jar ? "jar:file:" + e->path : "file:" + e->path + "/";
}

}  // namespace cortado::runtime
