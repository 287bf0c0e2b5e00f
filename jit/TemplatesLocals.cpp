// Templates: constants, local-variable loads and stores, operand-stack shuffles.
// Slots are copied whole (a long or double's value sits in its first slot,
// runtime/Frame.h), exactly as the interpreter copies them.
#include <cstring>

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readS2;
using classfile::readU2;

namespace {
uint64_t floatBits(float f) { uint32_t b; std::memcpy(&b, &f, 4); return b; }
uint64_t doubleBits(double d) { uint64_t b; std::memcpy(&b, &d, 8); return b; }
}  // namespace

TemplateResult Templates::emitConstantsAndLocals(Opcode op) {
    auto push = [&](uint64_t bits) {
        if (bits <= 0x7fffffff) {
            a_.mov(top(0), imm(int32_t(bits)));  // sign-extended imm32 equals the zero-extended value
        } else {
            a_.mov(rax, imm(bits));
            a_.mov(top(0), rax);
        }
    };
    // Single-slot loads, int constants and stores work on the stack cache (TemplatesStackCache.cpp).
    auto cachedLoad = [&](uint32_t index) { pushCached(Cached::Local, index); };
    auto cachedPush = [&](uint32_t value) { pushCached(Cached::Const, value); };
    // A two-slot value (long, double: its first slot's entry, TemplatesStackCache.cpp)
    // goes whole into local `index`; as in the interpreter, the second slot is left
    // as it is (nothing reads it: interp/Interpreter.cpp lstore).
    auto cachedLoad2 = [&](uint32_t index) { pushCached(Cached::Local, index); pushCached(Cached::InSlot); };
    auto cachedPush2 = [&](uint64_t bits) { pushCached(Cached::Const, bits); pushCached(Cached::InSlot); };
    auto store = [&](uint32_t index, int slots) {
        bool reference = op == Opcode::astore_ || (op >= Opcode::astore_0_ && op <= Opcode::astore_3_);
        if (Gp reg = slots == 1 ? storeRegister(index, reference) : Gp(); reg.isValid()) {  // a register local (RegisterLocals.h)
            flushCacheLocal(index);  // first: cached loads of it read the register, which changes now
            const Cached* c = cachedTop(1);
            if (c && c->kind == Cached::Const) a_.mov(reg.r32(), uint32_t(c->value));
            else loadOperand(reference ? reg : reg.r32(), 1);  // an int's upper half stays zero
            consume(1);
            return;
        }
        if (Xmm reg = localXmm(index); reg.isValid()) {  // an fstore or dstore to a register local
            flushCacheLocal(index, uint32_t(slots));  // first: cached loads of it read the register
            loadFp(reg, slots, slots == 2);
            consume(slots);
            return;  // the second slot of a double is never read (RegisterLocals.h)
        }
        const Cached* c = cachedTop(slots);
        bool isConst = c && c->kind == Cached::Const;
        if (c && c->kind == Cached::XmmD) {
            flushCacheLocal(index, uint32_t(slots));  // cached loads of these locals keep their old values
            a_.movsd(local(index), xmmOf(slots));
        } else {
            // A constant is an immediate, a value in rax or a pool register is stored from there.
            Operand value;
            if (isConst && c->value <= 0x7fffffff) {
                value = imm(int32_t(c->value));
            } else if (Gp r = gprOf(slots); r.isValid()) {
                value = r;
            } else {
                flushRaxBelow(slots);
                loadOperand(rax, slots);  // the whole slot: a reference, or an int zero-extended
                value = rax;
            }
            flushCacheLocal(index, uint32_t(slots));
            a_.emit(Inst::kIdMov, local(index), value);
        }
        consume(slots);
    };
    uint8_t o = bc_[0];
    switch (op) {
        case Opcode::nop_: break;
        case Opcode::aconst_null_: push(0); break;
        case Opcode::iconst_m1_: case Opcode::iconst_0_: case Opcode::iconst_1_: case Opcode::iconst_2_:
        case Opcode::iconst_3_: case Opcode::iconst_4_: case Opcode::iconst_5_:
            cachedPush(uint32_t(int32_t(o) - int32_t(Opcode::iconst_0_)));
            break;
        case Opcode::lconst_0_: case Opcode::lconst_1_: cachedPush2(uint64_t(o - uint8_t(Opcode::lconst_0_))); break;
        case Opcode::fconst_0_: case Opcode::fconst_1_: case Opcode::fconst_2_:
            cachedPush(uint32_t(floatBits(float(o - uint8_t(Opcode::fconst_0_)))));
            break;
        case Opcode::dconst_0_: case Opcode::dconst_1_:
            cachedPush2(doubleBits(double(o - uint8_t(Opcode::dconst_0_))));
            break;
        case Opcode::bipush_: cachedPush(uint32_t(int32_t(int8_t(bc_[1])))); break;
        case Opcode::sipush_: cachedPush(uint32_t(int32_t(readS2(bc_ + 1)))); break;
        case Opcode::ldc_: case Opcode::ldc_w_: {
            uint16_t idx = op == Opcode::ldc_ ? bc_[1] : readU2(bc_ + 1);
            const auto& cp = method_->owner->constantPool();
            switch (cp.tag(idx)) {
                case classfile::CpTag::Integer: cachedPush(uint32_t(cp.intValue(idx))); break;
                case classfile::CpTag::Float: cachedPush(uint32_t(floatBits(cp.floatValue(idx)))); break;
                default: {
                    // String, Class, ...: resolved on first execution, then a root cell in the cache.
                    uint8_t quick = uint8_t(op == Opcode::ldc_ ? Opcode::ldc_quick_ : Opcode::ldc_w_quick_);
                    emitResolveGuard(quick, reinterpret_cast<const void*>(&helpers::resolveLdc));
                    loadCacheEntry(idx);
                    a_.mov(rax, qword_ptr(rax, offsets::kCacheConstant));
                    a_.mov(rax, qword_ptr(rax));
                    a_.mov(top(0), rax);
                }
            }
            break;
        }
        case Opcode::ldc2_w_: cachedPush2(method_->owner->constantPool().at(readU2(bc_ + 1)).bits); break;
        case Opcode::iload_: case Opcode::fload_: case Opcode::aload_: cachedLoad(bc_[1]); break;
        case Opcode::lload_: case Opcode::dload_: cachedLoad2(bc_[1]); break;
        case Opcode::iload_0_: case Opcode::iload_1_: case Opcode::iload_2_: case Opcode::iload_3_:
            cachedLoad(o - uint8_t(Opcode::iload_0_));
            break;
        case Opcode::lload_0_: case Opcode::lload_1_: case Opcode::lload_2_: case Opcode::lload_3_:
            cachedLoad2(o - uint8_t(Opcode::lload_0_));
            break;
        case Opcode::fload_0_: case Opcode::fload_1_: case Opcode::fload_2_: case Opcode::fload_3_:
            cachedLoad(o - uint8_t(Opcode::fload_0_));
            break;
        case Opcode::dload_0_: case Opcode::dload_1_: case Opcode::dload_2_: case Opcode::dload_3_:
            cachedLoad2(o - uint8_t(Opcode::dload_0_));
            break;
        case Opcode::aload_0_: case Opcode::aload_1_: case Opcode::aload_2_: case Opcode::aload_3_:
            cachedLoad(o - uint8_t(Opcode::aload_0_));
            break;
        case Opcode::istore_: case Opcode::fstore_: case Opcode::astore_: store(bc_[1], 1); break;
        case Opcode::lstore_: case Opcode::dstore_: store(bc_[1], 2); break;
        case Opcode::istore_0_: case Opcode::istore_1_: case Opcode::istore_2_: case Opcode::istore_3_:
            store(o - uint8_t(Opcode::istore_0_), 1);
            break;
        case Opcode::fstore_0_: case Opcode::fstore_1_: case Opcode::fstore_2_: case Opcode::fstore_3_:
            store(o - uint8_t(Opcode::fstore_0_), 1);
            break;
        case Opcode::astore_0_: case Opcode::astore_1_: case Opcode::astore_2_: case Opcode::astore_3_:
            store(o - uint8_t(Opcode::astore_0_), 1);
            break;
        case Opcode::lstore_0_: case Opcode::lstore_1_: case Opcode::lstore_2_: case Opcode::lstore_3_:
            store(o - uint8_t(Opcode::lstore_0_), 2);
            break;
        case Opcode::dstore_0_: case Opcode::dstore_1_: case Opcode::dstore_2_: case Opcode::dstore_3_:
            store(o - uint8_t(Opcode::dstore_0_), 2);
            break;
        case Opcode::iinc_:
            flushCacheLocal(bc_[1]);  // rax may hold a cached value: use ecx
            if (Gp reg = localReg(bc_[1]); reg.isValid()) {
                a_.add(reg.r32(), int32_t(int8_t(bc_[2])));
                break;
            }
            // In place: the slot's upper half is zero (every int store
            // zero-extends, as intToSlot) and a 32-bit add leaves it so.
            a_.add(local(bc_[1]).cloneResized(4), int32_t(int8_t(bc_[2])));
            break;
        case Opcode::wide_: emitWide(); break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

void Templates::emitWide() {
    checkedLocals_.assign(method_->maxLocals, false);  // it may store to any local
    uint16_t index = readU2(bc_ + 2);
    // The cache is written out before a wide instruction (not in usesCache):
    // a register local is read and written in its register, as without `wide`.
    auto w = static_cast<Opcode>(bc_[1]);
    if (w == Opcode::istore_ || w == Opcode::astore_) {
        if (Gp reg = storeRegister(index, w == Opcode::astore_); reg.isValid()) {
            if (w == Opcode::astore_) a_.mov(reg, top(-1));
            else a_.mov(reg.r32(), top(-1).cloneResized(4));
            return;
        }
    } else if (Gp reg = localReg(index); reg.isValid()) {
        switch (w) {
            case Opcode::iload_: case Opcode::aload_: a_.mov(top(0), reg); break;  // an int zero-extended
            case Opcode::iinc_: a_.add(reg.r32(), int32_t(readS2(bc_ + 4))); break;
            default: break;  // no other instruction reaches a register local (RegisterLocals.cpp)
        }
        return;
    }
    if (Xmm reg = localXmm(index); reg.isValid()) {
        switch (static_cast<Opcode>(bc_[1])) {
            case Opcode::fload_: case Opcode::dload_: writeXmmLocal(top(0), index); break;
            case Opcode::fstore_: a_.movss(reg, top(-1).cloneResized(4)); break;
            case Opcode::dstore_: a_.movsd(reg, top(-2)); break;
            default: break;  // no other instruction reaches a register local (RegisterLocals.cpp)
        }
        return;
    }
    switch (static_cast<Opcode>(bc_[1])) {
        case Opcode::iload_: case Opcode::fload_: case Opcode::aload_: case Opcode::lload_: case Opcode::dload_:
            a_.mov(rax, local(index));
            a_.mov(top(0), rax);
            break;
        case Opcode::istore_: case Opcode::fstore_: case Opcode::astore_:
            a_.mov(rax, top(-1));
            a_.mov(local(index), rax);
            break;
        case Opcode::lstore_: case Opcode::dstore_:
            a_.mov(rax, top(-2));
            a_.mov(local(index), rax);  // the second slot as it is, as in the interpreter
            break;
        case Opcode::iinc_:
            a_.mov(eax, local(index).cloneResized(4));
            a_.add(eax, int32_t(readS2(bc_ + 4)));
            a_.mov(local(index), rax);
            break;
        default: break;  // wide ret: rejected by emitControl's check before we get here
    }
}

TemplateResult Templates::emitStackOps(Opcode op) {
    // Move slots through registers: rax, rcx, rdx, rsi hold v1..v4 (v1 = top).
    auto get = [&](const Gp& r, int fromTop) { a_.mov(r, top(-fromTop)); };
    auto put = [&](int at, const Gp& r) { a_.mov(top(at), r); };  // `at` relative to the old top (0 = first free)
    switch (op) {
        case Opcode::pop_: case Opcode::pop2_: break;  // the depth of the next instruction says it all
        case Opcode::dup_: {
            // A cached local or constant is copied in the cache (obj.f += x: aload, dup, getfield);
            // anything else is written out and copied in memory.
            const Cached* c = cachedTop(1);
            if (c && c->kind == Cached::Rax) moveRaxAside(cache_.size() - 1);  // then both copies name the pool register
            c = cachedTop(1);
            if (c && (c->kind == Cached::Local || c->kind == Cached::Const || c->kind == Cached::Gpr)) {
                pushCached(c->kind, c->value);
                break;
            }
            flushCache();
            get(rax, 1);
            put(0, rax);
            break;
        }
        case Opcode::dup_x1_:
            get(rax, 1); get(rcx, 2);
            put(-2, rax); put(-1, rcx); put(0, rax);
            break;
        case Opcode::dup_x2_:
            get(rax, 1); get(rcx, 2); get(rdx, 3);
            put(-3, rax); put(-2, rdx); put(-1, rcx); put(0, rax);
            break;
        case Opcode::dup2_: {
            // Two one-slot values each a cached local, constant or register
            // result are copied in the cache (a[i] += x: aload, iload, dup2,
            // iaload); a result in rax moves to a pool register first, which
            // both copies then name. (A long or double's second entry is InSlot.)
            auto copyable = [&](int fromTop) {
                const Cached* c = cachedTop(fromTop);
                return c && (c->kind == Cached::Local || c->kind == Cached::Const || c->kind == Cached::Gpr);
            };
            for (int k = 1; k <= 2; ++k)
                if (const Cached* c = cachedTop(k); c && c->kind == Cached::Rax) moveRaxAside(cache_.size() - size_t(k));
            if (copyable(1) && copyable(2)) {
                Cached lower = *cachedTop(2), upper = *cachedTop(1);
                pushCached(lower.kind, lower.value);
                pushCached(upper.kind, upper.value);
                break;
            }
            flushCache();
            get(rax, 1); get(rcx, 2);
            put(0, rcx); put(1, rax);
            break;
        }
        case Opcode::dup2_x1_:
            get(rax, 1); get(rcx, 2); get(rdx, 3);
            put(-3, rcx); put(-2, rax); put(-1, rdx); put(0, rcx); put(1, rax);
            break;
        case Opcode::dup2_x2_:
            get(rax, 1); get(rcx, 2); get(rdx, 3); get(rsi, 4);
            put(-4, rcx); put(-3, rax); put(-2, rsi); put(-1, rdx); put(0, rcx); put(1, rax);
            break;
        case Opcode::swap_:
            get(rax, 1); get(rcx, 2);
            put(-1, rcx); put(-2, rax);
            break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
