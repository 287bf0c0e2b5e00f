// ClassWriter's output must be what the parser accepts and must say what was
// written: the constant pool de-duplicates, members and NestHost round-trip.
#include <gtest/gtest.h>

#include "classfile/ClassFile.h"
#include "classfile/ClassWriter.h"

namespace cortado::test {
namespace {

using namespace cortado::classfile;

TEST(ClassWriter, RoundTripsThroughTheParser) {
    ClassWriter w;
    w.accessFlags = acc::FINAL | acc::SUPER | acc::SYNTHETIC;
    w.thisClass = "p/Gen$$Lambda$1";
    w.superClass = "java/lang/Object";
    w.interfaces = {"java/lang/Runnable", "java/io/Serializable"};
    w.nestHost = "p/Gen";
    w.addField(acc::PRIVATE | acc::FINAL, "arg$1", "J");
    CodeWriter c;
    c.op(Opcode::aload_0_);
    c.op(Opcode::getfield_);
    c.u2(w.pool.fieldRef("p/Gen$$Lambda$1", "arg$1", "J"));
    c.op(Opcode::invokestatic_);
    c.u2(w.pool.methodRef("java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false));
    c.op(Opcode::pop_);
    c.returnValue(BasicType::Void);
    c.maxStack = 2;
    w.addMethod(acc::PUBLIC, "run", "()V", 1, c);
    ClassFile cf = parseClassFile(w.finish(55));
    EXPECT_EQ(cf.major_version, 55);
    EXPECT_EQ(cf.this_class, "p/Gen$$Lambda$1");
    EXPECT_EQ(cf.super_class, "java/lang/Object");
    ASSERT_EQ(cf.interfaces.size(), 2u);
    EXPECT_EQ(cf.interfaces[1], "java/io/Serializable");
    EXPECT_EQ(cf.nest_host, "p/Gen");
    ASSERT_EQ(cf.fields.size(), 1u);
    EXPECT_EQ(cf.fields[0].name, "arg$1");
    EXPECT_EQ(cf.fields[0].descriptor, "J");
    ASSERT_EQ(cf.methods.size(), 1u);
    ASSERT_TRUE(cf.methods[0].code);
    EXPECT_EQ(cf.methods[0].code->max_stack, 2);
    EXPECT_EQ(cf.methods[0].code->max_locals, 1);
    EXPECT_EQ(cf.methods[0].code->code, c.code);
    const ConstantPool& cp = cf.constant_pool;
    uint16_t fieldRef = readU2(&cf.methods[0].code->code[2]);
    EXPECT_EQ(cp.memberName(fieldRef), "arg$1");
    EXPECT_EQ(cp.memberClass(fieldRef), "p/Gen$$Lambda$1");
    uint16_t methodRef = readU2(&cf.methods[0].code->code[5]);
    EXPECT_EQ(cp.tag(methodRef), CpTag::Methodref);
    EXPECT_EQ(cp.memberDescriptor(methodRef), "(J)Ljava/lang/Long;");
}

TEST(ClassWriter, DeduplicatesConstants) {
    ConstantPoolWriter pool;
    uint16_t a = pool.methodRef("A", "m", "()V", false);
    uint16_t b = pool.methodRef("A", "m", "()V", false);
    uint16_t i = pool.methodRef("A", "m", "()V", true);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, i);
    EXPECT_EQ(pool.utf8("A"), pool.utf8("A"));
    EXPECT_EQ(pool.classRef("A"), pool.classRef("A"));
    EXPECT_NE(pool.string("A"), pool.classRef("A"));
    uint16_t before = pool.count();
    pool.integer(7);
    pool.integer(7);
    EXPECT_EQ(pool.count(), before + 1);
}

TEST(ClassWriter, WideLocalLoads) {
    CodeWriter c;
    c.load(BasicType::Double, 300);
    ASSERT_EQ(c.code.size(), 4u);
    EXPECT_EQ(c.code[0], uint8_t(Opcode::wide_));
    EXPECT_EQ(c.code[1], uint8_t(Opcode::dload_));
    EXPECT_EQ(readU2(&c.code[2]), 300);
    EXPECT_EQ(c.maxStack, 2);
}

}  // namespace
}  // namespace cortado::test
