// Reading the StackMapTable attribute (JVMS 4.7.4) into TypeFrames, and the
// frame assignability test of JVMS 4.10.1.4 used at branch targets,
// exception handlers and after unconditional branches.
#include "classfile/Bytecodes.h"
#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

namespace {
// The attribute body, read with bounds checks.
struct MapStream {
    const std::vector<uint8_t>& data;
    size_t pos = 0;
    bool has(size_t n) const { return pos + n <= data.size(); }
};
}  // namespace

void MethodVerifier::readStackMapTable() {
    frameAt_.assign(codeLength_, -1);
    if (!code_.stack_map_table) return;
    MapStream in{*code_.stack_map_table};
    auto formatError = [&](const char* what) { failFormat(std::string("StackMapTable format error: ") + what); };
    auto u1 = [&]() -> uint8_t {
        if (!in.has(1)) formatError("access beyond the end of attribute");
        return in.data[in.pos++];
    };
    auto u2 = [&]() -> uint16_t {
        if (!in.has(2)) formatError("access beyond the end of attribute");
        uint16_t v = classfile::readU2(in.data.data() + in.pos);
        in.pos += 2;
        return v;
    };
    // verification_type_info (JVMS 4.7.4); `flags` gets flagThisUninit for uninitializedThis in locals.
    auto type = [&](uint8_t* flags) -> VType {
        uint8_t tag = u1();
        switch (tag) {
            case 0: return VType::top();
            case 1: return VType::integer();
            case 2: return VType::float_();
            case 3: return VType::double_();
            case 4: return VType::long_();
            case 5: return VType::null();
            case 6:
                if (flags) *flags |= kFlagThisUninit;
                return VType::uninitializedThis();
            case 7: {
                uint16_t index = u2();
                if (index == 0 || index >= cp_.size() || cp_.tag(index) != classfile::CpTag::Class) formatError("bad class index");
                return cpClassType(index);
            }
            case 8: {
                uint16_t offset = u2();
                if (offset >= codeLength_ || instructionStart_[offset] != 2)
                    failFormat("StackMapTable format error: bad offset for Uninitialized");
                return VType::uninitialized(offset);
            }
            default: formatError("bad verification type");
        }
        return VType::top();  // not reached: formatError throws
    };
    auto checkSize = [&](int64_t size, uint32_t max) {
        if (size < 0 || size > int64_t(max)) formatError("bad type array size");
    };
    // Appends a type (and a long/double's second half) to a list.
    auto append = [&](std::vector<VType>& list, VType t) {
        list.push_back(t);
        if (t.isCategory2()) list.push_back(t.secondHalf());
    };

    uint16_t count = u2();
    stackMap_.reserve(count);
    TypeFrame previous;  // the initial frame, as a stack map frame
    previous.flags = cur_.flags;
    previous.localsSize = cur_.localsSize;
    previous.locals.assign(cur_.locals.begin(), cur_.locals.begin() + cur_.localsSize);
    for (uint16_t i = 0; i < count; ++i) {
        bool first = i == 0;
        auto offsetFrom = [&](uint32_t delta) { return first ? delta : previous.offset + delta + 1; };
        TypeFrame f;
        uint8_t frameType = u1();
        if (frameType < 128) {
            // same_frame (0-63) and same_locals_1_stack_item_frame (64-127)
            f.offset = offsetFrom(frameType < 64 ? frameType : frameType - 64);
            f.flags = previous.flags;
            f.locals = previous.locals;
            if (frameType >= 64) {
                append(f.stack, type(nullptr));
                checkSize(f.stack.size(), maxStack_);
            }
        } else {
            uint16_t delta = u2();
            if (frameType < 247) formatError("reserved frame type");
            f.offset = offsetFrom(delta);
            if (frameType == 247) {  // same_locals_1_stack_item_frame_extended
                f.flags = previous.flags;
                f.locals = previous.locals;
                append(f.stack, type(nullptr));
                checkSize(f.stack.size(), maxStack_);
            } else if (frameType <= 251) {  // chop_frame (248-250), same_frame_extended (251)
                f.locals = previous.locals;
                f.flags = previous.flags;
                int chops = 251 - frameType;
                if (chops) {
                    int64_t pos = int64_t(f.locals.size()) - 1;
                    for (int c = 0; c < chops; ++c) {
                        pos -= pos >= 0 && f.locals[size_t(pos)].isCategory2nd() ? 2 : 1;
                        if (pos < 0 && c < chops - 1) { pos = -2; break; }
                    }
                    checkSize(pos + 1, maxLocals_);
                    f.locals.resize(size_t(pos + 1));
                    f.flags = 0;  // uninitializedThis may have been chopped
                    for (VType t : f.locals)
                        if (t == VType::uninitializedThis()) f.flags = kFlagThisUninit;
                }
            } else if (frameType < 255) {  // append_frame (252-254)
                f.locals = previous.locals;
                f.flags = previous.flags;
                for (int a = 0; a < frameType - 251; ++a) append(f.locals, type(&f.flags));
                checkSize(f.locals.size(), maxLocals_);
            } else {  // full_frame
                uint16_t nlocals = u2();
                for (uint16_t a = 0; a < nlocals; ++a) append(f.locals, type(&f.flags));
                checkSize(f.locals.size(), maxLocals_);
                uint16_t nstack = u2();
                for (uint16_t a = 0; a < nstack; ++a) append(f.stack, type(nullptr));
                checkSize(f.stack.size(), maxStack_);
            }
        }
        f.localsSize = uint32_t(f.locals.size());
        f.stackSize = uint32_t(f.stack.size());
        if (f.offset >= codeLength_ || !instructionStart_[f.offset]) {
            bci_ = 0;
            fail("StackMapTable error: bad offset", 0, "Invalid stackmap specification.", &f);
        }
        frameAt_[f.offset] = int32_t(stackMap_.size());
        stackMap_.push_back(f);
        previous = std::move(f);
    }
    if (in.pos != in.data.size()) formatError("wrong attribute size");
}

void MethodVerifier::checkJumpTarget(int64_t target) {
    if (inference_) return mergeInto(target, cur_);
    matchFrame(cur_, true, target, MatchSite::BranchTarget);
}

// JVMS 4.10.1.4 frameIsAssignable: same stack size, each local and stack entry
// assignable, and no flag the target lacks.
void MethodVerifier::matchFrame(const TypeFrame& frame, bool isCurrent, int64_t target, MatchSite site) {
    if (target < 0 || target >= int64_t(codeLength_) || frameAt_[size_t(target)] < 0)
        fail("Expecting a stackmap frame at branch target " + std::to_string(target), frame.offset,
             "Expected stackmap frame at this location.");
    const TypeFrame& map = stackMap_[size_t(frameAt_[size_t(target)])];
    // Only on a mismatch: the words, and the frame as HotSpot prints it.
    auto message = [&] {
        switch (site) {
            case MatchSite::BranchTarget: return "Inconsistent stackmap frames at branch target " + std::to_string(target);
            case MatchSite::FallThrough: return std::string("Instruction type does not match stack map");
            default: return "Stack map does not match the one at exception handler " + std::to_string(target);
        }
    };
    auto printable = [&] { return isCurrent ? &printableCurrent() : &frame; };
    if (frame.stackSize != map.stackSize)
        fail(message(), frame.offset, "Current frame's stack size doesn't match stackmap.", printable(), &map);
    for (uint32_t i = 0; i < map.localsSize; ++i) {
        VType from = i < frame.locals.size() ? frame.locals[i] : VType::top();
        if (from != map.locals[i] && !assign_.isAssignable(map.locals[i], from))
            failBadType(message(), map.offset, {Origin::Local, i, from}, {Origin::StackMapLocal, i, map.locals[i]}, printable(), &map);
    }
    for (uint32_t i = 0; i < frame.stackSize; ++i) {
        if (frame.stack[i] != map.stack[i] && !assign_.isAssignable(map.stack[i], frame.stack[i]))
            failBadType(message(), map.offset, {Origin::Stack, i, frame.stack[i]}, {Origin::StackMapStack, i, map.stack[i]},
                        printable(), &map);
    }
    if ((frame.flags | map.flags) != map.flags)
        fail(message(), map.offset, "Current frame's flags are not assignable to stack map frame's.", printable(), &map);
}

void MethodVerifier::adoptFrame(const TypeFrame& map) {
    std::copy(map.locals.begin(), map.locals.end(), cur_.locals.begin());
    std::fill(cur_.locals.begin() + map.localsSize, cur_.locals.end(), VType::top());
    cur_.localsSize = map.localsSize;
    std::copy(map.stack.begin(), map.stack.end(), cur_.stack.begin());
    cur_.stackSize = map.stackSize;
    cur_.flags = map.flags;
}

}  // namespace cortado::verifier
