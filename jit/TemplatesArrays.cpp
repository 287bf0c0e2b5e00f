// Templates: array loads, stores and length, with the checks of JVMS 6.5 in
// the interpreter's order: null, then bounds, then (aastore) the store check.
// Element data starts at offset 24 (runtime/Object.h).
#include <algorithm>

#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;

namespace {
Mem low32(Mem m) { return m.cloneResized(4); }
}  // namespace

TemplateResult Templates::emitArrays(Opcode op) {
    // Loads the array and index found `valueSlots` below the top, checking
    // both. The operands may be cached (TemplatesStackCache.cpp): the throw
    // paths write them to their slots first. The array is used in the
    // register it is cached in (an array in rax moves to a pool register
    // first, or to rcx if none is free), else loaded into rcx. The index is
    // used in its register (a register local, RegisterLocals.h, or a cached
    // result: their upper halves are zero), else loaded into rcx if the array
    // left it free, else into rax. A one-slot load's result goes to rax, or,
    // when rax holds a value cached below (a running sum: `h = 31 * h + v[i]`)
    // and the index is not there, to a free pool register, so that the value
    // need not move; else any value cached in rax moves aside first, as for an
    // index loaded into rax.
    Gp arrayReg = rcx, indexReg = rax, result = rax;
    auto checkedAccess = [&](int valueSlots, bool oneSlotLoad = false) {
        int arrayAt = -valueSlots - 2, indexAt = -valueSlots - 1;
        const Cached* index = cachedTop(-indexAt);
        if (const Cached* array = cachedTop(-arrayAt); array && array->kind == Cached::Rax) {
            size_t at = cache_.size() - size_t(-arrayAt);
            moveRaxAside(at);
            if (cache_[at].kind == Cached::InSlot) {  // the pool is full: rcx, as it was
                cache_[at].kind = Cached::Rcx;
                a_.mov(rcx, rax);
            }
            cacheAtStart_ = cache_;
        }
        arrayReg = gprOf(-arrayAt);
        if (!arrayReg.isValid()) arrayReg = rcx;
        bool indexInRax = index && index->kind == Cached::Rax;
        if (index && index->kind == Cached::Local && localReg(uint32_t(index->value)).isValid())
            indexReg = localReg(uint32_t(index->value));
        else if (Gp r = gprOf(-indexAt); r.isValid()) indexReg = r;
        else indexReg = arrayReg.id() == rcx.id() ? Gp(rax) : Gp(rcx);
        result = rax;
        if (oneSlotLoad && !indexInRax && indexReg.id() != rax.id() &&
            std::any_of(cache_.begin(), cache_.end(), [](const Cached& c) { return c.kind == Cached::Rax; }))
            if (Gp r = allocGpr(); r.isValid()) result = r;
        if (!indexInRax && (indexReg.id() == rax.id() || (valueSlots == 0 && result.id() == rax.id()))) flushRax();
        if (arrayReg.id() == rcx.id()) loadOperand(rcx, -arrayAt);
        nullCheckOperand(arrayReg, -arrayAt);
        Label outOfBounds = throwPath([this, arrayAt, indexAt] {
            a_.mov(rdi, r14);
            a_.mov(esi, low32(top(indexAt)));
            a_.mov(rcx, top(arrayAt));
            a_.mov(edx, dword_ptr(rcx, offsets::kArrayLength));
            callHelper(reinterpret_cast<const void*>(&helpers::throwArrayIndex));
        });
        if (!gprOf(-indexAt).isValid() && !(index && index->kind == Cached::Local && localReg(uint32_t(index->value)).isValid()))
            loadOperand(indexReg.r32(), -indexAt);
        a_.cmp(indexReg.r32(), dword_ptr(arrayReg, offsets::kArrayLength));
        a_.jae(outOfBounds);  // unsigned: a negative index is out of bounds too
    };
    auto element = [&](uint32_t size, uint32_t shift) {
        return ptr(arrayReg, indexReg, shift, offsets::kArrayData, size);
    };
    // A one-slot element is loaded straight into `result` (rax or a pool
    // register) as the cached top; a two-slot one goes to its slot through rdx.
    auto load = [&](auto emit, bool twoSlots = false) {
        checkedAccess(0, !twoSlots);
        emit(twoSlots ? Gp(rdx) : result);
        consume(2);
        if (twoSlots) {
            a_.mov(top(-2), rdx);
            // Entries below still describe their slots: these two are in memory.
            pushCached(Cached::InSlot);
            pushCached(Cached::InSlot);
        } else if (result.id() == rax.id()) {
            pushCached(Cached::Rax);
        } else {
            pushCached(Cached::Gpr, result.id());
        }
    };
    // Stores take the value from the cache too; all three operands are consumed.
    // A value cached in a register (rax or the pool) is stored from there.
    auto storeValue = [&](const Gp& reg) -> Gp {
        if (Gp r = gprOf(1); r.isValid()) return r.r32();
        loadOperand(reg, 1);
        return reg;
    };
    switch (op) {
        case Opcode::iaload_: case Opcode::faload_: load([&](Gp dst) { a_.mov(dst.r32(), element(4, 2)); }); break;
        case Opcode::aaload_: load([&](Gp dst) { a_.mov(dst.r64(), element(8, 3)); }); break;
        case Opcode::laload_: load([&](Gp dst) { a_.mov(dst.r64(), element(8, 3)); }, true); break;
        case Opcode::daload_: {  // the element stays in an xmm register as the cached top
            checkedAccess(0);
            Xmm dst = allocXmm();
            a_.movsd(dst, element(8, 3));
            consume(2);
            pushXmm(dst, true);
            break;
        }
        case Opcode::baload_: load([&](Gp dst) { a_.movsx(dst.r32(), element(1, 0)); }); break;
        case Opcode::caload_: load([&](Gp dst) { a_.movzx(dst.r32(), element(2, 1)); }); break;
        case Opcode::saload_: load([&](Gp dst) { a_.movsx(dst.r32(), element(2, 1)); }); break;
        case Opcode::iastore_: case Opcode::fastore_:
            checkedAccess(1);
            a_.mov(element(4, 2), storeValue(edx));
            consume(3);
            break;
        case Opcode::lastore_: case Opcode::dastore_:
            checkedAccess(2);
            storeWide(element(8, 3), 2);  // a cached long or double: its first slot's entry
            consume(4);
            break;
        case Opcode::castore_: case Opcode::sastore_:
            checkedAccess(1);
            a_.mov(element(2, 1), storeValue(edx).r16());
            consume(3);
            break;
        case Opcode::bastore_: {
            // JVMS 6.5 bastore: a boolean array stores the low bit only.
            checkedAccess(1);
            // 0 or 1 (javac's `false` and `true`) is the same byte in both kinds of array.
            if (const Cached* v = cachedTop(1); v && v->kind == Cached::Const && v->value <= 1) {
                a_.mov(element(1, 0), imm(int8_t(v->value)));
                consume(3);
                break;
            }
            Label notBoolean = a_.newLabel();
            loadOperand(edx, 1);
            consume(3);
            a_.mov(r11, qword_ptr(arrayReg, offsets::kObjectKlass));  // not rsi: the pool's
            a_.cmp(byte_ptr(r11, offsets::kKlassElementType), uint8_t(classfile::BasicType::Boolean));
            a_.jne(notBoolean);
            a_.and_(edx, 1);
            a_.bind(notBoolean);
            a_.mov(element(1, 0), dl);
            break;
        }
        case Opcode::aastore_: {
            checkedAccess(1);
            // JVMS 6.5 aastore: a non-null value must be assignable to the component type.
            Label store = a_.newLabel();
            Label notAssignable = throwPath([this] {
                a_.mov(rdi, r14);
                a_.mov(rsi, top(-1));
                callHelper(reinterpret_cast<const void*>(&helpers::throwArrayStore));
            });
            a_.mov(rdx, top(-1));
            a_.test(rdx, rdx);
            a_.jz(store);
            a_.mov(rdi, qword_ptr(rdx, offsets::kObjectKlass));
            a_.mov(rsi, qword_ptr(rcx, offsets::kObjectKlass));
            a_.mov(rsi, qword_ptr(rsi, offsets::kKlassComponent));
            a_.cmp(rdi, rsi);
            a_.je(store);
            a_.cmp(qword_ptr(rsi, offsets::kKlassSuper), 0);
            a_.je(store);  // an Object[] (only Object has no superclass; interfaces have Object) holds anything
            callHelper(reinterpret_cast<const void*>(&helpers::isSubclassOf));  // cannot allocate
            a_.test(eax, eax);
            a_.jz(notAssignable);
            a_.bind(store);
            a_.mov(rcx, top(-3));
            a_.mov(eax, low32(top(-2)));
            a_.mov(rdx, top(-1));
            a_.lea(rcx, element(8, 3));
            a_.mov(qword_ptr(rcx), rdx);
            markCard(rcx);  // the GC's write barrier
            break;
        }
        case Opcode::arraylength_: {
            flushRaxBelow(1);  // an array in rax stays there until the length replaces it
            Gp array = gprOf(1);
            if (!array.isValid()) {
                array = rcx;
                loadOperand(rcx, 1);
            }
            nullCheckOperand(array, 1);
            a_.mov(eax, dword_ptr(array, offsets::kArrayLength));
            consume(1);
            pushCached(Cached::Rax);
            break;
        }
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
