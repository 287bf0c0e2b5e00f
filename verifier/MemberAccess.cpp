// Field access and method invocation (JVMS 4.10.1.9 getfield ... invokevirtual),
// with the protected-access rule of JVMS 4.10.1.8 and the <init> rules of
// JVMS 4.10.1.9 invokespecial.
#include <algorithm>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"
#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

using classfile::CpTag;
using O = classfile::Opcode;

namespace {
constexpr uint32_t bit(CpTag t) { return 1u << unsigned(t); }
std::string_view packageOf(std::string_view name) {
    size_t slash = name.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : name.substr(0, slash);
}
}  // namespace

// JVMS 4.10.1.8: a protected member of a superclass in another run-time package.
static bool isProtectedAccess(ClassHierarchy& h, const classfile::ClassFile& cf, std::string_view refClass,
                              std::string_view name, std::string_view descriptor, bool isMethod) {
    ClassHierarchy::Member m = orLoadFailure(h.findMember(refClass, name, descriptor, isMethod));
    return m.found && (m.accessFlags & classfile::acc::PROTECTED) && packageOf(m.declaringClass) != packageOf(cf.this_class);
}

void MethodVerifier::verifyField(uint8_t op, uint16_t index) {
    checkCpTag(index, bit(CpTag::Fieldref));
    const std::string& name = cp_.memberName(index);
    const std::string& descriptor = cp_.memberDescriptor(index);
    const std::string& refName = cp_.memberClass(index);
    VType refClass = names_.reference(refName);
    bool isStatic = op == uint8_t(O::getstatic_) || op == uint8_t(O::putstatic_);
    if (names_.isArray(refClass) && !isStatic)
        failBadType("Expecting reference to class in class " + className() + " at constant pool index " + std::to_string(index),
                    bci_, {Origin::ConstantPool, index, refClass}, {});
    VType fieldType = names_.fromDescriptor(descriptor);
    VType object;
    switch (O(op)) {
        case O::getstatic_:
            if (fieldType.isCategory2()) push2(fieldType); else push(fieldType);
            return;
        case O::putstatic_:
            incompatible_ = "Incompatible type for getting or setting field";
            if (fieldType.isCategory2()) pop2(fieldType); else pop(fieldType);
            incompatible_ = nullptr;
            return;
        case O::getfield_:
            incompatible_ = "Incompatible type for getting or setting field";
            object = pop(refClass);
            incompatible_ = nullptr;  // the field's value is pushed after the protected check
            break;
        default: {  // putfield
            incompatible_ = "Incompatible type for getting or setting field";
            if (fieldType.isCategory2()) pop2(fieldType); else pop(fieldType);
            incompatible_ = nullptr;
            object = popAny();
            // JVMS 4.10.1.9 putfield: a constructor may set its own class's fields before super().
            if (object == VType::uninitializedThis() && refClass == thisType_) {
                for (const auto& f : cf_.fields)
                    if (f.name == name && f.descriptor == descriptor) { object = thisType_; break; }
            }
            if (!assign_.isAssignable(refClass, object))
                failBadType("Bad type on operand stack in putfield", bci_, stackTop(), {Origin::ConstantPool, index, refClass},
                            &printableCurrent());
            break;
        }
    }
    if (object != thisType_ && context_.nameInSupers(refName) &&
        isProtectedAccess(assign_.hierarchy(), cf_, refName, name, descriptor, false) &&
        !assign_.isAssignable(thisType_, object, true))
        failBadType(std::string("Bad access to protected data in ") + (op == uint8_t(O::getfield_) ? "getfield" : "putfield"), bci_,
                    stackTop(), {Origin::Implicit, 0, thisType_}, &printableCurrent());
    if (op == uint8_t(O::getfield_)) {
        if (fieldType.isCategory2()) push2(fieldType); else push(fieldType);
    }
}

void MethodVerifier::verifyInvoke(uint8_t op, uint16_t index, bool inTryBlock, bool& thisUninit) {
    uint32_t tags;
    switch (O(op)) {
        case O::invokeinterface_: tags = bit(CpTag::InterfaceMethodref); break;
        case O::invokedynamic_: tags = bit(CpTag::InvokeDynamic); break;
        case O::invokespecial_: case O::invokestatic_:
            // Interface static and private methods came with version 52 (JVMS 4.9.1).
            tags = cf_.major_version < 52 ? bit(CpTag::Methodref) : bit(CpTag::Methodref) | bit(CpTag::InterfaceMethodref);
            break;
        default: tags = bit(CpTag::Methodref);
    }
    checkCpTag(index, tags);
    const uint8_t* p = code_.code.data() + bci_;
    const auto& nat = cp_.at(cp_.at(index).index2);
    const std::string& name = cp_.utf8(nat.index1);
    const std::string& descriptor = cp_.utf8(nat.index2);
    VType refClass;
    std::string refName;
    if (op == uint8_t(O::invokedynamic_)) {
        if (cf_.major_version < 51)
            failFormat("invokedynamic instructions not supported by this class file version (" +
                       std::to_string(cf_.major_version) + "), class " + className());
    } else {
        refName = cp_.memberClass(index);
        refClass = names_.reference(refName);
    }
    const ClassContext::Signature& sig = context_.signature(descriptor);
    if (op == uint8_t(O::invokeinterface_)) {
        if (p[3] != sig.argSlots + 1) failBadCode("Inconsistent args count operand in invokeinterface", bci_);
        if (p[4] != 0) failBadCode("Fourth operand byte of invokeinterface must be zero", bci_);
    }
    if (op == uint8_t(O::invokedynamic_) && (p[3] != 0 || p[4] != 0))
        failBadCode("Third and fourth operand bytes of invokedynamic must be zero", bci_);

    if (name[0] == '<') {
        // JVMS 4.9.2: only invokespecial may call an instance initializer, and nothing calls <clinit>.
        if (op != uint8_t(O::invokespecial_) || name != "<init>") failBadCode("Illegal call to internal method", bci_);
    } else if (op == uint8_t(O::invokespecial_) && refClass != thisType_ && refName != cf_.super_class &&
               std::find(cf_.interfaces.begin(), cf_.interfaces.end(), refName) == cf_.interfaces.end()) {
        // JVMS 4.10.1.9 invokespecial: the current class, a superclass, or a direct superinterface.
        if (!assign_.isAssignable(refClass, thisType_))
            failBadCode("Bad invokespecial instruction: current class isn't assignable to reference class.", bci_);
        if (cp_.tag(index) == CpTag::InterfaceMethodref)
            failBadCode("Bad invokespecial instruction: interface method reference is in an indirect superinterface.", bci_);
    }

    incompatible_ = "Incompatible argument to function";
    for (size_t i = sig.params.size(); i-- > 0;) {
        VType t = sig.params[i];
        if (t.isCategory2()) pop2(t); else pop(t);
    }
    incompatible_ = op == uint8_t(O::invokespecial_) ? "Incompatible object argument for invokespecial"
                                                     : "Incompatible object argument for function call";
    if (op != uint8_t(O::invokestatic_) && op != uint8_t(O::invokedynamic_)) {
        if (name == "<init>") {
            verifyInvokeInit(index, refClass, inTryBlock, thisUninit);
        } else if (op == uint8_t(O::invokespecial_)) {
            pop(thisType_);
        } else if (op == uint8_t(O::invokevirtual_)) {
            VType object = pop(refClass);
            if (object != thisType_ && context_.nameInSupers(refName) &&
                isProtectedAccess(assign_.hierarchy(), cf_, refName, name, descriptor, true) &&
                !assign_.isAssignable(thisType_, object, true)) {
                // Arrays pretend to implement a public Object.clone() (JLS 10.7).
                bool arrayClone = refClass == assign_.objectType && names_.isArray(object) && name == "clone";
                if (!arrayClone)
                    failBadType("Bad access to protected data in invokevirtual", bci_, stackTop(),
                                {Origin::Implicit, 0, thisType_}, &printableCurrent());
            }
        } else {
            pop(refClass);  // invokeinterface: interfaces are Object to the verifier
        }
    }
    incompatible_ = nullptr;
    if (!sig.returnType.isTop()) {
        if (sig.returnType.isCategory2()) push2(sig.returnType); else push(sig.returnType);
    }
}

// Does every path from `handlerPc` end in athrow (or loop forever)? A return,
// or leaving the code, is a path that completes normally.
bool MethodVerifier::endsInAthrow(uint32_t handlerPc) const {
    std::vector<uint8_t> seen(codeLength_, 0);
    std::vector<int64_t> work{handlerPc};
    while (!work.empty()) {
        int64_t pc = work.back();
        work.pop_back();
        if (pc < 0 || pc >= int64_t(codeLength_) || !instructionStart_[size_t(pc)]) return false;
        if (seen[size_t(pc)]) continue;
        seen[size_t(pc)] = 1;
        for (const auto& h : code_.exception_table)
            if (pc >= h.start_pc && pc < h.end_pc) work.push_back(h.handler_pc);
        const uint8_t* p = code_.code.data() + pc;
        const auto& info = classfile::bytecodeInfo(*p);
        if (*p == uint8_t(O::athrow_)) continue;
        if (info.has(classfile::BC_RETURN)) return false;
        if (*p == uint8_t(O::tableswitch_) || *p == uint8_t(O::lookupswitch_)) {
            const uint8_t* a = code_.code.data() + ((pc + 4) & ~int64_t(3));
            work.push_back(pc + classfile::readS4(a));
            bool table = *p == uint8_t(O::tableswitch_);
            int64_t n = table ? int64_t(classfile::readS4(a + 8)) - classfile::readS4(a + 4) + 1 : classfile::readS4(a + 4);
            for (int64_t i = 0; i < n; ++i) work.push_back(pc + classfile::readS4(a + (table ? 12 + 4 * i : 12 + 8 * i)));
            continue;
        }
        if (info.has(classfile::BC_BRANCH))
            work.push_back(pc + (info.format == classfile::OperandFormat::Branch4 ? classfile::readS4(p + 1) : classfile::readS2(p + 1)));
        if (!info.has(classfile::BC_NO_FALLTHROUGH)) work.push_back(pc + classfile::instructionLength(code_.code, uint32_t(pc)));
    }
    return true;
}

void MethodVerifier::verifyInvokeInit(uint16_t refIndex, VType refClass, bool inTryBlock, bool& thisUninit) {
    VType object = pop(VType::of(Tag::ReferenceCheck));
    if (object == VType::uninitializedThis()) {
        // A constructor calls this class's or the superclass's <init> on `this`.
        if (refClass != thisType_ && names_.name(refClass.nameId()) != cf_.super_class)
            failBadType("Bad <init> method call", bci_, {Origin::Implicit, 0, refClass}, {Origin::Implicit, 0, thisType_});
        if (inTryBlock && !inference_) {
            // JVMS 4.10.1.9 invokespecial: a handler that could catch a failed super()
            // must not complete normally, or it would return a half-made object.
            for (const auto& h : code_.exception_table)
                if (bci_ >= h.start_pc && bci_ < h.end_pc && !endsInAthrow(h.handler_pc))
                    failBadCode("Bad <init> method call from after the start of a try block", bci_);
        }
        // Handlers covering the call see `this` still uninitialized.
        if (inTryBlock) checkHandlers(true);
        initializeObject(object, thisType_);
        thisUninit = true;
    } else if (object.tag() == Tag::Uninitialized) {
        uint32_t newBci = object.newBci();
        if (newBci + 3 > codeLength_ || code_.code[newBci] != uint8_t(O::new_)) failBadCode("Expecting new instruction", newBci);
        uint16_t newIndex = classfile::readU2(code_.code.data() + newBci + 1);
        checkCpClass(newIndex);
        VType newClass = cpClassType(newIndex);
        if (newClass != refClass)
            failBadType("Call to wrong <init> method", bci_, {Origin::ConstantPool, newIndex, newClass},
                        {Origin::ConstantPool, refIndex, refClass});
        const std::string& refName = names_.name(refClass.nameId());
        if (context_.nameInSupers(refName)) {
            // JVMS 4.10.1.8 for a protected superclass constructor in another package.
            ClassHierarchy::Member m = orLoadFailure(assign_.hierarchy().findMember(refName, "<init>", cp_.memberDescriptor(refIndex), true));
            if (m.found && (m.accessFlags & classfile::acc::PROTECTED) &&
                packageOf(m.declaringClass) != packageOf(cf_.this_class) && !assign_.isAssignable(thisType_, newClass, true))
                failBadType("Bad access to protected <init> method", bci_, {Origin::ConstantPool, newIndex, newClass},
                            {Origin::Implicit, 0, thisType_});
        }
        if (inTryBlock) checkHandlers(thisUninit);
        initializeObject(object, newClass);
    } else {
        failBadType("Bad operand type when invoking <init>", bci_, stackTop(), {}, &printableCurrent());
    }
}

}  // namespace cortado::verifier
