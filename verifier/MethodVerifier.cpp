// The per-instruction typing rules of JVMS 4.10.1.9 and the linear pass of
// JVMS 4.10.1.6 (HotSpot's "split verifier" walks the code the same way, and
// its error words are the ones we must print).
#include "verifier/MethodVerifier.h"

#include <algorithm>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"

namespace cortado::verifier {

using classfile::CpTag;
using classfile::readS2;
using classfile::readS4;
using classfile::readU2;
using O = classfile::Opcode;

namespace {
constexpr uint32_t bit(CpTag t) { return 1u << unsigned(t); }
bool isStoreIntoLocal(uint8_t op) {
    return (op >= 0x36 && op <= 0x4e);  // istore .. astore_3
}
}  // namespace

const ClassContext::Signature& ClassContext::signature(const std::string& descriptor) {
    auto it = signatures_.find(&descriptor);
    if (it != signatures_.end()) return it->second;
    Signature s;
    auto desc = classfile::parseMethodDescriptor(descriptor);  // the parser validated it
    for (const auto& p : desc->paramDescriptors) s.params.push_back(names.fromDescriptor(p));
    s.returnType = desc->returnType == classfile::BasicType::Void ? VType::top() : names.fromDescriptor(desc->returnDescriptor);
    s.argSlots = uint32_t(desc->argSlots);
    return signatures_.emplace(&descriptor, std::move(s)).first->second;
}

bool ClassContext::nameInSupers(std::string_view name) {
    if (!supers_) {
        std::vector<std::string> chain;
        for (std::string s = cf.super_class; !s.empty(); s = orLoadFailure(assign.hierarchy().superclassOf(s))) chain.push_back(s);
        supers_ = std::move(chain);
    }
    for (const auto& s : *supers_)
        if (s == name) return true;
    return false;
}

MethodVerifier::MethodVerifier(const classfile::MethodInfo& method, ClassContext& context)
    : cf_(context.cf), method_(method), code_(*method.code), cp_(context.cf.constant_pool), context_(context),
      assign_(context.assign), names_(context.names) {
    thisType_ = names_.reference(cf_.this_class);
    maxLocals_ = code_.max_locals;
    maxStack_ = code_.max_stack;
    codeLength_ = static_cast<uint32_t>(code_.code.size());
}

// ---------------------------------------------------------------------------
// The frame

void MethodVerifier::push(VType t) {
    if (cur_.stackSize >= maxStack_) fail("Operand stack overflow", bci_, "Exceeded max stack size.", &printableCurrent());
    cur_.stack[cur_.stackSize++] = t;
}

VType MethodVerifier::popAny() {
    if (cur_.stackSize == 0) fail("Operand stack underflow", bci_, "Attempt to pop empty stack.", &printableCurrent());
    return cur_.stack[--cur_.stackSize];
}

VType MethodVerifier::pop(VType expected) {
    VType top = popAny();
    if (top != expected && !assign_.isAssignable(expected, top))
        failBadType("Bad type on operand stack", bci_, stackTop(), {Origin::Implicit, 0, expected}, &printableCurrent());
    return top;
}

void MethodVerifier::pop2(VType first) {
    if (cur_.stackSize >= 2 && cur_.stack[cur_.stackSize - 1] == first.secondHalf() && cur_.stack[cur_.stackSize - 2] == first) {
        cur_.stackSize -= 2;
        return;
    }
    // HotSpot pops both halves before it looks at the first error, so when
    // both are wrong the second (the first half's) is the one reported.
    try {
        pop(first.secondHalf());
    } catch (const VerifyFailure&) {
        pop(first);
        throw;
    }
    pop(first);
}

VType MethodVerifier::getLocal(uint32_t index, VType expected) {
    if (index >= maxLocals_) fail("Local variable table overflow", bci_, "Local index " + std::to_string(index) + " is invalid");
    VType t = cur_.locals[index];
    if (t != expected && !assign_.isAssignable(expected, t))
        failBadType("Bad local variable type", bci_, {Origin::Local, index, t}, {Origin::Implicit, 0, expected}, &printableCurrent());
    if (index >= cur_.localsSize) cur_.localsSize = index + 1;
    return t;
}

void MethodVerifier::getLocal2(uint32_t index, VType first) {
    if (int64_t(index) >= int64_t(cur_.localsSize) - 1)
        fail("get long/double overflows locals", bci_, "Local index " + std::to_string(index) + " is invalid");
    if (cur_.locals[index] != first)
        failBadType("Bad local variable type", bci_, {Origin::Local, index, cur_.locals[index]}, {Origin::Implicit, 0, first},
                    &printableCurrent());
    if (cur_.locals[index + 1] != first.secondHalf())
        failBadType("Bad local variable type", bci_, {Origin::Local, index + 1, cur_.locals[index + 1]},
                    {Origin::Implicit, 0, first.secondHalf()}, &printableCurrent());
}

void MethodVerifier::setLocal(uint32_t index, VType t) {
    if (index >= maxLocals_) fail("Local variable table overflow", bci_, "Local index " + std::to_string(index) + " is invalid");
    // Overwriting half of a long/double makes the other half unusable (JVMS 4.10.1.9 istore).
    if (cur_.locals[index].isCategory2() && index + 1 < maxLocals_) cur_.locals[index + 1] = VType::top();
    if (cur_.locals[index].isCategory2nd() && index >= 1) cur_.locals[index - 1] = VType::top();
    cur_.locals[index] = t;
    if (index >= cur_.localsSize) cur_.localsSize = index + 1;
    if (inference_) cur_.modified[index] = 1;
}

void MethodVerifier::setLocal2(uint32_t index, VType first) {
    if (int64_t(index) >= int64_t(maxLocals_) - 1)
        fail("Local variable table overflow", bci_, "Local index " + std::to_string(index) + " is invalid");
    if (cur_.locals[index + 1].isCategory2() && index + 2 < maxLocals_) cur_.locals[index + 2] = VType::top();
    if (cur_.locals[index].isCategory2nd() && index >= 1) cur_.locals[index - 1] = VType::top();
    cur_.locals[index] = first;
    cur_.locals[index + 1] = first.secondHalf();
    if (inference_) cur_.modified[index] = cur_.modified[index + 1] = 1;
    if (int64_t(index) >= int64_t(cur_.localsSize) - 1) cur_.localsSize = index + 2;
}

// JVMS 4.10.1.9 invokespecial: every occurrence of the uninitialized type becomes the class.
void MethodVerifier::initializeObject(VType from, VType to) {
    for (uint32_t i = 0; i < maxLocals_; ++i)
        if (cur_.locals[i] == from) cur_.locals[i] = to;
    for (uint32_t i = 0; i < cur_.stackSize; ++i)
        if (cur_.stack[i] == from) cur_.stack[i] = to;
    if (from == VType::uninitializedThis()) cur_.flags = 0;
}

// ---------------------------------------------------------------------------
// The method: initial frame, handler table, stack map, then one linear pass.

void MethodVerifier::verify() {
    // Which offsets start an instruction (JVMS 4.9.1: code is a sequence of whole instructions).
    instructionStart_.assign(codeLength_, 0);
    starts_.reserve(codeLength_ / 2);
    for (uint32_t pc = 0; pc < codeLength_;) {
        uint32_t len = classfile::instructionLength(code_.code, pc);
        const auto& info = classfile::bytecodeInfo(code_.code[pc]);
        bool extension = info.has(classfile::BC_EXTENSION) && !context_.options.cortadoBytecodes;
        if (len == 0 || !info.defined() || extension || info.has(classfile::BC_INTERNAL | classfile::BC_RESERVED)) {
            bci_ = pc;
            failBadCode("Bad instruction", pc);
        }
        instructionStart_[pc] = code_.code[pc] == uint8_t(O::new_) ? 2 : 1;
        starts_.push_back(pc);
        pc += len;
    }

    // Initial frame from the descriptor (JVMS 4.10.1.6 methodInitialStackFrame).
    cur_.locals.assign(maxLocals_, VType::top());
    cur_.stack.assign(maxStack_, VType::top());
    printable_.locals.reserve(maxLocals_);
    uint32_t slot = 0;
    auto put = [&](VType t) {
        if (slot >= maxLocals_) failFormat("Arguments can't fit into locals");
        cur_.locals[slot++] = t;
    };
    if (!(method_.access_flags & classfile::acc::STATIC)) {
        if (method_.name == "<init>" && cf_.this_class != "java/lang/Object") {
            put(VType::uninitializedThis());
            cur_.flags |= kFlagThisUninit;
        } else {
            put(thisType_);
        }
    }
    auto desc = classfile::parseMethodDescriptor(method_.descriptor);  // the parser validated it
    for (const auto& p : desc->paramDescriptors) {
        VType t = names_.fromDescriptor(p);
        put(t);
        if (t.isCategory2()) put(t.secondHalf());
    }
    cur_.localsSize = slot;
    switch (desc->returnType) {
        case classfile::BasicType::Void: returnType_ = VType::top(); break;
        case classfile::BasicType::Boolean: returnType_ = VType::of(Tag::Boolean); break;
        case classfile::BasicType::Byte: returnType_ = VType::of(Tag::Byte); break;
        case classfile::BasicType::Char: returnType_ = VType::of(Tag::Char); break;
        case classfile::BasicType::Short: returnType_ = VType::of(Tag::Short); break;
        default: returnType_ = names_.fromDescriptor(desc->returnDescriptor); break;
    }

    verifyExceptionHandlerTable();
    if (inference_) {
        inferTypes();
        return;
    }
    readStackMapTable();

    size_t mapIndex = 0;
    bool noControlFlow = false;
    for (uint32_t pc : starts_) {
        bci_ = pc;
        cur_.offset = pc;
        stackMark_ = cur_.stackSize;
        // JVMS 4.10.1.6: a frame in the map at this offset replaces the current one;
        // after an unconditional branch there must be one.
        if (mapIndex < stackMap_.size()) {
            uint32_t mapOffset = stackMap_[mapIndex].offset;
            if (noControlFlow && mapOffset > pc) fail("Expecting a stack map frame", pc, "Expected stackmap frame at this location.");
            if (mapOffset == pc) {
                if (!noControlFlow) matchFrame(cur_, true, pc, MatchSite::FallThrough);
                adoptFrame(stackMap_[mapIndex]);
                stackMark_ = cur_.stackSize;
                ++mapIndex;
            } else if (mapOffset < pc) {
                failFormat("Bad stack map offset " + std::to_string(mapOffset));
            }
        } else if (noControlFlow) {
            failBadCode("Expecting a stack map frame", pc);
        }

        uint8_t op = code_.code[pc];
        bool thisUninit = false;
        bool handlersChecked = false;
        bool inTry = int64_t(pc) >= exMin_ && int64_t(pc) < exMax_;
        // A store may change a local: handlers see the state before it (JVMS 4.10.1.6).
        uint8_t realOp = op == uint8_t(O::wide_) ? code_.code[pc + 1] : op;
        if (isStoreIntoLocal(realOp) && inTry) {
            checkHandlers(false);
            handlersChecked = true;
        }
        verifyInstruction(op, pc, noControlFlow, thisUninit);
        if (!handlersChecked && inTry) checkHandlers(thisUninit);
    }
    if (!noControlFlow) failBadCode("Control flow falls through code end", codeLength_);
}

// JVMS 4.10.1.6: each handler's frame must accept the locals of every instruction it covers.
void MethodVerifier::checkHandlers(bool thisUninit) {
    for (const auto& h : code_.exception_table) {
        if (bci_ < h.start_pc || bci_ >= h.end_pc) continue;
        TypeFrame frame;
        frame.offset = bci_;
        frame.flags = uint8_t(cur_.flags | (thisUninit ? kFlagThisUninit : 0));
        frame.localsSize = cur_.localsSize;
        frame.locals = cur_.locals;
        frame.stack.assign(1, VType::top());
        if (maxStack_ == 0) {
            // HotSpot pushes the exception onto a frame of max_stack slots.
            fail("Operand stack overflow", bci_, "Exceeded max stack size.", &frame);
        }
        frame.stack[0] = h.catch_type ? cpClassType(h.catch_type) : assign_.throwableType;
        frame.stackSize = 1;
        if (inference_) {
            frame.modified = cur_.modified;
            frame.subroutine = cur_.subroutine;
            mergeInto(h.handler_pc, frame);
        } else {
            matchFrame(frame, false, h.handler_pc, MatchSite::Handler);
        }
    }
}

void MethodVerifier::verifyExceptionHandlerTable() {
    exMin_ = codeLength_;
    exMax_ = -1;
    for (const auto& h : code_.exception_table) {
        if (h.start_pc >= codeLength_ || !instructionStart_[h.start_pc])
            failFormat("Illegal exception table start_pc " + std::to_string(h.start_pc));
        if (h.end_pc != codeLength_ && (h.end_pc > codeLength_ || !instructionStart_[h.end_pc]))
            failFormat("Illegal exception table end_pc " + std::to_string(h.end_pc));
        if (h.handler_pc >= codeLength_ || !instructionStart_[h.handler_pc])
            failFormat("Illegal exception table handler_pc " + std::to_string(h.handler_pc));
        if (h.catch_type) {
            // JVMS 4.10.1.6: a catch type must be Throwable or a subclass.
            VType catchType = cpClassType(h.catch_type);
            if (!assign_.isAssignable(assign_.throwableType, catchType))
                failBadType("Catch type is not a subclass of Throwable in exception handler " + std::to_string(h.handler_pc),
                            h.handler_pc, {Origin::ConstantPool, h.catch_type, catchType},
                            {Origin::Implicit, 0, assign_.throwableType});
        }
        exMin_ = std::min<int64_t>(exMin_, h.start_pc);
        exMax_ = std::max<int64_t>(exMax_, h.end_pc);
    }
}

// ---------------------------------------------------------------------------
// Constant pool checks (JVMS 4.9.1: operands refer to entries of the right kind)

void MethodVerifier::checkCpIndex(uint16_t index) {
    if (index == 0 || index >= cp_.size())
        fail("Illegal constant pool index " + std::to_string(index) + " in class " + className(), bci_,
             "Constant pool index " + std::to_string(index) + " is invalid");
}

void MethodVerifier::checkCpTag(uint16_t index, uint32_t tagMask) {
    checkCpIndex(index);
    if (!(tagMask & bit(cp_.tag(index))))
        fail("Illegal type at constant pool entry " + std::to_string(index) + " in class " + className(), bci_,
             "Constant pool index " + std::to_string(index) + " is invalid");
}

void MethodVerifier::checkCpClass(uint16_t index) { checkCpTag(index, bit(CpTag::Class)); }

VType MethodVerifier::cpClassType(uint16_t index) {
    return names_.reference(cp_.className(index));  // a class name, or an array descriptor
}

std::string MethodVerifier::className() const { return classfile::toExternalName(cf_.this_class); }

}  // namespace cortado::verifier
