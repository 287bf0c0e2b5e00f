// The interpreter loop. One handler per opcode of classfile/Bytecodes.def;
// handlers of instructions that reference the constant pool resolve on first
// execution, rewrite themselves to their quick form (the BC_INTERNAL opcodes)
// and re-dispatch, so each rule is written once (quick handler) and the
// resolution once (slow handler).
//
// Registers: `frame`, `pc`, `sp` (next free operand slot), `locals`, `cache`
// (the current class's constant-pool cache). They are written back to the
// frame (SAVE_STATE) before anything that can throw, allocate, call or walk
// the stack, so the frame is always what the GC and stack walkers expect.
#include "interp/Interpreter.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "classfile/Bytecodes.h"
#include "interp/BytecodeCounts.h"
#include "interp/BytecodeTrace.h"
#include "interp/DebugHook.h"
#include "interp/ExceptionLog.h"
#include "interp/JavaArithmetic.h"
#include "interp/SlowPaths.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/CallSiteLinking.h"
#include "runtime/CompiledCode.h"
#include "runtime/FrameReferences.h"
#include "runtime/JavaCalls.h"
#include "runtime/Monitor.h"
#include "runtime/NullPointerMessage.h"
#include "runtime/Profiler.h"
#include "runtime/Resolution.h"
#include "runtime/Safepoint.h"
#include "runtime/Vm.h"

namespace cortado::interp {

using namespace runtime;
using classfile::bytecodeInfo;
using classfile::Opcode;
using classfile::readS2;
using classfile::readS4;
using classfile::readU2;

DebugHook g_debugHook = nullptr;

void install() { setInterpreterEntry(&execute); }

namespace {

// JVMS 6.5 fcmp<op>/dcmp<op>: `nanResult` is -1 for the l variants, 1 for g.
template <typename T>
int32_t floatCompare(T a, T b, int32_t nanResult) {
    if (a > b) return 1;
    if (a == b) return 0;
    if (a < b) return -1;
    return nanResult;
}

// Releases the monitors a frame entered with monitorenter and still holds.
void releaseFrameLocks(JavaThread& thread, Frame* f) {
    while (!thread.lockRecords.empty() && thread.lockRecords.back().frame == f) {
        Object* o = thread.lockRecords.back().object;
        thread.lockRecords.pop_back();
        if (holdsMonitor(thread, o)) o->mark -= uint64_t(1) << mark::kLockShift;
    }
}

// The object a synchronized method locks (JVMS 2.11.10): the receiver, or the class's mirror.
Object* syncObject(JavaThread& thread, Frame* f) {
    return f->method->isStatic() ? mirrorOf(thread, f->method->owner) : slotToRef(f->locals[0]);
}

}  // namespace

namespace {
enum class Start { Run, FinishReturn, HandleException, Resume };
Slot run(JavaThread& thread, Frame* entry, Start start, Slot compiledResult);
}  // namespace

Slot execute(JavaThread& thread, Frame* entry) { return run(thread, entry, Start::Run, 0); }

Slot finishCompiledFrame(JavaThread& thread, Frame* entry, Slot result) {
    return run(thread, entry, thread.hasPendingException() ? Start::HandleException : Start::FinishReturn, result);
}

Slot resumeCompiledFrame(JavaThread& thread, Frame* entry) { return run(thread, entry, Start::Resume, 0); }

namespace {

Slot run(JavaThread& thread, Frame* entry, Start start, Slot compiledResult) {
    Frame* frame = entry;
    const uint8_t* pc;
    Slot* sp;
    Slot* locals;
    CpCacheEntry* cache;
    Method* callee = nullptr;
    Slot result = 0;
    int resultSlots = 0;
    uint8_t opcode = 0;

#define LOAD_FRAME()                                   \
    do {                                               \
        pc = frame->pc;                                \
        sp = frame->sp;                                \
        locals = frame->locals;                        \
        cache = frame->method->owner->cpCache.data();  \
    } while (0)
#define SAVE_STATE()     \
    do {                 \
        frame->pc = pc;  \
        frame->sp = sp;  \
    } while (0)

#ifdef CORTADO_SWITCH_DISPATCH
#define OP(name) case static_cast<uint8_t>(Opcode::name##_):
#define DISPATCH_OP(op)   \
    do {                  \
        opcode = (op);    \
        goto dispatch_op; \
    } while (0)
#else
    // Four dispatch tables: the handlers; one (for -Xprof:bytecodes and
    // --trace-bytecodes) that counts or traces each instruction before
    // jumping to its handler; one (for -Xprof alone) that counts only each
    // method's instructions; and one (for --debug, interp/DebugHook.h) that
    // calls the debugger first, then goes on through one of the others.
    // Choosing the table once per entry keeps all of this free when it is off.
    static void* labels[256];
    static void* countingLabels[256];
    static void* methodCountingLabels[256];  // -Xprof alone: each method's instructions, no histogram
    static void* debugLabels[256];
    static bool labelsReady = false;
    if (!labelsReady) {
        for (auto& l : labels) l = &&L_illegal;
#define BYTECODE(name, op, len, pops, pushes, fmt, flags) labels[op] = &&L_##name;
#include "classfile/Bytecodes.def"
#undef BYTECODE
        for (auto& l : countingLabels) l = &&L_count;
        for (auto& l : methodCountingLabels) l = &&L_countMethod;
        for (auto& l : debugLabels) l = &&L_debug;
        labelsReady = true;
    }
    void** const afterDebug = bytecodeCountingEnabled() || bytecodeTracingEnabled() ? countingLabels
                              : runtime::g_profiling                                 ? methodCountingLabels
                                                                                     : labels;
    void** const table = g_debugHook ? debugLabels : afterDebug;
#define OP(name) L_##name:
#define DISPATCH_OP(op) goto* table[(opcode = (op))]
#endif
#define DISPATCH() DISPATCH_OP(*pc)
#define NEXT(n)    \
    do {           \
        pc += (n); \
        DISPATCH(); \
    } while (0)
#define THROW(cls, msg)              \
    do {                             \
        SAVE_STATE();                \
        thread.throwNew((cls), (msg)); \
        goto exception;              \
    } while (0)
// A VM-raised NullPointerException carries HotSpot's helpful message (JEP 358),
// computed from the original bytecode at the failing bci after SAVE_STATE.
#define NULL_CHECK(o)                  \
    if (!(o)) {                        \
        SAVE_STATE();                  \
        throwNullPointer(thread, frame); \
        goto exception;                \
    }
// A method with machine code (jit/, chosen by the tiering hook) runs the
// freshly pushed frame to its end; it bailed out if an exception is pending,
// with frame->pc at the throwing instruction (runtime/CompiledCode.h).
#define RUN_COMPILED_IF_ANY()                                                   \
    if (g_tieringHook)                                                          \
        if (CompiledEntry compiled = g_tieringHook(thread, frame->method)) {    \
            frame->flags |= Frame::kCompiledFrame; /* -Xprof's tier */          \
            result = compiled(&thread, frame);                                  \
            if (thread.hasPendingException()) goto exception;                   \
            resultSlots = frame->method->returnSlots();                         \
            goto do_return;                                                     \
        }
#define CHECK_PENDING() \
    if (thread.hasPendingException()) goto exception
#define U2(p) readU2(p)
#define I(s) slotToInt(s)
#define L(s) slotToLong(s)
#define F(s) slotToFloat(s)
#define D(s) slotToDouble(s)
#define A(s) slotToRef(s)
#define PUSH_I(v) (*sp++ = intToSlot(v))
#define PUSH_F(v) (*sp++ = floatToSlot(v))
#define PUSH_A(v) (*sp++ = refToSlot(v))
#define PUSH_L(v) (sp[0] = longToSlot(v), sp += 2)
#define PUSH_D(v) (sp[0] = doubleToSlot(v), sp += 2)
// Array access with JVMS 6.5 null and bounds checks: `arr` and `index` are set.
#define ARRAY_CHECK(arr, index)                                                  \
    NULL_CHECK(arr);                                                             \
    if (static_cast<uint32_t>(index) >= static_cast<uint32_t>((arr)->length)) { \
        SAVE_STATE();                                                            \
        throwArrayIndexOutOfBounds(thread, (index), (arr)->length);              \
        goto exception;                                                          \
    }

    LOAD_FRAME();
    frame->flags &= ~Frame::kCompiledFrame;  // this tier now runs the frame (-Xprof's sampler reads it)
    // A compiled frame the JIT called directly, finished here (Interpreter.h).
    if (start == Start::FinishReturn) {
        result = compiledResult;
        resultSlots = frame->method->returnSlots();
        goto do_return;
    }
    if (start == Start::HandleException) goto exception;
    if (start == Start::Resume) goto resume;  // the frame was entered already
    if (frame->method->isSynchronized()) {
        Object* lock = syncObject(thread, frame);
        if (!lock) goto exception;
        monitorEnter(thread, lock);
    }
    RUN_COMPILED_IF_ANY();
    if (runtime::g_profiling) ++frame->method->profiledInvocations;  // compiled code counts its own
resume:

#ifdef CORTADO_SWITCH_DISPATCH
    DISPATCH();
dispatch_op:
    if (g_debugHook) {
        SAVE_STATE();
        g_debugHook(thread, frame);
    }
    if (bytecodeCountingEnabled() || bytecodeTracingEnabled()) [[unlikely]] {
        if (bytecodeCountingEnabled()) countBytecode(opcode);
        if (bytecodeTracingEnabled()) traceBytecode(frame, pc, sp);
    }
    if (runtime::g_profiling) ++frame->method->profiledBytecodes;
    switch (opcode) {
#else
    DISPATCH();
L_count:
    if (bytecodeCountingEnabled()) countBytecode(opcode);
    if (bytecodeTracingEnabled()) traceBytecode(frame, pc, sp);
L_countMethod:
    if (runtime::g_profiling) ++frame->method->profiledBytecodes;
    goto* labels[opcode];
L_debug:
    SAVE_STATE();  // the debugger reads the frame: pc, locals, operand stack
    g_debugHook(thread, frame);
    goto* afterDebug[opcode];
    {
#endif

    // ---- Constants ---------------------------------------------------------
    OP(nop) NEXT(1);
    OP(aconst_null) PUSH_A(nullptr); NEXT(1);
    OP(iconst_m1) OP(iconst_0) OP(iconst_1) OP(iconst_2) OP(iconst_3) OP(iconst_4) OP(iconst_5)
        PUSH_I(int32_t(*pc) - int32_t(Opcode::iconst_0_)); NEXT(1);
    OP(lconst_0) OP(lconst_1) PUSH_L(int64_t(*pc - uint8_t(Opcode::lconst_0_))); NEXT(1);
    OP(fconst_0) OP(fconst_1) OP(fconst_2) PUSH_F(float(*pc - uint8_t(Opcode::fconst_0_))); NEXT(1);
    OP(dconst_0) OP(dconst_1) PUSH_D(double(*pc - uint8_t(Opcode::dconst_0_))); NEXT(1);
    OP(bipush) PUSH_I(int8_t(pc[1])); NEXT(2);
    OP(sipush) PUSH_I(readS2(pc + 1)); NEXT(3);
    OP(ldc) OP(ldc_w) {
        uint16_t idx = *pc == uint8_t(Opcode::ldc_) ? pc[1] : U2(pc + 1);
        const auto& cp = frame->method->owner->constantPool();
        switch (cp.tag(idx)) {
            case classfile::CpTag::Integer: PUSH_I(cp.intValue(idx)); break;
            case classfile::CpTag::Float: PUSH_F(cp.floatValue(idx)); break;
            default: {
                SAVE_STATE();
                if (!resolveLdc(thread, frame->method->owner, const_cast<uint8_t*>(pc))) goto exception;
                DISPATCH();
            }
        }
        NEXT(bytecodeInfo(*pc).length);
    }
    OP(ldc_quick) PUSH_A(*cache[pc[1]].constant); NEXT(2);
    OP(ldc_w_quick) PUSH_A(*cache[U2(pc + 1)].constant); NEXT(3);
    OP(ldc2_w) {
        uint16_t idx = U2(pc + 1);
        if (frame->method->owner->constantPool().tag(idx) == classfile::CpTag::Dynamic) {
            SAVE_STATE();
            resolveConstant(thread, frame->method->owner, idx);  // not supported: raises the error
            goto exception;
        }
        sp[0] = frame->method->owner->constantPool().at(idx).bits;  // long or double bits alike
        sp += 2;
        NEXT(3);
    }

    // ---- Loads and stores (a long or double's value sits in its first slot) ----
    OP(iload) OP(fload) OP(aload) *sp++ = locals[pc[1]]; NEXT(2);
    OP(lload) OP(dload) sp[0] = locals[pc[1]]; sp += 2; NEXT(2);
    OP(iload_0) OP(iload_1) OP(iload_2) OP(iload_3) *sp++ = locals[*pc - uint8_t(Opcode::iload_0_)]; NEXT(1);
    OP(fload_0) OP(fload_1) OP(fload_2) OP(fload_3) *sp++ = locals[*pc - uint8_t(Opcode::fload_0_)]; NEXT(1);
    OP(aload_0) OP(aload_1) OP(aload_2) OP(aload_3) *sp++ = locals[*pc - uint8_t(Opcode::aload_0_)]; NEXT(1);
    OP(lload_0) OP(lload_1) OP(lload_2) OP(lload_3) sp[0] = locals[*pc - uint8_t(Opcode::lload_0_)]; sp += 2; NEXT(1);
    OP(dload_0) OP(dload_1) OP(dload_2) OP(dload_3) sp[0] = locals[*pc - uint8_t(Opcode::dload_0_)]; sp += 2; NEXT(1);
    OP(istore) OP(fstore) OP(astore) locals[pc[1]] = *--sp; NEXT(2);
    // A long or double is whole in its first slot; the second is never read (JVMS 2.6.1: the
    // pair is one value), not even by the GC, whose maps type it a non-reference: left as it is.
    OP(lstore) OP(dstore) sp -= 2; locals[pc[1]] = sp[0]; NEXT(2);
    OP(istore_0) OP(istore_1) OP(istore_2) OP(istore_3) locals[*pc - uint8_t(Opcode::istore_0_)] = *--sp; NEXT(1);
    OP(fstore_0) OP(fstore_1) OP(fstore_2) OP(fstore_3) locals[*pc - uint8_t(Opcode::fstore_0_)] = *--sp; NEXT(1);
    OP(astore_0) OP(astore_1) OP(astore_2) OP(astore_3) locals[*pc - uint8_t(Opcode::astore_0_)] = *--sp; NEXT(1);
    OP(lstore_0) OP(lstore_1) OP(lstore_2) OP(lstore_3) {
        int n = *pc - uint8_t(Opcode::lstore_0_);
        sp -= 2; locals[n] = sp[0]; NEXT(1);
    }
    OP(dstore_0) OP(dstore_1) OP(dstore_2) OP(dstore_3) {
        int n = *pc - uint8_t(Opcode::dstore_0_);
        sp -= 2; locals[n] = sp[0]; NEXT(1);
    }

    // ---- Arrays ---------------------------------------------------------------
#define ARRAY_LOAD(T, PUSH)                          \
    {                                                \
        int32_t index = I(sp[-1]);                   \
        auto* arr = static_cast<Array*>(A(sp[-2]));  \
        ARRAY_CHECK(arr, index);                     \
        sp -= 2;                                     \
        PUSH(arr->data<T>()[index]);                 \
        NEXT(1);                                     \
    }
    OP(iaload) ARRAY_LOAD(int32_t, PUSH_I)
    OP(laload) ARRAY_LOAD(int64_t, PUSH_L)
    OP(faload) ARRAY_LOAD(float, PUSH_F)
    OP(daload) ARRAY_LOAD(double, PUSH_D)
    OP(aaload) ARRAY_LOAD(Object*, PUSH_A)
    OP(baload) ARRAY_LOAD(int8_t, PUSH_I)   // byte and boolean arrays both store one byte
    OP(caload) ARRAY_LOAD(uint16_t, PUSH_I)
    OP(saload) ARRAY_LOAD(int16_t, PUSH_I)
#define ARRAY_STORE(T, SLOTS, VALUE)                          \
    {                                                         \
        int32_t index = I(sp[-(SLOTS) - 1]);                  \
        auto* arr = static_cast<Array*>(A(sp[-(SLOTS) - 2])); \
        ARRAY_CHECK(arr, index);                              \
        arr->data<T>()[index] = static_cast<T>(VALUE);        \
        sp -= (SLOTS) + 2;                                    \
        NEXT(1);                                              \
    }
    OP(iastore) ARRAY_STORE(int32_t, 1, I(sp[-1]))
    OP(lastore) ARRAY_STORE(int64_t, 2, L(sp[-2]))
    OP(fastore) ARRAY_STORE(float, 1, F(sp[-1]))
    OP(dastore) ARRAY_STORE(double, 2, D(sp[-2]))
    OP(castore) ARRAY_STORE(uint16_t, 1, I(sp[-1]))
    OP(sastore) ARRAY_STORE(int16_t, 1, I(sp[-1]))
    OP(bastore) {
        // JVMS 6.5 bastore: a boolean array stores the low bit only.
        int32_t index = I(sp[-2]);
        auto* arr = static_cast<Array*>(A(sp[-3]));
        ARRAY_CHECK(arr, index);
        int32_t v = I(sp[-1]);
        arr->data<int8_t>()[index] = arr->klass->elementType == classfile::BasicType::Boolean ? int8_t(v & 1) : int8_t(v);
        sp -= 3;
        NEXT(1);
    }
    OP(aastore) {
        int32_t index = I(sp[-2]);
        auto* arr = static_cast<Array*>(A(sp[-3]));
        ARRAY_CHECK(arr, index);
        Object* value = A(sp[-1]);
        // JVMS 6.5 aastore: the value must be assignable to the array's component type.
        if (value && !value->klass->isSubclassOf(arr->klass->component))
            THROW("java/lang/ArrayStoreException", value->klass->externalName);
        arr->data<Object*>()[index] = value;
        markCard(&arr->data<Object*>()[index]);  // the GC's write barrier
        sp -= 3;
        NEXT(1);
    }
    OP(arraylength) {
        auto* arr = static_cast<Array*>(A(sp[-1]));
        NULL_CHECK(arr);
        sp[-1] = intToSlot(arr->length);
        NEXT(1);
    }

    // ---- Operand stack (raw slots: long/double halves move as two) -------------
    OP(pop) --sp; NEXT(1);
    OP(pop2) sp -= 2; NEXT(1);
    OP(dup) sp[0] = sp[-1]; ++sp; NEXT(1);
    OP(dup_x1) { Slot v1 = sp[-1], v2 = sp[-2]; sp[-2] = v1; sp[-1] = v2; sp[0] = v1; ++sp; NEXT(1); }
    OP(dup_x2) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3];
        sp[-3] = v1; sp[-2] = v3; sp[-1] = v2; sp[0] = v1; ++sp; NEXT(1);
    }
    OP(dup2) { sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT(1); }
    OP(dup2_x1) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3];
        sp[-3] = v2; sp[-2] = v1; sp[-1] = v3; sp[0] = v2; sp[1] = v1; sp += 2; NEXT(1);
    }
    OP(dup2_x2) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3], v4 = sp[-4];
        sp[-4] = v2; sp[-3] = v1; sp[-2] = v4; sp[-1] = v3; sp[0] = v2; sp[1] = v1; sp += 2; NEXT(1);
    }
    OP(swap) { Slot t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; NEXT(1); }

    // ---- Arithmetic (JVMS 2.11.3: two's-complement wraparound, IEEE 754) --------
#define INT_BINOP(expr) { int32_t b = I(sp[-1]), a = I(sp[-2]); --sp; sp[-1] = intToSlot(expr); NEXT(1); }
#define LONG_BINOP(expr) { int64_t b = L(sp[-2]), a = L(sp[-4]); sp -= 2; sp[-2] = longToSlot(expr); NEXT(1); }
#define FLOAT_BINOP(expr) { float b = F(sp[-1]), a = F(sp[-2]); --sp; sp[-1] = floatToSlot(expr); NEXT(1); }
#define DOUBLE_BINOP(expr) { double b = D(sp[-2]), a = D(sp[-4]); sp -= 2; sp[-2] = doubleToSlot(expr); NEXT(1); }
    OP(iadd) INT_BINOP(int32_t(uint32_t(a) + uint32_t(b)))
    OP(isub) INT_BINOP(int32_t(uint32_t(a) - uint32_t(b)))
    OP(imul) INT_BINOP(int32_t(uint32_t(a) * uint32_t(b)))
    OP(ladd) LONG_BINOP(int64_t(uint64_t(a) + uint64_t(b)))
    OP(lsub) LONG_BINOP(int64_t(uint64_t(a) - uint64_t(b)))
    OP(lmul) LONG_BINOP(int64_t(uint64_t(a) * uint64_t(b)))
    OP(fadd) FLOAT_BINOP(a + b)
    OP(fsub) FLOAT_BINOP(a - b)
    OP(fmul) FLOAT_BINOP(a * b)
    OP(fdiv) FLOAT_BINOP(a / b)
    OP(frem) FLOAT_BINOP(std::fmod(a, b))   // JVMS 6.5 frem: truncating, like C's fmod, not IEEE remainder
    OP(dadd) DOUBLE_BINOP(a + b)
    OP(dsub) DOUBLE_BINOP(a - b)
    OP(dmul) DOUBLE_BINOP(a * b)
    OP(ddiv) DOUBLE_BINOP(a / b)
    OP(drem) DOUBLE_BINOP(std::fmod(a, b))
    OP(idiv) OP(irem) {
        int32_t b = I(sp[-1]), a = I(sp[-2]);
        if (b == 0) { SAVE_STATE(); throwDivisionByZero(thread); goto exception; }
        int32_t r;
        if (b == -1) r = *pc == uint8_t(Opcode::idiv_) ? int32_t(0u - uint32_t(a)) : 0;  // MIN_VALUE / -1 overflows to MIN_VALUE
        else r = *pc == uint8_t(Opcode::idiv_) ? a / b : a % b;
        --sp;
        sp[-1] = intToSlot(r);
        NEXT(1);
    }
    OP(ldiv) OP(lrem) {
        int64_t b = L(sp[-2]), a = L(sp[-4]);
        if (b == 0) { SAVE_STATE(); throwDivisionByZero(thread); goto exception; }
        int64_t r;
        if (b == -1) r = *pc == uint8_t(Opcode::ldiv_) ? int64_t(0ull - uint64_t(a)) : 0;
        else r = *pc == uint8_t(Opcode::ldiv_) ? a / b : a % b;
        sp -= 2;
        sp[-2] = longToSlot(r);
        NEXT(1);
    }
    OP(ineg) sp[-1] = intToSlot(int32_t(0u - uint32_t(I(sp[-1])))); NEXT(1);
    OP(lneg) sp[-2] = longToSlot(int64_t(0ull - uint64_t(L(sp[-2])))); NEXT(1);
    OP(fneg) sp[-1] = floatToSlot(-F(sp[-1])); NEXT(1);
    OP(dneg) sp[-2] = doubleToSlot(-D(sp[-2])); NEXT(1);
    // Shift distances use only their low 5 (int) or 6 (long) bits: JVMS 6.5 ishl/lshl.
    OP(ishl) INT_BINOP(int32_t(uint32_t(a) << (b & 31)))
    OP(ishr) INT_BINOP(a >> (b & 31))
    OP(iushr) INT_BINOP(int32_t(uint32_t(a) >> (b & 31)))
    OP(lshl) { int32_t b = I(sp[-1]); int64_t a = L(sp[-3]); --sp; sp[-2] = longToSlot(int64_t(uint64_t(a) << (b & 63))); NEXT(1); }
    OP(lshr) { int32_t b = I(sp[-1]); int64_t a = L(sp[-3]); --sp; sp[-2] = longToSlot(a >> (b & 63)); NEXT(1); }
    OP(lushr) { int32_t b = I(sp[-1]); int64_t a = L(sp[-3]); --sp; sp[-2] = longToSlot(int64_t(uint64_t(a) >> (b & 63))); NEXT(1); }
    OP(iand) INT_BINOP(a & b)
    OP(ior) INT_BINOP(a | b)
    OP(ixor) INT_BINOP(a ^ b)
    OP(land) LONG_BINOP(a & b)
    OP(lor) LONG_BINOP(a | b)
    OP(lxor) LONG_BINOP(a ^ b)
    OP(iinc) locals[pc[1]] = intToSlot(int32_t(uint32_t(I(locals[pc[1]])) + uint32_t(int8_t(pc[2])))); NEXT(3);

    // ---- Conversions ---------------------------------------------------------------
    OP(i2l) { int32_t v = I(sp[-1]); sp[-1] = longToSlot(v); ++sp; NEXT(1); }
    OP(i2f) sp[-1] = floatToSlot(float(I(sp[-1]))); NEXT(1);
    OP(i2d) { int32_t v = I(sp[-1]); sp[-1] = doubleToSlot(v); ++sp; NEXT(1); }
    OP(l2i) { int64_t v = L(sp[-2]); --sp; sp[-1] = intToSlot(int32_t(v)); NEXT(1); }
    OP(l2f) { int64_t v = L(sp[-2]); --sp; sp[-1] = floatToSlot(float(v)); NEXT(1); }
    OP(l2d) sp[-2] = doubleToSlot(double(L(sp[-2]))); NEXT(1);
    OP(f2i) sp[-1] = intToSlot(saturatingCast<int32_t>(F(sp[-1]))); NEXT(1);
    OP(f2l) { float v = F(sp[-1]); sp[-1] = longToSlot(saturatingCast<int64_t>(v)); ++sp; NEXT(1); }
    OP(f2d) { float v = F(sp[-1]); sp[-1] = doubleToSlot(v); ++sp; NEXT(1); }
    OP(d2i) { double v = D(sp[-2]); --sp; sp[-1] = intToSlot(saturatingCast<int32_t>(v)); NEXT(1); }
    OP(d2l) sp[-2] = longToSlot(saturatingCast<int64_t>(D(sp[-2]))); NEXT(1);
    OP(d2f) { double v = D(sp[-2]); --sp; sp[-1] = floatToSlot(float(v)); NEXT(1); }
    OP(i2b) sp[-1] = intToSlot(int8_t(I(sp[-1]))); NEXT(1);
    OP(i2c) sp[-1] = intToSlot(uint16_t(I(sp[-1]))); NEXT(1);
    OP(i2s) sp[-1] = intToSlot(int16_t(I(sp[-1]))); NEXT(1);

    // ---- Comparisons -----------------------------------------------------------------
    OP(lcmp) { int64_t b = L(sp[-2]), a = L(sp[-4]); sp -= 3; sp[-1] = intToSlot(a < b ? -1 : a > b ? 1 : 0); NEXT(1); }
    OP(fcmpl) { float b = F(sp[-1]), a = F(sp[-2]); --sp; sp[-1] = intToSlot(floatCompare(a, b, -1)); NEXT(1); }
    OP(fcmpg) { float b = F(sp[-1]), a = F(sp[-2]); --sp; sp[-1] = intToSlot(floatCompare(a, b, 1)); NEXT(1); }
    OP(dcmpl) { double b = D(sp[-2]), a = D(sp[-4]); sp -= 3; sp[-1] = intToSlot(floatCompare(a, b, -1)); NEXT(1); }
    OP(dcmpg) { double b = D(sp[-2]), a = D(sp[-4]); sp -= 3; sp[-1] = intToSlot(floatCompare(a, b, 1)); NEXT(1); }

    // ---- Control transfer ------------------------------------------------------------------
// A backward branch polls for a safepoint (runtime/Safepoint.h), then may move
// the frame into its compiled code// (on-stack replacement, runtime/CompiledCode.h): same frame, new tier.
#define BRANCH(offset)                                                              \
    do {                                                                            \
        int32_t branchOffset = (offset);                                            \
        pc += branchOffset;                                                         \
        if (branchOffset < 0 && runtime::g_profiling) ++frame->method->profiledBackedges; \
        if (branchOffset < 0 && thread.safepointRequested) {                        \
            SAVE_STATE(); /* at the loop header, as its reference map describes */  \
            safepointReached(thread);                                               \
            CHECK_PENDING();                                                        \
        }                                                                           \
        if (branchOffset < 0 && g_osrHook)                                          \
            if (OsrEntry osr = g_osrHook(thread, frame->method)) {                  \
                SAVE_STATE();                                                       \
                result = osr(&thread, frame, frame->bci());                         \
                if (thread.hasPendingException()) goto exception;                   \
                resultSlots = frame->method->returnSlots();                         \
                goto do_return;                                                     \
            }                                                                       \
        DISPATCH();                                                                 \
    } while (0)
#define BRANCH_IF(cond, pops)                 \
    {                                         \
        bool taken = (cond);                  \
        sp -= (pops);                         \
        if (taken) BRANCH(readS2(pc + 1));    \
        NEXT(3);                              \
    }
    OP(ifeq) BRANCH_IF(I(sp[-1]) == 0, 1)
    OP(ifne) BRANCH_IF(I(sp[-1]) != 0, 1)
    OP(iflt) BRANCH_IF(I(sp[-1]) < 0, 1)
    OP(ifge) BRANCH_IF(I(sp[-1]) >= 0, 1)
    OP(ifgt) BRANCH_IF(I(sp[-1]) > 0, 1)
    OP(ifle) BRANCH_IF(I(sp[-1]) <= 0, 1)
    OP(if_icmpeq) BRANCH_IF(I(sp[-2]) == I(sp[-1]), 2)
    OP(if_icmpne) BRANCH_IF(I(sp[-2]) != I(sp[-1]), 2)
    OP(if_icmplt) BRANCH_IF(I(sp[-2]) < I(sp[-1]), 2)
    OP(if_icmpge) BRANCH_IF(I(sp[-2]) >= I(sp[-1]), 2)
    OP(if_icmpgt) BRANCH_IF(I(sp[-2]) > I(sp[-1]), 2)
    OP(if_icmple) BRANCH_IF(I(sp[-2]) <= I(sp[-1]), 2)
    OP(if_acmpeq) BRANCH_IF(sp[-2] == sp[-1], 2)
    OP(if_acmpne) BRANCH_IF(sp[-2] != sp[-1], 2)
    OP(ifnull) BRANCH_IF(A(sp[-1]) == nullptr, 1)
    OP(ifnonnull) BRANCH_IF(A(sp[-1]) != nullptr, 1)
    OP(goto) BRANCH(readS2(pc + 1));
    OP(goto_w) BRANCH(readS4(pc + 1));
    // JVMS 6.5 jsr: the return address is kept as a bytecode index (not a reference).
    OP(jsr) PUSH_I(int32_t(pc + 3 - frame->method->code.get())); NEXT(readS2(pc + 1));
    OP(jsr_w) PUSH_I(int32_t(pc + 5 - frame->method->code.get())); NEXT(readS4(pc + 1));
    OP(ret) pc = frame->method->code.get() + I(locals[pc[1]]); DISPATCH();
    OP(tableswitch) {
        const uint8_t* base = frame->method->code.get();
        const uint8_t* p = base + ((pc - base + 4) & ~intptr_t(3));
        int32_t def = readS4(p), low = readS4(p + 4), high = readS4(p + 8);
        int32_t key = I(*--sp);
        if (key < low || key > high) NEXT(def);
        NEXT(readS4(p + 12 + 4 * (int64_t(key) - low)));
    }
    OP(lookupswitch) {
        const uint8_t* base = frame->method->code.get();
        const uint8_t* p = base + ((pc - base + 4) & ~intptr_t(3));
        int32_t def = readS4(p), npairs = readS4(p + 4);
        int32_t key = I(*--sp);
        // Pairs are sorted by key (JVMS 4.9.2): binary search.
        int32_t lo = 0, hi = npairs - 1;
        while (lo <= hi) {
            int32_t mid = lo + (hi - lo) / 2;
            int32_t k = readS4(p + 8 + 8 * mid);
            if (k == key) NEXT(readS4(p + 12 + 8 * mid));
            if (k < key) lo = mid + 1;
            else hi = mid - 1;
        }
        NEXT(def);
    }

    // ---- Returns ---------------------------------------------------------------------
    OP(ireturn) {
        // JVMS 6.5 ireturn: a boolean, byte, char or short result is narrowed to its type.
        int32_t v = I(sp[-1]);
        switch (frame->method->signature.returnType) {
            case classfile::BasicType::Boolean: v &= 1; break;
            case classfile::BasicType::Byte: v = int8_t(v); break;
            case classfile::BasicType::Char: v = uint16_t(v); break;
            case classfile::BasicType::Short: v = int16_t(v); break;
            default: break;
        }
        result = intToSlot(v);
        resultSlots = 1;
        goto do_return;
    }
    OP(freturn) OP(areturn) result = sp[-1]; resultSlots = 1; goto do_return;
    OP(lreturn) OP(dreturn) result = sp[-2]; resultSlots = 2; goto do_return;
    OP(return) result = 0; resultSlots = 0; goto do_return;

    // ---- Fields ------------------------------------------------------------------------
    OP(getfield) OP(putfield) OP(getstatic) OP(putstatic) {
        SAVE_STATE();
        uint8_t quick = resolveFieldAccess(thread, frame->method->owner, const_cast<uint8_t*>(pc));
        if (!quick) goto exception;
        DISPATCH_OP(quick);
    }
#define GETFIELD(T, PUSH)                                        \
    {                                                            \
        Object* o = A(sp[-1]);                                   \
        NULL_CHECK(o);                                           \
        --sp;                                                    \
        PUSH(o->field<T>(cache[U2(pc + 1)].fieldOffset));        \
        NEXT(3);                                                 \
    }
    OP(getfield_i) GETFIELD(int32_t, PUSH_I)   // float bits travel as int bits
    OP(getfield_j) GETFIELD(int64_t, PUSH_L)
    OP(getfield_a) GETFIELD(Object*, PUSH_A)
    OP(getfield_b) GETFIELD(int8_t, PUSH_I)
    OP(getfield_c) GETFIELD(uint16_t, PUSH_I)
    OP(getfield_s) GETFIELD(int16_t, PUSH_I)
#define PUTFIELD(T, SLOTS, VALUE)                                      \
    {                                                                  \
        Object* o = A(sp[-(SLOTS) - 1]);                               \
        NULL_CHECK(o);                                                 \
        o->field<T>(cache[U2(pc + 1)].fieldOffset) = static_cast<T>(VALUE); \
        sp -= (SLOTS) + 1;                                             \
        NEXT(3);                                                       \
    }
    OP(putfield_i) PUTFIELD(int32_t, 1, I(sp[-1]))
    OP(putfield_j) PUTFIELD(int64_t, 2, L(sp[-2]))
    OP(putfield_a) {
        Object* o = A(sp[-2]);
        NULL_CHECK(o);
        Object** field = &o->field<Object*>(cache[U2(pc + 1)].fieldOffset);
        *field = A(sp[-1]);
        markCard(field);  // the GC's write barrier
        sp -= 2;
        NEXT(3);
    }
    OP(putfield_b) PUTFIELD(int8_t, 1, I(sp[-1]))
    OP(putfield_z) PUTFIELD(int8_t, 1, I(sp[-1]) & 1)
    OP(putfield_c) PUTFIELD(int16_t, 1, I(sp[-1]))
#define GETSTATIC(T, PUSH) { PUSH(*reinterpret_cast<T*>(cache[U2(pc + 1)].staticAddress)); NEXT(3); }
    OP(getstatic_i) GETSTATIC(int32_t, PUSH_I)
    OP(getstatic_j) GETSTATIC(int64_t, PUSH_L)
    OP(getstatic_a) GETSTATIC(Object*, PUSH_A)
    OP(getstatic_b) GETSTATIC(int8_t, PUSH_I)
    OP(getstatic_c) GETSTATIC(uint16_t, PUSH_I)
    OP(getstatic_s) GETSTATIC(int16_t, PUSH_I)
#define PUTSTATIC(T, SLOTS, VALUE)                                                          \
    {                                                                                       \
        *reinterpret_cast<T*>(cache[U2(pc + 1)].staticAddress) = static_cast<T>(VALUE);     \
        sp -= (SLOTS);                                                                      \
        NEXT(3);                                                                            \
    }
    OP(putstatic_i) PUTSTATIC(int32_t, 1, I(sp[-1]))
    OP(putstatic_j) PUTSTATIC(int64_t, 2, L(sp[-2]))
    OP(putstatic_a) PUTSTATIC(Object*, 1, A(sp[-1]))
    OP(putstatic_b) PUTSTATIC(int8_t, 1, I(sp[-1]))
    OP(putstatic_z) PUTSTATIC(int8_t, 1, I(sp[-1]) & 1)
    OP(putstatic_c) PUTSTATIC(int16_t, 1, I(sp[-1]))

    // ---- Invocation ------------------------------------------------------------------------
    OP(invokevirtual) OP(invokespecial) OP(invokestatic) OP(invokeinterface) {
        SAVE_STATE();
        uint8_t quick = resolveInvoke(thread, frame->method->owner, const_cast<uint8_t*>(pc));
        if (!quick) goto exception;
        DISPATCH_OP(quick);
    }
    OP(invokevirtual_quick) {
        const CpCacheEntry& e = cache[U2(pc + 1)];
        Object* receiver = A(sp[-e.method->argSlots]);
        NULL_CHECK(receiver);
        callee = receiver->klass->vtable[e.vtableIndex];
        goto invoke;
    }
    OP(invokedirect_quick) {
        callee = cache[U2(pc + 1)].directMethod;
        NULL_CHECK(A(sp[-callee->argSlots]));
        goto invoke;
    }
    OP(invokestatic_quick) callee = cache[U2(pc + 1)].directMethod; goto invoke;
    OP(invokeinterface_quick) {
        CpCacheEntry& e = cache[U2(pc + 1)];
        Object* receiver = A(sp[-e.method->argSlots]);
        NULL_CHECK(receiver);
        SAVE_STATE();
        callee = selectQuickInvokeTarget(thread, uint8_t(Opcode::invokeinterface_quick_), e, receiver);
        if (!callee) goto exception;
        goto invoke;
    }
    OP(invokedynamic) {
        SAVE_STATE();
        uint8_t quick = linkInvokedynamic(thread, frame->method->owner, const_cast<uint8_t*>(pc));
        if (!quick) goto exception;
        DISPATCH_OP(quick);
    }
    OP(invokedynamic_quick) {
        // The linked call site's fast form (runtime/CallSite.h): an Invoke site
        // calls its static method as invokestatic does; the other forms are
        // shared with the JIT (interp/SlowPaths.h runLinkedCallSite).
        const CallSite& site = frame->method->owner->callSites[U2(pc + 3)];
        if (site.kind == CallSite::Kind::Invoke) {
            callee = site.method;
            goto invoke;
        }
        SAVE_STATE();  // the arguments stay on the stack, visible to the GC
        Slot* args = sp - site.argSlots;
        if (!runLinkedCallSite(thread, site, args)) goto exception;
        sp = args + site.returnSlots;
        NEXT(5);
    }

    // ---- Objects -----------------------------------------------------------------------------
    OP(checkcast) OP(instanceof)
        // JVMS 6.5: a null reference passes checkcast and is not an instance of
        // anything, without the class being resolved.
        if (A(sp[-1]) == nullptr) {
            if (*pc == uint8_t(Opcode::instanceof_)) sp[-1] = intToSlot(0);
            NEXT(3);
        }
        goto resolve_class_use;
    OP(new) OP(anewarray)
    resolve_class_use: {
        SAVE_STATE();
        uint8_t quick = resolveClassUse(thread, frame->method->owner, const_cast<uint8_t*>(pc));
        if (!quick) goto exception;
        DISPATCH_OP(quick);
    }
    OP(new_quick) {
        SAVE_STATE();
        Object* o = allocateInstance(thread, cache[U2(pc + 1)].klass);
        if (!o) goto exception;
        PUSH_A(o);
        NEXT(3);
    }
    OP(anewarray_quick) {
        SAVE_STATE();
        Array* a = allocateArray(thread, cache[U2(pc + 1)].arrayClass, I(sp[-1]));
        if (!a) goto exception;
        sp[-1] = refToSlot(a);
        NEXT(3);
    }
    OP(newarray) {
        SAVE_STATE();
        Array* a = allocatePrimitiveArray(thread, newarrayElementType(pc[1]), I(sp[-1]));
        if (!a) goto exception;
        sp[-1] = refToSlot(a);
        NEXT(2);
    }
    OP(multianewarray) {
        SAVE_STATE();
        Array* a = interp::multianewarray(thread, frame->method->owner, pc, sp);
        if (!a) goto exception;
        sp -= pc[3];
        PUSH_A(a);
        NEXT(4);
    }
    OP(checkcast_quick) {
        Object* o = A(sp[-1]);
        Klass* k = cache[U2(pc + 1)].klass;
        if (o && !o->klass->isSubclassOf(k)) THROW("java/lang/ClassCastException", classCastMessage(o->klass, k));
        NEXT(3);
    }
    OP(instanceof_quick) {
        Object* o = A(sp[-1]);
        sp[-1] = intToSlot(o && o->klass->isSubclassOf(cache[U2(pc + 1)].klass) ? 1 : 0);
        NEXT(3);
    }
    OP(athrow) {
        Object* e = A(sp[-1]);
        NULL_CHECK(e);
        SAVE_STATE();
        thread.throwException(e);
        goto exception;
    }
    OP(monitorenter) {
        Object* o = A(sp[-1]);
        NULL_CHECK(o);
        enterMonitor(thread, frame, o);
        --sp;
        NEXT(1);
    }
    OP(monitorexit) {
        Object* o = A(sp[-1]);
        NULL_CHECK(o);
        SAVE_STATE();
        if (!exitMonitor(thread, frame, o)) goto exception;
        --sp;
        NEXT(1);
    }
    OP(wide) {
        uint16_t index = U2(pc + 2);
        switch (static_cast<Opcode>(pc[1])) {
            case Opcode::iload_: case Opcode::fload_: case Opcode::aload_: *sp++ = locals[index]; break;
            case Opcode::lload_: case Opcode::dload_: sp[0] = locals[index]; sp += 2; break;
            case Opcode::istore_: case Opcode::fstore_: case Opcode::astore_: locals[index] = *--sp; break;
            case Opcode::lstore_: case Opcode::dstore_: sp -= 2; locals[index] = sp[0]; break;
            case Opcode::iinc_:
                locals[index] = intToSlot(int32_t(uint32_t(I(locals[index])) + uint32_t(int32_t(readS2(pc + 4)))));
                NEXT(6);
            case Opcode::ret_: pc = frame->method->code.get() + I(locals[index]); DISPATCH();
            default: goto illegal;
        }
        NEXT(4);
    }

    // ---- Cortado's own instructions (BC_EXTENSION, docs/adding-a-bytecode.md) ----
    // iload_iadd idx: the top int plus local idx, wrapping as iadd does (JVMS 6.5 iadd).
    OP(iload_iadd) sp[-1] = intToSlot(int32_t(uint32_t(I(sp[-1])) + uint32_t(I(locals[pc[1]])))); NEXT(2);

    OP(breakpoint) OP(impdep1) OP(impdep2)
#ifdef CORTADO_SWITCH_DISPATCH
    default:
#else
    L_illegal:
#endif
        goto illegal;
    }

illegal:
    THROW("java/lang/InternalError", "illegal bytecode " + std::to_string(*pc) + " in " + frame->method->externalName());

invoke:
    // `callee` is selected; its arguments are the top argSlots of the operand stack.
    {
        if (thread.vm.options.verifyReferenceMaps) {
            SAVE_STATE();
            verifyFrameReferencesOrDie(thread, frame, sp);
        }
        Slot* args = sp - callee->argSlots;
        if (callee->isNative()) {
            SAVE_STATE();  // the arguments stay on the stack, visible to the GC, during the call
            Slot r = callNative(thread, callee, args);
            CHECK_PENDING();
            sp = args;
            int n = callee->returnSlots();
            if (n) { sp[0] = r; sp += n; }
            NEXT(bytecodeInfo(*pc).length);
        }
        if (callee->isAbstract()) {
            SAVE_STATE();
            throwAbstractMethodError(thread, A(args[0]), callee);
            goto exception;
        }
        frame->pc = pc;
        frame->sp = args;
        Frame* f = thread.pushFrame(callee, args, 0);
        if (!f) goto exception;
        frame = f;
        LOAD_FRAME();
        if (callee->isSynchronized()) {
            Object* lock = syncObject(thread, frame);
            if (!lock) goto exception;
            monitorEnter(thread, lock);
        }
        if (thread.safepointRequested) {  // a frame's start is a safepoint poll (runtime/Safepoint.h)
            SAVE_STATE();
            safepointReached(thread);
            CHECK_PENDING();
        }
        RUN_COMPILED_IF_ANY();
        if (runtime::g_profiling) ++frame->method->profiledInvocations;
        DISPATCH();
    }

do_return:
    // JVMS 2.11.10 structured locking: returning while still holding a monitor
    // this frame entered releases it and throws IllegalMonitorStateException.
    if (!thread.lockRecords.empty() && thread.lockRecords.back().frame == frame) {
        SAVE_STATE();
        releaseFrameLocks(thread, frame);
        thread.throwNew("java/lang/IllegalMonitorStateException", nullptr);
        goto exception;
    }
    if (frame->method->isSynchronized()) {
        SAVE_STATE();
        Object* lock = syncObject(thread, frame);
        // JVMS 6.5 return: IllegalMonitorStateException if the monitor was released meanwhile.
        if (lock && !monitorExit(thread, lock)) goto exception;
    }
    {
        bool isEntry = frame->flags & Frame::kEntryFrame;
        thread.popFrame();
        if (isEntry) return result;
        frame = thread.topFrame;
        LOAD_FRAME();
        if (resultSlots) { sp[0] = result; sp += resultSlots; }
        NEXT(bytecodeInfo(*pc).length);  // past the invoke that made the call
    }

exception:
    // Find a handler in this frame or unwind (JVMS 2.10); the exception stays
    // pending (a GC root) until a handler takes it.
    while (true) {
        if (exceptionLogEnabled) [[unlikely]]
            logExceptionThrown(thread, frame->method, frame->bci());
        int32_t handler = findExceptionHandler(thread, frame->method, frame->bci());
        if (handler >= 0) {
            if (exceptionLogEnabled) [[unlikely]]
                logExceptionHandler(thread, frame->method, handler);
            LOAD_FRAME();
            sp = frame->stackBase();
            PUSH_A(thread.takePendingException());
            pc = frame->method->code.get() + handler;
            DISPATCH();
        }
        releaseFrameLocks(thread, frame);  // monitors entered by this frame's monitorenter
        if (frame->method->isSynchronized()) {
            Object* pending = thread.takePendingException();
            Object* lock = syncObject(thread, frame);
            if (lock && holdsMonitor(thread, lock)) monitorExit(thread, lock);
            thread.throwException(pending);
        }
        bool isEntry = frame->flags & Frame::kEntryFrame;
        thread.popFrame();
        if (isEntry) return 0;
        frame = thread.topFrame;
    }
}

}  // namespace

}  // namespace cortado::interp
