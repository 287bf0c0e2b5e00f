// The one table of native methods (DESIGN.md "Class library"): natives/
// registers each C++ implementation under its class, name and descriptor; a
// native method is bound on its first call. A missing one is an
// UnsatisfiedLinkError naming it.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "runtime/Klass.h"

namespace cortado::runtime {

struct BootstrapCall;
struct CallSite;
// The VM's implementation of a bootstrap method (runtime/CallSiteLinking.h):
// fills `site` or returns false with an exception pending.
using BootstrapLinker = bool (*)(JavaThread& thread, const BootstrapCall& call, CallSite& site);

// Binds a native method the table lacks (natives/jni: a JNI function in a
// loaded library). Returns nullptr, with an exception pending or not, if it
// cannot; callNative then reports the UnsatisfiedLinkError.
using NativeLinker = NativeFunction (*)(JavaThread& thread, Method* method);

class NativeRegistry {
public:
    // `className` internal form; key is "className.name descriptor".
    void add(std::string_view className, std::string_view name, std::string_view descriptor, NativeFunction fn);
    NativeFunction find(std::string_view className, std::string_view name, std::string_view descriptor) const;
    size_t size() const { return table_.size(); }

    // The bootstrap methods the VM links itself, keyed the same way.
    void addBootstrap(std::string_view className, std::string_view name, std::string_view descriptor, BootstrapLinker fn);
    BootstrapLinker findBootstrap(std::string_view className, std::string_view name, std::string_view descriptor) const;

    // The fallback after the table (one; natives/jni installs it).
    NativeLinker fallback = nullptr;

private:
    std::unordered_map<std::string, NativeFunction> table_;
    std::unordered_map<std::string, BootstrapLinker> bootstraps_;
};

}  // namespace cortado::runtime
