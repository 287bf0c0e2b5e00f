// Helpful NullPointerException messages: see NullPointerMessage.h.
//
// The text must be byte-for-byte HotSpot's (JEP 358; HotSpot's
// interpreter/bytecodeUtils.cpp), quirks included, because programs print it.
// The analysis below therefore follows HotSpot's, step for step:
//
//  1. Simulate the operand stack of every instruction, from bci 0 and from
//     every exception handler (whose stack holds just the caught exception),
//     recording for each slot the bci of the instruction that pushed it. Where
//     control flow joins, slots pushed by different instructions become
//     "unknown". Passes over the code repeat while they reach new instructions,
//     and stop as soon as a pass has reached the failing bci: so the failing
//     instruction's stack only reflects paths seen by then (backward branches
//     taken later are not merged in, exactly as in HotSpot).
//  2. Describe the failed action from the failing instruction ("Cannot invoke
//     ...", "Cannot read field ...").
//  3. Describe the null: the instruction that pushed the null slot, recursively
//     for field chains (a.b.c) and array elements (a[i]), at most five levels
//     deep; nothing ("because" omitted) when the slot's source is unknown.
#include "runtime/NullPointerMessage.h"

#include <optional>
#include <span>
#include <vector>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"
#include "runtime/Klass.h"
#include "runtime/Resolution.h"

namespace cortado::runtime {
namespace {

using classfile::BasicType;
using classfile::ConstantPool;
using classfile::CpTag;
using classfile::MethodInfo;
using classfile::Opcode;
using classfile::readS2;
using classfile::readS4;
using classfile::readU2;
using O = Opcode;

constexpr uint8_t op(Opcode o) { return static_cast<uint8_t>(o); }

// HotSpot's limits: describe at most five levels of a null's source
// (_max_cause_detail), and give up on methods whose simulated stacks would
// hold more than a million entries (_max_entries).
constexpr int kMaxCauseDetail = 5;
constexpr size_t kMaxEntries = 1000000;
constexpr int32_t kUnknown = -1;  // a slot whose pushing instruction is ambiguous

// The simulated operand stack before one instruction: for each slot (bottom
// first) the bci of the instruction that pushed it, or kUnknown. A long or
// double takes two slots with the same bci, as on the real stack (JVMS 2.6.2).
struct SimStack {
    std::vector<int32_t> slots;
    // Local slots written on some path to here (slots >= 64 always count as
    // written). A local that still holds its argument is described as `this`
    // or <parameterN> when the LocalVariableTable does not name it.
    uint64_t writtenLocals = 0;

    void push(int32_t bci, int count = 1) {
        for (int i = 0; i < count; ++i) slots.push_back(bci);
    }
    bool pop(int count) {
        if (count < 0 || size_t(count) > slots.size()) return false;
        slots.resize(slots.size() - size_t(count));
        return true;
    }
    bool has(int depth) const { return depth >= 0 && size_t(depth) < slots.size(); }
    // depth 0 = top of stack.
    int32_t at(int depth) const { return slots[slots.size() - 1 - size_t(depth)]; }
    void markWritten(uint32_t local) {
        if (local < 64) writtenLocals |= uint64_t(1) << local;
    }
    bool wasWritten(uint32_t local) const { return local >= 64 || (writtenLocals & (uint64_t(1) << local)) != 0; }
};

// Slots a value of the field descriptor's type takes (JVMS 2.6.1).
int fieldSlots(const std::string& descriptor) {
    return !descriptor.empty() && (descriptor[0] == 'J' || descriptor[0] == 'D') ? 2 : 1;
}

// "java/lang/String" -> "String", as HotSpot's print_klass_name abbreviates
// exactly java.lang.Object and java.lang.String; array classes keep their
// descriptor form ("[I").
std::string klassName(const std::string& internal) {
    std::string name = classfile::toExternalName(internal);
    if (name == "java.lang.Object") return "Object";
    if (name == "java.lang.String") return "String";
    return name;
}

// Parameter list "int, String, java.lang.StringBuilder[]" of a method
// descriptor. HotSpot drops "java.lang." from any parameter that *starts with*
// java.lang.Object or java.lang.String (it compares 16 characters, so
// java.lang.StringBuilder becomes StringBuilder too, and String[] stays short).
std::string parameterList(const std::string& descriptor) {
    auto md = classfile::parseMethodDescriptor(descriptor);
    if (!md) return "";
    std::string out;
    for (size_t i = 0; i < md->paramDescriptors.size(); ++i) {
        std::string t = typeNameOfDescriptor(md->paramDescriptors[i]);
        if (t.compare(0, 16, "java.lang.Object") == 0 || t.compare(0, 16, "java.lang.String") == 0) t.erase(0, 10);
        if (i) out += ", ";
        out += t;
    }
    return out;
}

bool isMemberRef(const ConstantPool& cp, uint16_t index) {
    const CpTag t = cp.tag(index);
    if (t != CpTag::Fieldref && t != CpTag::Methodref && t != CpTag::InterfaceMethodref) return false;
    const auto& e = cp.at(index);
    return cp.tag(e.index1) == CpTag::Class && cp.tag(e.index2) == CpTag::NameAndType;
}

class NpeMessageBuilder {
public:
    NpeMessageBuilder(const ConstantPool& cp, const MethodInfo& method, bool isStatic)
        : cp_(cp), method_(method), isStatic_(isStatic), code_(method.code->code) {}

    std::string message(uint32_t bci) {
        if (bci >= code_.size() || classfile::instructionLength(code_, bci) == 0 || !analyze(bci)) return "";
        const int slot = nullSlot(bci);
        if (slot < 0) return "";  // cannot raise an NPE, or a constructor call (explicit `new NPE`)
        std::string out;
        if (!failedAction(bci, out)) return "";
        std::string cause;
        if (describe(cause, bci, slot, kMaxCauseDetail, false, " because \"")) {
            out += cause;
            out += "\" is null";
        } else {
            // HotSpot prints the prefix before finding it cannot describe the
            // source; it keeps what it printed.
            out += cause;
        }
        return out;
    }

private:
    const ConstantPool& cp_;
    const MethodInfo& method_;
    bool isStatic_;
    std::span<const uint8_t> code_;
    std::vector<std::optional<SimStack>> stacks_;
    size_t entries_ = 0;
    bool addedOne_ = false;
    bool allProcessed_ = false;
    bool failed_ = false;

    // Opcode at pc with `wide` looked through; `operand` gets the position of
    // its first operand byte.
    uint8_t opcodeAt(uint32_t pc, uint32_t& operand, bool& wide) const {
        uint8_t opcode = code_[pc];
        operand = pc + 1;
        wide = false;
        if (opcode == op(O::wide_) && pc + 1 < code_.size()) {
            wide = true;
            opcode = code_[pc + 1];
            operand = pc + 2;
        }
        return opcode;
    }

    bool operandsFit(uint32_t operand, uint32_t bytes) const { return size_t(operand) + bytes <= code_.size(); }

    uint16_t cpOperand(uint32_t operand) const { return readU2(&code_[operand]); }

    bool analyze(uint32_t bci) {
        const uint32_t len = uint32_t(code_.size());
        stacks_.assign(len + 1, std::nullopt);
        stacks_[0].emplace();
        // JVMS 2.10: a handler starts with just the exception on the stack.
        for (const auto& h : method_.code->exception_table) {
            if (h.handler_pc >= len) return false;
            if (!stacks_[h.handler_pc]) {
                stacks_[h.handler_pc].emplace();
                stacks_[h.handler_pc]->push(h.handler_pc);
            }
        }
        addedOne_ = true;
        allProcessed_ = false;
        while (!allProcessed_ && addedOne_) {
            allProcessed_ = true;
            addedOne_ = false;
            for (uint32_t pc = 0; pc < len;) {
                const uint32_t n = step(pc);
                if (failed_ || n == 0) return false;
                pc += n;
                // Only the failing instruction's stack is needed: stop once it has one.
                if (pc == bci && stacks_[pc]) {
                    allProcessed_ = true;
                    break;
                }
                if (entries_ > kMaxEntries) return true;
            }
        }
        return true;
    }

    // Merges `s` into the stack recorded for `target`. Like HotSpot, `s`
    // itself becomes the merge result, so a later target of the same
    // instruction (a branch after the fall-through) receives the merged stack.
    void mergeInto(uint32_t target, SimStack& s) {
        if (target >= code_.size()) {
            failed_ = true;
            return;
        }
        auto& dst = stacks_[target];
        if (!dst) {
            addedOne_ = true;
            entries_ += s.slots.size();
            dst = s;
            return;
        }
        if (dst->slots.size() != s.slots.size()) {  // inconsistent stack heights: not verifiable code
            failed_ = true;
            return;
        }
        for (size_t i = 0; i < s.slots.size(); ++i)
            if (dst->slots[i] != s.slots[i]) s.slots[i] = kUnknown;
        s.writtenLocals |= dst->writtenLocals;
        *dst = s;
    }

    // Simulates the instruction at pc; returns its length (0 = give up).
    uint32_t step(uint32_t pc) {
        const uint32_t len = classfile::instructionLength(code_, pc);
        if (len == 0) return 0;
        if (!stacks_[pc]) {
            allProcessed_ = false;
            return len;
        }
        SimStack s = *stacks_[pc];
        uint32_t operand;
        bool wide;
        const uint8_t opcode = opcodeAt(pc, operand, wide);
        const auto& info = classfile::bytecodeInfo(opcode);
        if (!info.defined() || info.has(classfile::BC_INTERNAL) || info.has(classfile::BC_RESERVED)) return 0;
        const int32_t at = int32_t(pc);

        bool fallsThrough = true;
        std::vector<int64_t> targets;
        bool ok = true;

        switch (opcode) {
            // Stores: the local no longer holds its argument.
            case op(O::istore_): case op(O::lstore_): case op(O::fstore_):
            case op(O::dstore_): case op(O::astore_): {
                const uint32_t local = wide ? readU2(&code_[operand]) : code_[operand];
                s.markWritten(local);
                ok = s.pop(info.pops);
                break;
            }
            case op(O::istore_0_): case op(O::lstore_0_): case op(O::fstore_0_): case op(O::dstore_0_): case op(O::astore_0_):
                s.markWritten(0);
                ok = s.pop(info.pops);
                break;
            case op(O::istore_1_): case op(O::lstore_1_): case op(O::fstore_1_): case op(O::dstore_1_): case op(O::astore_1_):
                s.markWritten(1);
                ok = s.pop(info.pops);
                break;
            case op(O::istore_2_): case op(O::lstore_2_): case op(O::fstore_2_): case op(O::dstore_2_): case op(O::astore_2_):
                s.markWritten(2);
                ok = s.pop(info.pops);
                break;
            case op(O::istore_3_): case op(O::lstore_3_): case op(O::fstore_3_): case op(O::dstore_3_): case op(O::astore_3_):
                s.markWritten(3);
                ok = s.pop(info.pops);
                break;
            case op(O::iinc_):  // HotSpot does not count iinc as a write
                break;

            // Stack shuffles move the slots' sources along with them (JVMS 6.5 dup*).
            case op(O::dup_):
                ok = s.has(0);
                if (ok) s.push(s.at(0));
                break;
            case op(O::dup_x1_): {
                if (!(ok = s.has(1))) break;
                const int32_t v1 = s.at(0), v2 = s.at(1);
                s.pop(2);
                for (int32_t v : {v1, v2, v1}) s.push(v);
                break;
            }
            case op(O::dup_x2_): {
                if (!(ok = s.has(2))) break;
                const int32_t v1 = s.at(0), v2 = s.at(1), v3 = s.at(2);
                s.pop(3);
                for (int32_t v : {v1, v3, v2, v1}) s.push(v);
                break;
            }
            case op(O::dup2_): {
                if (!(ok = s.has(1))) break;
                const int32_t v1 = s.at(0), v2 = s.at(1);
                for (int32_t v : {v2, v1}) s.push(v);
                break;
            }
            case op(O::dup2_x1_): {
                if (!(ok = s.has(2))) break;
                const int32_t v1 = s.at(0), v2 = s.at(1), v3 = s.at(2);
                s.pop(3);
                for (int32_t v : {v2, v1, v3, v2, v1}) s.push(v);
                break;
            }
            case op(O::dup2_x2_): {
                if (!(ok = s.has(3))) break;
                const int32_t v1 = s.at(0), v2 = s.at(1), v3 = s.at(2), v4 = s.at(3);
                s.pop(4);
                for (int32_t v : {v2, v1, v4, v3, v2, v1}) s.push(v);
                break;
            }
            case op(O::swap_): {
                if (!(ok = s.has(1))) break;
                const int32_t v1 = s.at(0), v2 = s.at(1);
                s.pop(2);
                s.push(v1);
                s.push(v2);
                break;
            }

            // checkcast leaves the reference, and so its source, unchanged:
            // ((String) o).length() on null o blames "o".
            case op(O::checkcast_):
                ok = s.has(0);
                break;

            case op(O::ldc_): case op(O::ldc_w_): case op(O::ldc2_w_): {
                const uint16_t index = opcode == op(O::ldc_) ? code_[operand] : cpOperand(operand);
                const CpTag tag = cp_.tag(index);
                if (tag == CpTag::Long || tag == CpTag::Double) {
                    s.push(at, 2);
                } else if (tag == CpTag::Dynamic) {
                    const auto& nat = cp_.at(index).index2;
                    if (cp_.tag(nat) != CpTag::NameAndType) return 0;
                    s.push(at, fieldSlots(cp_.utf8(cp_.at(nat).index2)));
                } else if (tag == CpTag::Unused || tag == CpTag::Utf8 || tag == CpTag::NameAndType) {
                    return 0;
                } else {
                    s.push(at);
                }
                break;
            }

            case op(O::getstatic_): case op(O::getfield_):
            case op(O::putstatic_): case op(O::putfield_): {
                const uint16_t index = cpOperand(operand);
                if (cp_.tag(index) != CpTag::Fieldref || !isMemberRef(cp_, index)) return 0;
                const int size = fieldSlots(cp_.memberDescriptor(index));
                if (opcode == op(O::getstatic_)) {
                    s.push(at, size);
                } else if (opcode == op(O::getfield_)) {
                    ok = s.pop(1);
                    s.push(at, size);
                } else {
                    ok = s.pop(size + (opcode == op(O::putfield_) ? 1 : 0));
                }
                break;
            }

            case op(O::invokevirtual_): case op(O::invokespecial_): case op(O::invokestatic_):
            case op(O::invokeinterface_): case op(O::invokedynamic_): {
                const uint16_t index = cpOperand(operand);
                std::string descriptor;
                if (opcode == op(O::invokedynamic_)) {
                    if (cp_.tag(index) != CpTag::InvokeDynamic) return 0;
                    const uint16_t nat = cp_.at(index).index2;
                    if (cp_.tag(nat) != CpTag::NameAndType) return 0;
                    descriptor = cp_.utf8(cp_.at(nat).index2);
                } else {
                    if (!isMemberRef(cp_, index) || cp_.tag(index) == CpTag::Fieldref) return 0;
                    descriptor = cp_.memberDescriptor(index);
                }
                auto md = classfile::parseMethodDescriptor(descriptor);
                if (!md) return 0;
                const bool hasReceiver = opcode != op(O::invokestatic_) && opcode != op(O::invokedynamic_);
                ok = s.pop(md->argSlots + (hasReceiver ? 1 : 0));
                s.push(at, classfile::slotCount(md->returnType));
                break;
            }

            case op(O::multianewarray_):
                ok = s.pop(code_[operand + 2]);
                s.push(at);
                break;

            // Control flow.
            case op(O::goto_):
                targets.push_back(int64_t(pc) + readS2(&code_[operand]));
                fallsThrough = false;
                break;
            case op(O::goto_w_):
                targets.push_back(int64_t(pc) + readS4(&code_[operand]));
                fallsThrough = false;
                break;
            case op(O::jsr_):
            case op(O::jsr_w_):
                // Like HotSpot: the subroutine's code is reached, but not the
                // instruction after the jsr (only a ret returns there, and ret
                // is not followed).
                s.push(at);
                targets.push_back(int64_t(pc) + (opcode == op(O::jsr_) ? readS2(&code_[operand]) : readS4(&code_[operand])));
                fallsThrough = false;
                break;
            case op(O::ret_):
                fallsThrough = false;
                break;
            case op(O::tableswitch_): case op(O::lookupswitch_): {
                ok = s.pop(1);
                const uint32_t base = (pc + 4) & ~3u;  // operands are 4-byte aligned (JVMS 6.5)
                targets.push_back(int64_t(pc) + readS4(&code_[base]));
                if (opcode == op(O::tableswitch_)) {
                    const int64_t low = readS4(&code_[base + 4]), high = readS4(&code_[base + 8]);
                    for (int64_t i = 0; i <= high - low; ++i) targets.push_back(int64_t(pc) + readS4(&code_[base + 12 + 4 * i]));
                } else {
                    const int64_t pairs = readS4(&code_[base + 4]);
                    for (int64_t i = 0; i < pairs; ++i) targets.push_back(int64_t(pc) + readS4(&code_[base + 12 + 8 * i]));
                }
                fallsThrough = false;
                break;
            }

            default:
                if (info.pops < 0 || info.pushes < 0) return 0;  // every variable-effect opcode is handled above
                ok = s.pop(info.pops);
                if (info.has(classfile::BC_BRANCH)) {
                    targets.push_back(int64_t(pc) + readS2(&code_[operand]));
                } else {
                    s.push(at, info.pushes);
                }
                if (info.has(classfile::BC_NO_FALLTHROUGH)) fallsThrough = false;  // returns, athrow
                break;
        }
        if (!ok) return 0;

        if (fallsThrough) mergeInto(pc + len, s);
        for (int64_t t : targets) {
            if (t < 0 || t >= int64_t(code_.size())) return 0;
            mergeInto(uint32_t(t), s);
        }
        return failed_ ? 0 : len;
    }

    // The operand stack depth of the reference that was null, or -1.
    int nullSlot(uint32_t bci) const {
        uint32_t operand;
        bool wide;
        const uint8_t opcode = opcodeAt(bci, operand, wide);
        switch (opcode) {
            case op(O::getfield_): case op(O::arraylength_): case op(O::athrow_):
            case op(O::monitorenter_): case op(O::monitorexit_):
                return 0;
            case op(O::iaload_): case op(O::laload_): case op(O::faload_): case op(O::daload_):
            case op(O::aaload_): case op(O::baload_): case op(O::caload_): case op(O::saload_):
                return 1;
            case op(O::iastore_): case op(O::fastore_): case op(O::aastore_):
            case op(O::bastore_): case op(O::castore_): case op(O::sastore_):
                return 2;
            case op(O::lastore_): case op(O::dastore_):
                return 3;
            case op(O::putfield_): {
                if (!operandsFit(operand, 2)) return -1;
                const uint16_t index = cpOperand(operand);
                if (!isMemberRef(cp_, index)) return -1;
                return fieldSlots(cp_.memberDescriptor(index));
            }
            case op(O::invokevirtual_): case op(O::invokespecial_): case op(O::invokeinterface_): {
                if (!operandsFit(operand, 2)) return -1;
                const uint16_t index = cpOperand(operand);
                if (!isMemberRef(cp_, index)) return -1;
                // A constructor call never gets a null receiver from javac
                // code; HotSpot gives no message there, so that a
                // `new NullPointerException()` has none.
                if (cp_.memberName(index) == "<init>") return -1;
                auto md = classfile::parseMethodDescriptor(cp_.memberDescriptor(index));
                return md ? md->argSlots : -1;
            }
            default:
                return -1;
        }
    }

    std::string methodName(uint16_t index) const {
        return klassName(cp_.memberClass(index)) + "." + cp_.memberName(index) + "(" +
               parameterList(cp_.memberDescriptor(index)) + ")";
    }

    bool failedAction(uint32_t bci, std::string& out) const {
        uint32_t operand;
        bool wide;
        const uint8_t opcode = opcodeAt(bci, operand, wide);
        switch (opcode) {
            case op(O::iaload_): out = "Cannot load from int array"; return true;
            case op(O::faload_): out = "Cannot load from float array"; return true;
            case op(O::aaload_): out = "Cannot load from object array"; return true;
            case op(O::baload_): out = "Cannot load from byte/boolean array"; return true;
            case op(O::caload_): out = "Cannot load from char array"; return true;
            case op(O::saload_): out = "Cannot load from short array"; return true;
            case op(O::laload_): out = "Cannot load from long array"; return true;
            case op(O::daload_): out = "Cannot load from double array"; return true;
            case op(O::iastore_): out = "Cannot store to int array"; return true;
            case op(O::fastore_): out = "Cannot store to float array"; return true;
            case op(O::aastore_): out = "Cannot store to object array"; return true;
            case op(O::bastore_): out = "Cannot store to byte/boolean array"; return true;
            case op(O::castore_): out = "Cannot store to char array"; return true;
            case op(O::sastore_): out = "Cannot store to short array"; return true;
            case op(O::lastore_): out = "Cannot store to long array"; return true;
            case op(O::dastore_): out = "Cannot store to double array"; return true;
            case op(O::arraylength_): out = "Cannot read the array length"; return true;
            case op(O::athrow_): out = "Cannot throw exception"; return true;
            case op(O::monitorenter_): out = "Cannot enter synchronized block"; return true;
            case op(O::monitorexit_): out = "Cannot exit synchronized block"; return true;
            case op(O::getfield_):
                if (!isMemberRef(cp_, cpOperand(operand))) return false;
                out = "Cannot read field \"" + cp_.memberName(cpOperand(operand)) + "\"";
                return true;
            case op(O::putfield_):
                out = "Cannot assign field \"" + cp_.memberName(cpOperand(operand)) + "\"";
                return true;
            case op(O::invokevirtual_): case op(O::invokespecial_): case op(O::invokeinterface_):
                out = "Cannot invoke \"" + methodName(cpOperand(operand)) + "\"";
                return true;
            default:
                return false;
        }
    }

    // A local variable: its LocalVariableTable name where an entry covers the
    // loading instruction, else `this`, <parameterN> (1-based, while the slot
    // still holds its argument) or <localN>.
    std::string localName(uint32_t loadBci, uint32_t local, bool isParameter) const {
        for (const auto& v : method_.code->local_variables) {
            if (loadBci >= v.start_pc && loadBci < uint32_t(v.start_pc) + v.length && v.index == local) return v.name;
        }
        if (!isStatic_ && local == 0 && isParameter) return "this";
        if (isParameter) {
            if (auto md = classfile::parseMethodDescriptor(method_.descriptor)) {
                uint32_t slot = isStatic_ ? 0 : 1;
                for (size_t i = 0; i < md->params.size(); ++i) {
                    const uint32_t size = uint32_t(classfile::slotCount(md->params[i]));
                    if (local >= slot && local < slot + size) return "<parameter" + std::to_string(i + 1) + ">";
                    slot += size;
                }
            }
        }
        return "<local" + std::to_string(local) + ">";
    }

    // Appends a Java-like expression for what pushed stack slot `slot` (depth
    // from the top) of the instruction at `bci`; false when it cannot say.
    // `inner` is set inside array subscripts (no "the return value of").
    bool describe(std::string& out, uint32_t bci, int slot, int detail, bool inner, const char* prefix) const {
        if (detail <= 0 || bci >= code_.size() || !stacks_[bci]) return false;
        const SimStack& stack = *stacks_[bci];
        if (!stack.has(slot)) return false;
        const int32_t source = stack.at(slot);
        if (source == kUnknown) return false;

        // Every source was simulated, except an exception handler's first
        // instruction (the caught exception's source): check before reading operands.
        if (classfile::instructionLength(code_, uint32_t(source)) == 0) return false;
        uint32_t operand;
        bool wide;
        const uint8_t opcode = opcodeAt(uint32_t(source), operand, wide);
        const bool isInvoke = opcode == op(O::invokevirtual_) || opcode == op(O::invokespecial_) ||
                              opcode == op(O::invokestatic_) || opcode == op(O::invokeinterface_);
        if (detail == kMaxCauseDetail && prefix && !isInvoke) out += prefix;

        auto local = [&](uint32_t index) {
            out += localName(uint32_t(source), index, !stack.wasWritten(index));
            return true;
        };
        switch (opcode) {
            case op(O::iload_0_): case op(O::aload_0_): return local(0);
            case op(O::iload_1_): case op(O::aload_1_): return local(1);
            case op(O::iload_2_): case op(O::aload_2_): return local(2);
            case op(O::iload_3_): case op(O::aload_3_): return local(3);
            case op(O::iload_): case op(O::aload_):
                return local(wide ? readU2(&code_[operand]) : code_[operand]);
            case op(O::aconst_null_): out += "null"; return true;
            case op(O::iconst_m1_): out += "-1"; return true;
            case op(O::iconst_0_): case op(O::iconst_1_): case op(O::iconst_2_):
            case op(O::iconst_3_): case op(O::iconst_4_): case op(O::iconst_5_):
                out += std::to_string(int(opcode) - op(O::iconst_0_));
                return true;
            case op(O::bipush_): out += std::to_string(int(int8_t(code_[operand]))); return true;
            // HotSpot prints sipush's operand unsigned.
            case op(O::sipush_): out += std::to_string(unsigned(readU2(&code_[operand]))); return true;
            case op(O::iaload_): case op(O::aaload_): {
                // Arrays have no names: print where the array came from.
                if (!describe(out, uint32_t(source), 1, detail - 1, inner, nullptr)) out += "<array>";
                out += "[";
                // The subscript keeps the same detail budget (only dereferences use it up).
                if (!describe(out, uint32_t(source), 0, detail, true, nullptr)) out += "...";
                out += "]";
                return true;
            }
            case op(O::getstatic_): {
                const uint16_t index = cpOperand(operand);
                if (!isMemberRef(cp_, index)) return false;
                out += klassName(cp_.memberClass(index)) + "." + cp_.memberName(index);
                return true;
            }
            case op(O::getfield_): {
                if (!isMemberRef(cp_, cpOperand(operand))) return false;
                if (describe(out, uint32_t(source), 0, detail - 1, inner, nullptr)) out += ".";
                out += cp_.memberName(cpOperand(operand));
                return true;
            }
            case op(O::invokevirtual_): case op(O::invokespecial_):
            case op(O::invokestatic_): case op(O::invokeinterface_):
                if (!isMemberRef(cp_, cpOperand(operand))) return false;
                if (detail == kMaxCauseDetail && !inner) out += " because the return value of \"";
                out += methodName(cpOperand(operand));
                return true;
            default:
                return false;
        }
    }
};

}  // namespace

std::string helpfulNullPointerMessage(const classfile::ConstantPool& cp, const classfile::MethodInfo& method,
                                      bool isStatic, uint32_t bci) {
    if (!method.code || method.code->code.empty()) return "";
    return NpeMessageBuilder(cp, method, isStatic).message(bci);
}

std::string helpfulNullPointerMessage(const Method& method, uint32_t bci) {
    if (!method.info || !method.owner || !method.owner->classFile) return "";
    return helpfulNullPointerMessage(method.owner->constantPool(), *method.info, method.isStatic(), bci);
}

}  // namespace cortado::runtime
