#include "tools/jasm/FrameComputation.h"

#include <algorithm>
#include <memory>

#include "classfile/ClassFile.h"
#include "classfile/ClassFormatError.h"
#include "classfile/Descriptor.h"
#include "tools/jasm/Assembler.h"
#include "tools/jasm/ClassPathHierarchy.h"
#include "tools/jasm/SyntaxError.h"
#include "verifier/FrameInference.h"

namespace cortado::jasm {

namespace {

using VT = classwriter::CodeBuilder::VerificationType;

// The inference needs a max_stack to run in; the deepest stack it sees is the real one.
constexpr uint16_t kRoomToInferIn = 1024;

// max_locals when `.limit locals` is left out: the arguments, and every local
// an instruction names (a long or double takes two, JVMS 2.6.1).
uint16_t localsUsed(const std::vector<uint8_t>& code, const MethodState& m) {
    uint32_t n = 0;
    if (!(m.access & classfile::acc::STATIC)) n = 1;
    if (auto d = classfile::parseMethodDescriptor(m.descriptor)) n += uint32_t(d->argSlots);
    auto wide2 = [](uint8_t op) { return op == 0x16 || op == 0x18 || op == 0x37 || op == 0x39; };  // l/d load/store
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) break;
        uint8_t op = code[pc];
        uint32_t index = 0, width = 0;
        if (op == uint8_t(classfile::Opcode::wide_) && pc + 3 < code.size()) {
            op = code[pc + 1];
            index = uint32_t(code[pc + 2] << 8 | code[pc + 3]);
            width = wide2(op) ? 2 : 1;
        } else if (classfile::bytecodeInfo(op).format == classfile::OperandFormat::Local ||
                   op == uint8_t(classfile::Opcode::iinc_)) {
            index = code[pc + 1];
            width = wide2(op) ? 2 : 1;
        } else if ((op >= 0x1a && op <= 0x2d) || (op >= 0x3b && op <= 0x4e)) {  // xload_n, xstore_n
            uint32_t k = op - (op <= 0x2d ? 0x1a : 0x3b);
            index = k % 4;
            width = (k / 4 == 1 || k / 4 == 3) ? 2 : 1;  // l, d
        }
        if (width) n = std::max(n, index + width);
        pc += len;
    }
    return uint16_t(std::min<uint32_t>(n, 65535));
}

VT toVerificationType(const verifier::FrameType& t, classwriter::ClassWriter& cls, MethodState& m) {
    VT v;
    switch (t.kind) {
        case verifier::FrameType::Top: v.tag = VT::Top; break;
        case verifier::FrameType::Integer: v.tag = VT::Integer; break;
        case verifier::FrameType::Float: v.tag = VT::Float; break;
        case verifier::FrameType::Long: v.tag = VT::Long; break;
        case verifier::FrameType::Double: v.tag = VT::Double; break;
        case verifier::FrameType::Null: v.tag = VT::Null; break;
        case verifier::FrameType::UninitializedThis: v.tag = VT::UninitializedThis; break;
        case verifier::FrameType::Uninitialized:
            v.tag = VT::Uninitialized;
            v.newInstruction = m.code.labelAt(t.newOffset);
            break;
        case verifier::FrameType::Object:
            v.tag = VT::Object;
            v.classIndex = cls.pool.classRef(t.className);
            break;
    }
    return v;
}

// The implicit initial frame's locals (JVMS 4.10.1.6 methodInitialStackFrame),
// which the short frame forms are relative to.
std::vector<VT> initialLocals(classwriter::ClassWriter& cls, const classfile::ClassFile& cf, const MethodState& m) {
    std::vector<VT> locals;
    auto object = [&](std::string_view name) {
        VT v;
        v.tag = VT::Object;
        v.classIndex = cls.pool.classRef(name);
        return v;
    };
    if (!(m.access & classfile::acc::STATIC)) {
        if (m.name == "<init>" && cf.this_class != "java/lang/Object") {
            VT v;
            v.tag = VT::UninitializedThis;
            locals.push_back(v);
        } else {
            locals.push_back(object(cf.this_class));
        }
    }
    auto d = classfile::parseMethodDescriptor(m.descriptor);  // the class file parsed, so it is valid
    for (const std::string& p : d->paramDescriptors) {
        VT v;
        switch (p[0]) {
            case 'J': v.tag = VT::Long; break;
            case 'D': v.tag = VT::Double; break;
            case 'F': v.tag = VT::Float; break;
            case 'L': v = object(std::string_view(p).substr(1, p.size() - 2)); break;
            case '[': v = object(p); break;
            default: v.tag = VT::Integer; break;
        }
        locals.push_back(v);
    }
    return locals;
}

}  // namespace

void computeFrames(classwriter::ClassWriter& cls, MethodState& m, int line) {
    const std::string where = "in method " + m.name + m.descriptor + ": cannot compute frames: ";
    if (m.handWrittenFrames) throw SyntaxError(line, where + "the method also has hand-written .stack frames");
    // The class as assembled so far, with this method: what the verifier reads.
    classwriter::ClassWriter scratch = cls;
    if ((scratch.access & classfile::acc::INTERFACE) && scratch.major >= 50) scratch.access |= classfile::acc::ABSTRACT;
    classwriter::Member member;
    member.access = m.access;
    member.name = scratch.pool.utf8(m.name);
    member.descriptor = scratch.pool.utf8(m.descriptor);
    uint16_t maxStack = m.maxStack.value_or(kRoomToInferIn);
    uint16_t maxLocals = m.maxLocals ? *m.maxLocals : localsUsed(m.code.bytes(), m);
    member.attributes.push_back(m.code.finish(scratch, maxStack, maxLocals));
    scratch.methods.push_back(std::move(member));
    classfile::ClassFile cf;
    try {
        cf = classfile::parseClassFile(scratch.build());
    } catch (const classfile::ClassFormatError& e) {
        throw SyntaxError(line, where + e.what());
    }
    std::unique_ptr<ClassPathHierarchy> own;
    ClassPathHierarchy* hierarchy = m.options ? m.options->hierarchy : nullptr;
    if (!hierarchy) {
        own = std::make_unique<ClassPathHierarchy>(std::vector<std::string>{ClassPathHierarchy::defaultClassLibrary()});
        hierarchy = own.get();
    }
    hierarchy->add(cf);  // its own superclass is asked for when merging with it
    verifier::FrameInferenceResult r = verifier::inferStackMapFrames(cf, cf.methods.back(), *hierarchy);
    if (!r.ok()) {
        if (r.classNotFound && !hierarchy->missing().empty())  // as ASM's getCommonSuperClass, not a guess of Object
            throw SyntaxError(line, where + r.error + ": class " + hierarchy->missing() +
                                        " (give its directory or jar with -cp)");
        throw SyntaxError(line, where + r.error);
    }
    for (const verifier::InferredFrame& f : r.frames) {
        classwriter::CodeBuilder::Frame frame;
        frame.at = m.code.labelAt(f.offset);
        for (const auto& t : f.locals) frame.locals.push_back(toVerificationType(t, cls, m));
        for (const auto& t : f.stack) frame.stack.push_back(toVerificationType(t, cls, m));
        m.code.addFrame(std::move(frame));
    }
    m.code.compressFrames(initialLocals(cls, cf, m));
    if (!m.maxStack) m.maxStack = uint16_t(r.maxStack);
    if (!m.maxLocals) m.maxLocals = maxLocals;
}

}  // namespace cortado::jasm
