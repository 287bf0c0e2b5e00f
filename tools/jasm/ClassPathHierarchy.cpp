#include "tools/jasm/ClassPathHierarchy.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace cortado::jasm {

namespace fs = std::filesystem;

ClassPathHierarchy::ClassPathHierarchy(const std::vector<std::string>& classPath) {
    for (const std::string& p : classPath) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            path_.push_back({p, nullptr});
            continue;
        }
        try {
            path_.push_back({{}, std::make_unique<classfile::ZipArchive>(classfile::ZipArchive::open(p))});
        } catch (const classfile::ArchiveError&) {
            // Like a JVM's class path: an entry that is not there adds nothing.
        }
    }
}

std::string ClassPathHierarchy::defaultClassLibrary() {
#ifdef CORTADO_CLASSLIB_JAR
    return CORTADO_CLASSLIB_JAR;
#else
    return {};
#endif
}

void ClassPathHierarchy::add(classfile::ClassFile cf) {
    std::string name = cf.this_class;
    classes_.insert_or_assign(std::move(name), std::move(cf));
}

const classfile::ClassFile* ClassPathHierarchy::find(std::string_view name) {
    auto it = classes_.find(name);
    if (it == classes_.end()) {
        std::optional<classfile::ClassFile> found;
        std::string file = std::string(name) + ".class";
        for (const Entry& e : path_) {
            std::optional<std::vector<uint8_t>> bytes;
            try {
                if (e.jar) {
                    bytes = e.jar->read(file);
                } else if (std::ifstream in(fs::path(e.directory) / file, std::ios::binary); in) {
                    bytes.emplace(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
                }
                if (bytes) {
                    found = classfile::parseClassFile(*bytes, name);
                    break;
                }
            } catch (const std::exception&) {
                break;  // a corrupt entry or class file: not found, as a loader would fail
            }
        }
        it = classes_.emplace(std::string(name), std::move(found)).first;
    }
    if (!it->second) {
        missing_ = std::string(name);
        return nullptr;
    }
    return &*it->second;
}

std::optional<bool> ClassPathHierarchy::isInterface(std::string_view className) {
    const classfile::ClassFile* c = find(className);
    if (!c) return std::nullopt;
    return c->isInterface();
}

std::optional<std::string> ClassPathHierarchy::superclassOf(std::string_view className) {
    const classfile::ClassFile* c = find(className);
    if (!c) return std::nullopt;
    return c->super_class;
}

std::optional<bool> ClassPathHierarchy::isSubclassOf(std::string_view sub, std::string_view super) {
    for (std::string s(sub); !s.empty();) {
        if (s == super) return true;
        auto next = superclassOf(s);
        if (!next) return std::nullopt;
        s = *next;
    }
    return false;
}

// JVMS 5.4.3.2 / 5.4.3.3: the superclass chain, then the superinterfaces.
std::optional<verifier::ClassHierarchy::Member> ClassPathHierarchy::findMember(std::string_view className, std::string_view name,
                                                                               std::string_view descriptor, bool isMethod) {
    auto declared = [&](const classfile::ClassFile& c) -> std::optional<Member> {
        if (isMethod) {
            for (const auto& m : c.methods)
                if (m.name == name && m.descriptor == descriptor) return Member{true, c.this_class, m.access_flags};
        } else {
            for (const auto& f : c.fields)
                if (f.name == name && f.descriptor == descriptor) return Member{true, c.this_class, f.access_flags};
        }
        return std::nullopt;
    };
    std::vector<std::string> interfaces;
    for (std::string s(className); !s.empty();) {
        const classfile::ClassFile* c = find(s);
        if (!c) return std::nullopt;
        if (auto m = declared(*c)) return m;
        interfaces.insert(interfaces.end(), c->interfaces.begin(), c->interfaces.end());
        s = c->super_class;
    }
    for (size_t i = 0; i < interfaces.size(); ++i) {
        const classfile::ClassFile* c = find(interfaces[i]);
        if (!c) return std::nullopt;
        if (auto m = declared(*c)) return m;
        interfaces.insert(interfaces.end(), c->interfaces.begin(), c->interfaces.end());
    }
    return Member{};
}

}  // namespace cortado::jasm
