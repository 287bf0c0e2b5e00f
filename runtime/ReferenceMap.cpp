// Reference-map analysis: abstract interpretation of a method's bytecode over
// slot types {top, value, reference, returnAddress(r)}, to a fixed point, then a
// second pass that records the state before each reachable instruction.
//
// Shape of the analysis:
//  - decode(): split the code into instructions (rejecting undefined or
//    truncated ones and branches into the middle of one) and into basic blocks.
//    Exception-range boundaries are block boundaries too, so every instruction
//    of a block is covered by the same handlers.
//  - The fixed point runs over (block, subroutine context) nodes. A context is
//    the chain of jsr return addresses that are live (the "call string"), so a
//    subroutine body is analysed once per chain of call sites. That is what
//    makes `ret` precise (JVMS 4.10.2.5): the state reaching a ret in context
//    [..., r] came only through the jsr that returns to r, so locals the
//    subroutine did not write still have that site's types, and locals it
//    wrote have their types at the ret.
//  - record(): re-run every node's block once, snapshot the state before each
//    instruction, and merge the snapshots of different contexts per pc.
//
// Termination: a node's state only moves down the lattice (value/ref/ret -> top)
// so each node is re-queued at most once per slot; contexts, nodes and work are
// bounded by budgets, and exceeding one is an error, never a hang.
#include "runtime/ReferenceMap.h"

#include <algorithm>
#include <deque>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>

#include "classfile/Bytecodes.h"

namespace cortado::runtime {

using classfile::BytecodeInfo;
using classfile::bytecodeInfo;
using classfile::CpTag;
using classfile::Opcode;
using classfile::OperandFormat;

namespace {

// Abstract slot types. Anything but kRef is "not a reference" for the GC.
using SlotType = uint32_t;
constexpr SlotType kTop = 0;      // unknown: unset local, or a join of different types
constexpr SlotType kValue = 1;    // int or float, or one half of a long or double
constexpr SlotType kRef = 2;      // reference, null, or an object not yet initialized
constexpr SlotType kRetBase = 3;  // kRetBase + r: a returnAddress whose ret continues at bci r

bool isRet(SlotType t) { return t >= kRetBase; }

// The join of two states' slot (JVMS 4.10.1.2 in spirit, without class types):
// equal types stay, anything else becomes top.
SlotType join(SlotType a, SlotType b) { return a == b ? a : kTop; }

constexpr uint8_t op(Opcode o) { return static_cast<uint8_t>(o); }

// Budgets that keep pathological (or hostile) code from exhausting the VM.
// Real methods stay orders of magnitude below them.
constexpr uint32_t kMaxContexts = 4096;          // distinct jsr call chains
constexpr uint64_t kMaxStateSlots = 16u << 20;   // slots held by all node states together
constexpr uint64_t kMaxWork = 64u << 20;         // instructions executed + slots joined

// Appends the slot types of the field descriptor at text[pos] (JVMS 4.3.2) to
// `out`; returns the position after it, or npos if there is none.
size_t parseFieldType(std::string_view text, size_t pos, std::vector<SlotType>& out) {
    size_t p = pos;
    while (p < text.size() && text[p] == '[') ++p;
    if (p >= text.size() || p - pos > 255) return std::string_view::npos;
    const bool array = p > pos;
    switch (text[p]) {
    case 'L': {
        const size_t semi = text.find(';', p + 1);
        if (semi == std::string_view::npos || semi == p + 1) return std::string_view::npos;
        out.push_back(kRef);
        return semi + 1;
    }
    case 'J':
    case 'D':
        if (array) out.push_back(kRef);
        else out.insert(out.end(), 2, kValue);  // JVMS 2.6.1: two slots
        return p + 1;
    case 'B': case 'C': case 'F': case 'I': case 'S': case 'Z':
        out.push_back(array ? kRef : kValue);
        return p + 1;
    default:
        return std::string_view::npos;
    }
}

bool parseFieldDescriptor(std::string_view text, std::vector<SlotType>& out) {
    out.clear();
    return parseFieldType(text, 0, out) == text.size();
}

// Slot types of a method descriptor's parameters and of its result (empty for V).
bool parseMethodDescriptor(std::string_view text, std::vector<SlotType>& args, std::vector<SlotType>& result) {
    args.clear();
    result.clear();
    if (text.empty() || text[0] != '(') return false;
    size_t p = 1;
    while (p < text.size() && text[p] != ')') {
        p = parseFieldType(text, p, args);
        if (p == std::string_view::npos) return false;
    }
    if (p >= text.size()) return false;
    ++p;
    if (p + 1 == text.size() && text[p] == 'V') return true;
    return parseFieldType(text, p, result) == text.size();
}

// A load or store of a local variable, in any of its encodings.
struct LocalAccess {
    bool store;
    char type;  // I J F D A
    uint16_t index;
    int size() const { return type == 'J' || type == 'D' ? 2 : 1; }
};

// `explicitIndex` is the operand of the forms that have one (u1, or u2 after wide).
std::optional<LocalAccess> decodeLocalAccess(uint8_t o, uint16_t explicitIndex) {
    static constexpr char kTypes[] = "IJFDA";
    if (o >= op(Opcode::iload_) && o <= op(Opcode::aload_))
        return LocalAccess{false, kTypes[o - op(Opcode::iload_)], explicitIndex};
    if (o >= op(Opcode::iload_0_) && o <= op(Opcode::aload_3_)) {
        const int k = o - op(Opcode::iload_0_);
        return LocalAccess{false, kTypes[k / 4], uint16_t(k % 4)};
    }
    if (o >= op(Opcode::istore_) && o <= op(Opcode::astore_))
        return LocalAccess{true, kTypes[o - op(Opcode::istore_)], explicitIndex};
    if (o >= op(Opcode::istore_0_) && o <= op(Opcode::astore_3_)) {
        const int k = o - op(Opcode::istore_0_);
        return LocalAccess{true, kTypes[k / 4], uint16_t(k % 4)};
    }
    return std::nullopt;
}

// The stack shuffles (JVMS 6.5.dup ... swap) as permutations of slots: pop
// `in` slots (out[] indexes them from the bottom), push out[0..outLen).
// They move slots without looking at categories, so a long's two halves or a
// reference move together exactly as the instruction moves them.
struct Shuffle {
    uint8_t in, outLen;
    uint8_t out[6];
};
const Shuffle* shuffleFor(uint8_t o) {
    static constexpr Shuffle kDup{1, 2, {0, 0}};
    static constexpr Shuffle kDupX1{2, 3, {1, 0, 1}};
    static constexpr Shuffle kDupX2{3, 4, {2, 0, 1, 2}};
    static constexpr Shuffle kDup2{2, 4, {0, 1, 0, 1}};
    static constexpr Shuffle kDup2X1{3, 5, {1, 2, 0, 1, 2}};
    static constexpr Shuffle kDup2X2{4, 6, {2, 3, 0, 1, 2, 3}};
    static constexpr Shuffle kSwap{2, 2, {1, 0}};
    switch (Opcode(o)) {
    case Opcode::dup_: return &kDup;
    case Opcode::dup_x1_: return &kDupX1;
    case Opcode::dup_x2_: return &kDupX2;
    case Opcode::dup2_: return &kDup2;
    case Opcode::dup2_x1_: return &kDup2X1;
    case Opcode::dup2_x2_: return &kDup2X2;
    case Opcode::swap_: return &kSwap;
    default: return nullptr;
    }
}

bool writesLocal(uint8_t o) {
    const auto access = decodeLocalAccess(o, 0);
    return (access && access->store) || o == op(Opcode::iinc_);
}

}  // namespace

class RefMapBuilder {
public:
    RefMapBuilder(const classfile::ConstantPool& cp, const classfile::CodeAttribute& code)
        : cp_(cp), code_(code.code), handlers_(code.exception_table),
          numLocals_(code.max_locals), maxStack_(code.max_stack),
          width_(uint32_t(code.max_locals) + code.max_stack) {}

    std::unique_ptr<MethodRefMaps> run(std::string_view descriptor, bool isStatic, std::string* error) {
        const bool ok = decode() && enter(descriptor, isStatic) && solve() && record();
        if (!ok) {
            if (error) *error = error_;
            return nullptr;
        }
        return std::move(result_);
    }

private:
    struct State {
        uint16_t sp = 0;               // operand stack depth
        std::vector<SlotType> slots;   // width_: locals, then the stack
    };
    struct Block {
        uint32_t start, end;            // [start, end), instruction starts
        std::vector<uint16_t> handlers; // exception-table entries covering the block
    };
    struct Context {
        uint32_t parent;      // 0 is the root: not inside any subroutine
        uint32_t returnPc;    // where the ret of this activation continues
        uint32_t subroutine;  // the jsr target
    };
    struct Node {
        uint32_t block, context;
        bool queued;
        State state;  // before the block's first instruction
    };

    bool fail(uint32_t pc, const std::string& message) {
        if (error_.empty()) error_ = "pc " + std::to_string(pc) + ": " + message;
        return false;
    }

    // ---- decoding ---------------------------------------------------------

    uint32_t length(uint32_t pc) const { return classfile::instructionLength(code_, pc); }

    // The instruction `wide` modifies, or the opcode itself.
    uint8_t effectiveOp(uint32_t pc) const {
        return code_[pc] == op(Opcode::wide_) ? code_[pc + 1] : code_[pc];
    }

    bool isTarget(int64_t t) const { return t >= 0 && t < int64_t(code_.size()) && isStart_[size_t(t)]; }

    // Calls f(target) for each branch target of the instruction at pc; false
    // (with the error set) if one is not an instruction start (JVMS 4.9.1).
    template <class F>
    bool forEachTarget(uint32_t pc, F&& f) {
        const uint8_t* p = code_.data() + pc;
        const BytecodeInfo& info = bytecodeInfo(p[0]);
        std::vector<int64_t>& targets = targetScratch_;
        targets.clear();
        switch (info.format) {
        case OperandFormat::Branch2: targets.push_back(int64_t(pc) + classfile::readS2(p + 1)); break;
        case OperandFormat::Branch4: targets.push_back(int64_t(pc) + classfile::readS4(p + 1)); break;
        case OperandFormat::TableSwitch: {
            // instructionLength() has checked that all of the table is inside the code.
            const uint8_t* base = code_.data() + ((pc + 4) & ~3u);
            const int64_t low = classfile::readS4(base + 4), high = classfile::readS4(base + 8);
            targets.push_back(int64_t(pc) + classfile::readS4(base));
            for (int64_t i = 0; i <= high - low; ++i) targets.push_back(int64_t(pc) + classfile::readS4(base + 12 + 4 * i));
            break;
        }
        case OperandFormat::LookupSwitch: {
            const uint8_t* base = code_.data() + ((pc + 4) & ~3u);
            const int64_t npairs = classfile::readS4(base + 4);
            targets.push_back(int64_t(pc) + classfile::readS4(base));
            for (int64_t i = 0; i < npairs; ++i) targets.push_back(int64_t(pc) + classfile::readS4(base + 12 + 8 * i));
            break;
        }
        default: break;
        }
        for (int64_t t : targets) {
            if (!isTarget(t)) return fail(pc, "branch target " + std::to_string(t) + " is not an instruction");
            if (!f(uint32_t(t))) return false;
        }
        return true;
    }

    bool decode() {
        const size_t n = code_.size();
        // JVMS 4.7.3: 0 < code_length < 65536.
        if (n == 0 || n >= 65536) return fail(0, "code length " + std::to_string(n) + " out of range");
        isStart_.assign(n, false);
        for (uint32_t pc = 0; pc < n;) {
            const uint32_t len = length(pc);
            if (len == 0) return fail(pc, "undefined or truncated instruction");
            // Reserved opcodes (JVMS 6.2) and the interpreter's quickened forms
            // never appear in a class file; analyse the original code, not the
            // quickened copy (the pcs are the same).
            if (bytecodeInfo(code_[pc]).has(classfile::BC_RESERVED | classfile::BC_INTERNAL))
                return fail(pc, "reserved or internal opcode");
            isStart_[pc] = true;
            pc += len;
        }
        std::vector<bool> leader(n + 1, false);
        leader[0] = true;
        for (uint32_t pc = 0; pc < n; pc += length(pc)) {
            const BytecodeInfo& info = bytecodeInfo(effectiveOp(pc));
            if (info.has(classfile::BC_BRANCH) &&
                !forEachTarget(pc, [&](uint32_t t) {
                    leader[t] = true;
                    return true;
                }))
                return false;
            // After a jump, return, throw, ret or jsr the next instruction is only
            // reached from elsewhere (for jsr: from the subroutine's ret).
            if (info.has(classfile::BC_BRANCH) || info.has(classfile::BC_NO_FALLTHROUGH))
                leader[pc + length(pc)] = true;
        }
        for (const auto& h : handlers_) {
            // JVMS 4.7.3: start_pc < end_pc <= code_length, all on instruction starts.
            if (h.start_pc >= h.end_pc || !isTarget(h.start_pc) || (h.end_pc != n && !isTarget(h.end_pc)) ||
                !isTarget(h.handler_pc))
                return fail(h.start_pc, "malformed exception table entry");
            leader[h.start_pc] = leader[h.end_pc] = leader[h.handler_pc] = true;
        }
        blockAt_.assign(n, UINT32_MAX);
        for (uint32_t pc = 0; pc < n; pc += length(pc)) {
            if (!leader[pc]) continue;
            if (!blocks_.empty()) blocks_.back().end = pc;
            blockAt_[pc] = uint32_t(blocks_.size());
            blocks_.push_back(Block{pc, uint32_t(n), {}});
        }
        for (Block& b : blocks_)
            for (size_t i = 0; i < handlers_.size(); ++i)
                if (handlers_[i].start_pc <= b.start && b.start < handlers_[i].end_pc) b.handlers.push_back(uint16_t(i));
        nodesOfBlock_.resize(blocks_.size());
        return true;
    }

    // ---- the fixed point --------------------------------------------------

    // JVMS 2.6.1: the arguments (and `this`) are the first locals on entry.
    bool enter(std::string_view descriptor, bool isStatic) {
        std::vector<SlotType> args, result;
        if (!parseMethodDescriptor(descriptor, args, result)) return fail(0, "bad method descriptor");
        if (!isStatic) args.insert(args.begin(), kRef);  // `this`, initialized or not
        if (args.size() > numLocals_) return fail(0, "arguments do not fit in max_locals");
        State s;
        s.slots.assign(width_, kTop);
        std::copy(args.begin(), args.end(), s.slots.begin());
        contexts_.push_back(Context{0, UINT32_MAX, UINT32_MAX});
        return propagate(0, 0, s, 0);
    }

    bool solve() {
        while (!worklist_.empty()) {
            const uint32_t id = worklist_.front();
            worklist_.pop_front();
            nodes_[id].queued = false;
            State& s = runState_;  // reused: no allocation per visit
            s = nodes_[id].state;
            if (!runBlock(nodes_[id].block, nodes_[id].context, s)) return false;
        }
        return true;
    }

    // Joins `s` into the entry state of the block at `target` in `context`.
    bool propagate(uint32_t target, uint32_t context, const State& s, uint32_t fromPc) {
        const uint32_t block = blockAt_[target];  // every target was made a leader by decode()
        const uint64_t key = (uint64_t(context) << 32) | block;
        work_ += 1 + (numLocals_ + s.sp) / 8;
        if (work_ > kMaxWork) return fail(fromPc, "method too complex for the reference-map analysis");
        auto [it, inserted] = nodeIds_.try_emplace(key, uint32_t(nodes_.size()));
        if (inserted) {
            stateSlots_ += width_ + 1;
            if (stateSlots_ > kMaxStateSlots) return fail(fromPc, "method too complex for the reference-map analysis");
            nodes_.push_back(Node{block, context, true, s});
            nodesOfBlock_[block].push_back(it->second);
            worklist_.push_back(it->second);
            return true;
        }
        Node& node = nodes_[it->second];
        // JVMS 4.10.2.2: the operand stack has the same height on every path to an instruction.
        if (node.state.sp != s.sp)
            return fail(fromPc, "stack height " + std::to_string(s.sp) + " differs from " +
                                    std::to_string(node.state.sp) + " at pc " + std::to_string(target));
        bool changed = false;
        for (uint32_t i = 0, n = numLocals_ + s.sp; i < n; ++i) {
            const SlotType j = join(node.state.slots[i], s.slots[i]);
            if (j != node.state.slots[i]) {
                node.state.slots[i] = j;
                changed = true;
            }
        }
        if (changed && !node.queued) {
            node.queued = true;
            worklist_.push_back(it->second);
        }
        return true;
    }

    // The context a jsr from `context` to `subroutine` returning to `returnPc` runs in.
    bool pushContext(uint32_t context, uint32_t returnPc, uint32_t subroutine, uint32_t pc, uint32_t& out) {
        // JVMS 4.10.2.5: subroutines are not recursive. Finding the target
        // already on the chain means its earlier activation was left (by an
        // exception reaching a handler outside it), so continue from its caller.
        for (uint32_t c = context; c != 0; c = contexts_[c].parent)
            if (contexts_[c].subroutine == subroutine) {
                context = contexts_[c].parent;
                break;
            }
        const uint64_t key = (uint64_t(context) << 32) | returnPc;
        auto [it, inserted] = contextIds_.try_emplace(key, uint32_t(contexts_.size()));
        if (inserted) {
            if (contexts_.size() >= kMaxContexts) return fail(pc, "too many subroutine call chains");
            contexts_.push_back(Context{context, returnPc, subroutine});
        }
        out = it->second;
        return true;
    }

    // Abstract execution of a block from the state `s` at its start in `context`,
    // propagating to successors and exception handlers.
    bool runBlock(uint32_t blockIndex, uint32_t context, State& s) {
        const Block& b = blocks_[blockIndex];
        const bool covered = !b.handlers.empty();
        // JVMS 4.10.1.6: a handler's locals must accept the locals before every
        // instruction in the range, and after every one that writes a local.
        std::vector<SlotType>& exc = excScratch_;
        if (covered) exc.assign(s.slots.begin(), s.slots.begin() + numLocals_);
        auto joinExc = [&] {
            for (uint32_t i = 0; i < numLocals_; ++i) exc[i] = join(exc[i], s.slots[i]);
        };
        for (uint32_t pc = b.start; pc < b.end;) {
            const uint32_t len = length(pc);
            const uint8_t o = effectiveOp(pc);
            const BytecodeInfo& info = bytecodeInfo(o);
            if (++work_ > kMaxWork) return fail(pc, "method too complex for the reference-map analysis");
            if (covered) joinExc();
            if (!execute(pc, s)) return false;
            if (covered && writesLocal(o)) joinExc();
            if (info.has(classfile::BC_JSR)) {
                // The subroutine runs in a new context; the instruction after the
                // jsr is reached only from its ret.
                const uint32_t target = uint32_t(int64_t(pc) + (info.format == OperandFormat::Branch4
                                                                     ? classfile::readS4(&code_[pc + 1])
                                                                     : classfile::readS2(&code_[pc + 1])));
                uint32_t inner;
                if (!pushContext(context, pc + len, target, pc, inner) || !propagate(target, inner, s, pc)) return false;
            } else if (o == op(Opcode::ret_)) {
                if (!returnFrom(pc, context, s)) return false;
            } else {
                if (info.has(classfile::BC_BRANCH) &&
                    !forEachTarget(pc, [&](uint32_t t) { return propagate(t, context, s, pc); }))
                    return false;
                if (!info.has(classfile::BC_NO_FALLTHROUGH)) {
                    // JVMS 4.9.2: execution never falls off the end of the code.
                    if (pc + len >= code_.size()) return fail(pc, "execution falls off the end of the code");
                    if (pc + len == b.end && !propagate(pc + len, context, s, pc)) return false;
                }
            }
            pc += len;
        }
        if (covered) {
            if (maxStack_ == 0) return fail(b.start, "exception handler needs a stack slot but max_stack is 0");
            State h;
            h.slots = s.slots;
            std::copy(exc.begin(), exc.end(), h.slots.begin());
            h.sp = 1;
            h.slots[numLocals_] = kRef;  // the caught exception
            for (uint16_t i : b.handlers)
                if (!propagate(handlers_[i].handler_pc, context, h, b.start)) return false;
        }
        return true;
    }

    // `ret` continues after the jsr that pushed the return address it names,
    // in that jsr's context. A return address further out on the chain returns
    // from several nested subroutines at once.
    bool returnFrom(uint32_t pc, uint32_t context, const State& s) {
        const uint16_t index = code_[pc] == op(Opcode::wide_) ? classfile::readU2(&code_[pc + 2]) : code_[pc + 1];
        const SlotType t = s.slots[index];  // execute() checked the index
        if (!isRet(t)) return fail(pc, "ret of local " + std::to_string(index) + ", which is not a return address");
        const uint32_t returnPc = t - kRetBase;
        for (uint32_t c = context; c != 0; c = contexts_[c].parent)
            if (contexts_[c].returnPc == returnPc) {
                if (returnPc >= code_.size()) return fail(pc, "ret past the end of the code");
                return propagate(returnPc, contexts_[c].parent, s, pc);
            }
        return fail(pc, "ret to " + std::to_string(returnPc) + ", which is not an active subroutine call");
    }

    // ---- one instruction --------------------------------------------------

    bool push(uint32_t pc, State& s, SlotType t) {
        if (s.sp >= maxStack_) return fail(pc, "operand stack overflow");
        s.slots[numLocals_ + s.sp++] = t;
        return true;
    }
    bool push(uint32_t pc, State& s, const std::vector<SlotType>& ts) {
        for (SlotType t : ts)
            if (!push(pc, s, t)) return false;
        return true;
    }
    bool pop(uint32_t pc, State& s, uint32_t n) {
        if (s.sp < n) return fail(pc, "operand stack underflow");
        s.sp = uint16_t(s.sp - n);
        return true;
    }
    SlotType top(const State& s) const { return s.slots[numLocals_ + s.sp - 1]; }
    bool checkLocal(uint32_t pc, uint32_t index, int size) {
        if (index + size > numLocals_) return fail(pc, "local " + std::to_string(index) + " out of range");
        return true;
    }

    bool accessLocal(uint32_t pc, State& s, const LocalAccess& a) {
        if (!checkLocal(pc, a.index, a.size())) return false;
        SlotType* local = &s.slots[a.index];
        if (a.store) {
            if (!pop(pc, s, a.size())) return false;
            // astore also stores return addresses (JVMS 6.5.astore); keep what was there.
            if (a.type == 'A') local[0] = s.slots[numLocals_ + s.sp];
            else std::fill(local, local + a.size(), kValue);
            return true;
        }
        // aload of a slot that is not surely a reference yields "not a reference":
        // verified code never does it, and the GC must not trust such a slot.
        if (a.type == 'A') return push(pc, s, local[0] == kRef ? kRef : kTop);
        return push(pc, s, kValue) && (a.size() == 1 || push(pc, s, kValue));
    }

    // The descriptor of a member or (invoke)dynamic entry, checking every link:
    // the pool need not come from the parser.
    const std::string* descriptorOf(uint16_t index, std::initializer_list<CpTag> tags) const {
        const CpTag tag = cp_.tag(index);
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) return nullptr;
        const uint16_t nat = cp_.entries[index].index2;
        if (cp_.tag(nat) != CpTag::NameAndType) return nullptr;
        const uint16_t desc = cp_.entries[nat].index2;
        if (cp_.tag(desc) != CpTag::Utf8) return nullptr;
        return &cp_.entries[desc].text;
    }

    // ldc, ldc_w, ldc2_w (JVMS 6.5.ldc, 4.4): the constant's kind decides.
    bool loadConstant(uint32_t pc, State& s, uint16_t index, bool twoSlots) {
        switch (cp_.tag(index)) {
        case CpTag::Integer:
        case CpTag::Float:
            if (!twoSlots) return push(pc, s, kValue);
            break;
        case CpTag::Long:
        case CpTag::Double:
            if (twoSlots) return push(pc, s, kValue) && push(pc, s, kValue);
            break;
        case CpTag::String:
        case CpTag::Class:
        case CpTag::MethodHandle:
        case CpTag::MethodType:
            if (!twoSlots) return push(pc, s, kRef);
            break;
        case CpTag::Dynamic: {
            const std::string* desc = descriptorOf(index, {CpTag::Dynamic});
            if (desc && parseFieldDescriptor(*desc, types_) && types_.size() == (twoSlots ? 2u : 1u))
                return push(pc, s, types_);
            break;
        }
        default:
            break;
        }
        return fail(pc, "ldc of unsuitable constant pool entry " + std::to_string(index));
    }

    bool accessField(uint32_t pc, State& s, uint8_t o, uint16_t index) {
        const std::string* desc = descriptorOf(index, {CpTag::Fieldref});
        if (!desc || !parseFieldDescriptor(*desc, types_)) return fail(pc, "bad Fieldref " + std::to_string(index));
        switch (Opcode(o)) {
        case Opcode::getstatic_: return push(pc, s, types_);
        case Opcode::putstatic_: return pop(pc, s, uint32_t(types_.size()));
        case Opcode::getfield_: return pop(pc, s, 1) && push(pc, s, types_);
        default: return pop(pc, s, uint32_t(types_.size()) + 1);  // putfield
        }
    }

    bool invoke(uint32_t pc, State& s, uint8_t o, uint16_t index) {
        const bool dynamic = o == op(Opcode::invokedynamic_);
        const std::string* desc = dynamic ? descriptorOf(index, {CpTag::InvokeDynamic})
                                          : descriptorOf(index, {CpTag::Methodref, CpTag::InterfaceMethodref});
        if (!desc || !parseMethodDescriptor(*desc, args_, types_)) return fail(pc, "bad method reference " + std::to_string(index));
        // The receiver, if any, is below the arguments (JVMS 6.5.invokevirtual).
        const uint32_t receiver = dynamic || o == op(Opcode::invokestatic_) ? 0 : 1;
        return pop(pc, s, uint32_t(args_.size()) + receiver) && push(pc, s, types_);
    }

    bool execute(uint32_t pc, State& s) {
        const uint8_t* p = code_.data() + pc;
        const uint8_t o = p[0];
        const BytecodeInfo& info = bytecodeInfo(o);
        if (o == op(Opcode::wide_)) {  // JVMS 6.5.wide: a u2 local index
            const uint16_t index = classfile::readU2(p + 2);
            if (p[1] == op(Opcode::iinc_)) return checkLocal(pc, index, 1) && (s.slots[index] = kValue, true);
            if (p[1] == op(Opcode::ret_)) return checkLocal(pc, index, 1);
            const auto access = decodeLocalAccess(p[1], index);
            return access ? accessLocal(pc, s, *access) : fail(pc, "bad wide instruction");
        }
        if (const auto access = decodeLocalAccess(o, info.format == OperandFormat::Local ? p[1] : 0))
            return accessLocal(pc, s, *access);
        if (const Shuffle* sh = shuffleFor(o)) {
            if (!pop(pc, s, sh->in)) return false;
            SlotType in[4];
            std::copy_n(&s.slots[numLocals_ + s.sp], sh->in, in);
            for (int i = 0; i < sh->outLen; ++i)
                if (!push(pc, s, in[sh->out[i]])) return false;
            return true;
        }
        switch (Opcode(o)) {
        case Opcode::iinc_: return checkLocal(pc, p[1], 1) && (s.slots[p[1]] = kValue, true);
        case Opcode::ret_: return checkLocal(pc, p[1], 1);  // control flow is runBlock's
        case Opcode::aconst_null_: return push(pc, s, kRef);
        case Opcode::ldc_: return loadConstant(pc, s, p[1], false);
        case Opcode::ldc_w_: return loadConstant(pc, s, classfile::readU2(p + 1), false);
        case Opcode::ldc2_w_: return loadConstant(pc, s, classfile::readU2(p + 1), true);
        case Opcode::aaload_: return pop(pc, s, 2) && push(pc, s, kRef);
        // An uninitialized `new` result is already a heap pointer the GC must see.
        case Opcode::new_: return push(pc, s, kRef);
        case Opcode::newarray_:
        case Opcode::anewarray_: return pop(pc, s, 1) && push(pc, s, kRef);
        case Opcode::checkcast_: return s.sp >= 1 || fail(pc, "operand stack underflow");  // same value
        case Opcode::multianewarray_:
            // JVMS 4.9.2: dimensions >= 1; it pops one int per dimension.
            if (p[3] == 0) return fail(pc, "multianewarray with 0 dimensions");
            return pop(pc, s, p[3]) && push(pc, s, kRef);
        case Opcode::jsr_:
        case Opcode::jsr_w_: return push(pc, s, kRetBase + pc + info.length);
        case Opcode::getstatic_:
        case Opcode::putstatic_:
        case Opcode::getfield_:
        case Opcode::putfield_: return accessField(pc, s, o, classfile::readU2(p + 1));
        case Opcode::invokevirtual_:
        case Opcode::invokespecial_:  // <init> turns an uninitialized reference into an initialized one: still a reference
        case Opcode::invokestatic_:
        case Opcode::invokeinterface_:
        case Opcode::invokedynamic_: return invoke(pc, s, o, classfile::readU2(p + 1));
        default:
            break;
        }
        // Everything else takes and produces only values as far as the GC is
        // concerned (references it consumes are simply popped): the table says how many.
        if (info.pops < 0 || info.pushes < 0) return fail(pc, "no stack effect for " + std::string(info.name));
        if (!pop(pc, s, uint32_t(info.pops))) return false;
        for (int i = 0; i < info.pushes; ++i)
            if (!push(pc, s, kValue)) return false;
        return true;
    }

    // ---- recording --------------------------------------------------------

    struct Snapshot {
        uint16_t sp;
        std::vector<uint64_t> bits;
        std::vector<MethodRefMaps::Guard> guards;
    };

    // Fills `snap` from `s`, reusing its buffers.
    void takeSnapshot(const State& s, Snapshot& snap) const {
        const uint32_t n = numLocals_ + s.sp;
        snap.sp = s.sp;
        snap.bits.assign((n + 63) / 64, 0);
        snap.guards.clear();
        for (uint32_t i = 0; i < n; ++i) {
            if (s.slots[i] == kRef) snap.bits[i / 64] |= uint64_t(1) << (i % 64);
            else if (isRet(s.slots[i])) snap.guards.push_back({i, s.slots[i] - kRetBase});
        }
    }

    // Appends a bitset to the result's pool; the map's pointer into the pool is
    // set by record() once the pool stops growing.
    FrameRefMap addMap(const Snapshot& snap, std::vector<size_t>& offsets) {
        FrameRefMap m;
        m.numLocals_ = uint16_t(numLocals_);
        m.stackDepth_ = snap.sp;
        offsets.push_back(result_->words_.size());
        result_->words_.insert(result_->words_.end(), snap.bits.begin(), snap.bits.end());
        return m;
    }

    bool record() {
        result_.reset(new MethodRefMaps());
        result_->maxLocals_ = uint16_t(numLocals_);
        // Snapshot j of instruction k of the current block is snaps[k * contexts + j].
        std::vector<Snapshot> snaps;
        State s;
        for (uint32_t bi = 0; bi < blocks_.size(); ++bi) {
            const std::vector<uint32_t>& ids = nodesOfBlock_[bi];
            if (ids.empty()) continue;  // unreachable
            const Block& b = blocks_[bi];
            const size_t contexts = ids.size();
            for (size_t j = 0; j < contexts; ++j) {
                s = nodes_[ids[j]].state;
                size_t k = 0;
                for (uint32_t pc = b.start; pc < b.end; pc += length(pc), ++k) {
                    if (snaps.size() < (k + 1) * contexts) snaps.resize((k + 1) * contexts);
                    takeSnapshot(s, snaps[k * contexts + j]);
                    if (!execute(pc, s)) return false;
                }
            }
            size_t k = 0;
            for (uint32_t pc = b.start; pc < b.end; pc += length(pc), ++k)
                if (!addEntry(pc, &snaps[k * contexts], contexts)) return false;
        }
        MethodRefMaps& r = *result_;
        if (r.words_.empty()) r.words_.push_back(0);  // so that every map points at something
        r.words_.shrink_to_fit();
        for (size_t i = 0; i < r.entries_.size(); ++i) r.entries_[i].map.words_ = r.words_.data() + entryOffsets_[i];
        for (size_t i = 0; i < r.variants_.size(); ++i) r.variants_[i].map.words_ = r.words_.data() + variantOffsets_[i];
        return true;
    }

    // One pc's map: the join over all contexts, plus one variant per context
    // when they disagree (the caller-dependent case).
    bool addEntry(uint32_t pc, const Snapshot* snaps, size_t count) {
        Snapshot& merged = merged_;
        merged.sp = snaps[0].sp;
        merged.bits = snaps[0].bits;
        merged.guards.clear();
        bool differ = false;
        for (const Snapshot& snap : std::span(snaps, count)) {
            if (snap.sp != merged.sp)
                return fail(pc, "stack height differs between subroutine call sites");
            for (size_t w = 0; w < merged.bits.size(); ++w) {
                differ |= snap.bits[w] != merged.bits[w];
                merged.bits[w] &= snap.bits[w];
            }
        }
        MethodRefMaps& r = *result_;
        r.entries_.push_back({pc, uint32_t(r.variants_.size()), differ ? uint32_t(count) : 0u, addMap(merged, entryOffsets_)});
        if (!differ) return true;
        for (const Snapshot& snap : std::span(snaps, count)) {
            r.variants_.push_back({uint32_t(r.guards_.size()), uint32_t(snap.guards.size()), addMap(snap, variantOffsets_)});
            r.guards_.insert(r.guards_.end(), snap.guards.begin(), snap.guards.end());
        }
        return true;
    }

    const classfile::ConstantPool& cp_;
    const std::vector<uint8_t>& code_;
    const std::vector<classfile::ExceptionTableEntry>& handlers_;
    const uint32_t numLocals_, maxStack_, width_;

    std::vector<bool> isStart_;
    std::vector<uint32_t> blockAt_;  // block index at a leader pc
    std::vector<Block> blocks_;
    std::vector<Context> contexts_;
    std::unordered_map<uint64_t, uint32_t> contextIds_;  // (parent, returnPc) -> context
    std::vector<Node> nodes_;
    std::unordered_map<uint64_t, uint32_t> nodeIds_;     // (context, block) -> node
    std::vector<std::vector<uint32_t>> nodesOfBlock_;
    std::deque<uint32_t> worklist_;
    uint64_t work_ = 0, stateSlots_ = 0;

    std::vector<SlotType> types_, args_, excScratch_;
    std::vector<int64_t> targetScratch_;
    std::vector<size_t> entryOffsets_, variantOffsets_;  // into result_->words_
    Snapshot merged_;
    State runState_;
    std::string error_;
    std::unique_ptr<MethodRefMaps> result_;
};

std::unique_ptr<MethodRefMaps> MethodRefMaps::analyze(const classfile::ConstantPool& cp,
                                                      const classfile::MethodInfo& method, bool isStatic,
                                                      std::string* error) {
    if (!method.code) {
        if (error) *error = "method has no Code attribute";
        return nullptr;
    }
    return RefMapBuilder(cp, *method.code).run(method.descriptor, isStatic, error);
}

const MethodRefMaps::Entry* MethodRefMaps::find(uint32_t pc) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), pc,
                               [](const Entry& e, uint32_t p) { return e.pc < p; });
    return it != entries_.end() && it->pc == pc ? &*it : nullptr;
}

const FrameRefMap* MethodRefMaps::at(uint32_t pc) const {
    const Entry* e = find(pc);
    return e ? &e->map : nullptr;
}

bool MethodRefMaps::isCallerDependent(uint32_t pc) const {
    const Entry* e = find(pc);
    return e && e->numVariants > 0;
}

size_t MethodRefMaps::memoryBytes() const {
    return sizeof(*this) + words_.capacity() * sizeof(uint64_t) + entries_.capacity() * sizeof(Entry) +
           variants_.capacity() * sizeof(Variant) + guards_.capacity() * sizeof(Guard);
}

}  // namespace cortado::runtime
