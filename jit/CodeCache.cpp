#include "jit/CodeCache.h"

#include <unistd.h>

namespace cortado::jit {

CodeCache::CodeCache(bool perfMap) {
    if (perfMap) {
        // The format `perf` reads: "START SIZE symbol", hexadecimal, one line per code blob.
        std::string path = "/tmp/perf-" + std::to_string(::getpid()) + ".map";
        perfMap_ = std::fopen(path.c_str(), "w");
    }
}

CodeCache::~CodeCache() {
    if (perfMap_) std::fclose(perfMap_);
}

void* CodeCache::install(asmjit::CodeHolder& code, const std::string& name) {
    void* entry = nullptr;
    if (runtime_.add(&entry, &code) != asmjit::kErrorOk) return nullptr;
    size_t size = code.codeSize();
    bytesUsed_ += size;
    if (perfMap_) {
        std::fprintf(perfMap_, "%lx %zx %s\n", reinterpret_cast<unsigned long>(entry), size, name.c_str());
        std::fflush(perfMap_);
    }
    return entry;
}

}  // namespace cortado::jit
