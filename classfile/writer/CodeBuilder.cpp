#include "classfile/writer/CodeBuilder.h"

#include <algorithm>

#include "classfile/writer/WriteError.h"

namespace cortado::classwriter {

CodeBuilder::Label CodeBuilder::newLabel() {
    offsets_.push_back(-1);
    return static_cast<Label>(offsets_.size() - 1);
}

CodeBuilder::Label CodeBuilder::labelAt(uint32_t offset) {
    offsets_.push_back(offset);
    return static_cast<Label>(offsets_.size() - 1);
}

bool CodeBuilder::bind(Label label) { return bindAt(label, pc()); }

bool CodeBuilder::bindAt(Label label, uint32_t offset) {
    if (offsets_[label] >= 0) return false;
    offsets_[label] = offset;
    return true;
}

void CodeBuilder::op(uint8_t opcode) {
    current_ = pc();
    instructionStart_.resize(current_ + 1, false);
    instructionStart_[current_] = true;
    put1(code_, opcode);
}

void CodeBuilder::local(uint8_t opcode, uint16_t slot, bool forceWide) {
    if (forceWide || slot > 255) {
        op(classfile::Opcode::wide_);
        u1(opcode);  // the modified instruction is an operand of wide, not an instruction start
        u2(slot);
    } else {
        op(opcode);
        u1(slot);
    }
}

void CodeBuilder::load(classfile::BasicType t, uint16_t slot) {
    using classfile::BasicType;
    using classfile::Opcode;
    Opcode o = Opcode::iload_;  // int, short, char, byte, boolean
    switch (t) {
        case BasicType::Long: o = Opcode::lload_; break;
        case BasicType::Float: o = Opcode::fload_; break;
        case BasicType::Double: o = Opcode::dload_; break;
        case BasicType::Object: case BasicType::Array: o = Opcode::aload_; break;
        default: break;
    }
    local(static_cast<uint8_t>(o), slot);
}

void CodeBuilder::returnValue(classfile::BasicType t) {
    using classfile::BasicType;
    using classfile::Opcode;
    switch (t) {
        case BasicType::Void: op(Opcode::return_); break;
        case BasicType::Long: op(Opcode::lreturn_); break;
        case BasicType::Float: op(Opcode::freturn_); break;
        case BasicType::Double: op(Opcode::dreturn_); break;
        case BasicType::Object: case BasicType::Array: op(Opcode::areturn_); break;
        default: op(Opcode::ireturn_); break;
    }
}

void CodeBuilder::branch(Label target, int width) {
    fixups_.push_back({pc(), current_, target, width});
    if (width == 2) put2(code_, 0);
    else put4(code_, 0);
}

void CodeBuilder::alignSwitch() {
    while (pc() % 4 != 0) put1(code_, 0);
}

void CodeBuilder::addHandler(Label start, Label end, Label handler, uint16_t catchType) {
    handlers_.push_back({start, end, handler, catchType});
}

void CodeBuilder::addLine(uint16_t line, Label at) { lines_.push_back({line, at}); }

void CodeBuilder::addLocal(uint16_t slot, uint16_t name, uint16_t descriptor, std::optional<Label> start,
                           std::optional<Label> end, uint16_t signature) {
    locals_.push_back({slot, name, descriptor, start, end, signature});
}

uint32_t CodeBuilder::offsetOf(Label label, const char* use) const {
    if (offsets_[label] < 0) throw WriteError(std::string("label used by ") + use + " is never defined");
    return static_cast<uint32_t>(offsets_[label]);
}

static void putU2Field(Bytes& out, uint32_t v, const char* what) {
    if (v > 65535) throw WriteError(std::string(what) + " does not fit in a u2");
    put2(out, v);
}

Bytes CodeBuilder::stackMapTable() const {
    std::vector<std::pair<uint32_t, const Frame*>> sorted;
    for (const Frame& f : frames_) {
        uint32_t at = offsetOf(f.at, "a .stack frame");
        // JVMS 4.7.4: a frame applies at the start of an instruction.
        if (at >= instructionStart_.size() || !instructionStart_[at])
            throw WriteError("stack map frame at offset " + std::to_string(at) + " is not at an instruction");
        sorted.emplace_back(at, &f);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Bytes body;
    put2(body, static_cast<uint32_t>(sorted.size()));
    int64_t previous = -1;
    auto putTypes = [&](const std::vector<VerificationType>& types) {
        put2(body, static_cast<uint32_t>(types.size()));
        for (const VerificationType& t : types) {
            put1(body, t.tag);
            if (t.tag == VerificationType::Object) put2(body, t.classIndex);
            if (t.tag == VerificationType::Uninitialized) put2(body, offsetOf(t.newInstruction, "Uninitialized"));
        }
    };
    auto putType = [&](const VerificationType& t) {
        put1(body, t.tag);
        if (t.tag == VerificationType::Object) put2(body, t.classIndex);
        if (t.tag == VerificationType::Uninitialized) put2(body, offsetOf(t.newInstruction, "Uninitialized"));
    };
    auto same = [&](const VerificationType& a, const VerificationType& b) {
        if (a.tag != b.tag) return false;
        if (a.tag == VerificationType::Object) return a.classIndex == b.classIndex;
        if (a.tag == VerificationType::Uninitialized)
            return offsetOf(a.newInstruction, "Uninitialized") == offsetOf(b.newInstruction, "Uninitialized");
        return true;
    };
    // Is `a` the first `n` entries of `b`?
    auto prefix = [&](const std::vector<VerificationType>& a, const std::vector<VerificationType>& b) {
        if (a.size() > b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (!same(a[i], b[i])) return false;
        return true;
    };
    const std::vector<VerificationType>* locals = initialLocals_ ? &*initialLocals_ : nullptr;
    for (const auto& [at, frame] : sorted) {
        // offset_delta: the first frame's is its offset, each later one's is
        // one less than the distance from the previous frame (JVMS 4.7.4).
        int64_t delta = at - previous - 1;
        if (delta < 0) throw WriteError("two stack map frames at offset " + std::to_string(at));
        const auto& now = frame->locals;
        bool sameLocals = locals && now.size() == locals->size() && prefix(now, *locals);
        if (sameLocals && frame->stack.empty()) {
            if (delta <= 63) {
                put1(body, static_cast<uint32_t>(delta));  // same_frame
            } else {
                put1(body, 251);  // same_frame_extended
                put2(body, static_cast<uint32_t>(delta));
            }
        } else if (sameLocals && frame->stack.size() == 1) {
            if (delta <= 63) {
                put1(body, static_cast<uint32_t>(64 + delta));  // same_locals_1_stack_item_frame
            } else {
                put1(body, 247);  // same_locals_1_stack_item_frame_extended
                put2(body, static_cast<uint32_t>(delta));
            }
            putType(frame->stack[0]);
        } else if (locals && frame->stack.empty() && now.size() < locals->size() && locals->size() - now.size() <= 3 &&
                   prefix(now, *locals)) {
            put1(body, static_cast<uint32_t>(251 - (locals->size() - now.size())));  // chop_frame
            put2(body, static_cast<uint32_t>(delta));
        } else if (locals && frame->stack.empty() && now.size() > locals->size() && now.size() - locals->size() <= 3 &&
                   prefix(*locals, now)) {
            put1(body, static_cast<uint32_t>(251 + (now.size() - locals->size())));  // append_frame
            put2(body, static_cast<uint32_t>(delta));
            for (size_t i = locals->size(); i < now.size(); ++i) putType(now[i]);
        } else {
            put1(body, 255);  // full_frame
            put2(body, static_cast<uint32_t>(delta));
            putTypes(frame->locals);
            putTypes(frame->stack);
        }
        if (locals) locals = &frame->locals;
        previous = at;
    }
    return body;
}

// LocalVariableTable, or with `signatures` LocalVariableTypeTable: the same
// layout, the signature in place of the descriptor (JVMS 4.7.13, 4.7.14).
Bytes CodeBuilder::localTable(bool signatures) const {
    Bytes t;
    size_t n = 0;
    for (const Local& l : locals_) n += !signatures || l.signature != 0;
    put2(t, static_cast<uint32_t>(n));
    for (const Local& l : locals_) {
        if (signatures && l.signature == 0) continue;
        uint32_t start = l.start ? offsetOf(*l.start, ".var") : 0;
        uint32_t end = l.end ? offsetOf(*l.end, ".var") : pc();
        put2(t, start);
        putU2Field(t, end >= start ? end - start : 0x10000, ".var range (end before start)");
        put2(t, l.name);
        put2(t, signatures ? l.signature : l.descriptor);
        put2(t, l.slot);
    }
    return t;
}

Attribute CodeBuilder::finish(ClassWriter& cls, uint16_t maxStack, uint16_t maxLocals) {
    // JVMS 4.7.3: code_length must be greater than zero and less than 65536.
    if (code_.size() > 65535) throw WriteError("method code is longer than 65535 bytes");
    for (const Fixup& f : fixups_) {
        int64_t delta = int64_t(offsetOf(f.target, "a branch")) - int64_t(f.origin);
        if (f.width == 2) {
            if (delta < -32768 || delta > 32767)
                throw WriteError("branch offset " + std::to_string(delta) +
                                 " does not fit in 16 bits (use goto_w or jsr_w)");
            patch2(code_, f.at, static_cast<uint32_t>(delta));
        } else {
            patch4(code_, f.at, static_cast<uint32_t>(delta));
        }
    }
    Bytes body;
    put2(body, maxStack);
    put2(body, maxLocals);
    put4(body, static_cast<uint32_t>(code_.size()));
    putBytes(body, code_);
    put2(body, static_cast<uint32_t>(handlers_.size()));
    for (const Handler& h : handlers_) {
        put2(body, offsetOf(h.start, ".catch"));
        put2(body, offsetOf(h.end, ".catch"));
        put2(body, offsetOf(h.handler, ".catch"));
        put2(body, h.catchType);
    }
    std::vector<Attribute> attrs;
    if (!lines_.empty()) {
        Bytes t;
        put2(t, static_cast<uint32_t>(lines_.size()));
        for (const Line& l : lines_) {
            put2(t, offsetOf(l.at, ".line"));
            put2(t, l.line);
        }
        attrs.push_back(cls.attribute("LineNumberTable", std::move(t)));
    }
    if (!locals_.empty()) attrs.push_back(cls.attribute("LocalVariableTable", localTable(false)));
    if (std::any_of(locals_.begin(), locals_.end(), [](const Local& l) { return l.signature != 0; }))
        attrs.push_back(cls.attribute("LocalVariableTypeTable", localTable(true)));
    if (!frames_.empty()) attrs.push_back(cls.attribute("StackMapTable", stackMapTable()));
    put2(body, static_cast<uint32_t>(attrs.size()));
    for (const Attribute& a : attrs) putAttribute(body, a);
    return cls.attribute("Code", std::move(body));
}

}  // namespace cortado::classwriter
