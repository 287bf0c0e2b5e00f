// The type checker of JVMS 4.10.1 for one method: a single linear pass over
// the code, with the StackMapTable's frames at branch targets and handlers.
// Internal to the verifier library; Verifier.cpp drives it per method.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "classfile/ClassFile.h"
#include "verifier/Assignability.h"
#include "verifier/TypeFrame.h"
#include "verifier/Verifier.h"

namespace cortado::verifier {

// Thrown inside the verifier on the first error; verifyClass turns it into a VerifyResult.
struct VerifyFailure {
    VerifyResult::Kind kind;
    std::string message;
};

// Where a type in an error message came from (HotSpot's TypeOrigin).
struct Origin {
    enum Kind { None, Local, Stack, StackMapLocal, StackMapStack, ConstantPool, Signature, Implicit } kind = None;
    uint32_t index = 0;
    VType type;
};

// What the methods of one class share: the interned names, the assignability
// cache, each descriptor's verification types (parsed once, as HotSpot's
// method_signatures_table) and the names of the superclasses.
class ClassContext {
public:
    ClassContext(const classfile::ClassFile& cf, ClassHierarchy& hierarchy) : cf(cf), assign(hierarchy, names) {}
    VerifyOptions options;
    struct Signature {
        std::vector<VType> params;  // long/double once each; the caller adds second halves
        VType returnType;           // top for void
        uint32_t argSlots = 0;
    };
    // `descriptor` is a string owned by the class file, so its address is its identity.
    const Signature& signature(const std::string& descriptor);
    // Is `name` a proper superclass of the class (HotSpot's name_in_supers)?
    bool nameInSupers(std::string_view name);

    const classfile::ClassFile& cf;
    TypeNames names;
    Assignability assign;

private:
    std::unordered_map<const std::string*, Signature> signatures_;
    std::optional<std::vector<std::string>> supers_;
};

class MethodVerifier {
public:
    MethodVerifier(const classfile::MethodInfo& method, ClassContext& context);
    void verify();  // throws VerifyFailure
    void useTypeInference() { inference_ = true; }
    // After verify() with type inference (FrameInference.cpp): the merged frame
    // entering `pc`, nullptr if no path reaches it; and where a failure was.
    const TypeFrame* inferredFrame(uint32_t pc) const { return pc < in_.size() ? in_[pc].get() : nullptr; }
    uint32_t currentOffset() const { return bci_; }

private:
    // ---- the frame (JVMS 4.10.1.4 operand stack and locals manipulation)
    void push(VType t);
    void push2(VType t) { push(t); push(t.secondHalf()); }
    VType pop(VType expected);
    VType popAny();
    // astore's operand: a reference, or (type inference only) a jsr's return address.
    VType popStored(VType expected) {
        if (inference_ && cur_.stackSize && cur_.stack[cur_.stackSize - 1].tag() == Tag::ReturnAddress) return popAny();
        return pop(expected);
    }
    void pop2(VType first);
    VType getLocal(uint32_t index, VType expected);
    void getLocal2(uint32_t index, VType first);
    void setLocal(uint32_t index, VType t);
    void setLocal2(uint32_t index, VType first);
    void initializeObject(VType from, VType to);

    // ---- instruction groups
    void verifyInstruction(uint8_t op, uint32_t bci, bool& noControlFlow, bool& thisUninit);
    void verifyLdc(uint8_t op, uint16_t index);
    void verifyArrayLoad(char component, VType pushed, const char* name);
    void verifyArrayStore(char component, VType value, const char* name);
    void verifyReturn(VType popped);
    void verifyField(uint8_t op, uint16_t index);
    void verifyInvoke(uint8_t op, uint16_t index, bool inTryBlock, bool& thisUninit);
    void verifyInvokeInit(uint16_t refIndex, VType refClass, bool inTryBlock, bool& thisUninit);
    bool endsInAthrow(uint32_t handlerPc) const;
    void verifySwitch(uint32_t bci);
    void verifyExceptionHandlerTable();
    void checkHandlers(bool thisUninit);

    // ---- stack map frames (JVMS 4.7.4, 4.10.1.4 frameIsAssignable)
    void readStackMapTable();
    void checkJumpTarget(int64_t target);
    // Where a frame is matched against the stack map; HotSpot words a mismatch
    // differently at each.
    enum class MatchSite { BranchTarget, FallThrough, Handler };
    // Is `frame` (the current frame, or a handler's) assignable to the stack map
    // frame at `target`? Fails with HotSpot's words when not.
    void matchFrame(const TypeFrame& frame, bool isCurrent, int64_t target, MatchSite site);
    void adoptFrame(const TypeFrame& mapFrame);

    // ---- type inference (JVMS 4.10.2), for class files without StackMapTable
    void inferTypes();
    void mergeInto(int64_t target, const TypeFrame& frame);
    VType mergeLocal(VType a, VType b);
    VType leastCommonSuperclass(VType a, VType b);
    void verifyJsr(int64_t target);
    void verifyRet(uint32_t index);
    void flowReturn(uint32_t subroutine, uint32_t jsrPc);
    // The old verifier's words (HotSpot's libverify) for a failure the type checker words as `message`.
    std::string oldWords(const std::string& message, const Origin* found, const Origin* expected) const;
    [[noreturn]] void failOld(const std::string& words);

    // ---- constant pool
    void checkCpIndex(uint16_t index);
    void checkCpTag(uint16_t index, uint32_t tagMask);
    void checkCpClass(uint16_t index);
    VType cpClassType(uint16_t index);

    // ---- errors, as HotSpot words and details them
    [[noreturn]] void fail(const std::string& message, int64_t bci, const std::string& reason,
                           const TypeFrame* current = nullptr, const TypeFrame* stackMap = nullptr);
    [[noreturn]] void failBadType(const std::string& message, int64_t bci, Origin found, Origin expected,
                                  const TypeFrame* current = nullptr, const TypeFrame* stackMap = nullptr);
    [[noreturn]] void failBadCode(const std::string& message, int64_t bci);
    [[noreturn]] void failFormat(const std::string& message);
    std::string describeOrigin(const Origin& o) const;
    const TypeFrame& printableCurrent();  // the current frame as it was when the instruction began
    Origin stackTop() const { return {Origin::Stack, cur_.stackSize, cur_.stackSize < cur_.stack.size() ? cur_.stack[cur_.stackSize] : VType::top()}; }
    std::string className() const;  // external name, for messages

    const classfile::ClassFile& cf_;
    const classfile::MethodInfo& method_;
    const classfile::CodeAttribute& code_;
    const classfile::ConstantPool& cp_;
    ClassContext& context_;
    Assignability& assign_;
    TypeNames& names_;
    VType thisType_;
    VType returnType_;
    uint32_t maxLocals_, maxStack_;
    uint32_t codeLength_;
    std::vector<uint8_t> instructionStart_;  // 0: not an instruction; 1: an instruction; 2: a `new`
    std::vector<uint32_t> starts_;           // each instruction's offset, in order
    std::vector<TypeFrame> stackMap_;
    std::vector<int32_t> frameAt_;           // bci -> index in stackMap_, or -1
    TypeFrame cur_;
    TypeFrame printable_;                    // scratch for error details
    uint32_t stackMark_ = 0;                 // stack size when the current instruction began
    uint32_t bci_ = 0;
    int64_t exMin_ = 0, exMax_ = -1;         // union of the exception handlers' ranges

    // Type inference state
    bool inference_ = false;
    std::vector<std::unique_ptr<TypeFrame>> in_;  // the merged incoming frame of each instruction
    std::vector<uint8_t> changed_;                 // instructions to (re)visit
    std::map<uint32_t, std::vector<uint32_t>> callers_;          // subroutine entry -> jsr offsets
    std::map<uint32_t, std::unique_ptr<TypeFrame>> retFrames_;   // subroutine entry -> merged frame at its rets
    const char* incompatible_ = nullptr;  // the old verifier's words for a reference of the wrong class here
};

}  // namespace cortado::verifier
