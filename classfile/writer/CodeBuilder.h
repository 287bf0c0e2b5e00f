// Lays out one method's Code attribute (JVMS 4.7.3): bytecode with branch
// targets given as labels and patched once every label has an offset, the
// exception table, and the LineNumberTable, LocalVariableTable and
// StackMapTable attributes inside it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"
#include "classfile/writer/ByteSink.h"
#include "classfile/writer/ClassWriter.h"

namespace cortado::classwriter {

class CodeBuilder {
public:
    using Label = uint32_t;

    // verification_type_info (JVMS 4.7.4).
    struct VerificationType {
        enum Tag : uint8_t { Top = 0, Integer = 1, Float = 2, Double = 3, Long = 4, Null = 5,
                             UninitializedThis = 6, Object = 7, Uninitialized = 8 };
        Tag tag = Top;
        uint16_t classIndex = 0;  // Object: CONSTANT_Class index
        Label newInstruction = 0; // Uninitialized: the label of its `new`
    };
    struct Frame {
        Label at;
        std::vector<VerificationType> locals, stack;
    };

    Label newLabel();
    // A label already bound to `offset` (for offsets written as numbers).
    Label labelAt(uint32_t offset);
    // Gives `label` the current offset; false if it already has one.
    bool bind(Label label);
    // Gives `label` an offset of its own choosing (for offsets written as numbers).
    bool bindAt(Label label, uint32_t offset);
    bool isBound(Label label) const { return offsets_[label] >= 0; }
    uint32_t pc() const { return static_cast<uint32_t>(code_.size()); }
    // The bytecode so far (branch offsets are patched in finish()).
    const Bytes& bytes() const { return code_; }

    // Starts an instruction at the current offset; its operands follow.
    void op(uint8_t opcode);
    void op(classfile::Opcode opcode) { op(static_cast<uint8_t>(opcode)); }
    void u1(uint32_t v) { put1(code_, v); }
    void u2(uint32_t v) { put2(code_, v); }
    void u4(uint32_t v) { put4(code_, v); }
    // A load, store or ret of local `slot`: its u1 form, or the wide form
    // when the index needs a u2 or `forceWide` asks for it (JVMS 6.5.wide).
    void local(uint8_t opcode, uint16_t slot, bool forceWide = false);
    // xload and xreturn for a value of basic type `t` (JVMS 2.11.1: boolean,
    // byte, char and short are computed as int).
    void load(classfile::BasicType t, uint16_t slot);
    void returnValue(classfile::BasicType t);
    // A branch offset of `width` bytes (2 or 4) relative to the current
    // instruction's opcode (JVMS 6.5.goto, 6.5.tableswitch), patched in finish().
    void branch(Label target, int width);
    // 0-3 zero bytes so the next operand starts at a multiple of 4 (JVMS 6.5.tableswitch).
    void alignSwitch();

    void addHandler(Label start, Label end, Label handler, uint16_t catchType);
    // A line_number_table entry for the next instruction (JVMS 4.7.12).
    void addLine(uint16_t line, Label at);
    // A local_variable_table entry (JVMS 4.7.13); no labels = the whole method.
    // A signature (CONSTANT_Utf8 index, 0 = none) also makes a
    // LocalVariableTypeTable entry (JVMS 4.7.14).
    void addLocal(uint16_t slot, uint16_t name, uint16_t descriptor, std::optional<Label> start,
                  std::optional<Label> end, uint16_t signature = 0);
    void addFrame(Frame frame) { frames_.push_back(std::move(frame)); }
    // The method's implicit initial locals (JVMS 4.10.1.6, long/double once):
    // with them, frames are written in their shortest form (same, same_locals_1_stack_item,
    // chop, append, and their extended forms; JVMS 4.7.4) instead of full_frame.
    void compressFrames(std::vector<VerificationType> initialLocals) { initialLocals_ = std::move(initialLocals); }

    // The Code attribute. Throws WriteError for an unbound label, a branch
    // that does not fit, code longer than 65535 bytes, or a frame not at an
    // instruction. Frames are written in offset order, as full_frame entries
    // (JVMS 4.7.4 allows full_frame anywhere) unless compressFrames gave the
    // implicit initial frame the short forms are relative to.
    Attribute finish(ClassWriter& cls, uint16_t maxStack, uint16_t maxLocals);

private:
    struct Fixup {
        uint32_t at;      // where the offset bytes go
        uint32_t origin;  // the instruction the offset is relative to
        Label target;
        int width;
    };
    struct Handler {
        Label start, end, handler;
        uint16_t catchType;
    };
    struct Line {
        uint16_t line;
        Label at;
    };
    struct Local {
        uint16_t slot, name, descriptor;
        std::optional<Label> start, end;
        uint16_t signature;
    };

    Bytes code_;
    std::vector<int64_t> offsets_;  // label -> offset, -1 until bound
    std::vector<bool> instructionStart_;
    uint32_t current_ = 0;          // offset of the instruction being written
    std::vector<Fixup> fixups_;
    std::vector<Handler> handlers_;
    std::vector<Line> lines_;
    std::vector<Local> locals_;
    std::vector<Frame> frames_;
    std::optional<std::vector<VerificationType>> initialLocals_;

    uint32_t offsetOf(Label label, const char* use) const;
    Bytes localTable(bool signatures) const;
    Bytes stackMapTable() const;
};

}  // namespace cortado::classwriter
