// Where compiled code lives: executable memory from asmjit's JitRuntime, kept
// for the life of the VM (methods are never uncompiled yet), and optionally
// described in /tmp/perf-<pid>.map so `perf` can name compiled methods.
#pragma once
#include <asmjit/core.h>

#include <cstdio>
#include <string>

namespace cortado::jit {

class CodeCache {
public:
    explicit CodeCache(bool perfMap);
    ~CodeCache();
    CodeCache(const CodeCache&) = delete;
    CodeCache& operator=(const CodeCache&) = delete;

    const asmjit::Environment& environment() const { return runtime_.environment(); }
    // Copies the finished code into executable memory; nullptr if it does not fit.
    void* install(asmjit::CodeHolder& code, const std::string& name);
    size_t bytesUsed() const { return bytesUsed_; }

private:
    asmjit::JitRuntime runtime_;
    std::FILE* perfMap_ = nullptr;
    size_t bytesUsed_ = 0;
};

}  // namespace cortado::jit
