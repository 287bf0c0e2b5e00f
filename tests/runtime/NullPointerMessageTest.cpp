// Tests for the helpful NullPointerException messages (runtime/NullPointerMessage.h,
// JEP 358) on hand-assembled methods: the cases javac -g output (the
// HelpfulNpe samples) cannot show, namely methods without a LocalVariableTable,
// HotSpot's quirks, and odd bytecode, which must give "" rather than crash.
// Expected texts were checked against HotSpot 17 where Java code can produce them.
#include "runtime/NullPointerMessage.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "classfile/Bytecodes.h"

namespace cortado::runtime {
namespace {

using classfile::ConstantPool;
using classfile::CpEntry;
using classfile::CpTag;
using classfile::LocalVariableEntry;
using classfile::MethodInfo;
using classfile::Opcode;
using O = Opcode;

struct Pool {
    ConstantPool cp;
    Pool() { cp.entries.resize(1); }
    uint16_t add(CpEntry e) {
        cp.entries.push_back(std::move(e));
        return uint16_t(cp.entries.size() - 1);
    }
    uint16_t utf8(const std::string& s) { return add({CpTag::Utf8, 0, 0, 0, s}); }
    uint16_t cls(const std::string& name) { return add({CpTag::Class, utf8(name), 0, 0, {}}); }
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
    uint16_t indy(const std::string& name, const std::string& desc) {
        return add({CpTag::InvokeDynamic, 0, nat(name, desc), 0, {}});
    }
};

struct Code {
    std::vector<uint8_t> bytes;
    uint32_t here() const { return uint32_t(bytes.size()); }
    Code& op(Opcode o) { return u1(uint8_t(o)); }
    Code& u1(int v) {
        bytes.push_back(uint8_t(v));
        return *this;
    }
    Code& u2(int v) { return u1(v >> 8).u1(v); }
    Code& op1(Opcode o, int v) { return op(o).u1(v); }
    Code& op2(Opcode o, int v) { return op(o).u2(v); }
};

MethodInfo makeMethod(const std::string& descriptor, std::vector<uint8_t> code,
                      std::vector<LocalVariableEntry> locals = {}) {
    MethodInfo m;
    m.name = "test";
    m.descriptor = descriptor;
    m.code.emplace();
    m.code->code = std::move(code);
    m.code->max_stack = 10;
    m.code->max_locals = 10;
    m.code->local_variables = std::move(locals);
    return m;
}

TEST(NullPointerMessageTest, ParametersWithoutLocalVariableTable) {
    // static int stat(int a, double d, String s, String t) { return t.length(); }
    Pool pool;
    const uint16_t length = pool.method("java/lang/String", "length", "()I");
    Code c;
    c.op1(O::aload_, 4);
    const uint32_t at = c.here();
    c.op2(O::invokevirtual_, length).op(O::ireturn_);
    const MethodInfo m = makeMethod("(IDLjava/lang/String;Ljava/lang/String;)I", c.bytes);
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, m, true, at),
              "Cannot invoke \"String.length()\" because \"<parameter4>\" is null");
    // As an instance method, slot 4 is the third parameter (slot 0 is `this`).
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, m, false, at),
              "Cannot invoke \"String.length()\" because \"<parameter3>\" is null");
}

TEST(NullPointerMessageTest, ThisAndWrittenSlots) {
    Pool pool;
    const uint16_t f = pool.field("Foo", "f", "Ljava/lang/String;");
    const uint16_t length = pool.method("java/lang/String", "length", "()I");
    {
        Code c;
        c.op(O::aload_0_).op2(O::getfield_, f);
        const uint32_t at = c.here();
        c.op2(O::invokevirtual_, length).op(O::ireturn_);
        EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("()I", c.bytes), false, at),
                  "Cannot invoke \"String.length()\" because \"this.f\" is null");
    }
    {
        // Once a parameter's slot is stored to, it is just a local.
        Code c;
        c.op(O::aconst_null_).op(O::astore_0_).op(O::aload_0_);
        const uint32_t at = c.here();
        c.op2(O::invokevirtual_, length).op(O::ireturn_);
        EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("(Ljava/lang/String;)I", c.bytes), true, at),
                  "Cannot invoke \"String.length()\" because \"<local0>\" is null");
        EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("()I", c.bytes), false, at),
                  "Cannot invoke \"String.length()\" because \"<local0>\" is null");
    }
    {
        // A LocalVariableTable entry names the slot only where it covers the load.
        Code c;
        c.op(O::aload_1_);
        const uint32_t at = c.here();
        c.op2(O::invokevirtual_, length).op(O::ireturn_);
        const std::vector<LocalVariableEntry> covering{{0, 1, "name", "Ljava/lang/String;", 1}};
        const std::vector<LocalVariableEntry> elsewhere{{1, 3, "name", "Ljava/lang/String;", 1}};
        EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("(ILjava/lang/String;)I", c.bytes, covering), true, at),
                  "Cannot invoke \"String.length()\" because \"name\" is null");
        EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("(ILjava/lang/String;)I", c.bytes, elsewhere), true, at),
                  "Cannot invoke \"String.length()\" because \"<parameter2>\" is null");
    }
}

TEST(NullPointerMessageTest, JoinOfDifferentSourcesHasNoBecause) {
    // (flag ? a : b).length()
    Pool pool;
    const uint16_t length = pool.method("java/lang/String", "length", "()I");
    Code c;
    c.op(O::iload_0_).op2(O::ifeq_, 7);  // 1: ifeq -> 8
    c.op(O::aload_1_).op2(O::goto_, 4);  // 5: goto -> 9
    c.op(O::aload_2_);                   // 8
    const uint32_t at = c.here();        // 9
    c.op2(O::invokevirtual_, length).op(O::ireturn_);
    const MethodInfo m = makeMethod("(ZLjava/lang/String;Ljava/lang/String;)I", c.bytes);
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, m, true, at), "Cannot invoke \"String.length()\"");
}

TEST(NullPointerMessageTest, StopsAtFirstStackForTheFailingBci) {
    // HotSpot stops simulating as soon as a pass reaches the failing bci, so a
    // store on a later back edge is not seen: the slot is still a parameter.
    Pool pool;
    const uint16_t length = pool.method("java/lang/String", "length", "()I");
    Code c;
    c.op(O::aload_0_);
    const uint32_t at = c.here();  // 1
    c.op2(O::invokevirtual_, length).op(O::pop_).op(O::aconst_null_).op(O::astore_0_);  // 4, 5, 6
    c.op2(O::goto_, uint16_t(-7));                                                       // 7 -> 0
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("(Ljava/lang/String;)V", c.bytes), true, at),
              "Cannot invoke \"String.length()\" because \"<parameter1>\" is null");
}

TEST(NullPointerMessageTest, UndescribableSourceKeepsThePrefix) {
    // HotSpot prints ` because "` before finding it cannot describe an
    // invokedynamic result, and keeps it (checked with HotSpot 17).
    Pool pool;
    const uint16_t length = pool.method("java/lang/String", "length", "()I");
    const uint16_t get = pool.indy("get", "()Ljava/lang/String;");
    Code c;
    c.op2(O::invokedynamic_, get).u2(0);
    const uint32_t at = c.here();
    c.op2(O::invokevirtual_, length).op(O::ireturn_);
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("()I", c.bytes), true, at),
              "Cannot invoke \"String.length()\" because \"");
}

TEST(NullPointerMessageTest, MethodNamesAndConstants) {
    Pool pool;
    const uint16_t m = pool.method("java/lang/Object", "m", "(Ljava/lang/StringBuilder;[Ljava/lang/String;J[[ILjava/util/List;)V");
    const uint16_t arr = pool.field("p/Q", "arr", "[Ljava/lang/Object;");
    Code c;
    c.op2(O::getstatic_, arr).op2(O::sipush_, uint16_t(-200)).op(O::aaload_);
    c.op(O::aconst_null_).op(O::aconst_null_).op(O::lconst_0_).op(O::aconst_null_).op(O::aconst_null_);
    const uint32_t at = c.here();
    c.op2(O::invokevirtual_, m).op(O::return_);
    // java.lang.String/Object prefixes are dropped (StringBuilder too: HotSpot
    // compares 16 characters); sipush's operand prints unsigned.
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, makeMethod("()V", c.bytes), true, at),
              "Cannot invoke \"Object.m(StringBuilder, String[], long, int[][], java.util.List)\" because "
              "\"p.Q.arr[65336]\" is null");
}

TEST(NullPointerMessageTest, NoMessageWhereHotSpotGivesNone) {
    Pool pool;
    const uint16_t init = pool.method("java/lang/NullPointerException", "<init>", "()V");
    Code c;
    c.op(O::aconst_null_);
    const uint32_t at = c.here();
    c.op2(O::invokespecial_, init).op(O::iconst_1_).op(O::iconst_2_);
    const uint32_t add = c.here();
    c.op(O::iadd_).op(O::ireturn_);
    const MethodInfo m = makeMethod("()I", c.bytes);
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, m, true, at), "");   // constructor call
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, m, true, add), "");  // cannot throw NPE
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, m, true, 1000), "");
}

TEST(NullPointerMessageTest, OddBytecodeNeverCrashes) {
    Pool pool;
    pool.method("java/lang/String", "length", "()I");
    pool.field("Foo", "f", "I");
    std::mt19937 rng(42);
    for (int round = 0; round < 2000; ++round) {
        std::vector<uint8_t> code(1 + rng() % 24);
        for (auto& b : code) {
            // Mostly real opcodes with small operands, so analyses get somewhere.
            b = uint8_t(rng() % 3 == 0 ? rng() % 8 : rng() % 0xca);
        }
        MethodInfo m = makeMethod("(Ljava/lang/String;J)V", code);
        if (round % 3 == 0) {
            const uint16_t handler = uint16_t(rng() % code.size());
            m.code->exception_table.push_back({0, uint16_t(code.size()), handler, 0});
        }
        for (uint32_t bci = 0; bci <= code.size(); ++bci) {
            (void)helpfulNullPointerMessage(pool.cp, m, round % 2 == 0, bci);
        }
    }
    // Truncated and unterminated code.
    const MethodInfo truncated = makeMethod("()V", {uint8_t(O::getfield_), 0});
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, truncated, true, 0), "");
    const MethodInfo badIndex = makeMethod("()V", {uint8_t(O::aconst_null_), uint8_t(O::getfield_), 0x7f, 0x7f});
    EXPECT_EQ(helpfulNullPointerMessage(pool.cp, badIndex, true, 1), "");
}

}  // namespace
}  // namespace cortado::runtime
