// The stack cache: the top of the operand stack kept out of memory within a
// basic block (docs/jit.md "The stack cache"). A load of a local or an int
// constant emits nothing and is remembered; an int result stays in rax; the
// consuming instruction reads the local, the immediate or rax directly.
//
// The frame contract still holds at every safepoint: an instruction that does
// not work on the cache writes it to the slots first, every label another
// instruction jumps to is bound with an empty cache, and a slow path (a
// throw, a resolution call) writes out the cache as its instruction began
// before it runs. A cached local is only read, so it is written out before
// any store to that local. r11 is the scratch register of the write-outs.
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readS2;
using classfile::readS4;

void Templates::findBranchTargets() {
    const auto& code = method_->codeAttribute()->code;
    branchTargets_.assign(code.size() + 1, false);
    auto mark = [&](int64_t target) {
        if (target >= 0 && size_t(target) < branchTargets_.size()) branchTargets_[size_t(target)] = true;
    };
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) break;
        auto op = static_cast<Opcode>(code[pc]);
        uint8_t o = code[pc];
        if ((o >= uint8_t(Opcode::ifeq_) && o <= uint8_t(Opcode::jsr_)) || op == Opcode::ifnull_ ||
            op == Opcode::ifnonnull_) {
            mark(int64_t(pc) + readS2(&code[pc + 1]));
        } else if (op == Opcode::goto_w_ || op == Opcode::jsr_w_) {
            mark(int64_t(pc) + readS4(&code[pc + 1]));
        } else if (op == Opcode::tableswitch_ || op == Opcode::lookupswitch_) {
            const uint8_t* p = code.data() + ((pc + 4) & ~3u);
            mark(int64_t(pc) + readS4(p));
            if (op == Opcode::tableswitch_) {
                int32_t low = readS4(p + 4), high = readS4(p + 8);
                for (int64_t i = 0; i <= int64_t(high) - low; ++i) mark(int64_t(pc) + readS4(p + 12 + 4 * i));
            } else {
                int32_t npairs = readS4(p + 4);
                for (int32_t i = 0; i < npairs; ++i) mark(int64_t(pc) + readS4(p + 12 + 8 * i));
            }
        }
        pc += len;
    }
    for (const auto& e : method_->codeAttribute()->exception_table) mark(e.handler_pc);
}

bool Templates::usesCache(Opcode op) const {
    switch (op) {
        case Opcode::iload_: case Opcode::fload_: case Opcode::aload_:
        case Opcode::iload_0_: case Opcode::iload_1_: case Opcode::iload_2_: case Opcode::iload_3_:
        case Opcode::fload_0_: case Opcode::fload_1_: case Opcode::fload_2_: case Opcode::fload_3_:
        case Opcode::aload_0_: case Opcode::aload_1_: case Opcode::aload_2_: case Opcode::aload_3_:
        case Opcode::iconst_m1_: case Opcode::iconst_0_: case Opcode::iconst_1_: case Opcode::iconst_2_:
        case Opcode::iconst_3_: case Opcode::iconst_4_: case Opcode::iconst_5_:
        case Opcode::bipush_: case Opcode::sipush_:
        case Opcode::istore_: case Opcode::fstore_: case Opcode::astore_:
        case Opcode::istore_0_: case Opcode::istore_1_: case Opcode::istore_2_: case Opcode::istore_3_:
        case Opcode::fstore_0_: case Opcode::fstore_1_: case Opcode::fstore_2_: case Opcode::fstore_3_:
        case Opcode::astore_0_: case Opcode::astore_1_: case Opcode::astore_2_: case Opcode::astore_3_:
        case Opcode::iinc_:
        case Opcode::iadd_: case Opcode::isub_: case Opcode::imul_: case Opcode::iand_: case Opcode::ior_:
        case Opcode::ixor_: case Opcode::ishl_: case Opcode::ishr_: case Opcode::iushr_: case Opcode::ineg_:
        case Opcode::ifeq_: case Opcode::ifne_: case Opcode::iflt_: case Opcode::ifge_: case Opcode::ifgt_:
        case Opcode::ifle_: case Opcode::if_icmpeq_: case Opcode::if_icmpne_: case Opcode::if_icmplt_:
        case Opcode::if_icmpge_: case Opcode::if_icmpgt_: case Opcode::if_icmple_: case Opcode::if_acmpeq_:
        case Opcode::if_acmpne_: case Opcode::ifnull_: case Opcode::ifnonnull_:
        case Opcode::iaload_: case Opcode::faload_: case Opcode::aaload_: case Opcode::baload_:
        case Opcode::caload_: case Opcode::saload_: case Opcode::laload_: case Opcode::daload_:
        case Opcode::iastore_: case Opcode::fastore_: case Opcode::castore_: case Opcode::sastore_:
        case Opcode::bastore_: case Opcode::lastore_: case Opcode::dastore_: case Opcode::arraylength_:
        case Opcode::getfield_: case Opcode::putfield_:
        case Opcode::ireturn_: case Opcode::freturn_: case Opcode::areturn_:
            return true;
        default: return false;
    }
}

void Templates::materialize(const std::vector<Cached>& cache, uint32_t depth, size_t i) {
    Mem slot = stackSlot(depth - uint32_t(cache.size()) + uint32_t(i));
    const Cached& c = cache[i];
    switch (c.kind) {
        case Cached::InSlot: break;
        case Cached::Local: a_.mov(r11, local(c.value)); a_.mov(slot, r11); break;
        case Cached::Const:
            // An int is zero-extended in its slot (intToSlot).
            if (c.value <= 0x7fffffff) a_.mov(slot, imm(int32_t(c.value)));
            else { a_.mov(r11d, c.value); a_.mov(slot, r11); }
            break;
        case Cached::Rax: a_.mov(slot, rax); break;
        case Cached::Rcx: a_.mov(slot, rcx); break;
    }
}

void Templates::flushCache() {
    for (size_t i = 0; i < cache_.size(); ++i) materialize(cache_, depth_, i);
    cache_.clear();
}

void Templates::flushCacheKind(Cached::Kind kind) {
    for (size_t i = 0; i < cache_.size(); ++i) {
        if (cache_[i].kind != kind) continue;
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
    cacheAtStart_ = cache_;  // called as an instruction begins, before its slow paths
}

void Templates::flushCacheBelow(int operands) {
    size_t keep = std::min(cache_.size(), size_t(operands));
    for (size_t i = 0; i + keep < cache_.size(); ++i) {
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
    cacheAtStart_ = cache_;
}

void Templates::flushRaxBelow(int operands) {
    size_t keep = std::min(cache_.size(), size_t(operands));
    for (size_t i = 0; i + keep < cache_.size(); ++i) {
        if (cache_[i].kind != Cached::Rax) continue;
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
    cacheAtStart_ = cache_;
}

void Templates::flushCacheLocal(uint32_t index) {
    for (size_t i = 0; i < cache_.size(); ++i) {
        if (cache_[i].kind != Cached::Local || cache_[i].value != index) continue;
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
}

const Templates::Cached* Templates::cachedTop(int fromTop) const {
    if (size_t(fromTop) > cache_.size()) return nullptr;
    const Cached& c = cache_[cache_.size() - size_t(fromTop)];
    return c.kind == Cached::InSlot ? nullptr : &c;
}

Operand Templates::operand(int fromTop, bool wide) {
    const Cached* c = cachedTop(fromTop);
    if (!c) return wide ? top(-fromTop) : top(-fromTop).cloneResized(4);
    switch (c->kind) {
        case Cached::Local: return wide ? local(c->value) : local(c->value).cloneResized(4);
        case Cached::Const: return imm(int32_t(c->value));
        case Cached::Rcx: return wide ? Operand(rcx) : Operand(ecx);
        default: return wide ? Operand(rax) : Operand(eax);
    }
}

void Templates::loadOperand(const Gp& reg, int fromTop) {
    bool wide = reg.size() == 8;
    const Cached* c = cachedTop(fromTop);
    if (c && c->kind == Cached::Const) {
        a_.mov(reg.r32(), c->value);  // zero-extends, as the slot holds it
    } else if (c && c->kind == Cached::Rax) {
        if (reg.id() != rax.id()) a_.mov(reg, wide ? Gp(rax) : Gp(eax));
    } else if (c && c->kind == Cached::Rcx) {
        if (reg.id() != rcx.id()) a_.mov(reg, wide ? Gp(rcx) : Gp(ecx));
    } else {
        a_.emit(Inst::kIdMov, reg, operand(fromTop, wide));
    }
}

void Templates::consume(int slots) {
    size_t n = std::min(cache_.size(), size_t(slots));
    cache_.resize(cache_.size() - n);
}

void Templates::pushCached(Cached::Kind kind, uint32_t value) { cache_.push_back(Cached{kind, value}); }

}  // namespace cortado::jit
