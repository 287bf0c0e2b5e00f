#include "verifier/Verifier.h"

#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

// JVMS 4.10: class files of version 50 and later carry StackMapTables and are
// type checked (4.10.1); older ones are verified by type inference (4.10.2).
constexpr uint16_t kStackMapVersion = 50;

VerifyResult verifyClass(const classfile::ClassFile& cf, ClassHierarchy& hierarchy) {
    ClassContext context(cf, hierarchy);
    try {
        for (const auto& m : cf.methods) {
            // Native and abstract methods have no code to check (the parser made sure).
            if (!m.code) continue;
            MethodVerifier verifier(m, context);
            if (cf.major_version < kStackMapVersion) verifier.useTypeInference();
            verifier.verify();
        }
    } catch (const VerifyFailure& f) {
        return {f.kind, f.message};
    }
    return {};
}

}  // namespace cortado::verifier
