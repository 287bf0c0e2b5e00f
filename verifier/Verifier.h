// Bytecode verification (JVMS 4.10), the verifier's one entry point.
//
// verifyClass checks every method with code of one class file: the
// type-checking verifier of JVMS 4.10.1 (StackMapTable) for class files of
// version 50 and later. It knows nothing of the runtime: the questions that
// need loaded classes (is A a subclass of B? is I an interface? is this
// member protected?) go through ClassHierarchy, which the runtime implements
// by loading classes the way HotSpot does, when they are first needed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "classfile/ClassFile.h"

namespace cortado::verifier {

class ClassHierarchy {
public:
    virtual ~ClassHierarchy() = default;
    // Each query may load classes. A class that cannot be loaded makes the
    // query return nullopt; the runtime keeps the loading error (e.g.
    // NoClassDefFoundError) as the result of verification, as HotSpot does.
    virtual std::optional<bool> isInterface(std::string_view className) = 0;
    // Is `sub` the class `super` or a subclass of it (superclass chain only)?
    virtual std::optional<bool> isSubclassOf(std::string_view sub, std::string_view super) = 0;
    // The superclass's name ("" for java/lang/Object).
    virtual std::optional<std::string> superclassOf(std::string_view className) = 0;
    // The member a reference to (className, name, descriptor) finds by lookup
    // along the superclass chain (methods also in superinterfaces): its
    // declaring class and access flags. `found` false if there is none.
    struct Member {
        bool found = false;
        std::string declaringClass;
        uint16_t accessFlags = 0;
    };
    virtual std::optional<Member> findMember(std::string_view className, std::string_view name,
                                             std::string_view descriptor, bool isMethod) = 0;
};

struct VerifyResult {
    enum class Kind { Ok, VerifyError, ClassFormatError, LoadFailed } kind = Kind::Ok;
    std::string message;  // HotSpot's words, with its "Exception Details" block
    bool ok() const { return kind == Kind::Ok; }
    // "java/lang/VerifyError" / "java/lang/ClassFormatError".
    const char* javaClass() const {
        return kind == Kind::ClassFormatError ? "java/lang/ClassFormatError" : "java/lang/VerifyError";
    }
};

struct VerifyOptions {
    // Accept Cortado's own instructions (BC_EXTENSION in classfile/Bytecodes.def),
    // -XX:+EnableCortadoBytecodes. Off, they are "Bad instruction" like any
    // opcode JVMS does not define, so javac's class files verify as on HotSpot.
    bool cortadoBytecodes = false;
};

VerifyResult verifyClass(const classfile::ClassFile& cf, ClassHierarchy& hierarchy, const VerifyOptions& options = {});

}  // namespace cortado::verifier
