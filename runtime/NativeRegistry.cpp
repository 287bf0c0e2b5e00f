#include "runtime/NativeRegistry.h"

namespace cortado::runtime {

static std::string key(std::string_view c, std::string_view n, std::string_view d) {
    std::string k;
    k.reserve(c.size() + n.size() + d.size() + 2);
    k.append(c).append(".").append(n).append(" ").append(d);
    return k;
}

void NativeRegistry::add(std::string_view c, std::string_view n, std::string_view d, NativeFunction fn) {
    table_[key(c, n, d)] = fn;
}

NativeFunction NativeRegistry::find(std::string_view c, std::string_view n, std::string_view d) const {
    auto it = table_.find(key(c, n, d));
    return it == table_.end() ? nullptr : it->second;
}

void NativeRegistry::addBootstrap(std::string_view c, std::string_view n, std::string_view d, BootstrapLinker fn) {
    bootstraps_[key(c, n, d)] = fn;
}

BootstrapLinker NativeRegistry::findBootstrap(std::string_view c, std::string_view n, std::string_view d) const {
    auto it = bootstraps_.find(key(c, n, d));
    return it == bootstraps_.end() ? nullptr : it->second;
}

}  // namespace cortado::runtime
