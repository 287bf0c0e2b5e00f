#include "runtime/Verification.h"

#include "runtime/JavaThread.h"
#include "runtime/Klass.h"
#include "runtime/Resolution.h"
#include "runtime/Vm.h"
#include "verifier/Verifier.h"

namespace cortado::runtime {

namespace {

// The verifier's view of the class hierarchy: classes loaded by name through
// the VM's loader; a class that fails to load leaves its error pending.
class LoaderHierarchy final : public verifier::ClassHierarchy {
public:
    explicit LoaderHierarchy(JavaThread& thread) : thread_(thread) {}

    std::optional<bool> isInterface(std::string_view name) override {
        Klass* k = load(name);
        if (!k) return std::nullopt;
        return k->isInterface();
    }
    std::optional<bool> isSubclassOf(std::string_view sub, std::string_view super) override {
        Klass* s = load(sub);
        Klass* t = s ? load(super) : nullptr;
        if (!t) return std::nullopt;
        for (Klass* c = s; c; c = c->super)
            if (c == t) return true;
        return false;
    }
    std::optional<std::string> superclassOf(std::string_view name) override {
        Klass* k = load(name);
        if (!k) return std::nullopt;
        return k->super ? k->super->name : std::string();
    }
    std::optional<Member> findMember(std::string_view className, std::string_view name, std::string_view descriptor,
                                     bool isMethod) override {
        Klass* k = load(className);
        if (!k) return std::nullopt;
        Member m;
        if (isMethod) {
            Method* found = findMethodInClassChain(k, name, descriptor);
            if (found) m = {true, found->owner->name, found->accessFlags};
        } else if (Field* f = findField(k, name, descriptor)) {
            m = {true, f->owner->name, f->accessFlags};
        }
        return m;
    }

private:
    Klass* load(std::string_view name) { return thread_.vm.loader.load(thread_, name); }
    JavaThread& thread_;
};

}  // namespace

bool linkClass(JavaThread& thread, Klass* k) {
    if (k->initState != InitState::Loaded) return true;
    // JVMS 5.4: a superclass is linked before its subclasses (and superinterfaces
    // before the classes that implement them, which HotSpot also does).
    if (k->super && !linkClass(thread, k->super)) return false;
    for (Klass* i : k->interfaces)
        if (!linkClass(thread, i)) return false;
    // HotSpot never verifies the four classes it bootstraps with, even with -Xverify:all.
    bool bootstrap = k->name == "java/lang/Object" || k->name == "java/lang/Class" || k->name == "java/lang/String" ||
                     k->name == "java/lang/Throwable";
    bool trusted = !k->classFile || bootstrap || (k->isBoot ? !thread.vm.options.verifyLocal : !thread.vm.options.verifyRemote);
    if (!trusted) {
        LoaderHierarchy hierarchy(thread);
        verifier::VerifyOptions options;
        options.cortadoBytecodes = thread.vm.options.cortadoBytecodes;
        verifier::VerifyResult result = verifier::verifyClass(*k->classFile, hierarchy, options);
        if (result.kind == verifier::VerifyResult::Kind::LoadFailed) return false;  // the loader's error is pending
        if (!result.ok()) {
            thread.throwNew(result.javaClass(), result.message);
            return false;
        }
    }
    k->initState = InitState::Linked;
    return true;
}

}  // namespace cortado::runtime
