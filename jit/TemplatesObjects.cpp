// Templates: field access, object creation, type checks, athrow, monitors
// (invocation: TemplatesInvoke.cpp).
// An instruction the interpreter quickens gets a guard on its live opcode:
// until it is quick, the shared resolution (interp/SlowPaths) runs first and
// rewrites it; afterwards the guard falls through to the quick template,
// which reads what resolution cached (offset, address, class) from the
// constant-pool cache entry, exactly what the interpreter's quick handler reads.
// Allocation (new, newarray, anewarray) bumps the heap's allocation area
// inline when the class is known at compile time (docs/jit.md "Inline allocation").
#include <algorithm>

#include "interp/SlowPaths.h"
#include "jit/FrameOffsets.h"
#include "jit/JitRuntimeHelpers.h"
#include "jit/Templates.h"
#include "runtime/Allocation.h"
#include "runtime/ClassLoader.h"
#include "runtime/Heap.h"

namespace cortado::jit {

using namespace asmjit;
using namespace asmjit::x86;
using classfile::readU2;

namespace {
Mem low32(Mem m) { return m.cloneResized(4); }
const void* fn(auto* f) { return reinterpret_cast<const void*>(f); }

// Zeroing inline: an object body up to this many bytes is cleared with
// unrolled stores (instances) or a store loop; above it, rep stosq is faster.
constexpr size_t kUnrolledZeroingBytes = 128;
constexpr size_t kStoreLoopZeroingBytes = 512;

// The area compiled code may bump for an object of `bytes`, or nullptr.
runtime::AllocationArea* inlineAreaFor(size_t bytes) {
    runtime::AllocationArea* area = runtime::g_inlineAllocation.area;
    return area && bytes <= area->largestObject ? area : nullptr;
}

// The longest array of `elementSize` bytes the inline path allocates: it must
// fit the area's largest object after rounding up (runtime::arrayAllocationSize).
int32_t inlineArrayLengthBound(const runtime::AllocationArea& area, size_t elementSize) {
    size_t room = area.largestObject & ~(runtime::kObjectAlignment - 1);
    if (room < runtime::kArrayHeaderSize) return -1;
    size_t bound = (room - runtime::kArrayHeaderSize) / elementSize;
    return int32_t(std::min<size_t>(bound, size_t(runtime::kMaxArrayLength)));
}

// What compiled code knows of an allocation at `pc` of `m` (new, newarray,
// anewarray) when compiling: its class, if final already (quickened; a
// newarray's primitive array class), and whether it is bumped inline (only
// its slow path calls the helper) or always calls the helper on the main line.
struct AllocationPlan {
    runtime::Klass* klass = nullptr;  // an instance's, or the array class
    size_t elementSize = runtime::kReferenceSize;
    int32_t lengthBound = -1;         // arrays: the longest allocated inline
    bool inlinePath = false;
};

AllocationPlan allocationPlan(const runtime::Method* m, uint32_t pc) {
    using O = classfile::Opcode;
    const uint8_t* bc = m->codeAttribute()->code.data() + pc;
    uint8_t live = m->code[pc];
    AllocationPlan plan;
    if (bc[0] == uint8_t(O::new_)) {
        if (live == uint8_t(O::new_quick_)) plan.klass = m->owner->cpCache[readU2(bc + 1)].klass;
        plan.inlinePath = plan.klass ? inlineAreaFor(runtime::instanceAllocationSize(plan.klass->instanceSize)) != nullptr
                                     : runtime::g_inlineAllocation.area != nullptr;
        return plan;
    }
    bool isObjectArray = bc[0] == uint8_t(O::anewarray_);
    if (!isObjectArray) {
        if (const runtime::ClassLoader* loader = runtime::g_inlineAllocation.loader)
            if (runtime::Klass* element = loader->primitive(interp::newarrayElementType(bc[1])))
                plan.klass = element->arrayOf;
        if (plan.klass) plan.elementSize = plan.klass->elementSize;
    } else if (live == uint8_t(O::anewarray_quick_)) {
        plan.klass = m->owner->cpCache[readU2(bc + 1)].arrayClass;
    }
    runtime::AllocationArea* area = inlineAreaFor(runtime::kArrayHeaderSize);
    if (area && (plan.klass || isObjectArray)) plan.lengthBound = inlineArrayLengthBound(*area, plan.elementSize);
    plan.inlinePath = plan.lengthBound >= 0;
    return plan;
}

uint32_t log2ElementSize(size_t elementSize) {
    return elementSize == 1 ? 0 : elementSize == 2 ? 1 : elementSize == 4 ? 2 : 3;
}
}  // namespace

void Templates::emitBumpAllocation(const AllocationShape& shape, Label slow) {
    static_assert(offsets::kArrayLength + 8 == offsets::kArrayData, "a length word then the zero padding word");
    runtime::Klass* klass = shape.klass;
    a_.mov(rax, imm(reinterpret_cast<uint64_t>(runtime::g_inlineAllocation.area)));
    a_.mov(rcx, qword_ptr(rax, offsets::kAreaTop));
    size_t bytes = 0;  // known now: an instance of a known class
    if (shape.isArray) {
        // runtime::arrayAllocationSize: header + length * element size, rounded up.
        a_.lea(r8, qword_ptr(rcx, rdx, log2ElementSize(shape.elementSize),
                             int32_t(runtime::kArrayHeaderSize + runtime::kObjectAlignment - 1)));
        a_.and_(r8, -int32_t(runtime::kObjectAlignment));
    } else if (klass) {
        bytes = runtime::instanceAllocationSize(klass->instanceSize);
        a_.lea(r8, qword_ptr(rcx, int32_t(bytes)));
    } else {
        // runtime::instanceAllocationSize of the class in rsi, within the area's largest object.
        a_.mov(edx, dword_ptr(rsi, offsets::kKlassInstanceSize));
        a_.add(rdx, int32_t(runtime::kObjectAlignment - 1));
        a_.and_(rdx, -int32_t(runtime::kObjectAlignment));
        a_.cmp(rdx, int32_t(std::min<size_t>(runtime::g_inlineAllocation.area->largestObject, INT32_MAX)));
        a_.ja(slow);
        a_.lea(r8, qword_ptr(rcx, rdx));
    }
    a_.cmp(r8, qword_ptr(rax, offsets::kAreaEnd));
    a_.ja(slow);  // does not fit: allocate() collects or takes another space
    a_.mov(qword_ptr(rax, offsets::kAreaTop), r8);
    // The header runtime/Allocation.cpp allocateRaw writes: the class, a zero mark word.
    if (klass) a_.mov(rsi, imm(reinterpret_cast<uint64_t>(klass)));
    a_.mov(qword_ptr(rcx, offsets::kObjectKlass), rsi);
    a_.xor_(eax, eax);
    a_.mov(qword_ptr(rcx, offsets::kObjectMark), rax);
    int32_t bodyStart = int32_t(runtime::kObjectHeaderSize);
    if (shape.isArray) {
        a_.mov(qword_ptr(rcx, offsets::kArrayLength), rdx);  // the length and the zero padding
        bodyStart = offsets::kArrayData;
    } else if (klass && bytes - runtime::kObjectHeaderSize <= kUnrolledZeroingBytes) {
        for (size_t off = runtime::kObjectHeaderSize; off < bytes; off += 8) a_.mov(qword_ptr(rcx, int32_t(off)), rax);
        return;
    }
    // The body [rcx + bodyStart, r8), a multiple of 8 bytes; rax = 0.
    Label zeroed = a_.newLabel(), loop = a_.newLabel(), large = a_.newLabel();
    a_.lea(rdi, qword_ptr(rcx, bodyStart));
    a_.mov(r9, r8);
    a_.sub(r9, rdi);
    a_.cmp(r9, int32_t(kStoreLoopZeroingBytes));
    a_.ja(large);
    a_.test(r9, r9);
    a_.jz(zeroed);
    a_.bind(loop);
    a_.mov(qword_ptr(rdi), rax);
    a_.add(rdi, 8);
    a_.sub(r9, 8);
    a_.jnz(loop);
    a_.jmp(zeroed);
    a_.bind(large);
    a_.mov(r9, rcx);
    a_.mov(rcx, r8);
    a_.sub(rcx, rdi);
    a_.shr(rcx, 3);
    a_.rep().stosq();  // rcx qwords of rax at [rdi]
    a_.mov(rcx, r9);
    a_.bind(zeroed);
}

TemplateResult Templates::emitFields(Opcode op) {
    if (op != Opcode::getfield_ && op != Opcode::putfield_ && op != Opcode::getstatic_ && op != Opcode::putstatic_)
        return TemplateResult::NotMine;
    uint16_t idx = readU2(bc_ + 1);
    auto type = static_cast<classfile::BasicType>(method_->owner->constantPool().memberDescriptor(idx)[0]);
    auto quick = static_cast<Opcode>(interp::quickFieldOpcodeFor(uint8_t(op), type));
    // getfield and putfield read their operands from the stack cache
    // (TemplatesStackCache.cpp), and the resolution and null-check slow paths
    // write the cache out themselves. Resolving, and reading the offset from
    // the cache entry, need rax: then a value cached there is written out
    // first. A field resolved before compiling needs rax only for its result
    // (or the card mark): only a value below the operands is written out.
    bool resolved = isQuickAtCompileTime(uint8_t(quick));
    if (op == Opcode::getfield_ || op == Opcode::putfield_) {
        if (!resolved) flushRax();
        else flushRaxBelow(op == Opcode::getfield_ ? 1 : 1 + classfile::slotCount(type));
    }
    emitResolveGuard(uint8_t(quick), fn(&helpers::resolveField));
    const runtime::CpCacheEntry& entry = method_->owner->cpCache[idx];

    // An instance field: the object in the pool register it is cached in
    // (TemplatesStackCache.cpp) or loaded into rcx, addressed by the offset
    // (or, not resolved when compiling, by rax = the offset); a static's storage in rcx.
    auto instanceField = [&](int objectAt) -> Mem {
        Gp object = gprOf(-objectAt);
        const Cached* c = cachedTop(-objectAt);
        if (c && c->kind == Cached::Local && isRefLocal(uint32_t(c->value)))
            object = localReg(uint32_t(c->value));  // a reference register local: addressed in place
        if (!object.isValid() || object.id() == rax.id()) {
            object = rcx;
            loadOperand(rcx, -objectAt);
        }
        nullCheckOperand(object, -objectAt);
        if (resolved) return qword_ptr(object, int32_t(entry.fieldOffset));
        loadCacheEntry(idx);
        a_.mov(eax, dword_ptr(rax, offsets::kCacheFieldOffset));
        return qword_ptr(object, rax);
    };
    // A one-slot field value loaded into rax stays there as the cached top.
    auto gotInt = [&] {
        consume(1);
        pushCached(Cached::Rax);
    };
    auto staticField = [&] {
        if (resolved) {
            a_.mov(rcx, imm(reinterpret_cast<uint64_t>(entry.staticAddress)));
            return;
        }
        loadCacheEntry(idx);
        a_.mov(rcx, qword_ptr(rax, offsets::kCacheStaticAddress));
    };
    auto putInt = [&](int objectAt, uint32_t size) {
        Mem field = instanceField(objectAt);
        // A value in rax or a pool register is stored from there (not through edx).
        if (Gp value = gprOf(1); value.isValid() && quick != Opcode::putfield_z_) {
            a_.mov(field.cloneResized(size), size == 1 ? Gp(value.r8()) : size == 2 ? Gp(value.r16()) : Gp(value.r32()));
            consume(2);
            return;
        }
        loadOperand(edx, 1);
        if (quick == Opcode::putfield_z_) a_.and_(edx, 1);  // JVMS 6.5 putfield: a boolean keeps only its low bit
        a_.mov(field.cloneResized(size), size == 1 ? Gp(dl) : size == 2 ? Gp(dx) : Gp(edx));
        consume(2);
    };
    switch (quick) {
        case Opcode::getfield_i_: { Mem f = instanceField(-1); a_.mov(eax, f.cloneResized(4)); gotInt(); break; }
        case Opcode::getfield_a_: { Mem f = instanceField(-1); a_.mov(rax, f); gotInt(); break; }
        case Opcode::getfield_j_: {
            Mem f = instanceField(-1);
            consume(1);
            if (type == classfile::BasicType::Double) {  // a double stays in an xmm register as the cached top
                Xmm dst = allocXmm();
                a_.movsd(dst, f);
                pushXmm(dst, true);
                break;
            }
            a_.mov(rdx, f);
            a_.mov(top(-1), rdx);
            pushCached(Cached::InSlot);  // both halves in memory: the entries below still describe theirs
            pushCached(Cached::InSlot);
            break;
        }
        case Opcode::getfield_b_: { Mem f = instanceField(-1); a_.movsx(eax, f.cloneResized(1)); gotInt(); break; }
        case Opcode::getfield_c_: { Mem f = instanceField(-1); a_.movzx(eax, f.cloneResized(2)); gotInt(); break; }
        case Opcode::getfield_s_: { Mem f = instanceField(-1); a_.movsx(eax, f.cloneResized(2)); gotInt(); break; }
        case Opcode::putfield_i_: putInt(-2, 4); break;
        case Opcode::putfield_j_: {
            Mem f = instanceField(-3);
            storeWide(f, 2);
            consume(3);
            break;
        }
        case Opcode::putfield_a_: {
            Mem f = instanceField(-2);
            loadOperand(rdx, 1);
            a_.mov(f, rdx);
            a_.lea(rcx, f);
            markCard(rcx);  // the GC's write barrier
            consume(2);
            break;
        }
        case Opcode::putfield_b_: case Opcode::putfield_z_: putInt(-2, 1); break;
        case Opcode::putfield_c_: putInt(-2, 2); break;
        case Opcode::getstatic_i_: staticField(); a_.mov(edx, dword_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::getstatic_j_: case Opcode::getstatic_a_:
            staticField(); a_.mov(rdx, qword_ptr(rcx)); a_.mov(top(0), rdx);
            break;
        case Opcode::getstatic_b_: staticField(); a_.movsx(edx, byte_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::getstatic_c_: staticField(); a_.movzx(edx, word_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::getstatic_s_: staticField(); a_.movsx(edx, word_ptr(rcx)); a_.mov(top(0), rdx); break;
        case Opcode::putstatic_i_: staticField(); a_.mov(edx, low32(top(-1))); a_.mov(dword_ptr(rcx), edx); break;
        case Opcode::putstatic_j_: case Opcode::putstatic_a_:  // statics are roots: no card to mark
            staticField(); a_.mov(rdx, top(quick == Opcode::putstatic_j_ ? -2 : -1)); a_.mov(qword_ptr(rcx), rdx);
            break;
        case Opcode::putstatic_b_: staticField(); a_.mov(edx, low32(top(-1))); a_.mov(byte_ptr(rcx), dl); break;
        case Opcode::putstatic_z_:
            staticField(); a_.mov(edx, low32(top(-1))); a_.and_(edx, 1); a_.mov(byte_ptr(rcx), dl);
            break;
        case Opcode::putstatic_c_: staticField(); a_.mov(edx, low32(top(-1))); a_.mov(word_ptr(rcx), dx); break;
        default: return TemplateResult::Unsupported;
    }
    return TemplateResult::Emitted;
}

// JVMS 6.5 checkcast/instanceof against a class known when compiling, for
// the class in rdi (not null): jumps to `yes` if it is a subclass (the rules
// of Klass::isSubclassOf), else falls through with ZF set. A class target
// walks the superclass chain, an interface the class's interfaces; only an
// array (or an array object against an interface) calls the helper.
void Templates::emitSubtypeCheck(runtime::Klass* target, Label yes) {
    namespace off = offsets;
    a_.mov(rsi, imm(reinterpret_cast<uint64_t>(target)));
    a_.cmp(rdi, rsi);
    a_.je(yes);
    Label no = a_.newLabel(), helper = a_.newLabel(), decided = a_.newLabel();
    if (target->isArray()) {
        a_.jmp(helper);
    } else if (target->isInterface()) {
        Label search = a_.newLabel();
        a_.cmp(qword_ptr(rdi, off::kKlassComponent), 0);
        a_.jne(helper);  // an array: Cloneable and Serializable only (JLS 10.8)
        a_.mov(rax, qword_ptr(rdi, off::kKlassAllInterfacesBegin));
        a_.mov(rdx, qword_ptr(rdi, off::kKlassAllInterfacesEnd));
        a_.bind(search);
        a_.cmp(rax, rdx);
        a_.jae(no);
        a_.cmp(qword_ptr(rax), rsi);
        a_.je(yes);
        a_.add(rax, 8);
        a_.jmp(search);
    } else if (!(target->accessFlags & classfile::acc::FINAL)) {
        // An array's superclass is Object, as JVMS 4.10.1.2 has it: the walk holds for arrays too.
        Label walk = a_.newLabel();
        a_.mov(rax, rdi);
        a_.bind(walk);
        a_.mov(rax, qword_ptr(rax, off::kKlassSuper));
        a_.test(rax, rax);
        a_.jz(no);
        a_.cmp(rax, rsi);
        a_.je(yes);
        a_.jmp(walk);
    } else {
        a_.jmp(no);  // a final class has no subclasses
    }
    a_.bind(helper);
    callHelper(fn(&helpers::isSubclassOf));
    a_.test(eax, eax);
    a_.jmp(decided);
    a_.bind(no);
    a_.xor_(eax, eax);  // ZF set
    a_.bind(decided);
}

// new. Once the interpreter has quickened it (JVMS 6.5 new: the class is
// resolved and initialized, interp/SlowPaths resolveClassUse), the class and
// its size are constants. Before that (always under -Xcomp) the resolve guard
// runs first and the class comes from the constant-pool cache entry, as the
// interpreter's new_quick reads it. Either way the object is bumped inline
// when the heap has an allocation area; the helper is the slow path.
void Templates::emitNew() {
    uint16_t idx = readU2(bc_ + 1);
    auto callHelperAndPush = [this, idx](runtime::Klass* known) {
        saveState();
        a_.mov(rdi, r14);
        if (known) {
            a_.mov(rsi, imm(reinterpret_cast<uint64_t>(known)));
        } else {
            loadCacheEntry(idx);
            a_.mov(rsi, qword_ptr(rax, offsets::kCacheKlass));
        }
        callHelper(fn(&helpers::newInstance));
        a_.test(rax, rax);
        a_.jz(bailOut_);
        a_.mov(top(0), rax);
    };
    AllocationPlan plan = allocationPlan(method_, bci_);
    runtime::Klass* klass = plan.klass;
    bool inlinePath = plan.inlinePath;
    if (!klass) emitResolveGuard(uint8_t(Opcode::new_quick_), fn(&helpers::resolveClassUse));
    if (!inlinePath) {
        callHelperAndPush(klass);
        return;
    }
    Label done = a_.newLabel();
    Label slow = slowPath([this, klass, done, callHelperAndPush] {
        callHelperAndPush(klass);
        resumeMainLine(done);
    });
    if (!klass) {
        loadCacheEntry(idx);
        a_.mov(rsi, qword_ptr(rax, offsets::kCacheKlass));
    }
    emitBumpAllocation({klass, false, 0}, slow);
    a_.mov(top(0), rcx);
    a_.bind(done);
}

// anewarray and newarray: inline, like new, when the length is within 0..the
// bound the area takes; else the helper, which also throws
// NegativeArraySizeException and OutOfMemoryError (runtime/Allocation). The
// array class of an anewarray not quickened yet comes from the cache entry
// after the resolve guard; newarray's primitive array class must exist now.
void Templates::emitNewArray(Opcode op) {
    bool isObjectArray = op == Opcode::anewarray_;
    uint16_t idx = isObjectArray ? readU2(bc_ + 1) : 0;
    auto callHelperAndReplace = [this, isObjectArray, idx] {
        saveState();
        a_.mov(rdi, r14);
        if (isObjectArray) {
            loadCacheEntry(idx);
            a_.mov(rsi, qword_ptr(rax, offsets::kCacheArrayClass));
        } else {
            a_.mov(esi, uint32_t(bc_[1]));
        }
        a_.mov(edx, low32(top(-1)));
        callHelper(isObjectArray ? fn(&helpers::newObjectArray) : fn(&helpers::newPrimitiveArray));
        a_.test(rax, rax);
        a_.jz(bailOut_);
        a_.mov(top(-1), rax);
    };
    AllocationPlan plan = allocationPlan(method_, bci_);
    runtime::Klass* arrayClass = plan.klass;
    size_t elementSize = plan.elementSize;
    bool quick = isObjectArray && *live() == uint8_t(Opcode::anewarray_quick_);
    if (isObjectArray && !quick) emitResolveGuard(uint8_t(Opcode::anewarray_quick_), fn(&helpers::resolveClassUse));
    int32_t bound = plan.lengthBound;
    if (bound < 0) {
        callHelperAndReplace();
        return;
    }
    Label done = a_.newLabel();
    Label slow = slowPath([this, done, callHelperAndReplace] {
        callHelperAndReplace();
        resumeMainLine(done);
    });
    a_.mov(edx, low32(top(-1)));  // zero-extends: a negative length is above every bound
    a_.cmp(edx, bound);
    a_.ja(slow);
    if (!arrayClass) {
        loadCacheEntry(idx);
        a_.mov(rsi, qword_ptr(rax, offsets::kCacheArrayClass));
    }
    emitBumpAllocation({arrayClass, true, elementSize}, slow);
    a_.mov(top(-1), rcx);
    a_.bind(done);
}

bool allocatesInline(const runtime::Method* m, uint32_t pc) {
    AllocationPlan plan = allocationPlan(m, pc);
    return plan.klass && plan.inlinePath;  // no resolve guard, no helper on the main line
}

TemplateResult Templates::emitObjects(Opcode op) {
    // Only instructions with a constant-pool operand read it (a 1-byte athrow may end the code).
    auto idx = [&] { return uint16_t(readU2(bc_ + 1)); };
    switch (op) {
        case Opcode::invokevirtual_: case Opcode::invokespecial_: case Opcode::invokestatic_:
        case Opcode::invokeinterface_: emitInvoke(op); break;
        case Opcode::new_: emitNew(); break;
        case Opcode::anewarray_: case Opcode::newarray_: emitNewArray(op); break;
        case Opcode::checkcast_: case Opcode::instanceof_: {
            // JVMS 6.5: null passes checkcast and is no instance, without resolving the class.
            bool isCast = op == Opcode::checkcast_;
            Label isNull = a_.newLabel(), done = a_.newLabel(), notSubclass = a_.newLabel();
            a_.cmp(top(-1), 0);
            a_.je(isNull);
            emitResolveGuard(uint8_t(isCast ? Opcode::checkcast_quick_ : Opcode::instanceof_quick_),
                             fn(&helpers::resolveClassUse));
            a_.mov(rcx, top(-1));  // reloaded: resolution may have moved it
            a_.mov(rdi, qword_ptr(rcx, offsets::kObjectKlass));
            Label yes = a_.newLabel();
            uint8_t quick = uint8_t(isCast ? Opcode::checkcast_quick_ : Opcode::instanceof_quick_);
            if (isQuickAtCompileTime(quick)) {
                emitSubtypeCheck(method_->owner->cpCache[idx()].klass, yes);
            } else {
                loadCacheEntry(idx());
                a_.mov(rsi, qword_ptr(rax, offsets::kCacheKlass));
                a_.cmp(rdi, rsi);
                a_.je(yes);
                callHelper(fn(&helpers::isSubclassOf));
                a_.test(eax, eax);
            }
            if (isCast) {
                Label failure = throwPath([this, idx] {
                    a_.mov(rdi, r14);
                    a_.mov(rsi, top(-1));
                    loadCacheEntry(idx());
                    a_.mov(rdx, qword_ptr(rax, offsets::kCacheKlass));
                    callHelper(fn(&helpers::throwClassCast));
                });
                a_.jz(failure);
                a_.bind(yes);
                a_.bind(isNull);
            } else {
                a_.jz(notSubclass);
                a_.bind(yes);
                a_.mov(top(-1), 1);
                a_.jmp(done);
                a_.bind(isNull);
                a_.bind(notSubclass);
                a_.mov(top(-1), 0);
            }
            a_.bind(done);
            break;
        }
        case Opcode::athrow_:
            a_.mov(rcx, top(-1));
            nullCheck(rcx);
            saveState();
            a_.mov(rdi, r14);
            a_.mov(rsi, top(-1));
            callHelper(fn(&helpers::throwObject));
            a_.jmp(bailOut_);
            break;
        // Monitors: the lock records are the interpreter's, so a compiled frame that
        // returns or unwinds holding one is handled as an interpreted one is.
        case Opcode::monitorenter_: case Opcode::monitorexit_:
            a_.mov(rcx, top(-1));
            nullCheck(rcx);
            saveState();
            loadThreadAndFrame();
            a_.mov(rdx, top(-1));
            if (op == Opcode::monitorenter_) {
                callHelper(fn(&helpers::monitorEnter));
            } else {
                callHelper(fn(&helpers::monitorExit));
                a_.test(eax, eax);
                a_.jz(bailOut_);
            }
            break;
        case Opcode::multianewarray_:
            saveState();
            loadThreadAndFrame();
            a_.mov(rdx, imm(reinterpret_cast<uint64_t>(live())));
            callHelper(fn(&helpers::multianewarray));
            a_.test(rax, rax);
            a_.jz(bailOut_);
            a_.mov(top(-int(bc_[3])), rax);
            break;
        case Opcode::invokedynamic_: emitInvokedynamic(); break;
        default: return TemplateResult::NotMine;
    }
    return TemplateResult::Emitted;
}

}  // namespace cortado::jit
