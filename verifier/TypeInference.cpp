// Verification by type inference (JVMS 4.10.2) for class files older than
// version 50, which have no StackMapTable: a data-flow pass that merges the
// frames reaching each instruction until nothing changes. The typing rule of
// each instruction is the type checker's (Instructions.cpp, MemberAccess.cpp);
// only the control flow and jsr/ret (JVMS 4.10.2.5) are different. Failures
// are worded as HotSpot's old verifier (libverify) words them.
#include <algorithm>

#include "classfile/Bytecodes.h"
#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

void MethodVerifier::inferTypes() {
    in_.resize(codeLength_);
    changed_.assign(codeLength_, 0);
    cur_.modified.assign(maxLocals_, 0);
    in_[0] = std::make_unique<TypeFrame>(cur_);
    changed_[0] = 1;
    for (bool again = true; again;) {
        again = false;
        for (uint32_t pc : starts_) {
            if (!changed_[pc]) continue;
            changed_[pc] = 0;
            again = true;
            cur_ = *in_[pc];
            bci_ = pc;
            cur_.offset = pc;
            stackMark_ = cur_.stackSize;
            uint8_t op = code_.code[pc];
            bool noControlFlow = false, thisUninit = false, handlersChecked = false;
            bool inTry = int64_t(pc) >= exMin_ && int64_t(pc) < exMax_;
            uint8_t realOp = op == uint8_t(classfile::Opcode::wide_) ? code_.code[pc + 1] : op;
            if (realOp >= 0x36 && realOp <= 0x4e && inTry) {  // a store: handlers see the locals before it
                checkHandlers(false);
                handlersChecked = true;
            }
            verifyInstruction(op, pc, noControlFlow, thisUninit);
            if (!handlersChecked && inTry) checkHandlers(thisUninit);
            if (!noControlFlow) {
                uint32_t next = pc + classfile::instructionLength(code_.code, pc);
                if (next >= codeLength_) failOld("Falling off the end of the code");
                mergeInto(next, cur_);
            }
        }
    }
}

// JVMS 4.10.2.2: merging a frame into an instruction's incoming frame.
void MethodVerifier::mergeInto(int64_t target, const TypeFrame& frame) {
    if (target < 0 || target >= int64_t(codeLength_) || !instructionStart_[size_t(target)])
        failOld("Illegal target of jump or branch");
    auto& slot = in_[size_t(target)];
    if (!slot) {
        slot = std::make_unique<TypeFrame>(frame);
        slot->offset = uint32_t(target);
        slot->locals.resize(maxLocals_, VType::top());
        slot->stack.resize(maxStack_, VType::top());
        slot->modified.resize(maxLocals_, 0);
        changed_[size_t(target)] = 1;
        return;
    }
    TypeFrame& into = *slot;
    if (into.stackSize != frame.stackSize)
        failOld("Inconsistent stack height " + std::to_string(frame.stackSize) + " != " + std::to_string(into.stackSize));
    bool changed = false;
    for (uint32_t i = 0; i < frame.stackSize; ++i) {
        VType a = into.stack[i], b = frame.stack[i];
        if (a == b) continue;
        bool refs = (a.isReference() || a.isNull()) && (b.isReference() || b.isNull());
        if (!refs) failOld("Mismatched stack types");
        VType m = leastCommonSuperclass(a, b);
        if (m != a) { into.stack[i] = m; changed = true; }
    }
    for (uint32_t i = 0; i < maxLocals_; ++i) {
        VType m = mergeLocal(into.locals[i], frame.locals[i]);
        if (m != into.locals[i]) { into.locals[i] = m; changed = true; }
        if (frame.modified[i] && !into.modified[i]) { into.modified[i] = 1; changed = true; }
    }
    if ((into.flags | frame.flags) != into.flags) { into.flags |= frame.flags; changed = true; }
    if (into.subroutine != frame.subroutine && into.subroutine != -2) { into.subroutine = -2; changed = true; }
    into.localsSize = std::max(into.localsSize, frame.localsSize);
    if (changed) changed_[size_t(target)] = 1;
}

VType MethodVerifier::mergeLocal(VType a, VType b) {
    if (a == b) return a;
    if ((a.isReference() || a.isNull()) && (b.isReference() || b.isNull())) return leastCommonSuperclass(a, b);
    return VType::top();  // unusable on this path (JVMS 4.10.2.2)
}

// The first common superclass; interfaces and mixed arrays meet at Object.
VType MethodVerifier::leastCommonSuperclass(VType a, VType b) {
    if (a.isNull()) return b;
    if (b.isNull()) return a;
    const std::string an = names_.name(a.nameId()), bn = names_.name(b.nameId());
    if (an[0] == '[' || bn[0] == '[') {
        if (an[0] == '[' && bn[0] == '[' && (an[1] == 'L' || an[1] == '[') && (bn[1] == 'L' || bn[1] == '['))
            return names_.arrayOf(leastCommonSuperclass(names_.component(a), names_.component(b)));
        return assign_.objectType;
    }
    ClassHierarchy& h = assign_.hierarchy();
    if (orLoadFailure(h.isInterface(an)) || orLoadFailure(h.isInterface(bn))) return assign_.objectType;
    std::vector<std::string> chain;
    for (std::string s = an; !s.empty(); s = orLoadFailure(h.superclassOf(s))) chain.push_back(s);
    for (std::string s = bn; !s.empty(); s = orLoadFailure(h.superclassOf(s)))
        if (std::find(chain.begin(), chain.end(), s) != chain.end()) return names_.reference(s);
    return assign_.objectType;
}

// jsr: the subroutine starts with the return address pushed and no local
// stored yet; its return comes back through ret.
void MethodVerifier::verifyJsr(int64_t target) {
    push(VType::returnAddress(uint32_t(std::max<int64_t>(target, 0))));
    TypeFrame entry = cur_;
    entry.modified.assign(maxLocals_, 0);
    entry.subroutine = target;
    mergeInto(target, entry);
    auto& callers = callers_[uint32_t(target)];
    if (std::find(callers.begin(), callers.end(), bci_) == callers.end()) callers.push_back(bci_);
    if (retFrames_.count(uint32_t(target))) flowReturn(uint32_t(target), bci_);
}

void MethodVerifier::verifyRet(uint32_t index) {
    if (index >= maxLocals_) failOld("Illegal local variable number");
    VType r = cur_.locals[index];
    if (r.tag() != Tag::ReturnAddress) failOld("Register " + std::to_string(index) + " contains wrong type");
    uint32_t sub = r.payload();
    auto& slot = retFrames_[sub];
    bool changed = !slot;
    if (!slot) {
        slot = std::make_unique<TypeFrame>(cur_);
    } else {
        TypeFrame& into = *slot;
        if (into.stackSize != cur_.stackSize)
            failOld("Inconsistent stack height " + std::to_string(cur_.stackSize) + " != " + std::to_string(into.stackSize));
        for (uint32_t i = 0; i < maxLocals_; ++i) {
            VType m = mergeLocal(into.locals[i], cur_.locals[i]);
            if (m != into.locals[i]) { into.locals[i] = m; changed = true; }
            if (cur_.modified[i] && !into.modified[i]) { into.modified[i] = 1; changed = true; }
        }
        for (uint32_t i = 0; i < cur_.stackSize; ++i) {
            VType a = into.stack[i], b = cur_.stack[i];
            if (a == b) continue;
            if (!((a.isReference() || a.isNull()) && (b.isReference() || b.isNull()))) failOld("Mismatched stack types");
            VType m = leastCommonSuperclass(a, b);
            if (m != a) { into.stack[i] = m; changed = true; }
        }
        if (into.subroutine != cur_.subroutine && into.subroutine != -2) { into.subroutine = -2; changed = true; }
    }
    if (!changed) return;
    for (uint32_t c : callers_[sub]) flowReturn(sub, c);
}

// JVMS 4.10.2.5: after a subroutine returns to the instruction after a jsr,
// the locals it stored have its types; the others are the caller's own.
void MethodVerifier::flowReturn(uint32_t subroutine, uint32_t jsrPc) {
    const TypeFrame& at = *in_[jsrPc];
    const TypeFrame& ret = *retFrames_[subroutine];
    // A ret out of a nested subroutine straight to an outer caller: its locals win outright.
    bool whole = ret.subroutine != int64_t(subroutine);
    TypeFrame out = at;
    for (uint32_t i = 0; i < maxLocals_; ++i) {
        if (whole || ret.modified[i]) out.locals[i] = ret.locals[i];
        out.modified[i] = uint8_t(at.modified[i] | ret.modified[i]);
    }
    out.localsSize = std::max(at.localsSize, ret.localsSize);
    std::copy(ret.stack.begin(), ret.stack.begin() + ret.stackSize, out.stack.begin());
    out.stackSize = ret.stackSize;
    out.flags = ret.flags;
    uint32_t next = jsrPc + classfile::instructionLength(code_.code, jsrPc);
    if (next >= codeLength_) failOld("Falling off the end of the code");
    mergeInto(next, out);
}

void MethodVerifier::failOld(const std::string& words) {
    throw VerifyFailure{VerifyResult::Kind::VerifyError,
                        "(class: " + cf_.this_class + ", method: " + method_.name + " signature: " + method_.descriptor + ") " + words};
}

namespace {
const char* oldTypeName(Tag t) {
    switch (t) {
        case Tag::Integer: return "integer";
        case Tag::Float: return "float";
        case Tag::Long: case Tag::Long2: return "long";
        case Tag::Double: case Tag::Double2: return "double";
        default: return "object/array";
    }
}
}  // namespace

std::string MethodVerifier::oldWords(const std::string& message, const Origin* found, const Origin* expected) const {
    auto starts = [&](const char* p) { return message.rfind(p, 0) == 0; };
    if (message == "Operand stack underflow") return "Unable to pop operand off an empty stack";
    if (message == "Operand stack overflow") return "Stack size too large";
    if (message == "Local variable table overflow" || message == "get long/double overflows locals") return "Illegal local variable number";
    if (message == "Bad local variable type" && found && expected) {
        Tag e = expected->type.tag();
        if (e == Tag::Long || e == Tag::Double || e == Tag::Long2 || e == Tag::Double2) {
            uint32_t base = (e == Tag::Long2 || e == Tag::Double2) ? found->index - 1 : found->index;
            return "Register pair " + std::to_string(base) + "/" + std::to_string(base + 1) + " contains wrong type";
        }
        if (found->type.isTop()) return "Accessing value from uninitialized register " + std::to_string(found->index);
        return "Register " + std::to_string(found->index) + " contains wrong type";
    }
    if (message == "Bad type on operand stack" && found && expected) {
        Tag e = expected->type.tag();
        if (e == Tag::Category1Check || e == Tag::Category2Check) return "Attempt to split long or double on the stack";
        bool wantReference = e == Tag::Reference || e == Tag::ReferenceCheck;
        if (wantReference && (found->type.isReference() || found->type.isNull()))
            return incompatible_ ? incompatible_ : "Incompatible types";
        return std::string("Expecting to find ") + oldTypeName(e) + " on stack";
    }
    if (starts("Bad type on operand stack in ")) {
        std::string op = message.substr(29);
        if (op == "arraylength") return "Expecting to find array on stack";
        if (op == "pop2" || op.rfind("dup", 0) == 0) return "Attempt to split long or double on the stack";
        static const std::pair<const char*, const char*> kArrays[] = {
            {"iaload", "ints"}, {"iastore", "ints"}, {"laload", "longs"}, {"lastore", "longs"}, {"faload", "floats"},
            {"fastore", "floats"}, {"daload", "doubles"}, {"dastore", "doubles"}, {"caload", "chars"}, {"castore", "chars"},
            {"saload", "shorts"}, {"sastore", "shorts"}, {"baload", "bytes or Booleans"}, {"bastore", "bytes or Booleans"},
            {"aaload", "objects or arrays"}, {"aastore", "objects or arrays"}};
        for (auto [name, what] : kArrays)
            if (op == name) return std::string("Expecting to find array of ") + what + " on stack";
        if (op == "putfield") return "Incompatible type for getting or setting field";
    }
    if (message == "Method expects a return value" || message == "Method does not expect a return value" || message == "Bad return type")
        return "Wrong return type in function";
    if (message == "Control flow falls through code end") return "Falling off the end of the code";
    if (starts("Expecting a stackmap frame at branch target") || starts("Inconsistent stackmap frames"))
        return "Illegal target of jump or branch";
    if (message == "Bad lookupswitch instruction") return "Unsorted lookup switch";
    if (message == "Bad instruction" || starts("Bad instruction: "))
        return "Illegal instruction found at offset " + std::to_string(bci_);
    if (message == "Illegal new instruction") return "Illegal creation of multi-dimensional array";
    if (message == "Call to wrong <init> method" || message == "Bad <init> method call") return "Call to wrong initialization method";
    if (message == "Bad operand type when invoking <init>") return "Expecting to find unitialized object on stack";
    if (starts("Constructor must call super()")) return "Constructor must call super() or this()";
    if (message == "Illegal call to internal method") return "Must call initializers using invokespecial";
    if (starts("Bad invokespecial instruction")) return "Illegal use of nonvirtual function call";
    if (message == "Inconsistent args count operand in invokeinterface") return "Inconsistent args_size for invokeinterface";
    if (starts("Catch type is not a subclass of Throwable")) return "catch_type not a subclass of Throwable";
    if (message == "Illegal newarray instruction") return "Bad type passed to newarray";
    if (starts("Illegal dimension in multianewarray")) return "Illegal dimension argument";
    if (message == "low must be less than or equal to high in tableswitch")
        return "Illegal instruction found at offset " + std::to_string(bci_);
    if (starts("Bad access to protected")) return "Bad access to protected data";
    return message;
}

}  // namespace cortado::verifier
