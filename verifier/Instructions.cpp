// The typing rule of each instruction (JVMS 4.10.1.9), in opcode order. Lengths
// and operand layout come from classfile/Bytecodes.def; what an instruction
// pops and pushes, by type, is written here.
#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"
#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

using classfile::CpTag;
using classfile::readS2;
using classfile::readS4;
using classfile::readU2;
using O = classfile::Opcode;

namespace {
constexpr uint32_t bit(CpTag t) { return 1u << unsigned(t); }
char hexDigit(unsigned v) { return "0123456789abcdef"[v & 15]; }
}  // namespace

void MethodVerifier::verifyInstruction(uint8_t op, uint32_t bci, bool& noControlFlow, bool& thisUninit) {
    const uint8_t* p = code_.code.data() + bci;
    bool wide = op == uint8_t(O::wide_);
    if (wide) op = p[1];
    // Local index operand: u1, or u2 after wide.
    auto localIndex = [&]() -> uint32_t { return wide ? readU2(p + 2) : p[1]; };
    const VType I = VType::integer(), F = VType::float_(), J = VType::long_(), D = VType::double_();
    const VType refCheck = VType::of(Tag::ReferenceCheck), cat1 = VType::of(Tag::Category1Check);
    noControlFlow = false;

    switch (O(op)) {
        case O::nop_: break;
        case O::aconst_null_: push(VType::null()); break;
        case O::iconst_m1_: case O::iconst_0_: case O::iconst_1_: case O::iconst_2_:
        case O::iconst_3_: case O::iconst_4_: case O::iconst_5_: case O::bipush_: case O::sipush_:
            push(I); break;
        case O::lconst_0_: case O::lconst_1_: push2(J); break;
        case O::fconst_0_: case O::fconst_1_: case O::fconst_2_: push(F); break;
        case O::dconst_0_: case O::dconst_1_: push2(D); break;
        case O::ldc_: verifyLdc(op, p[1]); break;
        case O::ldc_w_: case O::ldc2_w_: verifyLdc(op, readU2(p + 1)); break;

        case O::iload_: getLocal(localIndex(), I); push(I); break;
        // Cortado's own (reached only under VerifyOptions::cortadoBytecodes): iload then iadd.
        // It has no wide form (JVMS 6.5.wide lists the instructions wide may modify).
        case O::iload_iadd_:
            if (wide) failBadCode("Bad instruction: ee", bci);
            getLocal(localIndex(), I); pop(I); push(I); break;
        case O::lload_: getLocal2(localIndex(), J); push2(J); break;
        case O::fload_: getLocal(localIndex(), F); push(F); break;
        case O::dload_: getLocal2(localIndex(), D); push2(D); break;
        case O::aload_: push(getLocal(localIndex(), refCheck)); break;
        case O::iload_0_: case O::iload_1_: case O::iload_2_: case O::iload_3_:
            getLocal(op - uint8_t(O::iload_0_), I); push(I); break;
        case O::lload_0_: case O::lload_1_: case O::lload_2_: case O::lload_3_:
            getLocal2(op - uint8_t(O::lload_0_), J); push2(J); break;
        case O::fload_0_: case O::fload_1_: case O::fload_2_: case O::fload_3_:
            getLocal(op - uint8_t(O::fload_0_), F); push(F); break;
        case O::dload_0_: case O::dload_1_: case O::dload_2_: case O::dload_3_:
            getLocal2(op - uint8_t(O::dload_0_), D); push2(D); break;
        case O::aload_0_: case O::aload_1_: case O::aload_2_: case O::aload_3_:
            push(getLocal(op - uint8_t(O::aload_0_), refCheck)); break;

        case O::iaload_: verifyArrayLoad('I', I, "iaload"); break;
        case O::laload_: verifyArrayLoad('J', J, "laload"); break;
        case O::faload_: verifyArrayLoad('F', F, "faload"); break;
        case O::daload_: verifyArrayLoad('D', D, "daload"); break;
        case O::aaload_: verifyArrayLoad('L', VType(), "aaload"); break;
        case O::baload_: verifyArrayLoad('B', I, "baload"); break;
        case O::caload_: verifyArrayLoad('C', I, "caload"); break;
        case O::saload_: verifyArrayLoad('S', I, "saload"); break;

        case O::istore_: pop(I); setLocal(localIndex(), I); break;
        case O::lstore_: pop2(J); setLocal2(localIndex(), J); break;
        case O::fstore_: pop(F); setLocal(localIndex(), F); break;
        case O::dstore_: pop2(D); setLocal2(localIndex(), D); break;
        case O::astore_: setLocal(localIndex(), popStored(refCheck)); break;
        case O::istore_0_: case O::istore_1_: case O::istore_2_: case O::istore_3_:
            pop(I); setLocal(op - uint8_t(O::istore_0_), I); break;
        case O::lstore_0_: case O::lstore_1_: case O::lstore_2_: case O::lstore_3_:
            pop2(J); setLocal2(op - uint8_t(O::lstore_0_), J); break;
        case O::fstore_0_: case O::fstore_1_: case O::fstore_2_: case O::fstore_3_:
            pop(F); setLocal(op - uint8_t(O::fstore_0_), F); break;
        case O::dstore_0_: case O::dstore_1_: case O::dstore_2_: case O::dstore_3_:
            pop2(D); setLocal2(op - uint8_t(O::dstore_0_), D); break;
        case O::astore_0_: case O::astore_1_: case O::astore_2_: case O::astore_3_:
            setLocal(op - uint8_t(O::astore_0_), popStored(refCheck)); break;

        case O::iastore_: verifyArrayStore('I', I, "iastore"); break;
        case O::lastore_: verifyArrayStore('J', J, "lastore"); break;
        case O::fastore_: verifyArrayStore('F', F, "fastore"); break;
        case O::dastore_: verifyArrayStore('D', D, "dastore"); break;
        case O::aastore_: verifyArrayStore('L', assign_.objectType, "aastore"); break;
        case O::bastore_: verifyArrayStore('B', I, "bastore"); break;
        case O::castore_: verifyArrayStore('C', I, "castore"); break;
        case O::sastore_: verifyArrayStore('S', I, "sastore"); break;

        // Stack manipulation (JVMS 4.10.1.9 pop2, dup_x2, dup2*: by category).
        case O::pop_: pop(cat1); break;
        case O::pop2_: {
            VType t = popAny();
            if (t.isCategory1()) pop(cat1);
            else if (t.isCategory2nd()) pop(VType::of(Tag::Category2Check));
            else failBadType("Bad type on operand stack in pop2", bci, stackTop(), {}, &printableCurrent());
            break;
        }
        case O::dup_: { VType t = pop(cat1); push(t); push(t); break; }
        case O::dup_x1_: { VType a = pop(cat1), b = pop(cat1); push(a); push(b); push(a); break; }
        case O::dup_x2_: {
            VType a = pop(cat1), b = popAny(), c;
            if (b.isCategory1()) c = pop(cat1);
            else if (b.isCategory2nd()) c = pop(VType::of(Tag::Category2Check));
            else failBadType("Bad type on operand stack in dup_x2", bci, stackTop(), {}, &printableCurrent());
            push(a); push(c); push(b); push(a);
            break;
        }
        case O::dup2_: {
            VType a = popAny(), b;
            if (a.isCategory1()) b = pop(cat1);
            else if (a.isCategory2nd()) b = pop(VType::of(Tag::Category2Check));
            else failBadType("Bad type on operand stack in dup2", bci, stackTop(), {}, &printableCurrent());
            push(b); push(a); push(b); push(a);
            break;
        }
        case O::dup2_x1_: {
            VType a = popAny(), b;
            if (a.isCategory1()) b = pop(cat1);
            else if (a.isCategory2nd()) b = pop(VType::of(Tag::Category2Check));
            else failBadType("Bad type on operand stack in dup2_x1", bci, stackTop(), {}, &printableCurrent());
            VType c = pop(cat1);
            push(b); push(a); push(c); push(b); push(a);
            break;
        }
        case O::dup2_x2_: {
            VType a = popAny(), b;
            if (a.isCategory1()) b = pop(cat1);
            else if (a.isCategory2nd()) b = pop(VType::of(Tag::Category2Check));
            else failBadType("Bad type on operand stack in dup2_x2", bci, stackTop(), {}, &printableCurrent());
            VType c = popAny(), d;
            if (c.isCategory1()) d = pop(cat1);
            else if (c.isCategory2nd()) d = pop(VType::of(Tag::Category2Check));
            else failBadType("Bad type on operand stack in dup2_x2", bci, stackTop(), {}, &printableCurrent());
            push(b); push(a); push(d); push(c); push(b); push(a);
            break;
        }
        case O::swap_: { VType a = pop(cat1), b = pop(cat1); push(a); push(b); break; }

        // Arithmetic
        case O::iadd_: case O::isub_: case O::imul_: case O::idiv_: case O::irem_: case O::ishl_:
        case O::ishr_: case O::iushr_: case O::ior_: case O::ixor_: case O::iand_:
            pop(I); [[fallthrough]];
        case O::ineg_: pop(I); push(I); break;
        case O::ladd_: case O::lsub_: case O::lmul_: case O::ldiv_: case O::lrem_: case O::land_:
        case O::lor_: case O::lxor_:
            pop2(J); [[fallthrough]];
        case O::lneg_: pop2(J); push2(J); break;
        case O::lshl_: case O::lshr_: case O::lushr_: pop(I); pop2(J); push2(J); break;
        case O::fadd_: case O::fsub_: case O::fmul_: case O::fdiv_: case O::frem_: pop(F); [[fallthrough]];
        case O::fneg_: pop(F); push(F); break;
        case O::dadd_: case O::dsub_: case O::dmul_: case O::ddiv_: case O::drem_: pop2(D); [[fallthrough]];
        case O::dneg_: pop2(D); push2(D); break;
        case O::iinc_: { uint32_t i = localIndex(); setLocal(i, getLocal(i, I)); break; }

        // Conversions and comparisons
        case O::i2l_: pop(I); push2(J); break;
        case O::i2f_: pop(I); push(F); break;
        case O::i2d_: pop(I); push2(D); break;
        case O::l2i_: pop2(J); push(I); break;
        case O::l2f_: pop2(J); push(F); break;
        case O::l2d_: pop2(J); push2(D); break;
        case O::f2i_: pop(F); push(I); break;
        case O::f2l_: pop(F); push2(J); break;
        case O::f2d_: pop(F); push2(D); break;
        case O::d2i_: pop2(D); push(I); break;
        case O::d2l_: pop2(D); push2(J); break;
        case O::d2f_: pop2(D); push(F); break;
        case O::i2b_: case O::i2c_: case O::i2s_: pop(I); push(I); break;
        case O::lcmp_: pop2(J); pop2(J); push(I); break;
        case O::fcmpl_: case O::fcmpg_: pop(F); pop(F); push(I); break;
        case O::dcmpl_: case O::dcmpg_: pop2(D); pop2(D); push(I); break;

        // Control transfer: every target must have a stack map frame this one is assignable to.
        case O::if_icmpeq_: case O::if_icmpne_: case O::if_icmplt_: case O::if_icmpge_:
        case O::if_icmpgt_: case O::if_icmple_:
            pop(I); [[fallthrough]];
        case O::ifeq_: case O::ifne_: case O::iflt_: case O::ifge_: case O::ifgt_: case O::ifle_:
            pop(I);
            checkJumpTarget(int64_t(bci) + readS2(p + 1));
            break;
        case O::if_acmpeq_: case O::if_acmpne_: pop(refCheck); [[fallthrough]];
        case O::ifnull_: case O::ifnonnull_:
            pop(refCheck);
            checkJumpTarget(int64_t(bci) + readS2(p + 1));
            break;
        case O::goto_: checkJumpTarget(int64_t(bci) + readS2(p + 1)); noControlFlow = true; break;
        case O::goto_w_: checkJumpTarget(int64_t(bci) + readS4(p + 1)); noControlFlow = true; break;
        case O::tableswitch_: case O::lookupswitch_: verifySwitch(bci); noControlFlow = true; break;

        case O::ireturn_: verifyReturn(pop(I)); noControlFlow = true; break;
        case O::lreturn_: pop(VType::long2()); verifyReturn(pop(J)); noControlFlow = true; break;
        case O::freturn_: verifyReturn(pop(F)); noControlFlow = true; break;
        case O::dreturn_: pop(VType::double2()); verifyReturn(pop(D)); noControlFlow = true; break;
        case O::areturn_: verifyReturn(pop(refCheck)); noControlFlow = true; break;
        case O::return_:
            if (!returnType_.isTop()) failBadCode("Method expects a return value", bci);
            // JVMS 4.10.1.9 return: a constructor must have initialized `this`.
            if (method_.name == "<init>" && (cur_.flags & kFlagThisUninit))
                failBadCode("Constructor must call super() or this() before return", bci);
            noControlFlow = true;
            break;

        case O::getstatic_: case O::putstatic_: case O::getfield_: case O::putfield_:
            verifyField(op, readU2(p + 1));
            break;
        case O::invokevirtual_: case O::invokespecial_: case O::invokestatic_: case O::invokeinterface_:
        case O::invokedynamic_:
            verifyInvoke(op, readU2(p + 1), int64_t(bci) >= exMin_ && int64_t(bci) < exMax_, thisUninit);
            break;

        case O::new_: {
            uint16_t index = readU2(p + 1);
            checkCpClass(index);
            VType t = cpClassType(index);
            if (names_.isArray(t)) failBadType("Illegal new instruction", bci, {Origin::ConstantPool, index, t}, {});
            push(VType::uninitialized(bci));
            break;
        }
        case O::newarray_: {
            VType t = names_.primitiveArray(p[1]);
            if (t.isTop()) failBadCode("Illegal newarray instruction", bci);
            pop(I);
            push(t);
            break;
        }
        case O::anewarray_: {
            uint16_t index = readU2(p + 1);
            checkCpClass(index);
            pop(I);
            VType component = cpClassType(index);
            const std::string& n = names_.name(component.nameId());
            if (n.size() > 255 && n[254] == '[')
                failBadCode("Illegal anewarray instruction, array has more than 255 dimensions", bci);
            push(names_.arrayOf(component));
            break;
        }
        case O::arraylength_: {
            VType t = pop(refCheck);
            if (!t.isNull() && !names_.isArray(t))
                failBadType("Bad type on operand stack in arraylength", bci, stackTop(), {}, &printableCurrent());
            push(I);
            break;
        }
        case O::athrow_:
            incompatible_ = "Can only throw Throwable objects";
            pop(assign_.throwableType);
            incompatible_ = nullptr;
            noControlFlow = true;
            break;
        case O::checkcast_: {
            uint16_t index = readU2(p + 1);
            checkCpClass(index);
            pop(assign_.objectType);
            push(cpClassType(index));
            break;
        }
        case O::instanceof_: {
            uint16_t index = readU2(p + 1);
            checkCpClass(index);
            pop(assign_.objectType);
            push(I);
            break;
        }
        case O::monitorenter_: case O::monitorexit_: pop(refCheck); break;
        case O::multianewarray_: {
            uint16_t index = readU2(p + 1);
            unsigned dims = p[3];
            checkCpClass(index);
            VType t = cpClassType(index);
            if (!names_.isArray(t))
                failBadType("Illegal constant pool index in multianewarray instruction", bci, {Origin::ConstantPool, index, t}, {});
            const std::string& n = names_.name(t.nameId());
            unsigned arrayDims = unsigned(n.find_first_not_of('['));
            if (dims < 1 || arrayDims < dims)
                failBadCode("Illegal dimension in multianewarray instruction: " + std::to_string(dims), bci);
            for (unsigned i = 0; i < dims; ++i) pop(I);
            push(t);
            break;
        }
        case O::jsr_: case O::jsr_w_: case O::ret_:
            // Subroutines exist only for type inference (JVMS 4.10.2.5); with a StackMapTable they are bad.
            if (inference_) {
                if (O(op) == O::ret_) verifyRet(localIndex());
                else verifyJsr(int64_t(bci) + (O(op) == O::jsr_ ? readS2(p + 1) : readS4(p + 1)));
                noControlFlow = true;
                break;
            }
            [[fallthrough]];
        default: {
            // jsr/ret are not allowed with a StackMapTable (JVMS 4.9.1); nor is anything undefined.
            std::string hex{hexDigit(op >> 4), hexDigit(op)};
            failBadCode("Bad instruction: " + hex, bci);
        }
    }
}

void MethodVerifier::verifyLdc(uint8_t op, uint16_t index) {
    checkCpIndex(index);
    CpTag tag = cp_.tag(index);
    if (op == uint8_t(O::ldc2_w_)) {
        checkCpTag(index, bit(CpTag::Long) | bit(CpTag::Double) | bit(CpTag::Dynamic));
    } else {
        checkCpTag(index, bit(CpTag::Integer) | bit(CpTag::Float) | bit(CpTag::String) | bit(CpTag::Class) |
                              bit(CpTag::MethodHandle) | bit(CpTag::MethodType) | bit(CpTag::Dynamic));
    }
    switch (tag) {
        case CpTag::String: push(assign_.stringType); break;
        case CpTag::Class: push(assign_.classType); break;
        case CpTag::Integer: push(VType::integer()); break;
        case CpTag::Float: push(VType::float_()); break;
        case CpTag::Long: push2(VType::long_()); break;
        case CpTag::Double: push2(VType::double_()); break;
        case CpTag::MethodHandle: push(names_.reference("java/lang/invoke/MethodHandle")); break;
        case CpTag::MethodType: push(names_.reference("java/lang/invoke/MethodType")); break;
        case CpTag::Dynamic: {
            const std::string& d = cp_.utf8(cp_.at(cp_.at(index).index2).index2);
            VType t = names_.fromDescriptor(d);
            bool two = t.isCategory2();
            if (two != (op == uint8_t(O::ldc2_w_)))
                fail("Illegal type at constant pool entry " + std::to_string(index) + " in class " + className(), bci_,
                     "Constant pool index " + std::to_string(index) + " is invalid");
            if (two) push2(t); else push(t);
            break;
        }
        default: break;
    }
}

void MethodVerifier::verifyArrayLoad(char component, VType pushed, const char* name) {
    pop(VType::integer());
    VType array = pop(VType::of(Tag::ReferenceCheck));
    bool ok = component == 'L' ? assign_.isReferenceArray(array)
              : component == 'B' ? assign_.isArrayOf(array, 'B') || assign_.isArrayOf(array, 'Z')
                                 : assign_.isArrayOf(array, component);
    if (!ok) {
        Origin expected;
        if (component == 'L') expected = {Origin::Implicit, 0, VType::of(Tag::ReferenceCheck)};
        else if (component != 'B') expected = {Origin::Implicit, 0, names_.reference(std::string("[") + component)};
        failBadType(std::string("Bad type on operand stack in ") + name, bci_, stackTop(), expected, &printableCurrent());
    }
    if (component == 'L') push(array.isNull() ? VType::null() : names_.component(array));
    else if (pushed.isCategory2()) push2(pushed);
    else push(pushed);
}

void MethodVerifier::verifyArrayStore(char component, VType value, const char* name) {
    if (value.isCategory2()) pop2(value); else pop(value);
    pop(VType::integer());
    VType array = pop(VType::of(Tag::ReferenceCheck));
    // aastore checks the element's class at run time (JVMS 6.5 aastore), not here.
    bool ok = component == 'L' ? assign_.isReferenceArray(array)
              : component == 'B' ? assign_.isArrayOf(array, 'B') || assign_.isArrayOf(array, 'Z')
                                 : assign_.isArrayOf(array, component);
    if (!ok) {
        Origin expected;
        if (component == 'L') expected = {Origin::Implicit, 0, VType::of(Tag::ReferenceCheck)};
        else if (component != 'B') expected = {Origin::Implicit, 0, names_.reference(std::string("[") + component)};
        failBadType(std::string("Bad type on operand stack in ") + name, bci_, stackTop(), expected, &printableCurrent());
    }
}

void MethodVerifier::verifyReturn(VType popped) {
    Origin found = stackTop();
    if (inference_ && popped.isUninitialized()) failOld("Expecting to find object/array on stack");
    if (returnType_.isTop())
        failBadType("Method does not expect a return value", bci_, found, {Origin::Signature, 0, returnType_}, &printableCurrent());
    if (!assign_.isAssignable(returnType_, popped))
        failBadType("Bad return type", bci_, found, {Origin::Signature, 0, returnType_}, &printableCurrent());
}

void MethodVerifier::verifySwitch(uint32_t bci) {
    const uint8_t* p = code_.code.data() + bci;
    uint32_t aligned = (bci + 4) & ~3u;
    // JVMS 4.9.1 (class files before 51): the padding bytes must be zero.
    if (cf_.major_version < 51)
        for (uint32_t i = bci + 1; i < aligned; ++i)
            if (code_.code[i] != 0) failBadCode("Nonzero padding byte in lookupswitch or tableswitch", bci);
    const uint8_t* a = code_.code.data() + aligned;
    int32_t defaultOffset = readS4(a);
    int64_t keys;
    int delta;
    pop(VType::integer());
    if (*p == uint8_t(O::tableswitch_)) {
        int32_t low = readS4(a + 4), high = readS4(a + 8);
        if (low > high) failBadCode("low must be less than or equal to high in tableswitch", bci);
        keys = int64_t(high) - low + 1;
        delta = 1;
    } else {
        keys = readS4(a + 4);
        if (keys < 0) failBadCode("number of keys in lookupswitch less than 0", bci);
        delta = 2;
        for (int64_t i = 0; i + 1 < keys; ++i)
            if (readS4(a + (2 + 2 * i) * 4) >= readS4(a + (2 + 2 * i + 2) * 4)) failBadCode("Bad lookupswitch instruction", bci);
    }
    checkJumpTarget(int64_t(bci) + defaultOffset);
    for (int64_t i = 0; i < keys; ++i) checkJumpTarget(int64_t(bci) + readS4(a + (3 + i * delta) * 4));
}

}  // namespace cortado::verifier
