// Unit tests for the baseline compiler's templates (jit/Templates*.cpp):
// static methods assembled by hand are compiled and run on a frame built here
// exactly as the interpreter builds one (runtime/Frame.h), without a VM. Only
// templates that call no VM helper needing a thread are exercised; everything
// else is covered by the differential tests under -Xcomp.
#include <asmjit/x86.h>
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "classfile/Bytecodes.h"
#include "jit/CodeCache.h"
#include "jit/Compiler.h"
#include "jit/RegisterLocals.h"
#include "runtime/Allocation.h"
#include "runtime/Heap.h"
#include "runtime/JavaThread.h"
#include "runtime/Klass.h"

namespace cortado::jit {
namespace {

using classfile::Opcode;
using O = Opcode;
using runtime::Slot;

// A static method of a class of its own, with the given code and descriptor.
class TestMethod {
public:
    // `pool` is the constant pool after its unused entry 0.
    TestMethod(std::vector<uint8_t> code, const std::string& descriptor, uint16_t maxLocals, uint16_t maxStack,
               std::vector<classfile::CpEntry> pool = {}) {
        auto cf = std::make_shared<classfile::ClassFile>();
        cf->constant_pool.entries.resize(1);
        for (auto& e : pool) cf->constant_pool.entries.push_back(std::move(e));
        cf->this_class = "T";
        classfile::MethodInfo mi;
        mi.access_flags = classfile::acc::STATIC;
        mi.name = "m";
        mi.descriptor = descriptor;
        mi.code.emplace();
        mi.code->max_locals = maxLocals;
        mi.code->max_stack = maxStack;
        mi.code->code = code;
        cf->methods.push_back(std::move(mi));
        klass_.name = "T";
        klass_.externalName = "T";
        klass_.classFile = cf;
        klass_.cpCache.resize(cf->constant_pool.entries.size());
        m_.owner = &klass_;
        m_.info = &cf->methods[0];
        m_.name = "m";
        m_.descriptor = descriptor;
        m_.signature = *classfile::parseMethodDescriptor(descriptor);
        m_.accessFlags = classfile::acc::STATIC;
        m_.maxLocals = maxLocals;
        m_.maxStack = maxStack;
        for (auto t : m_.signature.params) m_.argSlots += uint16_t(classfile::slotCount(t));
        m_.codeLength = uint32_t(code.size());
        m_.code = std::make_unique<uint8_t[]>(code.size());
        std::memcpy(m_.code.get(), code.data(), code.size());
    }

    CompileResult compile() { return compileMethod(&m_, cache_, false); }
    const runtime::Method* method() const { return &m_; }
    // As the interpreter's resolution would: the live code at `pc` becomes `quick`.
    void quicken(uint32_t pc, O quick) { m_.code[pc] = uint8_t(quick); }
    // What the interpreter's quickening writes: the live code and the constant-pool cache.
    uint8_t* liveCode() { return m_.code.get(); }
    runtime::CpCacheEntry& cacheEntry(uint16_t index) { return klass_.cpCache.at(index); }

    // Runs the compiled method on a fresh frame whose first locals are `args`.
    Slot run(const std::vector<Slot>& args) {
        CompileResult r = compile();
        EXPECT_NE(r.entry, nullptr) << r.rejectReason;
        if (!r.entry) return 0;
        return r.entry(thread(), pushFrame(args));
    }

    // Runs it from loop header `bci` with the given locals (on-stack replacement).
    Slot runFrom(uint32_t bci, const std::vector<Slot>& locals) {
        CompileResult r = compile();
        EXPECT_NE(r.osrEntry, nullptr) << r.rejectReason;
        if (!r.osrEntry) return 0;
        runtime::Frame* f = pushFrame(locals);
        f->pc = m_.code.get() + bci;
        return r.osrEntry(thread(), f, bci);
    }

    // Runs it through `via` (thread, frame, bci, entry, out), as the interpreter
    // would call it: the normal entry if `bci` is 0, else the OSR entry at `bci`.
    using Via = Slot (*)(runtime::JavaThread*, runtime::Frame*, uint64_t, const void*, uint64_t*);
    Slot runVia(Via via, uint32_t bci, const std::vector<Slot>& locals, uint64_t* out) {
        CompileResult r = compile();
        const void* entry = bci ? reinterpret_cast<const void*>(r.osrEntry) : reinterpret_cast<const void*>(r.entry);
        EXPECT_NE(entry, nullptr) << r.rejectReason;
        if (!entry) return 0;
        runtime::Frame* f = pushFrame(locals);
        f->pc = m_.code.get() + bci;
        return via(thread(), f, bci, entry, out);
    }

private:
    runtime::Frame* pushFrame(const std::vector<Slot>& locals) {
        stack_.assign(size_t(m_.maxLocals) + runtime::kFrameHeaderSlots + m_.maxStack, 0);
        for (size_t i = 0; i < locals.size(); ++i) stack_[i] = locals[i];
        auto* f = reinterpret_cast<runtime::Frame*>(stack_.data() + m_.maxLocals);
        f->caller = nullptr;
        f->method = &m_;
        f->pc = m_.code.get();
        f->locals = stack_.data();
        f->sp = f->stackBase();
        f->flags = 0;
        return f;
    }

    runtime::Klass klass_;
    runtime::Method m_;
    std::vector<Slot> stack_;
    static CodeCache cache_;
    // Compiled code reads two fields of its thread: the safepoint request and the
    // pending exception. A zeroed stand-in says "nothing requested, nothing
    // pending" without building a VM (these methods call no helper).
    alignas(runtime::JavaThread) unsigned char threadStandIn_[sizeof(runtime::JavaThread)] = {};
    runtime::JavaThread* thread() { return reinterpret_cast<runtime::JavaThread*>(threadStandIn_); }
};
CodeCache TestMethod::cache_(false);

std::vector<uint8_t> bytes(std::initializer_list<int> list) {
    std::vector<uint8_t> v;
    for (int b : list) v.push_back(uint8_t(b));
    return v;
}
constexpr int op(O o) { return int(o); }
Slot i(int32_t v) { return runtime::intToSlot(v); }
Slot l(int64_t v) { return runtime::longToSlot(v); }
int32_t asInt(Slot s) { return runtime::slotToInt(s); }
std::string bytecodeName(O o) { return std::string(classfile::bytecodeInfo(uint8_t(o)).name); }

// (II)I: iload_0 iload_1 <op> ireturn
int32_t intBinop(O o, int32_t a, int32_t b) {
    TestMethod m(bytes({op(O::iload_0_), op(O::iload_1_), op(o), op(O::ireturn_)}), "(II)I", 2, 2);
    return asInt(m.run({i(a), i(b)}));
}
// (JJ)J: lload_0 lload_2 <op> lreturn
int64_t longBinop(O o, int64_t a, int64_t b) {
    TestMethod m(bytes({op(O::lload_0_), op(O::lload_2_), op(o), op(O::lreturn_)}), "(JJ)J", 4, 4);
    return runtime::slotToLong(m.run({l(a), 0, l(b), 0}));
}

constexpr int32_t kMinInt = std::numeric_limits<int32_t>::min();
constexpr int64_t kMinLong = std::numeric_limits<int64_t>::min();

TEST(JitTemplates, IntArithmeticWrapsAround) {
    EXPECT_EQ(intBinop(O::iadd_, std::numeric_limits<int32_t>::max(), 1), kMinInt);
    EXPECT_EQ(intBinop(O::isub_, kMinInt, 1), std::numeric_limits<int32_t>::max());
    EXPECT_EQ(intBinop(O::imul_, 0x10000, 0x10000), 0);
    EXPECT_EQ(intBinop(O::ixor_, 0x0f0f, 0x00ff), 0x0ff0);
}

TEST(JitTemplates, IntDivisionFollowsJvms) {
    EXPECT_EQ(intBinop(O::idiv_, kMinInt, -1), kMinInt);  // overflows instead of trapping
    EXPECT_EQ(intBinop(O::irem_, kMinInt, -1), 0);
    EXPECT_EQ(intBinop(O::idiv_, -7, 2), -3);  // rounds towards zero
    EXPECT_EQ(intBinop(O::irem_, -7, 2), -1);  // sign of the dividend
    EXPECT_EQ(intBinop(O::irem_, 7, -2), 1);
}

TEST(JitTemplates, LongDivisionFollowsJvms) {
    EXPECT_EQ(longBinop(O::ldiv_, kMinLong, -1), kMinLong);
    EXPECT_EQ(longBinop(O::lrem_, kMinLong, -1), 0);
    EXPECT_EQ(longBinop(O::ldiv_, -7000000000LL, 2), -3500000000LL);
    EXPECT_EQ(longBinop(O::lrem_, -7000000001LL, 2), -1);
    EXPECT_EQ(longBinop(O::lmul_, 0x100000000LL, 0x100000000LL), 0);
}

TEST(JitTemplates, ShiftDistancesAreMasked) {
    EXPECT_EQ(intBinop(O::ishl_, 1, 33), 2);
    EXPECT_EQ(intBinop(O::ishr_, -16, 34), -4);
    EXPECT_EQ(intBinop(O::iushr_, -1, 60), 15);
    // (JI)J: lload_0 iload_2 lshl lreturn
    TestMethod m(bytes({op(O::lload_0_), op(O::iload_2_), op(O::lshl_), op(O::lreturn_)}), "(JI)J", 3, 3);
    EXPECT_EQ(runtime::slotToLong(m.run({l(1), 0, i(65)})), 2);
}

TEST(JitTemplates, IntResultsAreZeroExtendedInTheirSlot) {
    // The interpreter's representation (intToSlot): the upper half of the slot is zero.
    TestMethod m(bytes({op(O::iload_0_), op(O::iload_1_), op(O::isub_), op(O::ireturn_)}), "(II)I", 2, 2);
    EXPECT_EQ(m.run({i(0), i(1)}), Slot(0xffffffffu));
}

TEST(JitTemplates, LongCompare) {
    TestMethod m(bytes({op(O::lload_0_), op(O::lload_2_), op(O::lcmp_), op(O::ireturn_)}), "(JJ)I", 4, 4);
    EXPECT_EQ(asInt(m.run({l(kMinLong), 0, l(1), 0})), -1);
    EXPECT_EQ(asInt(m.run({l(5), 0, l(5), 0})), 0);
    EXPECT_EQ(asInt(m.run({l(1LL << 40), 0, l(-1), 0})), 1);
}

TEST(JitTemplates, FloatCompareTreatsNanByVariant) {
    float nan = std::numeric_limits<float>::quiet_NaN();
    for (O o : {O::fcmpl_, O::fcmpg_}) {
        TestMethod m(bytes({op(O::fload_0_), op(O::fload_1_), op(o), op(O::ireturn_)}), "(FF)I", 2, 2);
        EXPECT_EQ(asInt(m.run({runtime::floatToSlot(nan), runtime::floatToSlot(1)})), o == O::fcmpl_ ? -1 : 1);
        EXPECT_EQ(asInt(m.run({runtime::floatToSlot(2), runtime::floatToSlot(1)})), 1);
        EXPECT_EQ(asInt(m.run({runtime::floatToSlot(-0.0f), runtime::floatToSlot(0.0f)})), 0);
        EXPECT_EQ(asInt(m.run({runtime::floatToSlot(-1), runtime::floatToSlot(1)})), -1);
    }
}

TEST(JitTemplates, FloatToIntSaturates) {
    TestMethod m(bytes({op(O::dload_0_), op(O::d2i_), op(O::ireturn_)}), "(D)I", 2, 2);
    EXPECT_EQ(asInt(m.run({runtime::doubleToSlot(1e30), 0})), std::numeric_limits<int32_t>::max());
    EXPECT_EQ(asInt(m.run({runtime::doubleToSlot(-1e30), 0})), kMinInt);
    EXPECT_EQ(asInt(m.run({runtime::doubleToSlot(std::nan("")), 0})), 0);
    EXPECT_EQ(asInt(m.run({runtime::doubleToSlot(-2.9), 0})), -2);
}

TEST(JitTemplates, ReturnsNarrowToTheDeclaredType) {
    auto narrowed = [](const char* descriptor, int32_t v) {
        TestMethod m(bytes({op(O::iload_0_), op(O::ireturn_)}), descriptor, 1, 1);
        return asInt(m.run({i(v)}));
    };
    EXPECT_EQ(narrowed("(I)Z", 3), 1);
    EXPECT_EQ(narrowed("(I)B", 0x1ff), -1);
    EXPECT_EQ(narrowed("(I)C", -1), 0xffff);
    EXPECT_EQ(narrowed("(I)S", 0x18000), -0x8000);
    EXPECT_EQ(narrowed("(I)I", -5), -5);
}

// (I)I: a loop summing 1..n:  0 iconst_0 istore_1 | 2 iload_0 ifle 15 | 6 iload_1 iload_0 iadd istore_1
//       10 iinc 0 -1 | 13 goto 2 | 16 iload_1 ireturn
std::vector<uint8_t> sumLoop() {
    return bytes({op(O::iconst_0_), op(O::istore_1_), op(O::iload_0_), op(O::ifle_), 0, 13, op(O::iload_1_),
                  op(O::iload_0_), op(O::iadd_), op(O::istore_1_), op(O::iinc_), 0, 0xff, op(O::goto_), 0xff, 0xf5,
                  op(O::iload_1_), op(O::ireturn_)});
}

TEST(JitTemplates, LoopsBranchBackwards) {
    TestMethod m(sumLoop(), "(I)I", 2, 2);
    EXPECT_EQ(asInt(m.run({i(100)})), 5050);
    EXPECT_EQ(asInt(m.run({i(0)})), 0);
}

TEST(JitTemplates, OnStackReplacementContinuesTheFrameAtTheLoopHeader) {
    // As if the interpreter had run the loop down to n = 10 with sum = 1000 so far.
    TestMethod m(sumLoop(), "(I)I", 2, 2);
    EXPECT_EQ(asInt(m.runFrom(2, {i(10), i(1000)})), 1055);
}

// ---- int locals in registers (jit/RegisterLocals.cpp, docs/jit.md "Register locals") ----

// (I)I: s = sum over 0 <= j < i < n of i ^ j; locals n 0, s 1, i 2, j 3.
//   0 iconst_0 istore_1 iconst_0 istore_2 | 4 iload_2 iload_0 if_icmpge 34 | 9 iconst_0 istore_3
//   11 iload_3 iload_2 if_icmpge 28 | 16 iload_1 iload_2 iload_3 ixor iadd istore_1 | 22 iinc 3 1 | 25 goto 11
//   28 iinc 2 1 | 31 goto 4 | 34 iload_1 ireturn
std::vector<uint8_t> xorTriangle() {
    return bytes({op(O::iconst_0_), op(O::istore_1_), op(O::iconst_0_), op(O::istore_2_), op(O::iload_2_),
                  op(O::iload_0_), op(O::if_icmpge_), 0, 28, op(O::iconst_0_), op(O::istore_3_), op(O::iload_3_),
                  op(O::iload_2_), op(O::if_icmpge_), 0, 15, op(O::iload_1_), op(O::iload_2_), op(O::iload_3_),
                  op(O::ixor_), op(O::iadd_), op(O::istore_1_), op(O::iinc_), 3, 1, op(O::goto_), 0xff, 0xf2,
                  op(O::iinc_), 2, 1, op(O::goto_), 0xff, 0xe5, op(O::iload_1_), op(O::ireturn_)});
}
// The same loops in C++, from any state the bytecode can be in at a loop header.
int32_t xorTriangleFrom(int32_t n, int32_t s, int32_t i, int32_t j) {
    for (; i < n; ++i, j = 0)
        for (; j < i; ++j) s += i ^ j;
    return s;
}

std::vector<uint32_t> chosen(std::vector<uint8_t> code, const std::string& descriptor, uint16_t maxLocals) {
    TestMethod m(std::move(code), descriptor, maxLocals, 4);
    return chooseRegisterLocals(m.method(), 3, 8).ints;
}

std::vector<uint8_t> prefixed(std::initializer_list<int> prefix, std::vector<uint8_t> code) {
    auto v = bytes(prefix);  // branch offsets are relative: the code after the prefix stays valid
    v.insert(v.end(), code.begin(), code.end());
    return v;
}

TEST(JitRegisterLocals, ChoosesTheIntLocalsOfInnerLoopsFirst) {
    // j (3 uses in the inner loop) before i (2 there) before s (2 there, 2 outside any loop); n is left out.
    EXPECT_EQ(chosen(xorTriangle(), "(I)I", 4), (std::vector<uint32_t>{3, 2, 1}));
    EXPECT_EQ(chosen(sumLoop(), "(I)I", 2), (std::vector<uint32_t>{0, 1}));
    // Used outside any loop only: kept in memory.
    EXPECT_EQ(chosen(bytes({op(O::iload_0_), op(O::iload_0_), op(O::iadd_), op(O::ireturn_)}), "(I)I", 1),
              std::vector<uint32_t>{});
}

TEST(JitRegisterLocals, OnlyLocalsAccessedAsIntsAreCandidates) {
    // An argument that is not int-like, even if the code only iloads it.
    EXPECT_EQ(chosen(sumLoop(), "(F)I", 2), std::vector<uint32_t>{1});
    EXPECT_EQ(chosen(sumLoop(), "(Ljava/lang/Object;)I", 2), std::vector<uint32_t>{1});
    EXPECT_EQ(chosen(sumLoop(), "(Z)I", 2), (std::vector<uint32_t>{0, 1}));
    // Any other load or store of the local.
    EXPECT_EQ(chosen(prefixed({op(O::aconst_null_), op(O::astore_1_)}, sumLoop()), "(I)I", 2), std::vector<uint32_t>{0});
    EXPECT_EQ(chosen(prefixed({op(O::fconst_0_), op(O::fstore_), 0}, sumLoop()), "(I)I", 2), std::vector<uint32_t>{1});
    // A long at local 0 covers local 1 too (JVMS 2.6.1): neither is a candidate.
    EXPECT_EQ(chosen(prefixed({op(O::lconst_0_), op(O::lstore_0_)}, sumLoop()), "(I)I", 2), std::vector<uint32_t>{});
    // ... as does a wide dload 0 (wide forms are scanned like the short ones).
    EXPECT_EQ(chosen(prefixed({op(O::wide_), op(O::dload_), 0, 0, op(O::pop2_)}, sumLoop()), "(I)I", 2),
              std::vector<uint32_t>{});
}

TEST(JitRegisterLocals, MoreIntLocalsThanRegisters) {
    // Three locals in registers and n in its slot, from the start and entered at either loop header.
    TestMethod m(xorTriangle(), "(I)I", 4, 3);
    for (int32_t n : {0, 1, 2, 50}) EXPECT_EQ(asInt(m.run({i(n)})), xorTriangleFrom(n, 0, 0, 0)) << n;
    EXPECT_EQ(asInt(m.runFrom(11, {i(40), i(12345), i(17), i(5)})), xorTriangleFrom(40, 12345, 17, 5));
    EXPECT_EQ(asInt(m.runFrom(4, {i(40), i(-7), i(39), i(0)})), xorTriangleFrom(40, -7, 39, 0));
}

TEST(JitRegisterLocals, WideFormsReadAndWriteTheRegister) {
    // (I)I: s = n + (n-1) + ... + 1 + 1000 with wide iload/istore/iinc of both locals (registers).
    //   0 iconst_0 istore_1 | 2 iload_0 ifle 25 | 6 wide iload 1 | 10 iload_0 iadd | 12 wide istore 1
    //   16 wide iinc 0 -1 | 22 goto 2 | 25 wide iinc 1 1000 | 31 iload_1 ireturn
    auto code = bytes({op(O::iconst_0_), op(O::istore_1_), op(O::iload_0_), op(O::ifle_), 0, 22, op(O::wide_),
                       op(O::iload_), 0, 1, op(O::iload_0_), op(O::iadd_), op(O::wide_), op(O::istore_), 0, 1,
                       op(O::wide_), op(O::iinc_), 0, 0, 0xff, 0xff, op(O::goto_), 0xff, 0xec, op(O::wide_),
                       op(O::iinc_), 0, 1, 0x03, 0xe8, op(O::iload_1_), op(O::ireturn_)});
    EXPECT_EQ(chosen(code, "(I)I", 2), (std::vector<uint32_t>{0, 1}));
    TestMethod m(code, "(I)I", 2, 2);
    EXPECT_EQ(asInt(m.run({i(100)})), 6050);
    EXPECT_EQ(asInt(m.runFrom(2, {i(3), i(-6)})), 1000);
}

TEST(JitRegisterLocals, CachedCopiesKeepTheOldValueAcrossAStore) {
    // (I)I, s in a register: each iteration pushes s, changes it by iinc and by istore while
    // copies of it are on the stack, and ends with s = s + n; so s = 1 + n(n+1)/2.
    //   0 iconst_1 istore_1 | 2 iload_0 ifle 25 | 6 iload_1 iinc 1 5 iload_1 iadd
    //   12 iload_1 iload_0 istore_1 isub | 16 iload_1 iadd istore_1 | 19 iinc 0 -1 | 22 goto 2 | 25 iload_1 ireturn
    auto code = bytes({op(O::iconst_1_), op(O::istore_1_), op(O::iload_0_), op(O::ifle_), 0, 22, op(O::iload_1_),
                       op(O::iinc_), 1, 5, op(O::iload_1_), op(O::iadd_), op(O::iload_1_), op(O::iload_0_),
                       op(O::istore_1_), op(O::isub_), op(O::iload_1_), op(O::iadd_), op(O::istore_1_), op(O::iinc_),
                       0, 0xff, op(O::goto_), 0xff, 0xec, op(O::iload_1_), op(O::ireturn_)});
    EXPECT_EQ(chosen(code, "(I)I", 2), (std::vector<uint32_t>{1, 0}));
    TestMethod m(code, "(I)I", 2, 3);
    EXPECT_EQ(asInt(m.run({i(10)})), 56);
    EXPECT_EQ(asInt(m.run({i(1000)})), 500501);
}

// Calls compiled code as the interpreter does, with r12, r13, r15 and rbx (the
// registers it saves) set to known values, and stores in *out the bits that
// differ after it returned: compiled code must preserve them (SysV ABI).
TestMethod::Via calleeSavedChecker() {
    static asmjit::JitRuntime runtime;
    static TestMethod::Via via = [] {
        using namespace asmjit::x86;
        asmjit::CodeHolder code;
        code.init(runtime.environment());
        Assembler a(&code);
        const uint64_t k12 = 0x1212121212121212, k13 = 0x1313131313131313, k15 = 0x1515151515151515;
        a.push(rbx); a.push(r12); a.push(r13); a.push(r15);
        a.sub(rsp, 8);  // 4 pushes + the return address: aligned again at the call
        a.mov(rbx, r8);
        a.mov(r12, k12); a.mov(r13, k13); a.mov(r15, k15);
        a.call(rcx);  // rdi, rsi, rdx: thread, frame, bci
        a.mov(rcx, k12); a.xor_(rcx, r12);
        a.mov(rdx, k13); a.xor_(rdx, r13); a.or_(rcx, rdx);
        a.mov(rdx, k15); a.xor_(rdx, r15); a.or_(rcx, rdx);
        a.mov(qword_ptr(rbx), rcx);  // a clobbered rbx crashes here: a failure too
        a.add(rsp, 8);
        a.pop(r15); a.pop(r13); a.pop(r12); a.pop(rbx);
        a.ret();
        TestMethod::Via fn = nullptr;
        EXPECT_EQ(runtime.add(&fn, &code), asmjit::kErrorOk);
        return fn;
    }();
    return via;
}

TEST(JitRegisterLocals, CompiledCodePreservesTheCalleeSavedRegisters) {
    // Three register locals (an odd count: the prologue pads rsp), two, and none.
    TestMethod three(xorTriangle(), "(I)I", 4, 3);
    TestMethod two(sumLoop(), "(I)I", 2, 2);
    TestMethod none(bytes({op(O::iload_0_), op(O::iload_0_), op(O::iadd_), op(O::ireturn_)}), "(I)I", 1, 2);
    uint64_t clobbered = ~0ull;
    EXPECT_EQ(asInt(three.runVia(calleeSavedChecker(), 0, {i(30)}, &clobbered)), xorTriangleFrom(30, 0, 0, 0));
    EXPECT_EQ(clobbered, 0u);
    clobbered = ~0ull;
    EXPECT_EQ(asInt(three.runVia(calleeSavedChecker(), 11, {i(30), i(1), i(20), i(3)}, &clobbered)),
              xorTriangleFrom(30, 1, 20, 3));
    EXPECT_EQ(clobbered, 0u);
    clobbered = ~0ull;
    EXPECT_EQ(asInt(two.runVia(calleeSavedChecker(), 0, {i(10)}, &clobbered)), 55);
    EXPECT_EQ(clobbered, 0u);
    clobbered = ~0ull;
    EXPECT_EQ(asInt(none.runVia(calleeSavedChecker(), 0, {i(21)}, &clobbered)), 42);
    EXPECT_EQ(clobbered, 0u);
}

// ---- reference locals in registers ----

// (Ljava/lang/Object;ILjava/lang/Object;)Ljava/lang/Object;: n times, swap a and b through t.
//   0 iload_1 ifle 16 | 4 aload_0 astore_3 aload_2 astore_0 aload_3 astore_2 | 10 iinc 1 -1 | 13 goto 0
//   16 aload_2 areturn        locals a 0, n 1, b 2, t 3
std::vector<uint8_t> swapLoop() {
    return bytes({op(O::iload_1_), op(O::ifle_), 0, 15, op(O::aload_0_), op(O::astore_3_), op(O::aload_2_),
                  op(O::astore_0_), op(O::aload_3_), op(O::astore_2_), op(O::iinc_), 1, 0xff, op(O::goto_), 0xff,
                  0xf3, op(O::aload_2_), op(O::areturn_)});
}
const char* kSwapDescriptor = "(Ljava/lang/Object;ILjava/lang/Object;)Ljava/lang/Object;";

RegisterLocalChoice chosenAll(std::vector<uint8_t> code, const std::string& descriptor, uint16_t maxLocals, size_t gprs = 3) {
    TestMethod m(std::move(code), descriptor, maxLocals, 4);
    return chooseRegisterLocals(m.method(), gprs, 8);
}

TEST(JitRegisterLocals, ReferenceLocalsShareTheRegistersWithInts) {
    // b (3 uses, one outside the loop) first, then a, n and t (2 each in the loop): t is left out.
    RegisterLocalChoice c = chosenAll(swapLoop(), kSwapDescriptor, 4);
    EXPECT_EQ(c.refs, (std::vector<uint32_t>{2, 0}));
    EXPECT_EQ(c.ints, std::vector<uint32_t>{1});
    c = chosenAll(swapLoop(), kSwapDescriptor, 4, 2);
    EXPECT_EQ(c.refs, (std::vector<uint32_t>{2, 0}));
    EXPECT_EQ(c.ints, std::vector<uint32_t>{});
}

TEST(JitRegisterLocals, AReferenceLocalMayShareItsSlotWithAnotherKind) {
    // javac reuses slots: b's slot also holds an int and t's a long before the loop.
    // The int and long accesses stay in memory; the references still get registers.
    RegisterLocalChoice c = chosenAll(prefixed({op(O::iconst_0_), op(O::istore_2_), op(O::lconst_0_), op(O::lstore_3_)},
                                               swapLoop()), kSwapDescriptor, 5, 4);
    EXPECT_EQ(c.refs, (std::vector<uint32_t>{2, 0, 3}));
    EXPECT_EQ(c.ints, std::vector<uint32_t>{1});
    // A ret reads a return address an astore stored: that slot stays in memory, and any jsr keeps them all there.
    c = chosenAll(prefixed({op(O::ret_), 3}, swapLoop()), kSwapDescriptor, 4, 4);
    EXPECT_EQ(c.refs, (std::vector<uint32_t>{2, 0}));
    c = chosenAll(prefixed({op(O::jsr_), 0, 3}, swapLoop()), kSwapDescriptor, 4, 4);
    EXPECT_EQ(c.refs, std::vector<uint32_t>{});
}

TEST(JitRegisterLocals, AReferenceLocalPaysAReloadPerCall) {
    // Calls in the loop (never run: only scanned) cost each reference a reload per call.
    auto withCalls = [](int calls) {
        std::vector<uint8_t> code = swapLoop();
        std::vector<uint8_t> invokes;
        for (int k = 0; k < calls; ++k) invokes.insert(invokes.end(), {uint8_t(O::invokevirtual_), 0, 1});
        code.insert(code.begin() + 10, invokes.begin(), invokes.end());  // before the iinc
        code[3] = uint8_t(15 + 3 * calls);                               // ifle's offset
        code[15 + 3 * calls] = uint8_t(0xf3 - 3 * calls);               // goto's low byte
        return code;
    };
    EXPECT_EQ(chosenAll(withCalls(1), kSwapDescriptor, 4, 4).refs, (std::vector<uint32_t>{2, 0, 3}));
    // Two calls (32) leave t (32 in the loop) out; three leave b (33) out too.
    EXPECT_EQ(chosenAll(withCalls(2), kSwapDescriptor, 4, 4).refs, (std::vector<uint32_t>{2}));
    EXPECT_EQ(chosenAll(withCalls(3), kSwapDescriptor, 4, 4).refs, std::vector<uint32_t>{});
    EXPECT_EQ(chosenAll(withCalls(3), kSwapDescriptor, 4, 4).ints, std::vector<uint32_t>{1});
}

TEST(JitRegisterLocals, ReferenceLocalsFromTheEntryAndByOnStackReplacement) {
    // Never dereferenced: any bits do as references here (no collection runs).
    const Slot a = 0x1000a0, b = 0x2000b0, t = 0x3000c0;
    TestMethod m(swapLoop(), kSwapDescriptor, 4, 2);
    EXPECT_EQ(m.run({a, i(3), b}), a);
    EXPECT_EQ(m.run({a, i(4), b}), b);
    EXPECT_EQ(m.run({a, i(0), b}), b);
    // Entered at the loop header with the interpreter's locals (t in its slot).
    EXPECT_EQ(m.runFrom(0, {a, i(1), b, t}), a);
    EXPECT_EQ(m.runFrom(0, {b, i(2), a, t}), a);
    uint64_t clobbered = ~0ull;
    EXPECT_EQ(m.runVia(calleeSavedChecker(), 0, {a, i(5), b}, &clobbered), a);
    EXPECT_EQ(clobbered, 0u);
}

TEST(JitTemplates, TableAndLookupSwitch) {
    // (I)I: 0 iload_0 | 1 tableswitch pad(2) default low=1 high=3 offsets | ... each target: bipush k, ireturn
    std::vector<uint8_t> code = bytes({op(O::iload_0_), op(O::tableswitch_), 0, 0});
    auto s4 = [&](int32_t v) { for (int s = 24; s >= 0; s -= 8) code.push_back(uint8_t(uint32_t(v) >> s)); };
    // The instruction is at 1, padded to 4; default, low, high and three offsets end at 28.
    // Offsets are relative to 1.
    s4(27 + 9);  // default -> 37
    s4(1);
    s4(3);
    s4(27);      // 1 -> 28
    s4(27 + 3);  // 2 -> 31
    s4(27 + 6);  // 3 -> 34
    for (int k : {10, 20, 30, -1}) {
        code.push_back(uint8_t(O::bipush_));
        code.push_back(uint8_t(k));
        code.push_back(uint8_t(O::ireturn_));
    }
    TestMethod t(code, "(I)I", 1, 1);
    EXPECT_EQ(asInt(t.run({i(1)})), 10);
    EXPECT_EQ(asInt(t.run({i(3)})), 30);
    EXPECT_EQ(asInt(t.run({i(0)})), -1);
    EXPECT_EQ(asInt(t.run({i(kMinInt)})), -1);
    EXPECT_EQ(asInt(t.run({i(4)})), -1);

    // lookupswitch with keys -1000000 and 7.
    std::vector<uint8_t> lc = bytes({op(O::iload_0_), op(O::lookupswitch_), 0, 0});
    code.swap(lc);
    // At 1, padded to 4; default, npairs and two pairs end at 28.
    s4(27 + 6);  // default -> 34
    s4(2);
    s4(-1000000);
    s4(27);      // -> 28
    s4(7);
    s4(27 + 3);  // -> 31
    for (int k : {1, 2, 3}) {
        code.push_back(uint8_t(O::bipush_));
        code.push_back(uint8_t(k));
        code.push_back(uint8_t(O::ireturn_));
    }
    TestMethod ls(code, "(I)I", 1, 1);
    EXPECT_EQ(asInt(ls.run({i(-1000000)})), 1);
    EXPECT_EQ(asInt(ls.run({i(7)})), 2);
    EXPECT_EQ(asInt(ls.run({i(8)})), 3);
}

TEST(JitTemplates, StackShufflesMoveWholeSlots) {
    // (II)I: [a b] swap [b a] dup_x1 [a b a] pop [a b] isub -> a - b
    TestMethod m(bytes({op(O::iload_0_), op(O::iload_1_), op(O::swap_), op(O::dup_x1_), op(O::pop_), op(O::isub_),
                        op(O::ireturn_)}),
                 "(II)I", 2, 3);
    EXPECT_EQ(asInt(m.run({i(10), i(3)})), 7);
}

TEST(JitTemplates, MethodsWithSubroutinesStayInterpreted) {
    // 0 jsr 4 | 3 return | 4 astore_0 ret 0
    TestMethod m(bytes({op(O::jsr_), 0, 4, op(O::return_), op(O::astore_0_), op(O::ret_), 0}), "()V", 1, 1);
    CompileResult r = m.compile();
    EXPECT_EQ(r.entry, nullptr);
    EXPECT_EQ(r.rejectReason, "no template for jsr at pc 0");
}

// ---- intrinsics (jit/TemplatesIntrinsics.cpp) ----

// A constant pool whose entry #1 is the Methodref cls.name:descriptor.
std::vector<classfile::CpEntry> methodrefPool(const char* cls, const char* name, const char* descriptor) {
    using classfile::CpTag;
    std::vector<classfile::CpEntry> pool(6);
    pool[0].tag = CpTag::Methodref, pool[0].index1 = 2, pool[0].index2 = 4;
    pool[1].tag = CpTag::Class, pool[1].index1 = 3;
    pool[2].tag = CpTag::Utf8, pool[2].text = cls;
    pool[3].tag = CpTag::NameAndType, pool[3].index1 = 5, pool[3].index2 = 6;
    pool[4].tag = CpTag::Utf8, pool[4].text = name;
    pool[5].tag = CpTag::Utf8, pool[5].text = descriptor;
    return pool;
}

// `prefix` (loads of the arguments) invokestatic #1 `suffix`, with the call site
// already resolved (invokestatic_quick, so no guard: the inline code alone runs).
Slot runIntrinsic(const char* cls, const char* name, const char* callDescriptor, const char* descriptor,
                  std::vector<int> prefix, std::vector<int> suffix, uint16_t locals, uint16_t stack,
                  const std::vector<Slot>& args) {
    std::vector<uint8_t> code;
    for (int b : prefix) code.push_back(uint8_t(b));
    uint32_t callPc = uint32_t(code.size());
    for (int b : {op(O::invokestatic_), 0, 1}) code.push_back(uint8_t(b));
    for (int b : suffix) code.push_back(uint8_t(b));
    TestMethod m(code, descriptor, locals, stack, methodrefPool(cls, name, callDescriptor));
    m.quicken(callPc, O::invokestatic_quick_);
    return m.run(args);
}

uint64_t dbits(double d) { uint64_t b; std::memcpy(&b, &d, 8); return b; }
uint32_t fbits(float f) { uint32_t b; std::memcpy(&b, &f, 4); return b; }
Slot d(double v) { return runtime::doubleToSlot(v); }
Slot f(float v) { return runtime::floatToSlot(v); }

uint64_t sqrtBits(double x) {
    return runIntrinsic("java/lang/Math", "sqrt", "(D)D", "(D)D", {op(O::dload_0_)}, {op(O::dreturn_)}, 2, 2,
                        {d(x), 0});
}

TEST(JitTemplates, MathSqrtIsTheIeeeSquareRoot) {
    EXPECT_EQ(sqrtBits(-0.0), dbits(-0.0));  // the sign of zero is kept
    EXPECT_EQ(sqrtBits(0.0), dbits(0.0));
    EXPECT_EQ(sqrtBits(2.0), dbits(std::sqrt(2.0)));
    EXPECT_EQ(sqrtBits(std::numeric_limits<double>::infinity()), dbits(std::numeric_limits<double>::infinity()));
    double nan;
    uint64_t nanBits = 0x7ff8000000000123ull;
    std::memcpy(&nan, &nanBits, 8);
    EXPECT_EQ(sqrtBits(nan), nanBits);  // a NaN comes back as it is
    uint64_t ofMinusOne = sqrtBits(-1.0);
    double r;
    std::memcpy(&r, &ofMinusOne, 8);
    EXPECT_TRUE(std::isnan(r));
    // StrictMath.sqrt is the same method.
    EXPECT_EQ(runIntrinsic("java/lang/StrictMath", "sqrt", "(D)D", "(D)D", {op(O::dload_0_)}, {op(O::dreturn_)}, 2,
                           2, {d(16.0), 0}),
              d(4.0));
}

TEST(JitTemplates, MathSqrtOfACachedExpression) {
    // (DD)D: sqrt(a * a + b * b), every value in registers.
    Slot r = runIntrinsic("java/lang/Math", "sqrt", "(D)D", "(DD)D",
                          {op(O::dload_0_), op(O::dload_0_), op(O::dmul_), op(O::dload_2_), op(O::dload_2_),
                           op(O::dmul_), op(O::dadd_)},
                          {op(O::dreturn_)}, 4, 6, {d(3.0), 0, d(4.0), 0});
    EXPECT_EQ(r, d(5.0));
}

TEST(JitTemplates, MathAbsOfIntAndLong) {
    auto absI = [](int32_t v) {
        return runIntrinsic("java/lang/Math", "abs", "(I)I", "(I)I", {op(O::iload_0_)}, {op(O::ireturn_)}, 1, 1,
                            {i(v)});
    };
    EXPECT_EQ(absI(kMinInt), i(kMinInt));  // JLS 15.15.4: -MIN_VALUE overflows to MIN_VALUE
    EXPECT_EQ(absI(-5), i(5));             // zero-extended in its slot, as intToSlot
    EXPECT_EQ(absI(0), i(0));
    EXPECT_EQ(absI(7), i(7));
    auto absJ = [](int64_t v) {
        return runtime::slotToLong(runIntrinsic("java/lang/Math", "abs", "(J)J", "(J)J", {op(O::lload_0_)},
                                                {op(O::lreturn_)}, 2, 2, {l(v), 0}));
    };
    EXPECT_EQ(absJ(kMinLong), kMinLong);
    EXPECT_EQ(absJ(-(1LL << 40)), 1LL << 40);
    // abs(a - b) with its argument in rax: (II)I.
    EXPECT_EQ(runIntrinsic("java/lang/Math", "abs", "(I)I", "(II)I", {op(O::iload_0_), op(O::iload_1_), op(O::isub_)},
                           {op(O::ireturn_)}, 2, 2, {i(3), i(10)}),
              i(7));
}

TEST(JitTemplates, MathAbsOfFloatAndDouble) {
    auto absD = [](double v) {
        return runIntrinsic("java/lang/Math", "abs", "(D)D", "(D)D", {op(O::dload_0_)}, {op(O::dreturn_)}, 2, 2,
                            {d(v), 0});
    };
    EXPECT_EQ(absD(-0.0), dbits(0.0));  // 0.0 - -0.0 is +0.0
    EXPECT_EQ(absD(-2.5), dbits(2.5));
    EXPECT_EQ(absD(-std::numeric_limits<double>::infinity()), dbits(std::numeric_limits<double>::infinity()));
    // Math.abs is (a <= 0.0) ? 0.0 - a : a: a NaN, even a negative one, is returned as it is.
    uint64_t negativeNan = 0xfff8000000000001ull;
    double nan;
    std::memcpy(&nan, &negativeNan, 8);
    EXPECT_EQ(absD(nan), negativeNan);
    auto absF = [](float v) {
        return runIntrinsic("java/lang/Math", "abs", "(F)F", "(F)F", {op(O::fload_0_)}, {op(O::freturn_)}, 1, 1,
                            {f(v)});
    };
    EXPECT_EQ(absF(-0.0f), Slot(fbits(0.0f)));
    EXPECT_EQ(absF(-3.0f), Slot(fbits(3.0f)));  // float bits zero-extended in the slot
    EXPECT_EQ(absF(std::bit_cast<float>(0xffc00001u)), Slot(0xffc00001u));
}

TEST(JitTemplates, MathMinAndMaxOfIntAndLong) {
    auto intOp = [](const char* name, int32_t a, int32_t b) {
        return asInt(runIntrinsic("java/lang/Math", name, "(II)I", "(II)I", {op(O::iload_0_), op(O::iload_1_)},
                                  {op(O::ireturn_)}, 2, 2, {i(a), i(b)}));
    };
    EXPECT_EQ(intOp("min", -1, 1), -1);
    EXPECT_EQ(intOp("min", 1, -1), -1);
    EXPECT_EQ(intOp("max", kMinInt, 0), 0);
    EXPECT_EQ(intOp("max", 5, 5), 5);
    auto longOp = [](const char* name, int64_t a, int64_t b) {
        return runtime::slotToLong(runIntrinsic("java/lang/Math", name, "(JJ)J", "(JJ)J",
                                                {op(O::lload_0_), op(O::lload_2_)}, {op(O::lreturn_)}, 4, 4,
                                                {l(a), 0, l(b), 0}));
    };
    EXPECT_EQ(longOp("min", kMinLong, -1), kMinLong);
    EXPECT_EQ(longOp("max", 1LL << 40, 1LL << 39), 1LL << 40);
    EXPECT_EQ(longOp("max", -(1LL << 40), 3), 3);
}

TEST(JitTemplates, MathMinAndMaxOfFloatAndDouble) {
    double nan = std::numeric_limits<double>::quiet_NaN();
    auto dOp = [](const char* name, double a, double b) {
        return runIntrinsic("java/lang/Math", name, "(DD)D", "(DD)D", {op(O::dload_0_), op(O::dload_2_)},
                            {op(O::dreturn_)}, 4, 4, {d(a), 0, d(b), 0});
    };
    EXPECT_EQ(dOp("max", -0.0, 0.0), dbits(0.0));  // +0.0 is greater than -0.0
    EXPECT_EQ(dOp("max", 0.0, -0.0), dbits(0.0));
    EXPECT_EQ(dOp("max", -0.0, -0.0), dbits(-0.0));
    EXPECT_EQ(dOp("min", 0.0, -0.0), dbits(-0.0));
    EXPECT_EQ(dOp("min", -0.0, 0.0), dbits(-0.0));
    EXPECT_EQ(dOp("min", 0.0, 0.0), dbits(0.0));
    uint64_t nanA = 0x7ff8000000000001ull, nanB = 0xfff8000000000002ull;
    double na, nb;
    std::memcpy(&na, &nanA, 8);
    std::memcpy(&nb, &nanB, 8);
    EXPECT_EQ(dOp("max", na, 1.0), nanA);  // a NaN operand is the result, as it is
    EXPECT_EQ(dOp("max", 1.0, nb), nanB);
    EXPECT_EQ(dOp("min", na, nb), nanA);
    EXPECT_EQ(dOp("min", -1.0, nan) , dbits(nan));
    EXPECT_EQ(dOp("max", 1.5, 2.5), dbits(2.5));
    EXPECT_EQ(dOp("max", 2.5, 1.5), dbits(2.5));
    EXPECT_EQ(dOp("min", 1.5, 2.5), dbits(1.5));
    EXPECT_EQ(dOp("min", 2.5, -1.5), dbits(-1.5));
    EXPECT_EQ(dOp("min", -std::numeric_limits<double>::infinity(), 0.0),
              dbits(-std::numeric_limits<double>::infinity()));
    auto fOp = [](const char* name, float a, float b) {
        return runIntrinsic("java/lang/Math", name, "(FF)F", "(FF)F", {op(O::fload_0_), op(O::fload_1_)},
                            {op(O::freturn_)}, 2, 2, {f(a), f(b)});
    };
    EXPECT_EQ(fOp("max", 0.0f, -0.0f), Slot(fbits(0.0f)));
    EXPECT_EQ(fOp("min", 0.0f, -0.0f), Slot(fbits(-0.0f)));
    EXPECT_EQ(fOp("max", -1.0f, std::bit_cast<float>(0x7fc00005u)), Slot(0x7fc00005u));
    EXPECT_EQ(fOp("min", 3.0f, 2.0f), Slot(fbits(2.0f)));
    // max(a + b, c) with the first operand in a register: (DDD)D.
    EXPECT_EQ(runIntrinsic("java/lang/Math", "max", "(DD)D", "(DDD)D",
                           {op(O::dload_0_), op(O::dload_2_), op(O::dadd_), op(O::dload_), 4}, {op(O::dreturn_)}, 6,
                           4, {d(1), 0, d(2), 0, d(2.5), 0}),
              d(3));
    // Not a method the JIT knows: the descriptor decides (min(FI)F does not exist, so it is a call).
    TestMethod m(bytes({op(O::fload_0_), op(O::iload_1_), op(O::invokestatic_), 0, 1, op(O::freturn_)}), "(FI)F", 2,
                 2, methodrefPool("java/lang/Math", "min", "(FI)F"));
    CompileResult r = m.compile();
    EXPECT_NE(r.entry, nullptr);
}

// ---- doubles and floats in the stack cache ----

Slot runCode(std::vector<int> code, const char* descriptor, uint16_t locals, uint16_t stack,
             const std::vector<Slot>& args) {
    std::vector<uint8_t> c;
    for (int b : code) c.push_back(uint8_t(b));
    TestMethod m(c, descriptor, locals, stack);
    return m.run(args);
}

TEST(JitTemplates, DoubleExpressionsInRegisters) {
    // (DDD)D: a * b + c - a
    Slot r = runCode({op(O::dload_0_), op(O::dload_2_), op(O::dmul_), op(O::dload_), 4, op(O::dadd_), op(O::dload_0_),
                      op(O::dsub_), op(O::dreturn_)},
                     "(DDD)D", 6, 4, {d(3), 0, d(5), 0, d(0.5), 0});
    EXPECT_EQ(r, d(12.5));
    // (DD)D: a / (b - a), the divisor in a register, the dividend a local.
    r = runCode({op(O::dload_0_), op(O::dload_2_), op(O::dload_0_), op(O::dsub_), op(O::ddiv_), op(O::dreturn_)},
                "(DD)D", 4, 6, {d(3), 0, d(5), 0});
    EXPECT_EQ(r, d(1.5));
    // (FF)F: (a - b) * a, float bits zero-extended in the result slot.
    r = runCode({op(O::fload_0_), op(O::fload_1_), op(O::fsub_), op(O::fload_0_), op(O::fmul_), op(O::freturn_)},
                "(FF)F", 2, 2, {f(3), f(5)});
    EXPECT_EQ(r, Slot(fbits(-6.0f)));
    // (I)D: i2d of an int result, plus dconst_1.
    r = runCode({op(O::iload_0_), op(O::iconst_3_), op(O::imul_), op(O::i2d_), op(O::dconst_1_), op(O::dadd_),
                 op(O::dreturn_)},
                "(I)D", 1, 4, {i(-2)});
    EXPECT_EQ(r, d(-5));
    // (D)F: d2f then f2d then d2f.
    r = runCode({op(O::dload_0_), op(O::d2f_), op(O::f2d_), op(O::d2f_), op(O::freturn_)}, "(D)F", 2, 2, {d(0.1), 0});
    EXPECT_EQ(r, Slot(fbits(0.1f)));
}

TEST(JitTemplates, CachedDoubleComparesTreatNanByVariant) {
    double nan = std::numeric_limits<double>::quiet_NaN();
    for (O o : {O::dcmpl_, O::dcmpg_}) {
        // (DD)I: a + 0.0 <op> b: one operand in a register, one a local.
        TestMethod m(bytes({op(O::dload_0_), op(O::dconst_0_), op(O::dadd_), op(O::dload_2_), op(o), op(O::ireturn_)}),
                     "(DD)I", 4, 4);
        EXPECT_EQ(asInt(m.run({d(nan), 0, d(1), 0})), o == O::dcmpl_ ? -1 : 1);
        EXPECT_EQ(m.run({d(-0.0), 0, d(0.0), 0}), i(0));
        EXPECT_EQ(m.run({d(-1), 0, d(1), 0}), i(-1));  // zero-extended in its slot
        EXPECT_EQ(asInt(m.run({d(2), 0, d(1), 0})), 1);
    }
}

TEST(JitTemplates, CachedLocalsAreWrittenOutBeforeAStoreToThem) {
    // (DD)D: dload_0 dload_2 dstore_0 dreturn: the value pushed first is the old a.
    EXPECT_EQ(runCode({op(O::dload_0_), op(O::dload_2_), op(O::dstore_0_), op(O::dreturn_)}, "(DD)D", 4, 4,
                      {d(1), 0, d(2), 0}),
              d(1));
    // A double result stored over the local a cached load of it still reads:
    // dload_0 dload_0 dload_2 dadd dstore_0 dreturn -> the old a.
    EXPECT_EQ(runCode({op(O::dload_0_), op(O::dload_0_), op(O::dload_2_), op(O::dadd_), op(O::dstore_0_),
                       op(O::dreturn_)},
                      "(DD)D", 4, 6, {d(1), 0, d(2), 0}),
              d(1));
    // A two-slot store covers the next local too: dload_2 dload_0 dstore_1 (locals 1 and 2) dreturn -> the old b.
    EXPECT_EQ(runCode({op(O::dload_2_), op(O::dload_0_), op(O::dstore_1_), op(O::dreturn_)}, "(DD)D", 4, 4,
                      {d(1), 0, d(2), 0}),
              d(2));
    // An int local cached below a long store to it: iload_0 lconst_1 lstore_0 ireturn -> the old int.
    EXPECT_EQ(runCode({op(O::iload_0_), op(O::lconst_1_), op(O::lstore_0_), op(O::ireturn_)}, "(II)I", 2, 3,
                      {i(42), i(0)}),
              i(42));
}

TEST(JitTemplates, IntDivisionByCachedOperands) {
    auto byConst = [](O o, int divisorPush, int8_t divisor, int32_t a) {
        std::vector<int> code = {op(O::iload_0_)};
        if (divisorPush == 0) code.push_back(op(O::iconst_0_) + divisor);
        else code.insert(code.end(), {op(O::bipush_), uint8_t(divisor)});
        code.insert(code.end(), {op(o), op(O::ireturn_)});
        return asInt(runCode(code, "(I)I", 1, 2, {i(a)}));
    };
    // Powers of two round towards zero (JVMS 6.5), as idiv does.
    EXPECT_EQ(byConst(O::idiv_, 0, 2, -7), -3);
    EXPECT_EQ(byConst(O::idiv_, 0, 2, 7), 3);
    EXPECT_EQ(byConst(O::idiv_, 0, 2, kMinInt), kMinInt / 2);
    EXPECT_EQ(byConst(O::idiv_, 1, 8, -9), -1);
    EXPECT_EQ(byConst(O::idiv_, 1, 8, -1), 0);
    EXPECT_EQ(byConst(O::idiv_, 1, 64, std::numeric_limits<int32_t>::max()), 33554431);
    EXPECT_EQ(byConst(O::idiv_, 1, 7, -15), -2);
    EXPECT_EQ(byConst(O::idiv_, 1, -3, 10), -3);
    EXPECT_EQ(byConst(O::irem_, 1, 7, -9), -2);   // the sign of the dividend
    EXPECT_EQ(byConst(O::irem_, 0, 4, -9), -1);
    EXPECT_EQ(byConst(O::idiv_, 1, -1, kMinInt), kMinInt);  // -1 takes the checked path
    EXPECT_EQ(byConst(O::irem_, 1, -1, kMinInt), 0);
    // (a + b) / a and a / (a + b): the dividend or the divisor in rax.
    EXPECT_EQ(runCode({op(O::iload_0_), op(O::iload_1_), op(O::iadd_), op(O::iload_0_), op(O::idiv_), op(O::ireturn_)},
                      "(II)I", 2, 3, {i(-4), i(-9)}),
              i(3));
    EXPECT_EQ(runCode({op(O::iload_0_), op(O::iload_0_), op(O::iload_1_), op(O::iadd_), op(O::irem_), op(O::ireturn_)},
                      "(II)I", 2, 3, {i(100), i(-30)}),
              i(30));
}

TEST(JitTemplates, CachedNegationFlipsTheSignBit) {
    EXPECT_EQ(runCode({op(O::dload_0_), op(O::dneg_), op(O::dreturn_)}, "(D)D", 2, 2, {d(0.0), 0}), dbits(-0.0));
    EXPECT_EQ(runCode({op(O::dload_0_), op(O::dload_0_), op(O::dadd_), op(O::dneg_), op(O::dreturn_)}, "(D)D", 2, 4,
                      {d(1.5), 0}),
              dbits(-3.0));
    EXPECT_EQ(runCode({op(O::fload_0_), op(O::fneg_), op(O::freturn_)}, "(F)F", 1, 1, {f(-2.0f)}), Slot(fbits(2.0f)));
}

TEST(JitTemplates, LongArithmeticOnTheCache) {
    // (JJ)J: (a + b - 1) * a << 4, wrapping around (the constant 1 and the distance 4 from the cache).
    Slot r = runCode({op(O::lload_0_), op(O::lload_2_), op(O::ladd_), op(O::lconst_1_), op(O::lsub_), op(O::lload_0_),
                      op(O::lmul_), op(O::iconst_4_), op(O::lshl_), op(O::lreturn_)},
                     "(JJ)J", 4, 6, {l(1LL << 33), 0, l(-5), 0});
    EXPECT_EQ(uint64_t(runtime::slotToLong(r)), ((uint64_t(1) << 33) - 6) * (uint64_t(1) << 33) << 4);
    // A shift distance from a local is masked to 6 bits; lushr of a negative value.
    r = runCode({op(O::lload_0_), op(O::iload_2_), op(O::lushr_), op(O::lreturn_)}, "(JI)J", 3, 3, {l(-1), 0, i(66)});
    EXPECT_EQ(runtime::slotToLong(r), int64_t(~0ull >> 2));
    // lneg of a result, then lcmp against a local: -(a - b) compared with b.
    r = runCode({op(O::lload_0_), op(O::lload_2_), op(O::lsub_), op(O::lneg_), op(O::lload_2_), op(O::lcmp_),
                 op(O::ireturn_)},
                "(JJ)I", 4, 4, {l(10), 0, l(25), 0});
    EXPECT_EQ(r, i(-1));  // 15 < 25, zero-extended in its slot
    r = runCode({op(O::lload_0_), op(O::lload_2_), op(O::lcmp_), op(O::ireturn_)}, "(JJ)I", 4, 4,
                {l(kMinLong), 0, l(kMinLong), 0});
    EXPECT_EQ(r, i(0));
    // b in rax, a a local: a - (b & a).
    r = runCode({op(O::lload_0_), op(O::lload_2_), op(O::lload_0_), op(O::land_), op(O::lsub_), op(O::lreturn_)},
                "(JJ)J", 4, 6, {l(0xff00), 0, l(0x0ff0), 0});
    EXPECT_EQ(runtime::slotToLong(r), 0xff00 - 0x0f00);
}

TEST(JitTemplates, IntegerConversionsOnTheCache) {
    // (I)J: i2l of a result sign-extends; (J)I: l2i keeps the low half, zero-extended in its slot.
    EXPECT_EQ(runtime::slotToLong(runCode({op(O::iload_0_), op(O::iconst_1_), op(O::isub_), op(O::i2l_), op(O::lreturn_)},
                                          "(I)J", 1, 2, {i(kMinInt)})),
              int64_t(std::numeric_limits<int32_t>::max()));
    EXPECT_EQ(runtime::slotToLong(runCode({op(O::iload_0_), op(O::i2l_), op(O::lreturn_)}, "(I)J", 1, 2, {i(-3)})), -3);
    EXPECT_EQ(runCode({op(O::lload_0_), op(O::l2i_), op(O::ireturn_)}, "(J)I", 2, 2, {l(0x1ffffffffLL), 0}), i(-1));
    // i2b, i2c, i2s of a cached result.
    auto narrow = [](O o, int32_t v) {
        return runCode({op(O::iload_0_), op(O::iconst_0_), op(O::iadd_), op(o), op(O::ireturn_)}, "(I)I", 1, 2, {i(v)});
    };
    EXPECT_EQ(narrow(O::i2b_, 0x1ff), i(-1));
    EXPECT_EQ(narrow(O::i2c_, -1), i(0xffff));
    EXPECT_EQ(narrow(O::i2s_, 0x18000), i(-0x8000));
}

TEST(JitTemplates, FloatCompareAndBranchTestTheFlags) {
    // (DD)I: dload_0 dload_2 <cmp> <if> +5 | iconst_0 ireturn | iconst_1 ireturn: 1 if the branch is taken.
    double nan = std::numeric_limits<double>::quiet_NaN();
    const double values[] = {-1.0, 0.0, -0.0, 2.5, nan};
    for (O cmp : {O::dcmpl_, O::dcmpg_}) {
        for (O branch : {O::iflt_, O::ifge_, O::ifgt_, O::ifle_}) {
            TestMethod m(bytes({op(O::dload_0_), op(O::dload_2_), op(cmp), op(branch), 0, 5, op(O::iconst_0_),
                                op(O::ireturn_), op(O::iconst_1_), op(O::ireturn_)}),
                         "(DD)I", 4, 4);
            for (double a : values) {
                for (double b : values) {
                    int r = std::isnan(a) || std::isnan(b) ? (cmp == O::dcmpl_ ? -1 : 1) : (a > b) - (a < b);
                    bool taken = branch == O::iflt_ ? r < 0 : branch == O::ifge_ ? r >= 0 : branch == O::ifgt_ ? r > 0
                                                                                                             : r <= 0;
                    EXPECT_EQ(m.run({d(a), 0, d(b), 0}), i(taken ? 1 : 0))
                        << bytecodeName(cmp) << " " << bytecodeName(branch) << " " << a << " " << b;
                }
            }
        }
    }
    // A float compare with a register operand, branching backwards: do { x += 1 } while (x < limit).
    // 0 fload_0 fconst_1 fadd fstore_0 | 4 fload_0 fload_1 fcmpg iflt -7 | 10 fload_0 freturn
    TestMethod loop(bytes({op(O::fload_0_), op(O::fconst_1_), op(O::fadd_), op(O::fstore_0_), op(O::fload_0_),
                           op(O::fload_1_), op(O::fcmpg_), op(O::iflt_), 0xff, 0xf9, op(O::fload_0_), op(O::freturn_)}),
                    "(FF)F", 2, 2);
    EXPECT_EQ(loop.run({f(0.5f), f(3.0f)}), Slot(fbits(3.5f)));
    EXPECT_EQ(loop.run({f(0.5f), f(std::numeric_limits<float>::quiet_NaN())}), Slot(fbits(1.5f)));  // NaN: fcmpg is 1
}

TEST(JitTemplates, MoreCachedDoublesThanRegisters) {
    // (D)D: sixteen values a + 1 (each in a register while the others wait), then summed.
    std::vector<int> code;
    for (int k = 0; k < 16; ++k)
        for (int b : {op(O::dload_0_), op(O::dconst_1_), op(O::dadd_)}) code.push_back(b);
    for (int k = 0; k < 15; ++k) code.push_back(op(O::dadd_));
    code.push_back(op(O::dreturn_));
    EXPECT_EQ(runCode(code, "(D)D", 2, 34, {d(0.5), 0}), d(24));
}

// ---- float and double locals in xmm registers (docs/jit.md "Register locals") ----

RegisterLocalChoice chosenFp(std::vector<uint8_t> code, const std::string& descriptor, uint16_t maxLocals,
                             std::vector<classfile::CpEntry> pool = {}) {
    TestMethod m(std::move(code), descriptor, maxLocals, 4, std::move(pool));
    return chooseRegisterLocals(m.method(), 3, 8);
}
std::vector<std::pair<uint32_t, bool>> fps(const RegisterLocalChoice& c) {
    std::vector<std::pair<uint32_t, bool>> v;
    for (auto fp : c.fps) v.emplace_back(fp.index, fp.isDouble);
    return v;
}

// (DI)D: s = sum of t*t, t halved (or t % 2.0 with drem, a C++ helper) each time; locals x 0-1, n 2, s 3-4, t 5-6, i 7.
//   0 dconst_0 dstore_3 | 2 dload_0 dstore 5 | 5 iconst_0 istore 7 | 8 iload 7 iload_2 if_icmpge 36
//   14 dload_3 dload 5 dload 5 dmul dadd dstore_3 | 22 dload 5 dconst_1 dconst_1 dadd ddiv/drem dstore 5
//   30 iinc 7 1 | 33 goto 8 | 36 dload_3 dload 5 dadd dreturn
std::vector<uint8_t> halvingSquares(O divide) {
    return bytes({op(O::dconst_0_), op(O::dstore_3_), op(O::dload_0_), op(O::dstore_), 5, op(O::iconst_0_),
                  op(O::istore_), 7, op(O::iload_), 7, op(O::iload_2_), op(O::if_icmpge_), 0, 25, op(O::dload_3_),
                  op(O::dload_), 5, op(O::dload_), 5, op(O::dmul_), op(O::dadd_), op(O::dstore_3_), op(O::dload_), 5,
                  op(O::dconst_1_), op(O::dconst_1_), op(O::dadd_), op(divide), op(O::dstore_), 5, op(O::iinc_), 7, 1,
                  op(O::goto_), 0xff, 0xe7, op(O::dload_3_), op(O::dload_), 5, op(O::dadd_), op(O::dreturn_)});
}
double halvingSquaresFrom(O divide, int32_t n, double s, double t, int32_t i) {
    for (; i < n; ++i) {
        s += t * t;
        t = divide == O::ddiv_ ? t / 2.0 : std::fmod(t, 2.0);
    }
    return s + t;
}

// (FI)F: s = f + 2f + 4f + ... (n terms); locals f 0, n 1, s 2, i 3.
//   0 fconst_0 fstore_2 | 2 iconst_0 istore_3 | 4 iload_3 iload_1 if_icmpge 23 | 9 fload_2 fload_0 fadd fstore_2
//   13 fload_0 fconst_2 fmul fstore_0 | 17 iinc 3 1 | 20 goto 4 | 23 fload_2 freturn
std::vector<uint8_t> doublingSum() {
    return bytes({op(O::fconst_0_), op(O::fstore_2_), op(O::iconst_0_), op(O::istore_3_), op(O::iload_3_),
                  op(O::iload_1_), op(O::if_icmpge_), 0, 17, op(O::fload_2_), op(O::fload_0_), op(O::fadd_),
                  op(O::fstore_2_), op(O::fload_0_), op(O::fconst_2_), op(O::fmul_), op(O::fstore_0_), op(O::iinc_), 3,
                  1, op(O::goto_), 0xff, 0xf0, op(O::fload_2_), op(O::freturn_)});
}

TEST(JitRegisterLocals, ChoosesTheFloatAndDoubleLocalsOfLoops) {
    // t (four uses in the loop) before s (two); x is used outside the loop only.
    EXPECT_EQ(fps(chosenFp(halvingSquares(O::ddiv_), "(DI)D", 8)),
              (std::vector<std::pair<uint32_t, bool>>{{5, true}, {3, true}}));
    EXPECT_EQ(chosenFp(halvingSquares(O::ddiv_), "(DI)D", 8).ints, (std::vector<uint32_t>{7, 2}));
    // A float argument used in the loop.
    EXPECT_EQ(fps(chosenFp(doublingSum(), "(FI)F", 4)), (std::vector<std::pair<uint32_t, bool>>{{0, false}, {2, false}}));
    // An argument declared otherwise (an int read by fload would not verify, but the rule is by declaration).
    EXPECT_EQ(fps(chosenFp(doublingSum(), "(II)F", 4)), (std::vector<std::pair<uint32_t, bool>>{{2, false}}));
    // A local also read as a long, or its second slot touched by another instruction: memory.
    EXPECT_EQ(fps(chosenFp(prefixed({op(O::lload_), 5, op(O::pop2_)}, halvingSquares(O::ddiv_)), "(DI)D", 8)),
              (std::vector<std::pair<uint32_t, bool>>{{3, true}}));
    EXPECT_EQ(fps(chosenFp(prefixed({op(O::iconst_0_), op(O::istore_), 6}, halvingSquares(O::ddiv_)), "(DI)D", 8)),
              (std::vector<std::pair<uint32_t, bool>>{{3, true}}));
}

TEST(JitRegisterLocals, CallsInTheLoopCostXmmLocals) {
    // (I)D: 0 dconst_0 dstore_1 | 2 iconst_0 istore_3 | 4 iload_3 iload_0 if_icmpge end | 9 dload_1 dconst_1
    // dadd dstore_1 | 13 `calls` invokestatic #1 | iinc 3 1 | goto 4 | end: dload_1 dreturn. Every call
    // clobbers the xmm registers: s (two uses a turn, one after the loop) stays in memory from three
    // calls a turn on, unless the calls are Math intrinsics.
    auto loop = [](int calls) {
        std::vector<int> code = {op(O::dconst_0_), op(O::dstore_1_), op(O::iconst_0_), op(O::istore_3_),
                                 op(O::iload_3_), op(O::iload_0_), op(O::if_icmpge_), 0, 0,
                                 op(O::dload_1_), op(O::dconst_1_), op(O::dadd_), op(O::dstore_1_)};
        for (int k = 0; k < calls; ++k)
            for (int b : {op(O::dconst_1_), op(O::invokestatic_), 0, 1, op(O::pop2_)}) code.push_back(b);
        int gotoAt = int(code.size()) + 3;
        for (int b : {op(O::iinc_), 3, 1, op(O::goto_)}) code.push_back(b);
        code.push_back(((4 - gotoAt) >> 8) & 0xff);
        code.push_back((4 - gotoAt) & 0xff);
        code[8] = gotoAt + 3 - 6;
        code.push_back(op(O::dload_1_));
        code.push_back(op(O::dreturn_));
        std::vector<uint8_t> c;
        for (int b : code) c.push_back(uint8_t(b));
        return c;
    };
    auto own = [] { return methodrefPool("T", "f", "(D)D"); };
    EXPECT_EQ(fps(chosenFp(loop(0), "(I)D", 4, own())), (std::vector<std::pair<uint32_t, bool>>{{1, true}}));
    EXPECT_EQ(fps(chosenFp(loop(1), "(I)D", 4, own())), (std::vector<std::pair<uint32_t, bool>>{{1, true}}));
    EXPECT_EQ(fps(chosenFp(loop(2), "(I)D", 4, own())), (std::vector<std::pair<uint32_t, bool>>{{1, true}}));
    EXPECT_EQ(fps(chosenFp(loop(3), "(I)D", 4, own())), (std::vector<std::pair<uint32_t, bool>>{}));
    EXPECT_EQ(fps(chosenFp(loop(3), "(I)D", 4, methodrefPool("java/lang/Math", "sqrt", "(D)D"))),
              (std::vector<std::pair<uint32_t, bool>>{{1, true}}));
}

TEST(JitRegisterLocals, DoubleLocalsInXmmRegisters) {
    for (O divide : {O::ddiv_, O::drem_}) {
        TestMethod m(halvingSquares(divide), "(DI)D", 8, 6);
        for (int32_t n : {0, 1, 5, 40})
            EXPECT_EQ(m.run({d(3.0), 0, i(n)}), d(halvingSquaresFrom(divide, n, 0.0, 3.0, 0))) << n;
        EXPECT_EQ(m.run({d(-0.0), 0, i(0)}), d(0.0));  // 0.0 + -0.0
        // Entered at the loop header (OSR): the registers start with what the slots hold.
        EXPECT_EQ(m.runFrom(8, {d(3.0), 0, i(30), d(12.5), 0, d(0.75), 0, i(20)}),
                  d(halvingSquaresFrom(divide, 30, 12.5, 0.75, 20)));
        EXPECT_EQ(m.runFrom(8, {d(3.0), 0, i(30), d(12.5), 0, d(0.75), 0, i(30)}), d(13.25));
    }
}

TEST(JitRegisterLocals, FloatLocalsInXmmRegisters) {
    TestMethod m(doublingSum(), "(FI)F", 4, 2);
    EXPECT_EQ(m.run({f(1.5f), i(4)}), f(22.5f));
    EXPECT_EQ(m.run({f(std::bit_cast<float>(0x7fc00005u)), i(0)}), f(0.0f));
    EXPECT_EQ(m.run({f(std::bit_cast<float>(0x7fc00005u)), i(1)}), Slot(0x7fc00005u));  // 0 + NaN: its payload kept
    EXPECT_EQ(m.runFrom(4, {f(0.25f), i(3), f(100.0f), i(1)}), f(100.75f));
}

TEST(JitRegisterLocals, DeepExpressionBesideXmmLocals) {
    // (DI)D: n times t = (t + 1) + (t + 1) + ... (sixteen terms, all live at once): the
    // stack cache has only the registers the local leaves, and writes out the deepest.
    //   0 iconst_0 istore_3 | 2 iload_3 iload_2 if_icmpge 77 | 7 16 x (dload_0 dconst_1 dadd) | 55 15 x dadd
    //   70 dstore_0 | 71 iinc 3 1 | 74 goto 2 | 77 dload_0 dreturn
    std::vector<int> code = {op(O::iconst_0_), op(O::istore_3_), op(O::iload_3_), op(O::iload_2_), op(O::if_icmpge_),
                             0, 73};
    for (int k = 0; k < 16; ++k)
        for (int b : {op(O::dload_0_), op(O::dconst_1_), op(O::dadd_)}) code.push_back(b);
    for (int k = 0; k < 15; ++k) code.push_back(op(O::dadd_));
    for (int b : {op(O::dstore_0_), op(O::iinc_), 3, 1, op(O::goto_), 0xff, 0xb8, op(O::dload_0_), op(O::dreturn_)})
        code.push_back(b);
    std::vector<uint8_t> c(code.begin(), code.end());
    EXPECT_EQ(fps(chosenFp(c, "(DI)D", 4)), (std::vector<std::pair<uint32_t, bool>>{{0, true}}));
    TestMethod m(c, "(DI)D", 4, 34);
    EXPECT_EQ(m.run({d(0.5), 0, i(3)}), d(6416.0));
    EXPECT_EQ(m.runFrom(2, {d(24.0), 0, i(3), i(1)}), d(6416.0));
}

// ---- int, long and reference results in the pool registers ----
// (TemplatesStackCache.cpp: an older result moves from rax to r8-r10, rsi or
// rdi when the next one needs rax; past five, to its slot.)

TEST(JitTemplates, DeepIntExpressionsKeepEveryIntermediateResult) {
    // (II)I: eight terms t_k = a * k + b, each made in rax while the older
    // ones wait (five in the pool, two in their slots), then combined from the
    // top down by non-commutative and commutative operations in turn.
    std::vector<int> code;
    for (int k = 1; k <= 8; ++k)
        for (int b : {op(O::iload_0_), op(O::bipush_), k, op(O::imul_), op(O::iload_1_), op(O::iadd_)}) code.push_back(b);
    const O combine[] = {O::isub_, O::isub_, O::isub_, O::ixor_, O::imul_, O::isub_, O::iadd_};
    for (O o : combine) code.push_back(op(o));
    code.push_back(op(O::ireturn_));
    auto expected = [&](int32_t a, int32_t b) {
        uint32_t t[9];
        for (int k = 1; k <= 8; ++k) t[k] = uint32_t(a) * uint32_t(k) + uint32_t(b);
        uint32_t r = t[8];
        for (int k = 7, n = 0; k >= 1; --k, ++n) {
            switch (combine[n]) {
                case O::isub_: r = t[k] - r; break;
                case O::ixor_: r = t[k] ^ r; break;
                case O::imul_: r = t[k] * r; break;
                default: r = t[k] + r; break;
            }
        }
        return int32_t(r);
    };
    for (auto [a, b] : {std::pair{3, 5}, std::pair{-1000003, 77}, std::pair{kMinInt, -1}}) {
        std::vector<uint8_t> c(code.begin(), code.end());
        TestMethod m(c, "(II)I", 2, 18);
        Slot r = m.run({i(a), i(b)});
        EXPECT_EQ(r, i(expected(a, b))) << a << " " << b;  // zero-extended in its slot
    }
}

TEST(JitTemplates, DeepLongExpressionsKeepEveryIntermediateResult) {
    // (JJ)J: seven terms a * k - b, combined by lsub, lxor, lmul, land, lor, ladd.
    std::vector<int> code;
    for (int k = 1; k <= 7; ++k)
        for (int b : {op(O::lload_0_), op(O::bipush_), k, op(O::i2l_), op(O::lmul_), op(O::lload_2_), op(O::lsub_)})
            code.push_back(b);
    const O combine[] = {O::lsub_, O::lxor_, O::lmul_, O::land_, O::lor_, O::ladd_};
    for (O o : combine) code.push_back(op(o));
    code.push_back(op(O::lreturn_));
    int64_t a = 0x123456789LL, b = -0x5555;
    uint64_t t[8];
    for (int k = 1; k <= 7; ++k) t[k] = uint64_t(a) * uint64_t(k) - uint64_t(b);
    uint64_t r = t[7];
    for (int k = 6, n = 0; k >= 1; --k, ++n) {
        switch (combine[n]) {
            case O::lsub_: r = t[k] - r; break;
            case O::lxor_: r = t[k] ^ r; break;
            case O::lmul_: r = t[k] * r; break;
            case O::land_: r = t[k] & r; break;
            case O::lor_: r = t[k] | r; break;
            default: r = t[k] + r; break;
        }
    }
    std::vector<uint8_t> c(code.begin(), code.end());
    TestMethod m(c, "(JJ)J", 4, 16);
    EXPECT_EQ(uint64_t(runtime::slotToLong(m.run({l(a), 0, l(b), 0}))), r);
}

TEST(JitTemplates, DuplicatedResultsAndComparesOfTwoResults) {
    // (II)I: (a + b) * (a + b) by dup, minus (a - b): both copies of a result in one register.
    EXPECT_EQ(runCode({op(O::iload_0_), op(O::iload_1_), op(O::iadd_), op(O::dup_), op(O::imul_), op(O::iload_0_),
                       op(O::iload_1_), op(O::isub_), op(O::isub_), op(O::ireturn_)},
                      "(II)I", 2, 4, {i(7), i(-3)}),
              i(16 - 10));
    // (II)I: 0 (a + b) 4 (a - b) 8 if_icmplt +5 | 11 iconst_0 ireturn | 13 iconst_1 ireturn: two results compared.
    TestMethod m(bytes({op(O::iload_0_), op(O::iload_1_), op(O::iadd_), op(O::iload_0_), op(O::iload_1_), op(O::isub_),
                        op(O::if_icmplt_), 0, 5, op(O::iconst_0_), op(O::ireturn_), op(O::iconst_1_), op(O::ireturn_)}),
                 "(II)I", 2, 4);
    EXPECT_EQ(m.run({i(5), i(-2)}), i(1));  // 3 < 7
    EXPECT_EQ(m.run({i(5), i(2)}), i(0));   // 7 < 3 is false
    EXPECT_EQ(m.run({i(5), i(0)}), i(0));   // 5 < 5 is false
}

TEST(JitTemplates, ArraysAndIndicesInPoolRegisters) {
    // Two int[3] rows and an Object[2] holding them, laid out as the heap
    // does (runtime/Object.h); only the lengths and elements are read.
    struct IntRow { runtime::Array header; int32_t data[3]; };
    struct Rows { runtime::Array header; runtime::Array* data[2]; };
    IntRow row0{}, row1{};
    Rows rows{};
    row0.header.length = row1.header.length = 3;
    rows.header.length = 2;
    rows.data[0] = &row0.header, rows.data[1] = &row1.header;
    const int32_t init0[] = {5, 7, 11}, init1[] = {13, 17, 19};
    // ([[II)I: aa[i][i + 1] = aa[0][i] * (i + 2) - aa[i][0]; return aa[i][i + 1].
    // The row aa[i] waits in a pool register while the index, aa[0], its
    // element and the product are made in rax and moved aside in turn.
    TestMethod m(bytes({op(O::aload_0_), op(O::iload_1_), op(O::aaload_),                     // aa[i]
                        op(O::iload_1_), op(O::iconst_1_), op(O::iadd_),                     // i + 1
                        op(O::aload_0_), op(O::iconst_0_), op(O::aaload_), op(O::iload_1_), op(O::iaload_),  // aa[0][i]
                        op(O::iload_1_), op(O::iconst_2_), op(O::iadd_), op(O::imul_),       // * (i + 2)
                        op(O::aload_0_), op(O::iload_1_), op(O::aaload_), op(O::iconst_0_), op(O::iaload_),  // aa[i][0]
                        op(O::isub_), op(O::iastore_),
                        op(O::aload_0_), op(O::iload_1_), op(O::aaload_), op(O::iload_1_), op(O::iconst_1_), op(O::iadd_),
                        op(O::iaload_), op(O::ireturn_)}),
                 "([[II)I", 2, 6);
    for (int32_t index : {0, 1}) {
        std::memcpy(row0.data, init0, sizeof init0);
        std::memcpy(row1.data, init1, sizeof init1);
        int32_t expected = init0[index] * (index + 2) - (index ? init1 : init0)[0];
        EXPECT_EQ(m.run({runtime::refToSlot(&rows.header), i(index)}), i(expected));
        EXPECT_EQ((index ? row1 : row0).data[index + 1], expected);
        EXPECT_EQ(row0.data[0], 5);
        EXPECT_EQ(row1.data[0], 13);
    }
}

TEST(JitTemplates, ConstantOperandsAndElementsBesideACachedResult) {
    // ([C[B[SII)I: (5 - (3 ^ ((31 * h + c[i]) * -7 + b[i]))) * s[i], h = local 4.
    // 31 * h is one imul from h's slot, * -7 one from rax; the byte and short
    // elements load into a pool register beside the running value in rax;
    // 3 ^ x has its constant on the left, 5 - x is not commutative.
    struct Chars { runtime::Array header; uint16_t data[2]; };
    struct Bytes { runtime::Array header; int8_t data[2]; };
    struct Shorts { runtime::Array header; int16_t data[2]; };
    Chars c{};
    Bytes b{};
    Shorts sh{};
    c.header.length = b.header.length = sh.header.length = 2;
    c.data[0] = 0xfffe, c.data[1] = 65;
    b.data[0] = -128, b.data[1] = 100;
    sh.data[0] = -3, sh.data[1] = 32767;
    TestMethod m(bytes({op(O::iconst_5_), op(O::iconst_3_), op(O::bipush_), 31, op(O::iload_), 4, op(O::imul_),
                        op(O::aload_0_), op(O::iload_3_), op(O::caload_), op(O::iadd_),
                        op(O::bipush_), uint8_t(-7), op(O::imul_),
                        op(O::aload_1_), op(O::iload_3_), op(O::baload_), op(O::iadd_),
                        op(O::ixor_), op(O::isub_),
                        op(O::aload_2_), op(O::iload_3_), op(O::saload_), op(O::imul_), op(O::ireturn_)}),
                 "([C[B[SII)I", 5, 6);
    for (int32_t index : {0, 1}) {
        for (int32_t h : {0, 1, -1, 123456789, std::numeric_limits<int32_t>::min()}) {
            uint32_t x = (31u * uint32_t(h) + c.data[index]) * uint32_t(-7) + uint32_t(int32_t(b.data[index]));
            auto expected = int32_t((5u - (3u ^ x)) * uint32_t(int32_t(sh.data[index])));
            EXPECT_EQ(m.run({runtime::refToSlot(&c.header), runtime::refToSlot(&b.header),
                             runtime::refToSlot(&sh.header), i(index), i(h)}),
                      i(expected))
                << "index " << index << ", h " << h;
        }
    }
}

TEST(JitTemplates, StringHashLoopLoadsElementsBesideTheRunningHash) {
    // ([CI)I: int h = 0; for (int i = 0; i < n; i++) h = 31 * h + c[i]; return h,
    // String.hashCode's loop: h and i are register locals, 31 * h is made in
    // rax and c[i] is loaded into a pool register beside it.
    struct Chars { runtime::Array header; uint16_t data[5]; };
    Chars c{};
    c.header.length = 5;
    const uint16_t text[] = {'H', 'e', 'l', 'l', 0xffff};
    std::memcpy(c.data, text, sizeof text);
    TestMethod m(bytes({op(O::iconst_0_), op(O::istore_2_), op(O::iconst_0_), op(O::istore_3_),
                        op(O::iload_3_), op(O::iload_1_), op(O::if_icmpge_), 0, 18,                  // 4: i < n
                        op(O::bipush_), 31, op(O::iload_2_), op(O::imul_),                           // 9
                        op(O::aload_0_), op(O::iload_3_), op(O::caload_), op(O::iadd_), op(O::istore_2_),
                        op(O::iinc_), 3, 1, op(O::goto_), 0xff, 0xef,                                // 18: back to 4
                        op(O::iload_2_), op(O::ireturn_)}),                                          // 24
                 "([CI)I", 4, 4);
    for (int32_t n = 0; n <= 5; ++n) {
        uint32_t h = 0;
        for (int32_t k = 0; k < n; ++k) h = 31 * h + text[k];
        EXPECT_EQ(m.run({runtime::refToSlot(&c.header), i(n)}), i(int32_t(h))) << "n " << n;
    }
}

TEST(JitTemplates, ConditionalValuesMeetInRax) {
    // (III)I: a + (b < c ? b - c : c - b), the two arms pushing two values
    // each. The join at 13 is reached by the goto and by falling through:
    // both bring the top in rax and the value under it in its slot, where
    // the isub there reads it.
    TestMethod m(bytes({op(O::iload_0_), op(O::iload_1_), op(O::iload_2_), op(O::if_icmpge_), 0, 8,  // 3: to 11
                        op(O::iload_1_), op(O::iload_2_), op(O::goto_), 0, 5,                         // 8: to 13
                        op(O::iload_2_), op(O::iload_1_),                                             // 11
                        op(O::isub_), op(O::iadd_), op(O::ireturn_)}),                                // 13
                 "(III)I", 3, 3);
    EXPECT_EQ(asInt(m.run({i(100), i(2), i(5)})), 97);
    EXPECT_EQ(asInt(m.run({i(100), i(5), i(2)})), 97);
    EXPECT_EQ(asInt(m.run({i(-1), i(kMinInt), i(1)})), std::numeric_limits<int32_t>::max() - 1);  // wraps
    // (I)Z: x > 0 || x == -7 ? true : false, as javac compiles a boolean
    // expression: the constants of both arms meet at the ireturn.
    TestMethod z(bytes({op(O::iload_0_), op(O::ifgt_), 0, 9,                                   // 1: to 10
                        op(O::iload_0_), op(O::bipush_), uint8_t(-7), op(O::if_icmpne_), 0, 7,  // 7: to 14
                        op(O::iconst_1_), op(O::goto_), 0, 4,                                   // 10; 11: to 15
                        op(O::iconst_0_), op(O::ireturn_)}),                                    // 14, 15
                 "(I)Z", 1, 2);
    EXPECT_EQ(asInt(z.run({i(3)})), 1);   // by the first test's branch
    EXPECT_EQ(asInt(z.run({i(-7)})), 1);  // by falling through the second
    EXPECT_EQ(asInt(z.run({i(0)})), 0);
    EXPECT_EQ(asInt(z.run({i(-1)})), 0);
}

TEST(JitTemplates, MethodsWithInvokedynamicCompile) {
    // (I)Ljava/lang/String;  0 iload_0 | 1 invokedynamic #1 0 0 | 6 areturn, #1 an unlinked
    // string concatenation: the template links it on first execution, so it compiles.
    using classfile::CpTag;
    std::vector<classfile::CpEntry> pool(4);
    pool[0].tag = CpTag::InvokeDynamic, pool[0].index1 = 0, pool[0].index2 = 2;
    pool[1].tag = CpTag::NameAndType, pool[1].index1 = 3, pool[1].index2 = 4;
    pool[2].tag = CpTag::Utf8, pool[2].text = "makeConcatWithConstants";
    pool[3].tag = CpTag::Utf8, pool[3].text = "(I)Ljava/lang/String;";
    TestMethod m(bytes({op(O::iload_0_), op(O::invokedynamic_), 0, 1, 0, 0, op(O::areturn_)}), "(I)Ljava/lang/String;",
                 1, 1, std::move(pool));
    CompileResult r = m.compile();
    EXPECT_NE(r.entry, nullptr);
    EXPECT_EQ(r.rejectReason, "");
}

// Inline allocation (TemplatesObjects.cpp) into an area of our own: a quickened
// anewarray bumps it, writes the header and zeroes the body. Only inputs that
// stay on the inline path are run (the slow path needs a VM).
class JitInlineAllocation : public ::testing::Test {
protected:
    void SetUp() override {
        arrayClass_.name = arrayClass_.externalName = "[LT;";
        arrayClass_.component = &arrayClass_;  // any class: only isArray() and the element size are read
        arrayClass_.elementSize = 8;
        saved_ = runtime::g_inlineAllocation;
        runtime::g_inlineAllocation.area = &area_;
    }
    void TearDown() override { runtime::g_inlineAllocation = saved_; }

    // (I)[LT;  0 iload_0 | 1 anewarray #1 (quickened) | 4 areturn, in an area of
    // `room` bytes filled with garbage whose largest object is `largest` bytes.
    runtime::Array* allocate(int32_t length, size_t room, size_t largest) {
        memory_.assign(room / 8 + 1, 0xdeadbeefdeadbeefull);  // one word past the end, to see it kept
        area_.top = reinterpret_cast<uint8_t*>(memory_.data());
        area_.end = area_.top + room;
        area_.largestObject = largest;
        using classfile::CpTag;
        std::vector<classfile::CpEntry> pool(2);
        pool[0].tag = CpTag::Class, pool[0].index1 = 2;
        pool[1].tag = CpTag::Utf8, pool[1].text = "T";
        TestMethod m(bytes({op(O::iload_0_), op(O::anewarray_), 0, 1, op(O::areturn_)}), "(I)[LT;", 1, 1,
                     std::move(pool));
        m.liveCode()[1] = uint8_t(O::anewarray_quick_);
        m.cacheEntry(1).arrayClass = &arrayClass_;
        return static_cast<runtime::Array*>(runtime::slotToRef(m.run({i(length)})));
    }
    bool zeroedBody(runtime::Array* a) {
        for (int32_t k = 0; k < a->length; ++k)
            if (a->data<runtime::Object*>()[k]) return false;
        return true;
    }

    runtime::Klass arrayClass_;
    runtime::AllocationArea area_;
    runtime::InlineAllocation saved_;
    std::vector<uint64_t> memory_;
};

TEST_F(JitInlineAllocation, FillsTheAreaExactly) {
    // 24-byte header + 5 references = 64 bytes: top + size == end still fits.
    runtime::Array* a = allocate(5, 64, 1 << 20);
    ASSERT_EQ(reinterpret_cast<uint64_t*>(a), memory_.data());
    EXPECT_EQ(area_.top, area_.end);
    EXPECT_EQ(a->klass, &arrayClass_);
    EXPECT_EQ(a->mark, 0u);
    EXPECT_EQ(a->length, 5);
    EXPECT_EQ(a->padding_, 0);
    EXPECT_TRUE(zeroedBody(a));
    EXPECT_EQ(memory_[8], 0xdeadbeefdeadbeefull);  // nothing written past the object
}

TEST_F(JitInlineAllocation, EmptyAndLargeArrays) {
    runtime::Array* empty = allocate(0, 4096, 1 << 20);
    EXPECT_EQ(empty->length, 0);
    EXPECT_EQ(area_.top, reinterpret_cast<uint8_t*>(memory_.data()) + runtime::arrayAllocationSize(8, 0));
    // Past the store loop's limit the body is cleared with rep stosq.
    runtime::Array* large = allocate(300, 4096, 1 << 20);
    EXPECT_EQ(large->length, 300);
    EXPECT_TRUE(zeroedBody(large));
    EXPECT_EQ(area_.top, reinterpret_cast<uint8_t*>(memory_.data()) + runtime::arrayAllocationSize(8, 300));
}

TEST_F(JitInlineAllocation, LengthAtTheAreasLargestObject) {
    // The longest array the inline path takes is the one of exactly largestObject bytes.
    size_t largest = runtime::arrayAllocationSize(8, 40);
    runtime::Array* a = allocate(40, 4096, largest);
    EXPECT_EQ(a->length, 40);
    EXPECT_TRUE(zeroedBody(a));
    EXPECT_EQ(size_t(area_.top - reinterpret_cast<uint8_t*>(a)), largest);
}

}  // namespace
}  // namespace cortado::jit
