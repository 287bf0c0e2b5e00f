// The stack cache: the top of the operand stack kept out of memory within a
// basic block (docs/jit.md "The stack cache"). A load of a local or a
// constant emits nothing and is remembered; an int, long or reference result
// stays in rax, a float or double result in an xmm register; the consuming
// instruction reads the local, the immediate or the register directly.
//
// The frame contract still holds at every safepoint: an instruction that does
// not work on the cache writes it to the slots first, every label another
// instruction jumps to is bound with an empty cache, and a slow path (a
// throw, a resolution call) writes out the cache as its instruction began
// before it runs. A cached local is only read, so it is written out before
// any store to that local. r11 is the scratch register of the write-outs.
// A cached local that lives in a register (RegisterLocals.h) is that
// register: read in place, written out with one store.
//
// An int, long or reference result is made in rax. When an instruction needs
// rax (for its result, or as its index or scratch register) while an older
// entry is there, that entry moves to a free register of a small pool of
// caller-saved registers no template that works on the cache uses otherwise
// (kCacheGprs): `mov r8, rax` rather than a store now and a load later.
//
// A slow path that calls out and then returns to the main line (a resolution
// guard, an unresolved intrinsic) finds the caller-saved registers clobbered
// by the call, and the GC may have moved the objects they pointed to: it
// reloads the cached registers from the slots it wrote them to
// (reloadCacheRegisters).
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readS2;
using classfile::readS4;

void Templates::findBranchTargets() {
    const auto& code = method_->codeAttribute()->code;
    branchTargets_.assign(code.size() + 1, false);
    // Edges into a join other than a forward goto's (and falling through) rule out a rax join.
    std::vector<bool> otherEdge(code.size() + 1, false);
    auto mark = [&](int64_t target, bool forwardGoto = false) {
        if (target < 0 || size_t(target) >= branchTargets_.size()) return;
        branchTargets_[size_t(target)] = true;
        if (!forwardGoto) otherEdge[size_t(target)] = true;
    };
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) break;
        auto op = static_cast<Opcode>(code[pc]);
        if (std::optional<int64_t> target = classfile::jumpTarget(code, pc)) {
            mark(*target, (op == Opcode::goto_ || op == Opcode::goto_w_) && *target > int64_t(pc));
        } else if (op == Opcode::jsr_) {
            mark(int64_t(pc) + readS2(&code[pc + 1]));
        } else if (op == Opcode::jsr_w_) {
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
    findRaxJoins(otherEdge);
}

namespace {
// An instruction that takes a one-slot int or reference from the top of the
// stack first: what a rax join may start with (the slot above a long's or
// double's first half is never the top at such an instruction).
bool takesOneSlotIntOrReference(classfile::Opcode op) {
    using classfile::Opcode;
    switch (op) {
        case Opcode::ireturn_: case Opcode::areturn_:
        case Opcode::ifeq_: case Opcode::ifne_: case Opcode::iflt_: case Opcode::ifge_: case Opcode::ifgt_:
        case Opcode::ifle_: case Opcode::ifnull_: case Opcode::ifnonnull_:
        case Opcode::if_icmpeq_: case Opcode::if_icmpne_: case Opcode::if_icmplt_: case Opcode::if_icmpge_:
        case Opcode::if_icmpgt_: case Opcode::if_icmple_: case Opcode::if_acmpeq_: case Opcode::if_acmpne_:
        case Opcode::istore_: case Opcode::astore_:
        case Opcode::istore_0_: case Opcode::istore_1_: case Opcode::istore_2_: case Opcode::istore_3_:
        case Opcode::astore_0_: case Opcode::astore_1_: case Opcode::astore_2_: case Opcode::astore_3_:
        case Opcode::iadd_: case Opcode::isub_: case Opcode::iand_: case Opcode::ior_: case Opcode::ixor_:
        case Opcode::imul_:
            return true;
        default: return false;
    }
}
}  // namespace

void Templates::findRaxJoins(const std::vector<bool>& otherEdge) {
    const auto& code = method_->codeAttribute()->code;
    raxJoins_.assign(code.size() + 1, false);
    for (uint32_t pc = 0; pc < code.size();) {
        uint32_t len = classfile::instructionLength(code, pc);
        if (len == 0) return;
        const runtime::FrameRefMap* map = maps_.at(pc);
        raxJoins_[pc] = branchTargets_[pc] && !otherEdge[pc] && map && map->stackDepth() >= 1 &&
                        takesOneSlotIntOrReference(static_cast<Opcode>(code[pc]));
        pc += len;
    }
}

// What every edge into a rax join does: the top of the stack to rax, every
// other cached value to its slot.
void Templates::enterRaxJoin() {
    const Cached* c = cachedTop(1);
    bool plain = !c || c->kind == Cached::Const || c->kind == Cached::Rax || c->kind == Cached::Gpr ||
                 c->kind == Cached::Rcx || (c->kind == Cached::Local && !isXmmLocal(*c));
    if (plain) flushCacheBelow(1);
    else flushCache();  // (a float's flags or xmm register cannot be the top here; in its slot, to be safe)
    loadOperand(rax, 1);  // an int slot's upper half is zero: rax holds the int zero-extended
    cache_.assign(1, Cached{Cached::Rax, 0});
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
        case Opcode::idiv_: case Opcode::irem_: case Opcode::fneg_: case Opcode::dneg_:
        case Opcode::ladd_: case Opcode::lsub_: case Opcode::lmul_: case Opcode::land_: case Opcode::lor_:
        case Opcode::lxor_: case Opcode::lshl_: case Opcode::lshr_: case Opcode::lushr_: case Opcode::lneg_:
        case Opcode::lcmp_: case Opcode::i2l_: case Opcode::l2i_: case Opcode::i2b_: case Opcode::i2c_: case Opcode::i2s_:
        case Opcode::ifeq_: case Opcode::ifne_: case Opcode::iflt_: case Opcode::ifge_: case Opcode::ifgt_:
        case Opcode::ifle_: case Opcode::if_icmpeq_: case Opcode::if_icmpne_: case Opcode::if_icmplt_:
        case Opcode::if_icmpge_: case Opcode::if_icmpgt_: case Opcode::if_icmple_: case Opcode::if_acmpeq_:
        case Opcode::if_acmpne_: case Opcode::ifnull_: case Opcode::ifnonnull_:
        case Opcode::iaload_: case Opcode::faload_: case Opcode::aaload_: case Opcode::baload_:
        case Opcode::caload_: case Opcode::saload_: case Opcode::laload_: case Opcode::daload_:
        case Opcode::iastore_: case Opcode::fastore_: case Opcode::castore_: case Opcode::sastore_:
        case Opcode::bastore_: case Opcode::lastore_: case Opcode::dastore_: case Opcode::arraylength_:
        case Opcode::getfield_: case Opcode::putfield_:
        case Opcode::lload_: case Opcode::dload_:
        case Opcode::lload_0_: case Opcode::lload_1_: case Opcode::lload_2_: case Opcode::lload_3_:
        case Opcode::dload_0_: case Opcode::dload_1_: case Opcode::dload_2_: case Opcode::dload_3_:
        case Opcode::lstore_: case Opcode::dstore_:
        case Opcode::lstore_0_: case Opcode::lstore_1_: case Opcode::lstore_2_: case Opcode::lstore_3_:
        case Opcode::dstore_0_: case Opcode::dstore_1_: case Opcode::dstore_2_: case Opcode::dstore_3_:
        case Opcode::lconst_0_: case Opcode::lconst_1_: case Opcode::fconst_0_: case Opcode::fconst_1_:
        case Opcode::fconst_2_: case Opcode::dconst_0_: case Opcode::dconst_1_: case Opcode::ldc2_w_:
        case Opcode::fadd_: case Opcode::fsub_: case Opcode::fmul_: case Opcode::fdiv_:
        case Opcode::dadd_: case Opcode::dsub_: case Opcode::dmul_: case Opcode::ddiv_:
        case Opcode::fcmpl_: case Opcode::fcmpg_: case Opcode::dcmpl_: case Opcode::dcmpg_:
        case Opcode::i2d_: case Opcode::i2f_: case Opcode::f2d_: case Opcode::d2f_:
        case Opcode::dup_: case Opcode::dup2_:
        case Opcode::ireturn_: case Opcode::freturn_: case Opcode::areturn_: case Opcode::lreturn_:
        case Opcode::dreturn_:
            return true;
        case Opcode::ldc_: case Opcode::ldc_w_: {  // an int or float constant; not a String or Class
            auto tag = method_->owner->constantPool().tag(op == Opcode::ldc_ ? bc_[1] : classfile::readU2(bc_ + 1));
            return tag == classfile::CpTag::Integer || tag == classfile::CpTag::Float;
        }
        // Calls that may be done inline keep arguments that are locals cached (flushCacheForCall).
        case Opcode::invokestatic_: case Opcode::invokevirtual_: case Opcode::invokespecial_: return true;
        default: return false;
    }
}

void Templates::materialize(const std::vector<Cached>& cache, uint32_t depth, size_t i) {
    Mem slot = stackSlot(depth - uint32_t(cache.size()) + uint32_t(i));
    const Cached& c = cache[i];
    switch (c.kind) {
        case Cached::InSlot: break;
        case Cached::Local:
            if (Gp reg = localReg(uint32_t(c.value)); reg.isValid()) {
                a_.mov(slot, reg);  // zero-extended: the register's upper half is zero
            } else if (isXmmLocal(c)) {
                writeXmmLocal(slot, uint32_t(c.value));
            } else {
                a_.mov(r11, local(uint32_t(c.value)));
                a_.mov(slot, r11);
            }
            break;
        case Cached::Const:
            // An int or float is zero-extended in its slot (intToSlot), a long or double's bits fill it.
            if (c.value <= 0x7fffffff) a_.mov(slot, imm(int32_t(c.value)));
            else { a_.mov(r11, imm(c.value)); a_.mov(slot, r11); }
            break;
        case Cached::Rax: a_.mov(slot, rax); break;
        case Cached::XmmD: a_.movsd(slot, xmm(uint32_t(c.value))); break;
        case Cached::XmmF: a_.movd(r11d, xmm(uint32_t(c.value))); a_.mov(slot, r11); break;  // zero-extended bits
        case Cached::Flags: break;  // never written out: the branch right after consumes it
        case Cached::Rcx: a_.mov(slot, rcx); break;
        case Cached::Gpr: a_.mov(slot, gpq(uint32_t(c.value))); break;
    }
}

void Templates::flushCache() {
    for (size_t i = 0; i < cache_.size(); ++i) materialize(cache_, depth_, i);
    cache_.clear();
}

namespace {
// The pool of registers that hold int, long and reference entries moved out of
// rax: caller-saved (a call, which writes the cache out first, may clobber
// them; a slow path that calls out reloads them), and used by no template that
// works on the cache except as the pool (rcx, rdx and r11 are their scratch
// registers; rsi and rdi carry helper arguments only in slow paths and in
// templates that write the cache out first). rdi and rsi come first: shorter
// encodings (no REX prefix for 32-bit operations), and every slow path that
// calls out sets them, so one that forgot to reload them could not go unseen.
constexpr uint32_t kCacheGprs[] = {Gp::kIdDi, Gp::kIdSi, Gp::kIdR8, Gp::kIdR9, Gp::kIdR10};
}  // namespace

Gp Templates::allocGpr() {
    uint32_t used = 0;
    for (const Cached& c : cache_)
        if (c.kind == Cached::Gpr) used |= 1u << c.value;
    for (uint32_t id : kCacheGprs)
        if (!(used & (1u << id))) return gpq(id);
    return Gp();
}

void Templates::moveRaxAside(size_t i) {
    if (Gp r = allocGpr(); r.isValid()) {
        a_.mov(r, rax);
        cache_[i] = Cached{Cached::Gpr, r.id()};
    } else {
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
}

Gp Templates::gprOf(int fromTop) const {
    const Cached* c = cachedTop(fromTop);
    if (c && c->kind == Cached::Rax) return rax;
    if (c && c->kind == Cached::Gpr) return gpq(uint32_t(c->value));
    return Gp();
}

Gp Templates::intRegisterOf(int fromTop) const {
    const Cached* c = cachedTop(fromTop);
    if (c && c->kind == Cached::Local) return localReg(uint32_t(c->value));
    if (c && c->kind == Cached::Gpr) return gpq(uint32_t(c->value));
    return Gp();
}

void Templates::flushRax() { flushRaxBelow(0); }

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
    for (size_t i = 0; i + keep < cache_.size(); ++i)
        if (cache_[i].kind == Cached::Rax) moveRaxAside(i);
    cacheAtStart_ = cache_;  // called as an instruction begins, before its slow paths
}

// A call's arguments that are cached locals stay so (an inlined body reads
// them where they are: TemplatesInline.cpp); the call itself writes them out
// (flushCache) before it pushes the frame, and an inlined body's slow paths
// write them to its frame as they push it. So the call's own slow paths,
// reached only after one or the other, have nothing left to write.
void Templates::flushCacheForCall(int argSlots) {
    size_t firstArg = cache_.size() - std::min(cache_.size(), size_t(argSlots));
    uint32_t bottom = depth_ - uint32_t(cache_.size());  // the stack depth of cache_[0]'s slot
    for (size_t i = 0; i < cache_.size(); ++i) {
        if (cache_[i].kind == Cached::InSlot || (i >= firstArg && cache_[i].kind == Cached::Local)) continue;
        if (i < firstArg && keepsAcrossCall(cache_[i], bottom + uint32_t(i))) continue;
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
    cacheAtStart_.assign(cache_.size(), Cached{Cached::InSlot, 0});
}

// A constant, or a local (no callee writes this frame's locals; an inlined
// body reads the forwarded ones only, and register locals survive calls:
// callee-saved, or reloaded after it, RegisterLocals.h). Where the callee may
// collect (in a call, or an inlined body's slow path), the entry's slot is
// written first and the GC updates it if the call's map types it a
// reference; the entry, read from the local afterwards, must then be updated
// too: so a reference must be a reference local in that map. A map that
// depends on the jsr caller (ReferenceMap.h) keeps nothing.
bool Templates::keepsAcrossCall(const Cached& c, uint32_t stackDepth) const {
    if (c.kind == Cached::Const) return true;
    if (c.kind != Cached::Local) return false;
    const runtime::FrameRefMap* map = maps_.at(bci_);
    if (!map || maps_.isCallerDependent(bci_)) return false;
    return !map->isStackReference(stackDepth) || map->isLocalReference(uint32_t(c.value));
}

std::vector<Templates::Cached> Templates::cacheBelowCall(int argSlots) const {
    size_t below = cache_.size() - std::min(cache_.size(), size_t(argSlots));
    return std::vector<Cached>(cache_.begin(), cache_.begin() + ptrdiff_t(below));
}

// Where an inlined callee's frame is pushed (emitInlinedFramePush, rbx still
// the main line's): what the call kept cached below its arguments, to the
// slots this frame has at the call (its map counts them).
void Templates::writeCacheBelowInlinedCall() {
    for (size_t i = 0; i < belowInlinedCall_.size(); ++i) materialize(belowInlinedCall_, belowInlinedCallDepth_, i);
}

// A cached Local reads its first slot only (all 64 bits of a long or double),
// so a store to locals index..index+slots-1 invalidates the entries of those.
void Templates::flushCacheLocal(uint32_t index, uint32_t slots) {
    for (uint32_t i = index; i < index + slots && i < checkedLocals_.size(); ++i) checkedLocals_[i] = false;
    for (size_t i = 0; i < cache_.size(); ++i) {
        if (cache_[i].kind != Cached::Local || cache_[i].value < index || cache_[i].value >= index + slots) continue;
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
    }
}

void Templates::nullCheckOperand(const Gp& reg, int fromTop) {
    const Cached* c = cachedTop(fromTop);
    bool local = c && c->kind == Cached::Local;
    if (isThis(fromTop) || (local && checkedLocals_[c->value])) return;
    nullCheck(reg);
    if (local) checkedLocals_[c->value] = true;  // the failure path throws: past here it is not null
}

bool Templates::isXmmLocal(const Cached& c) const {
    return c.kind == Cached::Local && localXmm(uint32_t(c.value)).isValid();
}

// A float or double register local's value as its slot holds it (a float's bits zero-extended).
void Templates::writeXmmLocal(const Mem& slot, uint32_t index) {
    std::optional<XmmLocal> l = xmmLocalOf(index);
    if (!l) return;
    if (l->isDouble) {
        a_.movsd(slot, l->reg);
    } else {
        a_.movd(r11d, l->reg);
        a_.mov(slot, r11);
    }
}

bool Templates::isThis(int fromTop) const {
    const Cached* c = cachedTop(fromTop);
    return thisIsFixed_ && c && c->kind == Cached::Local && c->value == 0;
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
        case Cached::Local:
            if (Gp reg = localReg(uint32_t(c->value)); reg.isValid()) return wide ? reg : reg.r32();
            if (Xmm reg = localXmm(uint32_t(c->value)); reg.isValid()) {  // its bits, through the scratch register
                if (wide) a_.movq(r11, reg);
                else a_.movd(r11d, reg);
                return wide ? Operand(r11) : Operand(r11d);
            }
            return wide ? local(c->value) : local(c->value).cloneResized(4);
        case Cached::Const: return imm(int32_t(c->value));
        case Cached::Rcx: return wide ? Operand(rcx) : Operand(ecx);
        case Cached::Gpr: return wide ? Operand(gpq(uint32_t(c->value))) : Operand(gpd(uint32_t(c->value)));
        default: return wide ? Operand(rax) : Operand(eax);
    }
}

void Templates::loadOperand(const Gp& reg, int fromTop) {
    bool wide = reg.size() == 8;
    const Cached* c = cachedTop(fromTop);
    if (c && c->kind == Cached::Const) {
        if (wide && c->value > 0xffffffffu) a_.mov(reg, imm(c->value));
        else a_.mov(reg.r32(), uint32_t(c->value));  // zero-extends, as the slot holds it
    } else if (c && c->kind == Cached::Rax) {
        if (reg.id() != rax.id()) a_.mov(reg, wide ? Gp(rax) : Gp(eax));
    } else if (c && c->kind == Cached::XmmD) {
        a_.movq(reg.r64(), xmm(uint32_t(c->value)));
    } else if (c && c->kind == Cached::XmmF) {
        a_.movd(reg.r32(), xmm(uint32_t(c->value)));  // zero-extends
    } else if (c && c->kind == Cached::Rcx) {
        if (reg.id() != rcx.id()) a_.mov(reg, wide ? Gp(rcx) : Gp(ecx));
    } else if (c && isXmmLocal(*c)) {
        if (wide) a_.movq(reg.r64(), localXmm(uint32_t(c->value)));
        else a_.movd(reg.r32(), localXmm(uint32_t(c->value)));  // zero-extends
    } else if (c && c->kind == Cached::Gpr) {
        if (reg.id() != c->value) a_.mov(reg, wide ? Gp(gpq(uint32_t(c->value))) : Gp(gpd(uint32_t(c->value))));
    } else {
        a_.emit(Inst::kIdMov, reg, operand(fromTop, wide));
    }
}

void Templates::storeWide(const Mem& dst, int fromTop) {
    const Cached* c = cachedTop(fromTop);
    if (c && (c->kind == Cached::XmmD || isXmmLocal(*c))) {
        a_.movsd(dst, c->kind == Cached::XmmD ? xmm(uint32_t(c->value)) : localXmm(uint32_t(c->value)));
        return;
    }
    if (Gp r = gprOf(fromTop); r.isValid()) {  // a result in rax or a pool register
        a_.mov(dst, r);
        return;
    }
    loadOperand(rdx, fromTop);
    a_.mov(dst, rdx);
}

void Templates::consume(int slots) {
    size_t n = std::min(cache_.size(), size_t(slots));
    cache_.resize(cache_.size() - n);
}

void Templates::pushCached(Cached::Kind kind, uint64_t value) { cache_.push_back(Cached{kind, value}); }

// ---- float and double operands ----
// Cached values live in xmm0-xmm13 but for the register locals at its top
// (cacheXmmRegisters_: of the method an inlined body is in, whose locals its
// code must leave alone); xmm14 and xmm15 are the scratch registers of the
// templates that work on the cache.

bool Templates::hasFreeXmm() const {
    uint32_t used = 0;
    for (const Cached& c : cache_) used += c.kind == Cached::XmmD || c.kind == Cached::XmmF;
    return used < owner()->cacheXmmRegisters_;
}

bool Templates::inXmm(int fromTop) const {
    const Cached* c = cachedTop(fromTop);
    return c && (c->kind == Cached::XmmD || c->kind == Cached::XmmF);
}

Xmm Templates::xmmOf(int fromTop) const { return xmm(uint32_t(cachedTop(fromTop)->value)); }

Xmm Templates::allocXmm() {
    auto isXmmKind = [](Cached::Kind k) { return k == Cached::XmmD || k == Cached::XmmF; };
    uint32_t used = 0;
    for (const Cached& c : cache_)
        if (isXmmKind(c.kind)) used |= 1u << c.value;
    for (uint32_t r = 0; r < owner()->cacheXmmRegisters_; ++r)
        if (!(used & (1u << r))) return xmm(r);
    // All taken (a very deep expression): the deepest register entry goes to its slot.
    for (size_t i = 0; i < cache_.size(); ++i) {
        if (!isXmmKind(cache_[i].kind)) continue;
        materialize(cache_, depth_, i);
        cache_[i].kind = Cached::InSlot;
        return xmm(uint32_t(cache_[i].value));
    }
    return xmm0;  // unreachable: every register taken means as many entries
}

Operand Templates::fpOperand(int fromTop, bool isDouble) {
    const Cached* c = cachedTop(fromTop);
    if (!c) return isDouble ? top(-fromTop) : top(-fromTop).cloneResized(4);
    switch (c->kind) {
        case Cached::Local:
            if (Xmm reg = localXmm(uint32_t(c->value)); reg.isValid()) return reg;
            if (localReg(uint32_t(c->value)).isValid()) break;  // an int: no float operation reads it, but be exact
            return isDouble ? local(uint32_t(c->value)) : local(uint32_t(c->value)).cloneResized(4);
        case Cached::XmmD: case Cached::XmmF: return xmm(uint32_t(c->value));
        default: break;
    }
    loadFp(xmm15, fromTop, isDouble);
    return xmm15;
}

void Templates::loadFp(const Xmm& reg, int fromTop, bool isDouble) {
    const Cached* c = cachedTop(fromTop);
    if (c && (c->kind == Cached::XmmD || c->kind == Cached::XmmF)) {
        if (c->value != reg.id()) a_.movaps(reg, xmm(uint32_t(c->value)));
    } else if (c && isXmmLocal(*c)) {
        if (Xmm r = localXmm(uint32_t(c->value)); r.id() != reg.id()) a_.movaps(reg, r);
    } else if (Gp r = gprOf(fromTop); r.isValid()) {  // rax or a pool register
        if (isDouble) a_.movq(reg, r);
        else a_.movd(reg, r.r32());
    } else if (c && c->kind == Cached::Local && localReg(uint32_t(c->value)).isValid()) {
        Gp r = localReg(uint32_t(c->value));
        if (isDouble) a_.movq(reg, r);
        else a_.movd(reg, r.r32());
    } else if (c && c->kind == Cached::Const) {
        if (c->value == 0) {
            a_.xorps(reg, reg);
        } else {
            a_.mov(r11, imm(c->value));
            a_.movq(reg, r11);
        }
    } else {
        Operand m = fpOperand(fromTop, isDouble);  // a memory operand here
        if (isDouble) a_.movsd(reg, m.as<Mem>());
        else a_.movss(reg, m.as<Mem>());
    }
}

void Templates::pushXmm(const Xmm& reg, bool isDouble) {
    pushCached(isDouble ? Cached::XmmD : Cached::XmmF, reg.id());
    if (isDouble) pushCached(Cached::InSlot);  // the second slot of a double
}

void Templates::reloadCacheRegisters(const std::vector<Cached>& cache, uint32_t depth) {
    for (size_t i = 0; i < cache.size(); ++i) {
        Mem slot = stackSlot(depth - uint32_t(cache.size()) + uint32_t(i));
        const Cached& c = cache[i];
        if (c.kind == Cached::XmmD) a_.movsd(xmm(uint32_t(c.value)), slot);
        else if (c.kind == Cached::XmmF) a_.movss(xmm(uint32_t(c.value)), slot.cloneResized(4));
        else if (c.kind == Cached::Rax) a_.mov(rax, slot);
        else if (c.kind == Cached::Gpr) a_.mov(gpq(uint32_t(c.value)), slot);
    }
}

}  // namespace cortado::jit
