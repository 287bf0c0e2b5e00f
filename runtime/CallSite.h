// invokedynamic call sites (JVMS 6.5 invokedynamic, 5.4.3.6). Each occurrence
// of an invokedynamic instruction is its own call site: it is linked once, on
// its first execution, and the result is kept here for every later execution.
// The VM links the bootstrap methods it recognises itself (DESIGN.md "Class
// library"): a linker (runtime/BootstrapRegistry.h) turns the bootstrap method
// and its static arguments into one of three fast forms below.
#pragma once
#include <cstdint>
#include <memory>

#include "runtime/Object.h"

namespace cortado::runtime {

class JavaThread;
struct Method;
struct CallSite;

// What a linker may attach to a site (a parsed concatenation recipe, a
// record's fields); owned by the site.
struct CallSiteData {
    virtual ~CallSiteData() = default;
};

// A VM-native target: `args` are the instruction's argument slots on the
// operand stack (they stay there, visible to the GC, during the call). Returns
// the result slot, or anything with an exception pending.
using CallSiteTarget = Slot (*)(JavaThread& thread, const CallSite& site, Slot* args);

struct CallSite {
    enum class Kind : uint8_t {
        Unlinked,
        Constant,  // push `constant` (a non-capturing lambda's one shared instance)
        Invoke,    // invoke the static `method` with the instruction's arguments
        Native,    // call `target`
        Failed,    // JVMS 5.4.3.6: linkage failed; every execution throws `constant` again
    };
    Kind kind = Kind::Unlinked;
    uint16_t cpIndex = 0;       // the CONSTANT_InvokeDynamic entry
    uint16_t argSlots = 0;      // slots the instruction pops
    uint8_t returnSlots = 0;    // slots it pushes
    Object* constant = nullptr; // a GC root (runtime/Roots.cpp); moving collectors update it
    Method* method = nullptr;
    CallSiteTarget target = nullptr;
    std::unique_ptr<CallSiteData> data;

    template <typename T> const T& dataAs() const { return static_cast<const T&>(*data); }
};

}  // namespace cortado::runtime
