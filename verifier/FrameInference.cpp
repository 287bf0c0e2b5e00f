// Frames for a StackMapTable from the type inference of JVMS 4.10.2: the
// merged incoming frame of each instruction that JVMS 4.10.1 wants a frame at.
// The inference's merge (JVMS 4.10.2.2) gives a frame every path into the
// instruction is assignable to, so the type checker accepts the result.
#include "verifier/FrameInference.h"

#include <set>

#include "classfile/Bytecodes.h"
#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

namespace {

using classfile::readS2;
using classfile::readS4;
using O = classfile::Opcode;

// Offsets JVMS 4.10.1.6 requires a frame at; an error for jsr/ret.
std::string framePoints(const classfile::CodeAttribute& code, std::set<uint32_t>& at) {
    const auto& c = code.code;
    for (uint32_t pc = 0; pc < c.size();) {
        uint32_t len = classfile::instructionLength(c, pc);
        if (len == 0) return "bad instruction at offset " + std::to_string(pc);
        uint8_t op = c[pc];
        const auto& info = classfile::bytecodeInfo(op);
        if (info.has(classfile::BC_JSR) || op == uint8_t(O::ret_) ||
            (op == uint8_t(O::wide_) && pc + 1 < c.size() && c[pc + 1] == uint8_t(O::ret_)))
            return "jsr/ret at offset " + std::to_string(pc) +
                   ": a StackMapTable cannot describe a subroutine's return address (JVMS 4.10.2.5)";
        if (op == uint8_t(O::tableswitch_) || op == uint8_t(O::lookupswitch_)) {
            uint32_t a = (pc + 4) & ~3u;
            at.insert(uint32_t(int64_t(pc) + readS4(&c[a])));
            if (op == uint8_t(O::tableswitch_)) {
                int32_t low = readS4(&c[a + 4]), high = readS4(&c[a + 8]);
                for (int64_t i = 0; i <= int64_t(high) - low; ++i) at.insert(uint32_t(int64_t(pc) + readS4(&c[a + 12 + 4 * i])));
            } else {
                int32_t n = readS4(&c[a + 4]);
                for (int32_t i = 0; i < n; ++i) at.insert(uint32_t(int64_t(pc) + readS4(&c[a + 12 + 8 * i])));
            }
        } else if (info.has(classfile::BC_BRANCH)) {
            bool wide = op == uint8_t(O::goto_w_);
            at.insert(uint32_t(int64_t(pc) + (wide ? readS4(&c[pc + 1]) : readS2(&c[pc + 1]))));
        }
        if (info.has(classfile::BC_NO_FALLTHROUGH) && pc + len < c.size()) at.insert(pc + len);
        pc += len;
    }
    for (const auto& h : code.exception_table) at.insert(h.handler_pc);
    return {};
}

// One slot of the inference's frame as verification_type_info; false for a
// type no StackMapTable entry can hold.
bool toFrameType(VType t, const TypeNames& names, FrameType& out) {
    switch (t.tag()) {
        case Tag::Top: case Tag::Long2: case Tag::Double2: out.kind = FrameType::Top; return true;  // a lone half is unusable
        case Tag::Integer: out.kind = FrameType::Integer; return true;
        case Tag::Float: out.kind = FrameType::Float; return true;
        case Tag::Long: out.kind = FrameType::Long; return true;
        case Tag::Double: out.kind = FrameType::Double; return true;
        case Tag::Null: out.kind = FrameType::Null; return true;
        case Tag::UninitializedThis: out.kind = FrameType::UninitializedThis; return true;
        case Tag::Uninitialized: out.kind = FrameType::Uninitialized; out.newOffset = t.newBci(); return true;
        case Tag::Reference: out.kind = FrameType::Object; out.className = names.name(t.nameId()); return true;
        default: return false;
    }
}

// JVMS 4.7.4: a long or double is one entry covering two slots.
bool convert(const std::vector<VType>& slots, uint32_t count, const TypeNames& names, std::vector<FrameType>& out) {
    for (uint32_t i = 0; i < count; ++i) {
        FrameType f;
        if (!toFrameType(slots[i], names, f)) return false;
        bool pair = (slots[i].isCategory2()) && i + 1 < count && slots[i + 1] == slots[i].secondHalf();
        if (slots[i].isCategory2() && !pair) f.kind = FrameType::Top;
        out.push_back(std::move(f));
        if (pair) ++i;
    }
    return true;
}

}  // namespace

FrameInferenceResult inferStackMapFrames(const classfile::ClassFile& cf, const classfile::MethodInfo& method,
                                         ClassHierarchy& hierarchy) {
    FrameInferenceResult result;
    if (!method.code) return result;
    std::set<uint32_t> points;
    if (std::string e = framePoints(*method.code, points); !e.empty()) {
        result.error = e;
        return result;
    }
    ClassContext context(cf, hierarchy);
    MethodVerifier verifier(method, context);
    verifier.useTypeInference();
    try {
        verifier.verify();
    } catch (const VerifyFailure& f) {
        result.classNotFound = f.kind == VerifyResult::Kind::LoadFailed;
        if (result.classNotFound)
            result.error = "a class needed to merge types at offset " + std::to_string(verifier.currentOffset()) + " was not found";
        else {
            // The old verifier's words start by naming the class and method; the caller knows them.
            std::string words = f.message;
            if (words.rfind("(class: ", 0) == 0 && words.find(") ") != std::string::npos) words = words.substr(words.find(") ") + 2);
            result.error = words + " (at offset " + std::to_string(verifier.currentOffset()) + ")";
        }
        return result;
    }
    for (uint32_t pc = 0; pc < method.code->code.size(); ++pc)
        if (const TypeFrame* in = verifier.inferredFrame(pc)) result.maxStack = std::max(result.maxStack, in->stackSize);
    for (uint32_t pc : points) {
        const TypeFrame* in = verifier.inferredFrame(pc);
        if (!in) {
            result.error = "the code at offset " + std::to_string(pc) +
                           " is unreachable, so no frame can be computed for it (remove it or write its .stack)";
            return result;
        }
        InferredFrame f;
        f.offset = pc;
        uint32_t locals = uint32_t(in->locals.size());
        while (locals > 0 && in->locals[locals - 1].isTop()) --locals;
        if (!convert(in->locals, locals, context.names, f.locals) || !convert(in->stack, in->stackSize, context.names, f.stack)) {
            result.error = "the frame at offset " + std::to_string(pc) + " holds a type no StackMapTable can describe";
            return result;
        }
        while (!f.locals.empty() && f.locals.back().kind == FrameType::Top) f.locals.pop_back();
        result.frames.push_back(std::move(f));
    }
    return result;
}

}  // namespace cortado::verifier
