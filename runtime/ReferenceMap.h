// Reference maps: which local-variable and operand-stack slots of a frame hold
// object references at each bytecode index (DESIGN.md "Frames and GC roots";
// HotSpot calls this the oop-map cache / GenerateOopMap).
//
// The maps are computed once per method by abstract interpretation of the
// original class-file bytecode (not the interpreter's quickened copy: quickening
// keeps instruction boundaries, so the pcs are the same). The analysis reads the
// one bytecode table (classfile/Bytecodes.def) and special-cases only the
// instructions whose stack effect depends on an operand or whose result type
// matters to the GC.
//
// Slot numbering, the same in every map: locals 0 .. numLocals()-1, then the
// operand stack from its bottom, numLocals() .. numLocals()+stackDepth()-1. Long
// and double values take two slots (JVMS 2.6.1, 2.6.2); neither is a reference.
//
// A slot counts as a reference only if it holds one (possibly null, possibly an
// uninitialized `new` result) on *every* path to the pc. A slot that is a
// reference on one path and something else on another (e.g. a dead local reused
// for an int) is not one: the GC must never treat an int as a pointer, and the
// bytecode verifier guarantees such a slot is never read as a reference.
//
// jsr/ret (JVMS 4.10.2.5) are analysed per call site (the states are kept apart
// per chain of jsr return addresses), so after a `ret` each local has exactly the
// type it has on the path through that particular jsr. *Inside* a subroutine
// called from sites that disagree about an untouched local, no single map is
// right; at(pc) then answers conservatively (not a reference) and
// isCallerDependent(pc) is true; at(pc, readSlot) picks the map of the actual
// call chain by looking at the return addresses held in the frame.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "classfile/ClassFile.h"

namespace cortado::runtime {

// The reference slots of one frame state; a view into its MethodRefMaps.
class FrameRefMap {
public:
    uint16_t numLocals() const { return numLocals_; }
    uint16_t stackDepth() const { return stackDepth_; }
    uint32_t numSlots() const { return uint32_t(numLocals_) + stackDepth_; }

    // `slot` as numbered above; false for slots beyond numSlots().
    bool isReference(uint32_t slot) const {
        return slot < numSlots() && ((words_[slot / 64] >> (slot % 64)) & 1);
    }
    bool isLocalReference(uint32_t local) const { return local < numLocals_ && isReference(local); }
    // `depth` counts from the bottom of the operand stack.
    bool isStackReference(uint32_t depth) const { return depth < stackDepth_ && isReference(numLocals_ + depth); }

    // Calls f(slot) for every reference slot, in increasing order.
    template <class F>
    void forEachReference(F&& f) const {
        const uint32_t n = numSlots();
        for (uint32_t w = 0; w * 64 < n; ++w)
            for (uint64_t bits = words_[w]; bits != 0; bits &= bits - 1)
                f(w * 64 + uint32_t(__builtin_ctzll(bits)));
    }

private:
    friend class MethodRefMaps;
    friend class RefMapBuilder;
    const uint64_t* words_ = nullptr;  // numSlots() bits, slot i at bit i % 64 of word i / 64
    uint16_t numLocals_ = 0;
    uint16_t stackDepth_ = 0;
};

class MethodRefMaps {
public:
    // Analyses the whole method once. On bytecode it cannot analyse (no Code
    // attribute, truncated or undefined instructions, branches into the middle
    // of an instruction, stack overflow or underflow, inconsistent stack heights,
    // bad constant-pool references, a ret without a return address, or a method
    // too complex for the analysis budget) it returns nullptr and, if `error` is
    // given, a message naming the pc. It is not the verifier, but it terminates
    // and never reads out of bounds on any input.
    static std::unique_ptr<MethodRefMaps> analyze(const classfile::ConstantPool& cp,
                                                  const classfile::MethodInfo& method, bool isStatic,
                                                  std::string* error = nullptr);

    MethodRefMaps(const MethodRefMaps&) = delete;
    MethodRefMaps& operator=(const MethodRefMaps&) = delete;

    // The state *before* the instruction at `pc` executes; nullptr if `pc` is
    // not the start of a reachable instruction. Inside a subroutine whose call
    // sites disagree about a slot, that slot is reported as not a reference.
    const FrameRefMap* at(uint32_t pc) const;

    // True if the map at `pc` depends on which jsr sites the subroutine(s) the
    // pc lies in were called from; then prefer the overload below.
    bool isCallerDependent(uint32_t pc) const;

    // Like at(pc), but resolves caller-dependent maps using the frame itself:
    // readSlot(slot) must return the raw contents of that slot (numbered as
    // above) of the frame being scanned. Return-address slots are compared
    // with the bytecode index of the instruction following the jsr that pushed
    // them, so the interpreter and compiled code must store a returnAddress as
    // that bci. The answer is always sound: if the frame does not select
    // exactly one caller chain, this returns the conservative at(pc).
    template <class ReadSlot>
    const FrameRefMap* at(uint32_t pc, ReadSlot&& readSlot) const {
        const Entry* e = find(pc);
        if (!e) return nullptr;
        const FrameRefMap* chosen = nullptr;
        for (uint32_t v = e->firstVariant; v < e->firstVariant + e->numVariants; ++v) {
            const Variant& var = variants_[v];
            bool matches = true;
            for (uint32_t g = var.firstGuard; matches && g < var.firstGuard + var.numGuards; ++g)
                matches = uint64_t(readSlot(guards_[g].slot)) == guards_[g].returnPc;
            if (!matches) continue;
            if (chosen) return &e->map;  // ambiguous: fall back to the safe merge
            chosen = &var.map;
        }
        return chosen ? chosen : &e->map;
    }

    uint16_t maxLocals() const { return maxLocals_; }
    // Number of instructions that have a map (the reachable ones).
    size_t size() const { return entries_.size(); }
    // Approximate heap footprint, for statistics.
    size_t memoryBytes() const;

private:
    struct Entry {
        uint32_t pc;
        uint32_t firstVariant;
        uint32_t numVariants;  // 0 unless caller-dependent
        FrameRefMap map;       // the conservative merge over all caller chains
    };
    // The map for one chain of subroutine callers, selected by its guards.
    struct Variant {
        uint32_t firstGuard;
        uint32_t numGuards;
        FrameRefMap map;
    };
    // "Slot `slot` holds the return address `returnPc`."
    struct Guard {
        uint32_t slot;
        uint32_t returnPc;
    };

    MethodRefMaps() = default;
    const Entry* find(uint32_t pc) const;

    friend class RefMapBuilder;
    uint16_t maxLocals_ = 0;
    std::vector<uint64_t> words_;  // all bitsets; FrameRefMap::words_ point in here
    std::vector<Entry> entries_;   // sorted by pc
    std::vector<Variant> variants_;
    std::vector<Guard> guards_;
};

}  // namespace cortado::runtime
