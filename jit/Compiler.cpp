#include "jit/Compiler.h"

#include <asmjit/x86.h>

#include "jit/Templates.h"
#include "runtime/FrameReferences.h"

namespace cortado::jit {

namespace {

// Records the first asmjit error (an operand combination the templates got
// wrong); the method then stays interpreted instead of running bad code.
class RecordingErrorHandler : public asmjit::ErrorHandler {
public:
    std::string message;
    void handleError(asmjit::Error, const char* text, asmjit::BaseEmitter*) override {
        if (message.empty()) message = text;
    }
};

}  // namespace

CompileResult compileMethod(runtime::Method* method, CodeCache& cache, bool wantAssembly, bool wantInlining) {
    CompileResult result;
    if (method->isNative() || method->isAbstract() || !method->codeAttribute()) {
        result.rejectReason = "no bytecode";
        return result;
    }
    std::string error;
    // The operand-stack depth at each instruction comes from the reference-map
    // analysis the GC uses: both tiers agree on what every slot holds.
    const runtime::MethodRefMaps* maps = runtime::referenceMapsOf(method, &error);
    if (!maps) {
        result.rejectReason = "no reference maps: " + error;
        return result;
    }
    asmjit::CodeHolder code;
    code.init(cache.environment());
    RecordingErrorHandler errors;
    code.setErrorHandler(&errors);
    asmjit::StringLogger logger;
    if (wantAssembly) code.setLogger(&logger);
    asmjit::x86::Assembler assembler(&code);
    Templates templates(assembler, method, *maps);
    if (wantInlining) templates.logInliningTo(&result.inlining);
    if (!templates.emitMethod(result.rejectReason)) return result;
    if (!errors.message.empty()) {
        result.rejectReason = "assembler error: " + errors.message;
        return result;
    }
    code.flatten();
    code.resolveUnresolvedLinks();
    result.codeBytes = code.codeSize();
    void* entry = cache.install(code, method->externalName());
    if (!entry) {
        result.rejectReason = "code cache full";
        return result;
    }
    if (wantAssembly) result.assembly = logger.data();
    auto at = [&](asmjit::Label l) { return static_cast<char*>(entry) + code.labelOffsetFromBase(l); };
    result.entry = reinterpret_cast<runtime::CompiledEntry>(at(templates.cxxEntry()));
    result.directEntry = at(templates.directEntry());
    result.mayHoldMonitor = templates.mayHoldMonitor();
    if (templates.hasLoops()) result.osrEntry = reinterpret_cast<runtime::OsrEntry>(at(templates.cxxOsrEntry()));
    return result;
}

}  // namespace cortado::jit
