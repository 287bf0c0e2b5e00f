// libFuzzer target: any byte string goes through the class-file parser (JVMS
// 4.8 format checking) and, when it parses, through the verifier (JVMS 4.10)
// exactly as the runtime calls it for a class from the class path. Either may
// reject the input; neither may crash, hang, read out of bounds or hit
// undefined behaviour. Run it with tools/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <span>

#include "classfile/ClassFile.h"
#include "classfile/ClassFormatError.h"
#include "tests/fuzz/FixedHierarchy.h"
#include "verifier/Verifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace cortado;
    classfile::ClassFile cf;
    try {
        cf = classfile::parseClassFile(std::span<const uint8_t>(data, size));
    } catch (const classfile::ClassFormatError&) {
        return 0;  // rejected by format checking: the expected outcome for most inputs
    }
    // A class that is its own superclass never reaches the verifier: loading
    // its superclass fails first with ClassCircularityError (JVMS 5.3.5).
    if (cf.super_class == cf.this_class) return 0;
    fuzz::FixedHierarchy hierarchy(cf);
    verifier::VerifyResult result = verifier::verifyClass(cf, hierarchy);
    // The message is what a user reads: building it must be as safe as verifying.
    volatile size_t length = result.message.size();
    (void)length;
    return 0;
}
