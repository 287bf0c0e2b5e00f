// Unit tests for the baseline compiler's templates (jit/Templates*.cpp):
// static methods assembled by hand are compiled and run on a frame built here
// exactly as the interpreter builds one (runtime/Frame.h), without a VM. Only
// templates that call no VM helper needing a thread are exercised; everything
// else is covered by the differential tests under -Xcomp.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "classfile/Bytecodes.h"
#include "jit/CodeCache.h"
#include "jit/Compiler.h"
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
