// Tests for the reference-map analysis (runtime/ReferenceMap.h). Methods are
// assembled by hand with a tiny label-resolving assembler, and the maps are
// compared as strings: one character per local, '|', one per stack slot, with
// 'R' for a reference and '.' for anything else.
#include "runtime/ReferenceMap.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "classfile/Bytecodes.h"

namespace cortado::runtime {
namespace {

using classfile::ConstantPool;
using classfile::CpEntry;
using classfile::CpTag;
using classfile::ExceptionTableEntry;
using classfile::MethodInfo;
using classfile::Opcode;
using O = Opcode;

// Builds a constant pool entry by entry.
struct Pool {
    ConstantPool cp;
    Pool() { cp.entries.resize(1); }

    uint16_t add(CpEntry e) {
        cp.entries.push_back(std::move(e));
        return uint16_t(cp.entries.size() - 1);
    }
    uint16_t utf8(const std::string& s) { return add({CpTag::Utf8, 0, 0, 0, s}); }
    uint16_t cls(const std::string& name) { return add({CpTag::Class, utf8(name), 0, 0, {}}); }
    uint16_t string(const std::string& s) { return add({CpTag::String, utf8(s), 0, 0, {}}); }
    uint16_t integer(int32_t v) { return add({CpTag::Integer, 0, 0, uint32_t(v), {}}); }
    uint16_t floating() { return add({CpTag::Float, 0, 0, 0x3f800000, {}}); }
    uint16_t wide(CpTag tag) {  // Long or Double: two entries (JVMS 4.4.5)
        const uint16_t i = add({tag, 0, 0, 1, {}});
        add({});
        return i;
    }
    uint16_t nat(const std::string& name, const std::string& desc) {
        return add({CpTag::NameAndType, utf8(name), utf8(desc), 0, {}});
    }
    uint16_t member(CpTag tag, const std::string& owner, const std::string& name, const std::string& desc) {
        return add({tag, cls(owner), nat(name, desc), 0, {}});
    }
    uint16_t method(const std::string& owner, const std::string& name, const std::string& desc) {
        return member(CpTag::Methodref, owner, name, desc);
    }
    uint16_t field(const std::string& owner, const std::string& name, const std::string& desc) {
        return member(CpTag::Fieldref, owner, name, desc);
    }
    uint16_t dynamic(CpTag tag, const std::string& name, const std::string& desc) {
        return add({tag, 0, nat(name, desc), 0, {}});
    }
    uint16_t methodType(const std::string& desc) { return add({CpTag::MethodType, utf8(desc), 0, 0, {}}); }
    uint16_t methodHandle(uint16_t ref) { return add({CpTag::MethodHandle, 6, ref, 0, {}}); }
};

// Assembles bytecode; branch operands name labels, resolved by code().
class Asm {
public:
    uint32_t here() const { return uint32_t(bytes_.size()); }
    Asm& op(Opcode o) { return u1(uint8_t(o)); }
    Asm& u1(int v) {
        bytes_.push_back(uint8_t(v));
        return *this;
    }
    Asm& u2(int v) { return u1(v >> 8).u1(v); }
    Asm& s4(int32_t v) { return u2(uint16_t(uint32_t(v) >> 16)).u2(uint16_t(v)); }
    Asm& op(Opcode o, int operand) { return op(o).u1(operand); }
    Asm& op2(Opcode o, int operand) { return op(o).u2(operand); }
    Asm& label(const std::string& name) {
        labels_[name] = here();
        return *this;
    }
    Asm& branch(Opcode o, const std::string& target) {
        const uint32_t at = here();
        op(o);
        fixup(at, target, o == O::goto_w_ || o == O::jsr_w_ ? 4 : 2);
        return *this;
    }
    Asm& tableswitch(const std::string& dflt, int32_t low, const std::vector<std::string>& targets) {
        const uint32_t at = here();
        op(O::tableswitch_);
        while (here() % 4) u1(0);
        fixup(at, dflt, 4);
        s4(low).s4(low + int32_t(targets.size()) - 1);
        for (const auto& t : targets) fixup(at, t, 4);
        return *this;
    }
    Asm& lookupswitch(const std::string& dflt, const std::vector<std::pair<int32_t, std::string>>& pairs) {
        const uint32_t at = here();
        op(O::lookupswitch_);
        while (here() % 4) u1(0);
        fixup(at, dflt, 4);
        s4(int32_t(pairs.size()));
        for (const auto& [match, t] : pairs) {
            s4(match);
            fixup(at, t, 4);
        }
        return *this;
    }
    uint32_t operator[](const std::string& label) const { return labels_.at(label); }
    std::vector<uint8_t> code() const {
        std::vector<uint8_t> out = bytes_;
        for (const Fixup& f : fixups_) {
            const int32_t off = int32_t(labels_.at(f.label)) - int32_t(f.insn);
            for (int i = 0; i < f.width; ++i) out[f.pos + i] = uint8_t(uint32_t(off) >> (8 * (f.width - 1 - i)));
        }
        return out;
    }

private:
    struct Fixup {
        uint32_t pos, insn;
        std::string label;
        int width;
    };
    void fixup(uint32_t insn, const std::string& label, int width) {
        fixups_.push_back({here(), insn, label, width});
        for (int i = 0; i < width; ++i) u1(0);
    }
    std::vector<uint8_t> bytes_;
    std::map<std::string, uint32_t> labels_;
    std::vector<Fixup> fixups_;
};

MethodInfo makeMethod(const std::string& descriptor, std::vector<uint8_t> code, uint16_t maxStack,
                      uint16_t maxLocals, std::vector<ExceptionTableEntry> handlers = {}) {
    MethodInfo m;
    m.name = "test";
    m.descriptor = descriptor;
    m.code.emplace();
    m.code->code = std::move(code);
    m.code->max_stack = maxStack;
    m.code->max_locals = maxLocals;
    m.code->exception_table = std::move(handlers);
    return m;
}

std::string show(const FrameRefMap* m) {
    if (!m) return "null";
    std::string s;
    for (uint32_t i = 0; i < m->numSlots(); ++i) {
        if (i == m->numLocals()) s += '|';
        s += m->isReference(i) ? 'R' : '.';
    }
    if (m->stackDepth() == 0) s += '|';
    return s;
}

// Analyses and fails the test (returning null) if the analysis fails.
std::unique_ptr<MethodRefMaps> analyzeOk(const ConstantPool& cp, const MethodInfo& m, bool isStatic) {
    std::string error;
    auto maps = MethodRefMaps::analyze(cp, m, isStatic, &error);
    EXPECT_TRUE(maps) << error;
    return maps;
}

std::string analyzeError(const ConstantPool& cp, const MethodInfo& m, bool isStatic = true) {
    std::string error;
    auto maps = MethodRefMaps::analyze(cp, m, isStatic, &error);
    EXPECT_FALSE(maps);
    EXPECT_FALSE(error.empty());
    return error;
}

// Frame contents for at(pc, readSlot): slot -> raw value, 0 elsewhere.
auto frameWith(std::map<uint32_t, uint64_t> slots) {
    return [slots](uint32_t slot) -> uint64_t {
        auto it = slots.find(slot);
        return it == slots.end() ? 0 : it->second;
    };
}

TEST(ReferenceMapTest, ArgumentsInitializeLocals) {
    Pool pool;
    Asm a;
    a.op(O::return_);
    auto inst = analyzeOk(pool.cp, makeMethod("(ILjava/lang/String;J[ID)V", a.code(), 0, 9), false);
    ASSERT_TRUE(inst);
    // this, I, String, J J, [I, D D, one spare local.
    EXPECT_EQ(show(inst->at(0)), "R.R..R...|");
    auto stat = analyzeOk(pool.cp, makeMethod("([[JLjava/lang/Object;S)V", a.code(), 0, 3), true);
    ASSERT_TRUE(stat);
    EXPECT_EQ(show(stat->at(0)), "RR.|");
    EXPECT_EQ(stat->size(), 1u);
}

TEST(ReferenceMapTest, DeadLocalReusedForIntIsNotAReference) {
    Pool pool;
    const uint16_t object = pool.cls("java/lang/Object");
    const uint16_t init = pool.method("java/lang/Object", "<init>", "()V");
    const uint16_t hash = pool.method("java/lang/Object", "hashCode", "()I");
    Asm a;
    a.op2(O::new_, object);
    const uint32_t dup = a.here();
    a.op(O::dup_).op2(O::invokespecial_, init);
    const uint32_t store = a.here();
    a.op(O::astore_1_);
    const uint32_t load = a.here();
    a.op(O::aload_1_).op2(O::invokevirtual_, hash);
    const uint32_t istore = a.here();
    a.op(O::istore_1_);
    const uint32_t after = a.here();
    a.op(O::iload_1_).op(O::pop_).op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("()V", a.code(), 2, 2), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(0)), "..|");
    EXPECT_EQ(show(maps->at(dup)), "..|R");       // an uninitialized object is a heap pointer
    EXPECT_EQ(show(maps->at(dup + 1)), "..|RR");
    EXPECT_EQ(show(maps->at(store)), "..|R");
    EXPECT_EQ(show(maps->at(load)), ".R|");
    EXPECT_EQ(show(maps->at(istore)), ".R|.");
    EXPECT_EQ(show(maps->at(after)), "..|");       // the int overwrote the reference
    EXPECT_EQ(show(maps->at(after + 1)), "..|.");
}

TEST(ReferenceMapTest, LongAndDoubleSlotsNextToReferences) {
    Pool pool;
    Asm a;
    a.op(O::aload_0_).op(O::astore_3_);
    const uint32_t lload = a.here();
    a.op(O::lload_1_);
    const uint32_t lstore = a.here();
    a.op(O::lstore_2_);  // writes locals 2 and 3: the reference in 3 is gone
    const uint32_t afterLong = a.here();
    a.op(O::aload_0_).op(O::astore_, 4);
    const uint32_t dconst = a.here();
    a.op(O::dconst_1_).op(O::dstore_3_);  // locals 3 and 4
    const uint32_t end = a.here();
    a.op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;J)V", a.code(), 2, 5), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(0)), "R....|");
    EXPECT_EQ(show(maps->at(lload)), "R..R.|");
    EXPECT_EQ(show(maps->at(lstore)), "R..R.|..");
    EXPECT_EQ(show(maps->at(afterLong)), "R....|");
    EXPECT_EQ(show(maps->at(dconst)), "R...R|");
    EXPECT_EQ(show(maps->at(dconst + 1)), "R...R|..");
    EXPECT_EQ(show(maps->at(end)), "R....|");
}

TEST(ReferenceMapTest, BranchJoinWithConflictingTypes) {
    Pool pool;
    Asm a;
    a.op(O::aconst_null_).op(O::astore_2_);  // a reference on both paths
    a.op(O::iload_0_).branch(O::ifeq_, "else");
    a.op(O::aconst_null_).op(O::astore_1_);
    const uint32_t thenGoto = a.here();
    a.branch(O::goto_, "join");
    a.label("else").op(O::iconst_1_).op(O::istore_1_);
    a.label("join").op(O::aload_2_).op(O::pop_).op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("(I)V", a.code(), 1, 3), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(thenGoto)), ".RR|");
    EXPECT_EQ(show(maps->at(a["else"])), "..R|");
    EXPECT_EQ(show(maps->at(a["join"])), "..R|");  // ref + int = not a reference
    EXPECT_EQ(maps->at(a["join"])->numLocals(), 3);
}

TEST(ReferenceMapTest, ExceptionHandlerGetsOneReferenceAndMergedLocals) {
    Pool pool;
    const uint16_t hash = pool.method("java/lang/Object", "hashCode", "()I");
    Asm a;
    a.op(O::aload_0_).op(O::astore_1_);
    const uint32_t start = a.here();
    a.op(O::aload_1_).op2(O::invokevirtual_, hash);
    const uint32_t istore = a.here();
    a.op(O::istore_1_);  // the last instruction of the second range: its *after* state counts too
    const uint32_t end = a.here();
    a.op(O::return_);
    a.label("h1").op(O::astore_2_).op(O::return_);
    a.label("h2").op(O::astore_2_).op(O::return_);
    const std::vector<ExceptionTableEntry> table = {
        {uint16_t(start), uint16_t(istore), uint16_t(a["h1"]), 0},
        {uint16_t(start), uint16_t(end), uint16_t(a["h2"]), 0},
    };
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;)V", a.code(), 1, 3, table), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(a["h1"])), "RR.|R");
    EXPECT_EQ(show(maps->at(a["h1"] + 1)), "RRR|");
    EXPECT_EQ(show(maps->at(a["h2"])), "R..|R");  // local 1 is an int after istore_1 (JVMS 4.10.1.6)
    EXPECT_EQ(show(maps->at(a["h2"] + 1)), "R.R|");
}

TEST(ReferenceMapTest, ExceptionHandlerSeesStoreOfReferenceOverInt) {
    Pool pool;
    Asm a;
    a.op(O::iconst_0_).op(O::istore_1_);
    const uint32_t start = a.here();
    a.op(O::aload_0_).op(O::astore_1_);
    const uint32_t end = a.here();
    a.op(O::aload_1_).op(O::areturn_);
    a.label("h").op(O::athrow_);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;)Ljava/lang/Object;", a.code(), 1, 2,
                                              {{uint16_t(start), uint16_t(end), uint16_t(a["h"]), 0}}),
                          true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(end)), "RR|");
    EXPECT_EQ(show(maps->at(a["h"])), "R.|R");  // int before, reference after: neither
}

TEST(ReferenceMapTest, LoopBackEdgeTurnsLocalIntoConflict) {
    Pool pool;
    Asm a;
    a.op(O::aconst_null_).op(O::astore_1_).op(O::aconst_null_).op(O::astore_2_);
    a.label("head").op(O::iload_0_).branch(O::ifle_, "exit");
    const uint32_t body = a.here();
    a.op(O::iinc_).u1(0).u1(0xff);
    a.op(O::iconst_0_).op(O::istore_2_);
    a.branch(O::goto_, "head");
    a.label("exit").op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("(I)V", a.code(), 1, 3), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(a["head"])), ".R.|");
    EXPECT_EQ(show(maps->at(a["head"] + 1)), ".R.|.");
    EXPECT_EQ(show(maps->at(body)), ".R.|");
    EXPECT_EQ(show(maps->at(a["exit"])), ".R.|");
}

TEST(ReferenceMapTest, StackShufflesMoveReferencesAndLongs) {
    Pool pool;
    Asm a;
    std::vector<uint32_t> pcs;
    auto emit = [&](Opcode o) {
        a.op(o);
        pcs.push_back(a.here());  // the pc after o
    };
    emit(O::aload_0_);
    emit(O::lload_1_);
    emit(O::dup2_x1_);  // long over a reference (form 2)
    emit(O::pop2_);
    emit(O::dup_x2_);   // reference under a long (form 2)
    emit(O::pop_);
    emit(O::pop2_);
    emit(O::aload_0_);
    emit(O::lconst_0_);
    emit(O::dup2_x2_);  // long over two references (form 3)
    emit(O::pop2_);
    emit(O::pop2_);
    emit(O::pop2_);
    emit(O::aload_0_);
    emit(O::iconst_1_);
    emit(O::dup_x1_);
    emit(O::dup2_);
    emit(O::swap_);
    emit(O::pop2_);
    emit(O::pop2_);
    emit(O::pop_);
    a.op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;J)V", a.code(), 6, 3), true);
    ASSERT_TRUE(maps);
    const std::vector<std::string> expected = {
        "R..|R",       "R..|R..",       "R..|..R..", "R..|..R",    "R..|R..R",  "R..|R..",
        "R..|R",       "R..|RR",        "R..|RR..",  "R..|..RR..", "R..|..RR",  "R..|..",
        "R..|",        "R..|R",         "R..|R.",    "R..|.R.",    "R..|.R.R.", "R..|.R..R",
        "R..|.R.",     "R..|.",         "R..|",
    };
    ASSERT_EQ(pcs.size(), expected.size());
    for (size_t i = 0; i < pcs.size(); ++i) EXPECT_EQ(show(maps->at(pcs[i])), expected[i]) << "after op " << i;
}

TEST(ReferenceMapTest, InvokeDescriptorsConsumeAndProduceReferencesAndLongs) {
    Pool pool;
    const uint16_t virt = pool.method("A", "m", "(JLjava/lang/Object;)Ljava/lang/String;");
    const uint16_t stat = pool.method("B", "s", "()J");
    const uint16_t intf = pool.member(CpTag::InterfaceMethodref, "I", "f", "([I)Ljava/lang/Object;");
    const uint16_t indy = pool.dynamic(CpTag::InvokeDynamic, "run", "(Ljava/lang/String;I)Ljava/util/function/Supplier;");
    const uint16_t object = pool.cls("java/lang/Object");
    const uint16_t init = pool.method("java/lang/Object", "<init>", "()V");
    const uint16_t voidStatic = pool.method("B", "v", "(DLjava/lang/Object;)V");
    Asm a;
    a.op(O::aload_0_).op(O::lconst_1_).op(O::aconst_null_);
    const uint32_t callVirt = a.here();
    a.op2(O::invokevirtual_, virt);
    const uint32_t afterVirt = a.here();
    a.op2(O::invokestatic_, stat);
    const uint32_t afterStat = a.here();
    a.op(O::pop2_).op(O::aconst_null_);
    a.op2(O::invokeinterface_, intf).u1(2).u1(0);
    const uint32_t afterIntf = a.here();
    a.op(O::iconst_5_);
    a.op2(O::invokedynamic_, indy).u2(0);
    const uint32_t afterIndy = a.here();
    a.op(O::pop_).op2(O::new_, object).op(O::dup_).op2(O::invokespecial_, init);
    const uint32_t afterInit = a.here();
    a.op(O::pop_).op(O::dconst_0_).op(O::aload_0_).op2(O::invokestatic_, voidStatic);
    const uint32_t end = a.here();
    a.op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("()V", a.code(), 6, 1), false);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(callVirt)), "R|R..R");
    EXPECT_EQ(show(maps->at(afterVirt)), "R|R");
    EXPECT_EQ(show(maps->at(afterStat)), "R|R..");
    EXPECT_EQ(show(maps->at(afterIntf)), "R|R");
    EXPECT_EQ(show(maps->at(afterIndy)), "R|R");
    EXPECT_EQ(show(maps->at(afterInit)), "R|R");
    EXPECT_EQ(show(maps->at(end)), "R|");
}

TEST(ReferenceMapTest, FieldAccess) {
    Pool pool;
    const uint16_t name = pool.field("A", "name", "Ljava/lang/String;");
    const uint16_t count = pool.field("A", "count", "J");
    const uint16_t arr = pool.field("A", "arr", "[[D");
    const uint16_t d = pool.field("A", "d", "D");
    Asm a;
    a.op(O::aload_0_).op2(O::getfield_, name);
    const uint32_t p1 = a.here();
    a.op2(O::getstatic_, count);
    const uint32_t p2 = a.here();
    a.op2(O::putstatic_, count);
    const uint32_t p3 = a.here();
    a.op(O::aload_0_).op(O::swap_).op2(O::putfield_, name);
    const uint32_t p4 = a.here();
    a.op2(O::getstatic_, arr);
    const uint32_t p5 = a.here();
    a.op(O::pop_).op(O::aload_0_).op(O::dconst_0_);
    const uint32_t p6 = a.here();
    a.op2(O::putfield_, d);
    const uint32_t p7 = a.here();
    a.op(O::aload_0_).op2(O::getfield_, d);
    const uint32_t p8 = a.here();
    a.op(O::pop2_).op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("(LA;)V", a.code(), 3, 1), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(p1)), "R|R");
    EXPECT_EQ(show(maps->at(p2)), "R|R..");
    EXPECT_EQ(show(maps->at(p3)), "R|R");
    EXPECT_EQ(show(maps->at(p4)), "R|");
    EXPECT_EQ(show(maps->at(p5)), "R|R");  // an array of doubles is a reference
    EXPECT_EQ(show(maps->at(p6)), "R|R..");
    EXPECT_EQ(show(maps->at(p7)), "R|");
    EXPECT_EQ(show(maps->at(p8)), "R|..");
}

TEST(ReferenceMapTest, LdcOfStringClassHandleVersusNumbers) {
    Pool pool;
    const uint16_t str = pool.string("hi");
    const uint16_t i = pool.integer(42);
    const uint16_t cls = pool.cls("java/lang/Object");
    const uint16_t l = pool.wide(CpTag::Long);
    const uint16_t f = pool.floating();
    const uint16_t mt = pool.methodType("()V");
    const uint16_t mh = pool.methodHandle(pool.method("A", "s", "()V"));
    const uint16_t dynRef = pool.dynamic(CpTag::Dynamic, "c", "Ljava/lang/Object;");
    const uint16_t dynLong = pool.dynamic(CpTag::Dynamic, "j", "J");
    const uint16_t dbl = pool.wide(CpTag::Double);
    Asm a;
    a.op(O::ldc_, str).op(O::ldc_, i).op2(O::ldc_w_, cls).op2(O::ldc2_w_, l).op(O::ldc_, f);
    a.op(O::ldc_, mt).op2(O::ldc_w_, mh).op(O::ldc_, dynRef).op2(O::ldc2_w_, dynLong).op2(O::ldc2_w_, dbl);
    const uint32_t end = a.here();
    a.op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("()V", a.code(), 14, 0), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(2)), "|R");
    EXPECT_EQ(show(maps->at(4)), "|R.");
    EXPECT_EQ(show(maps->at(end)), "|R.R...RRR....");

    // ldc of a long (it needs ldc2_w) and ldc2_w of a String are not analysable.
    Asm bad1;
    bad1.op(O::ldc_, l).op(O::pop_).op(O::return_);
    EXPECT_NE(analyzeError(pool.cp, makeMethod("()V", bad1.code(), 2, 0)).find("ldc"), std::string::npos);
    Asm bad2;
    bad2.op2(O::ldc2_w_, str).op(O::pop2_).op(O::return_);
    analyzeError(pool.cp, makeMethod("()V", bad2.code(), 2, 0));
}

TEST(ReferenceMapTest, ArrayAllocations) {
    Pool pool;
    const uint16_t cube = pool.cls("[[[I");
    const uint16_t str = pool.cls("java/lang/String");
    Asm a;
    a.op(O::iconst_1_).op(O::iconst_2_).op(O::iconst_3_);
    const uint32_t multi = a.here();
    a.op2(O::multianewarray_, cube).u1(3);
    const uint32_t afterMulti = a.here();
    a.op(O::astore_0_).op(O::iconst_2_).op(O::newarray_, 10);
    const uint32_t afterNewarray = a.here();
    a.op(O::iconst_0_).op(O::iaload_).op2(O::anewarray_, str);
    const uint32_t afterAnewarray = a.here();
    a.op(O::iconst_0_).op(O::aaload_);
    const uint32_t afterAaload = a.here();
    a.op(O::arraylength_);
    const uint32_t afterLength = a.here();
    a.op(O::pop_).op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("()V", a.code(), 3, 1), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(multi)), ".|...");
    EXPECT_EQ(show(maps->at(afterMulti)), ".|R");
    EXPECT_EQ(show(maps->at(afterNewarray)), "R|R");
    EXPECT_EQ(show(maps->at(afterAnewarray)), "R|R");
    EXPECT_EQ(show(maps->at(afterAaload)), "R|R");
    EXPECT_EQ(show(maps->at(afterLength)), "R|.");
}

TEST(ReferenceMapTest, TableAndLookupSwitch) {
    Pool pool;
    Asm a;
    a.op(O::iload_0_).tableswitch("dflt", 0, {"l0", "l1"});
    a.label("l0").op(O::aconst_null_).op(O::astore_1_).branch(O::goto_, "j1");
    a.label("l1").op(O::aload_2_).op(O::astore_1_).branch(O::goto_, "j1");
    a.label("j1").op(O::return_);
    a.label("dflt").op(O::iload_0_).lookupswitch("j2", {{5, "l5"}, {7, "l7"}});
    a.label("l5").op(O::iconst_0_).op(O::istore_1_).branch(O::goto_, "j2");
    a.label("l7").op(O::aconst_null_).op(O::astore_1_).branch(O::goto_, "j2");
    a.label("j2").op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("(ILjava/lang/Object;Ljava/lang/String;)V", a.code(), 1, 3), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(a["l0"])), ".RR|");
    EXPECT_EQ(show(maps->at(a["j1"])), ".RR|");  // every tableswitch arm stores a reference
    EXPECT_EQ(show(maps->at(a["l5"])), ".RR|");
    EXPECT_EQ(show(maps->at(a["j2"])), "..R|");  // one lookupswitch arm stores an int
    EXPECT_EQ(maps->at(2), nullptr);             // tableswitch padding
}

TEST(ReferenceMapTest, WideLoadsStoresAndIinc) {
    Pool pool;
    Asm a;
    a.op(O::aconst_null_).op(O::wide_).op(O::astore_).u2(300);
    const uint32_t load = a.here();
    a.op(O::wide_).op(O::aload_).u2(300);
    const uint32_t afterLoad = a.here();
    a.op(O::pop_).op(O::iconst_1_).op(O::wide_).op(O::istore_).u2(300);
    const uint32_t iinc = a.here();
    a.op(O::wide_).op(O::iinc_).u2(300).u2(uint16_t(-2));
    a.op(O::aconst_null_).op(O::wide_).op(O::astore_).u2(301);
    a.op(O::wide_).op(O::lload_).u2(290).op(O::wide_).op(O::lstore_).u2(299);  // long over 299, 300
    const uint32_t end = a.here();
    a.op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("()V", a.code(), 2, 302), true);
    ASSERT_TRUE(maps);
    EXPECT_TRUE(maps->at(load)->isLocalReference(300));
    EXPECT_TRUE(maps->at(afterLoad)->isStackReference(0));
    EXPECT_EQ(maps->at(afterLoad)->stackDepth(), 1);
    EXPECT_FALSE(maps->at(iinc)->isLocalReference(300));
    EXPECT_FALSE(maps->at(iinc + 6)->isLocalReference(301));
    const FrameRefMap* last = maps->at(end);
    std::vector<uint32_t> refs;
    last->forEachReference([&](uint32_t slot) { refs.push_back(slot); });
    EXPECT_EQ(refs, std::vector<uint32_t>{301});
    EXPECT_EQ(maps->at(load + 1), nullptr);  // the middle of a wide instruction
}

// An old-javac `finally`: one subroutine, two call sites that disagree about
// local 1 (a reference at the first, an int at the second).
TEST(ReferenceMapTest, JsrSubroutineCalledFromSitesWithDifferentLocalTypes) {
    Pool pool;
    Asm a;
    a.op(O::aload_0_).op(O::astore_1_);
    a.op(O::iconst_0_).op(O::istore_3_);  // local 3: int at both sites, the subroutine writes a reference
    a.branch(O::jsr_, "sub");
    const uint32_t retA = a.here();
    a.op(O::aload_1_).op(O::pop_).op(O::iconst_0_).op(O::istore_1_);
    a.branch(O::jsr_, "sub");
    const uint32_t retB = a.here();
    a.op(O::iload_1_).op(O::pop_).op(O::return_);
    a.label("sub").op(O::astore_2_);
    const uint32_t body = a.here();
    a.op(O::aconst_null_).op(O::astore_3_);
    const uint32_t ret = a.here();
    a.op(O::ret_, 2);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;)V", a.code(), 1, 4), true);
    ASSERT_TRUE(maps);
    // After ret, each site sees its own type for local 1 (untouched by the
    // subroutine) and the subroutine's reference in local 3.
    EXPECT_EQ(show(maps->at(retA)), "RR.R|");
    EXPECT_EQ(show(maps->at(retB)), "R..R|");
    // Inside the subroutine the conservative map cannot call local 1 a reference...
    EXPECT_EQ(show(maps->at(a["sub"])), "R...|.");
    EXPECT_EQ(show(maps->at(body)), "R...|");
    EXPECT_EQ(show(maps->at(ret)), "R..R|");
    EXPECT_TRUE(maps->isCallerDependent(body));
    EXPECT_FALSE(maps->isCallerDependent(retA));
    // ...but the return address in the frame tells which site called.
    EXPECT_EQ(show(maps->at(a["sub"], frameWith({{4, retA}}))), "RR..|.");  // still on the stack
    EXPECT_EQ(show(maps->at(a["sub"], frameWith({{2, retA}, {4, retB}}))), "R..R|.");
    EXPECT_EQ(show(maps->at(body, frameWith({{2, retA}}))), "RR..|");
    EXPECT_EQ(show(maps->at(body, frameWith({{2, retB}}))), "R..R|");
    EXPECT_EQ(show(maps->at(ret, frameWith({{2, retA}}))), "RR.R|");
    // A frame matching no call site gets the safe answer.
    EXPECT_EQ(show(maps->at(body, frameWith({{2, 9999}}))), "R...|");
}

TEST(ReferenceMapTest, JsrSubroutineOverwritesSiteReference) {
    Pool pool;
    Asm a;
    a.op(O::aload_0_).op(O::astore_1_).branch(O::jsr_w_, "sub");
    const uint32_t retA = a.here();
    a.op(O::aload_0_).op(O::astore_1_).branch(O::jsr_, "sub");
    const uint32_t retB = a.here();
    a.op(O::return_);
    a.label("sub").op(O::astore_2_).op(O::iconst_0_).op(O::istore_1_).op(O::wide_).op(O::ret_).u2(2);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;)V", a.code(), 1, 3), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(retA)), "R..|");  // the subroutine wrote an int into local 1
    EXPECT_EQ(show(maps->at(retB)), "R..|");
    EXPECT_EQ(show(maps->at(a["sub"])), "RR.|.");
    EXPECT_FALSE(maps->isCallerDependent(a["sub"]));  // both sites agree
}

// What javac 1.3 made of
//   static Object f(Object o, int i) {
//       Object r = o;
//       try { if (i == 0) return r; i = 5; } finally { o = null; }
//       return null;
//   }
// The saved return value (local 3) is a reference at one of the three calls of
// the finally subroutine only, and must still be one after that call returns.
TEST(ReferenceMapTest, OldJavacTryFinallyWithReturn) {
    Pool pool;
    Asm a;
    a.op(O::aload_0_).op(O::astore_2_);
    a.label("try").op(O::iload_1_).branch(O::ifne_, "else");
    a.op(O::aload_2_).op(O::astore_3_).branch(O::jsr_, "finally");
    a.label("ret1").op(O::aload_3_).op(O::areturn_);
    a.label("else").op(O::iconst_5_).op(O::istore_1_).branch(O::jsr_, "finally");
    a.label("ret2").branch(O::goto_, "end");
    a.label("handler").op(O::astore_, 4).branch(O::jsr_, "finally");
    a.label("ret3").op(O::aload_, 4).op(O::athrow_);
    a.label("finally").op(O::astore_, 5);
    a.label("body").op(O::aconst_null_).op(O::astore_0_).op(O::ret_, 5);
    a.label("end").op(O::aconst_null_).op(O::areturn_);
    auto maps = analyzeOk(pool.cp,
                          makeMethod("(Ljava/lang/Object;I)Ljava/lang/Object;", a.code(), 1, 6,
                                     {{uint16_t(a["try"]), uint16_t(a["ret2"]), uint16_t(a["handler"]), 0}}),
                          true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(a["handler"])), "R.R...|R");
    EXPECT_EQ(show(maps->at(a["ret1"])), "R.RR..|");
    EXPECT_EQ(show(maps->at(a["ret2"])), "R.R...|");
    EXPECT_EQ(show(maps->at(a["ret3"])), "R.R.R.|");
    EXPECT_EQ(show(maps->at(a["end"])), "R.R...|");
    EXPECT_EQ(show(maps->at(a["body"])), "R.R...|");
    EXPECT_TRUE(maps->isCallerDependent(a["body"]));
    EXPECT_EQ(show(maps->at(a["body"], frameWith({{5, a["ret1"]}}))), "R.RR..|");
    EXPECT_EQ(show(maps->at(a["body"], frameWith({{5, a["ret2"]}}))), "R.R...|");
    EXPECT_EQ(show(maps->at(a["body"], frameWith({{5, a["ret3"]}}))), "R.R.R.|");
}

// Subroutine `inner` is called from `outer` (where local 1 is a reference) and
// from the main code (where it is an int). Each return goes to its own site.
TEST(ReferenceMapTest, NestedJsr) {
    Pool pool;
    Asm a;
    a.op(O::aload_0_).op(O::astore_1_).branch(O::jsr_, "outer");
    const uint32_t afterOuter = a.here();
    a.op(O::iconst_0_).op(O::istore_1_).branch(O::jsr_, "inner");
    const uint32_t afterInner = a.here();
    a.op(O::return_);
    a.label("outer").op(O::astore_2_).branch(O::jsr_, "inner");
    const uint32_t innerReturnsToOuter = a.here();
    a.op(O::aload_1_).op(O::astore_, 4).op(O::ret_, 2);
    a.label("inner").op(O::astore_3_);
    const uint32_t innerBody = a.here();
    a.op(O::nop_).op(O::ret_, 3);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;)V", a.code(), 1, 5), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(innerReturnsToOuter)), "RR...|");
    EXPECT_EQ(show(maps->at(afterOuter)), "RR..R|");
    EXPECT_EQ(show(maps->at(afterInner)), "R...R|");  // local 4: outer wrote a reference earlier
    EXPECT_EQ(show(maps->at(innerBody)), "R....|");
    EXPECT_TRUE(maps->isCallerDependent(innerBody));
    EXPECT_EQ(show(maps->at(innerBody, frameWith({{2, afterOuter}, {3, innerReturnsToOuter}}))), "RR...|");
    EXPECT_EQ(show(maps->at(innerBody, frameWith({{2, afterOuter}, {3, afterInner}}))), "R...R|");
}

// JVMS 4.10.2.5 lets a ret return from several nested subroutines at once.
TEST(ReferenceMapTest, RetFromOuterSubroutineInsideInner) {
    Pool pool;
    Asm a;
    a.op(O::aload_0_).op(O::astore_1_).branch(O::jsr_, "outer");
    const uint32_t back = a.here();
    a.op(O::return_);
    a.label("outer").op(O::astore_2_).branch(O::jsr_, "inner");
    a.op(O::return_);  // not reached: inner returns straight to `back`
    a.label("inner").op(O::astore_3_).op(O::aconst_null_).op(O::astore_0_).op(O::ret_, 2);
    auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;)V", a.code(), 1, 4), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(back)), "RR..|");
    EXPECT_EQ(maps->at(a["inner"] - 1), nullptr);  // unreachable
}

TEST(ReferenceMapTest, UnreachableCodeAndNonInstructionPcsHaveNoMap) {
    Pool pool;
    Asm a;
    a.branch(O::goto_, "end");
    const uint32_t dead = a.here();
    a.op(O::aconst_null_).op(O::pop_);
    a.label("end").op(O::sipush_).u2(7).op(O::pop_).op(O::return_);
    auto maps = analyzeOk(pool.cp, makeMethod("()V", a.code(), 1, 0), true);
    ASSERT_TRUE(maps);
    EXPECT_NE(maps->at(0), nullptr);
    EXPECT_EQ(maps->at(1), nullptr);
    EXPECT_EQ(maps->at(dead), nullptr);
    EXPECT_EQ(maps->at(a["end"] + 1), nullptr);
    EXPECT_EQ(maps->at(100000), nullptr);
    EXPECT_EQ(maps->size(), 4u);
    EXPECT_GT(maps->memoryBytes(), 0u);
}

TEST(ReferenceMapTest, InfiniteLoopAndSelfJsrTerminate) {
    Pool pool;
    Asm loop;
    loop.label("l").op(O::aconst_null_).op(O::pop_).branch(O::goto_, "l");
    auto maps = analyzeOk(pool.cp, makeMethod("()V", loop.code(), 1, 0), true);
    ASSERT_TRUE(maps);
    EXPECT_EQ(show(maps->at(1)), "|R");
    // A subroutine that calls itself (invalid) must end with an error, not loop.
    // Whether that is an error or a map does not matter here.
    Asm self;
    self.label("s").op(O::nop_).branch(O::jsr_, "s");
    MethodRefMaps::analyze(pool.cp, makeMethod("()V", self.code(), 3, 1), true);
    Asm self2;
    self2.op(O::aconst_null_).label("s").op(O::astore_0_).branch(O::jsr_, "s");
    MethodRefMaps::analyze(pool.cp, makeMethod("()V", self2.code(), 3, 1), true);
}

TEST(ReferenceMapTest, MalformedCodeIsAnErrorNotACrash) {
    Pool pool;
    const uint16_t str = pool.string("s");
    auto code = [](std::initializer_list<int> bytes) { return std::vector<uint8_t>(bytes.begin(), bytes.end()); };
    // A branch into the middle of an instruction.
    EXPECT_NE(analyzeError(pool.cp, makeMethod("()V", code({0x11, 0, 0, 0xa7, 0xff, 0xfe}), 1, 0)).find("branch"),
              std::string::npos);
    // Falling off the end; stack underflow and overflow.
    EXPECT_NE(analyzeError(pool.cp, makeMethod("()V", code({0x00}), 0, 0)).find("end"), std::string::npos);
    EXPECT_NE(analyzeError(pool.cp, makeMethod("()V", code({0x57, 0xb1}), 1, 0)).find("underflow"), std::string::npos);
    EXPECT_NE(analyzeError(pool.cp, makeMethod("()V", code({0x01, 0x01, 0xb1}), 1, 0)).find("overflow"),
              std::string::npos);
    // Truncated, undefined, reserved and interpreter-internal instructions.
    analyzeError(pool.cp, makeMethod("()V", code({0x11, 0}), 1, 0));
    analyzeError(pool.cp, makeMethod("()V", code({0xe0, 0xb1}), 1, 0));
    analyzeError(pool.cp, makeMethod("()V", code({0xca, 0xb1}), 1, 0));
    analyzeError(pool.cp, makeMethod("()V", code({0x2a, 0xcd, 0x00, 0x01, 0x57, 0xb1}), 1, 1), false);  // quickened getfield
    // Locals out of range, ret of a non-return-address, a bad constant pool index.
    analyzeError(pool.cp, makeMethod("()V", code({0x2b, 0x57, 0xb1}), 1, 1));
    EXPECT_NE(analyzeError(pool.cp, makeMethod("(I)V", code({0xa9, 0x00}), 1, 1)).find("return address"),
              std::string::npos);
    analyzeError(pool.cp, makeMethod("()V", code({0xb8, 0x00, 0x63, 0xb1}), 1, 0));
    analyzeError(pool.cp, makeMethod("()V", code({0xb8, 0x00, uint8_t(str), 0xb1}), 1, 0));
    // Different stack heights where paths join (JVMS 4.10.2.2).
    EXPECT_NE(analyzeError(pool.cp, makeMethod("(I)V", code({0x1a, 0x99, 0x00, 0x04, 0x04, 0xb1}), 2, 1))
                  .find("stack height"),
              std::string::npos);
    // Arguments that do not fit, a bad descriptor, no code, an empty method, a bad handler.
    analyzeError(pool.cp, makeMethod("(JJ)V", code({0xb1}), 0, 3));
    analyzeError(pool.cp, makeMethod("(Q)V", code({0xb1}), 0, 3));
    MethodInfo abstractMethod;
    abstractMethod.descriptor = "()V";
    analyzeError(pool.cp, abstractMethod);
    analyzeError(pool.cp, makeMethod("()V", {}, 0, 0));
    analyzeError(pool.cp, makeMethod("()V", code({0xb1}), 1, 0, {{0, 2, 0, 0}}));
    analyzeError(pool.cp, makeMethod("()V", code({0x00, 0xb1}), 0, 0, {{0, 1, 1, 0}}));  // handler needs a slot
}

// Random bytes, and random mutations of a valid method that uses many kinds
// of instructions, must never crash, hang or read out of bounds (run this under
// ASan), and any map produced must be self-consistent.
#ifndef REFMAP_FUZZ_ITERATIONS
#define REFMAP_FUZZ_ITERATIONS 20000  // more for a long local run: -DREFMAP_FUZZ_ITERATIONS=...
#endif
constexpr int kFuzzIterations = REFMAP_FUZZ_ITERATIONS;

TEST(ReferenceMapTest, RandomBytecodeNeverCrashes) {
    Pool pool;
    const uint16_t virt = pool.method("A", "m", "(JLjava/lang/Object;)Ljava/lang/String;");
    const uint16_t fld = pool.field("A", "f", "J");
    const uint16_t s = pool.string("s");
    pool.integer(3);
    pool.wide(CpTag::Long);
    pool.dynamic(CpTag::InvokeDynamic, "run", "()Ljava/lang/Runnable;");

    Asm seed;
    seed.op(O::aload_0_).op(O::astore_1_).op(O::iload_2_).tableswitch("d", 0, {"a", "b"});
    seed.label("a").op(O::aload_1_).op(O::lconst_0_).op(O::aconst_null_).op2(O::invokevirtual_, virt).op(O::astore_3_);
    seed.branch(O::jsr_, "sub").op(O::return_);
    seed.label("b").op(O::aload_1_).op2(O::getstatic_, fld).op(O::dup2_x1_).op(O::pop2_).op(O::pop_).op(O::pop2_).op(O::wide_).op(O::iinc_).u2(2).u2(1);
    seed.branch(O::goto_, "a");
    seed.label("d").op(O::iload_2_).lookupswitch("a", {{1, "b"}});
    seed.label("sub").op(O::astore_, 4).op(O::ldc_, s).op(O::pop_).op(O::ret_, 4);
    const std::vector<uint8_t> valid = seed.code();
    {
        auto maps = analyzeOk(pool.cp, makeMethod("(Ljava/lang/Object;I)V", valid, 6, 5), true);
        ASSERT_TRUE(maps);
    }

    std::mt19937 rng(12345);
    const char* descriptors[] = {"()V", "(I)V", "(Ljava/lang/Object;J)V", "([I[J)Ljava/lang/Object;", "(D"};
    int analysed = 0;
    for (int iter = 0; iter < kFuzzIterations; ++iter) {
        std::vector<uint8_t> code;
        std::string descriptor = descriptors[rng() % 5];
        uint16_t maxStack = uint16_t(rng() % 8), maxLocals = uint16_t(rng() % 8);
        bool isStatic = rng() % 2;
        if (iter % 2 == 0) {
            code.resize(1 + rng() % 80);
            for (auto& b : code) b = uint8_t(rng());
        } else {
            code = valid;
            for (int m = 1 + int(rng() % 3); m > 0; --m) code[rng() % code.size()] = uint8_t(rng());
            descriptor = "(Ljava/lang/Object;I)V";
            maxStack = uint16_t(6 + rng() % 2);
            maxLocals = uint16_t(5 + rng() % 2);
            isStatic = true;
        }
        std::vector<ExceptionTableEntry> table;
        if (rng() % 4 == 0)
            table.push_back({uint16_t(rng() % 8), uint16_t(rng() % 40), uint16_t(rng() % 40), 0});
        const auto method = makeMethod(descriptor, code, maxStack, maxLocals, table);
        std::string error;
        auto maps = MethodRefMaps::analyze(pool.cp, method, isStatic, &error);
        if (!maps) {
            EXPECT_FALSE(error.empty());
            continue;
        }
        ++analysed;
        for (uint32_t pc = 0; pc <= code.size(); ++pc) {
            const FrameRefMap* m = maps->at(pc, [](uint32_t) { return uint64_t(0); });
            if (!m) continue;
            EXPECT_LE(m->stackDepth(), method.code->max_stack);
            m->forEachReference([&](uint32_t slot) { EXPECT_LT(slot, m->numSlots()); });
        }
    }
    RecordProperty("analysed", analysed);
    EXPECT_GT(analysed, 100);
}

}  // namespace
}  // namespace cortado::runtime
