#include "verifier/Verifier.h"

#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

// JVMS 4.10: class files of version 50 and later carry StackMapTables and are
// type checked (4.10.1). Older ones would need verification by type
// inference (4.10.2), which is not written yet: they are accepted unverified.
constexpr uint16_t kStackMapVersion = 50;

VerifyResult verifyClass(const classfile::ClassFile& cf, ClassHierarchy& hierarchy) {
    if (cf.major_version < kStackMapVersion) return {};
    ClassContext context(cf, hierarchy);
    try {
        for (const auto& m : cf.methods) {
            // Native and abstract methods have no code to check (the parser made sure).
            if (!m.code) continue;
            MethodVerifier(m, context).verify();
        }
    } catch (const VerifyFailure& f) {
        return {f.kind, f.message};
    }
    return {};
}

}  // namespace cortado::verifier
