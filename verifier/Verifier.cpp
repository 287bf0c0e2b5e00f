#include "verifier/Verifier.h"

#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

// JVMS 4.10: class files of version 50 and later carry StackMapTables and are
// type checked (4.10.1); older ones are verified by type inference (4.10.2).
constexpr uint16_t kStackMapVersion = 50;
// JVMS 4.10: a version-50 class file that fails type checking may still pass
// type inference (HotSpot's "failover"); from 51 on, type checking decides.
constexpr uint16_t kNoFailoverVersion = 51;

static VerifyResult verifyMethods(const classfile::ClassFile& cf, ClassContext& context, bool inference) {
    try {
        for (const auto& m : cf.methods) {
            // Native and abstract methods have no code to check (the parser made sure).
            if (!m.code) continue;
            MethodVerifier verifier(m, context);
            if (inference) verifier.useTypeInference();
            verifier.verify();
        }
    } catch (const VerifyFailure& f) {
        return {f.kind, f.message};
    }
    return {};
}

VerifyResult verifyClass(const classfile::ClassFile& cf, ClassHierarchy& hierarchy, const VerifyOptions& options) {
    ClassContext context(cf, hierarchy);
    context.options = options;
    if (cf.major_version < kStackMapVersion) return verifyMethods(cf, context, true);
    VerifyResult checked = verifyMethods(cf, context, false);
    if (checked.ok() || checked.kind == VerifyResult::Kind::LoadFailed || cf.major_version >= kNoFailoverVersion) return checked;
    // Failover: HotSpot reports the type checker's message if inference fails too.
    VerifyResult inferred = verifyMethods(cf, context, true);
    if (inferred.ok() || inferred.kind == VerifyResult::Kind::LoadFailed) return inferred;
    return {inferred.kind, checked.message};
}

}  // namespace cortado::verifier
