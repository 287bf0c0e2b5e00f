// The class-file writer library (classfile/writer, namespace classwriter): what the assembler is built on,
// and what a test can use directly for a well-formed class.
#include <gtest/gtest.h>

#include "classfile/ClassFile.h"
#include "classfile/writer/ClassWriter.h"
#include "classfile/writer/CodeBuilder.h"
#include "classfile/writer/WriteError.h"

namespace cortado::classwriter {
namespace {

TEST(ClassWriter, OneEntryPerConstantAndTwoSlotsForLongs) {
    ConstantPoolBuilder cp;
    uint16_t a = cp.utf8("x");
    EXPECT_EQ(cp.utf8("x"), a);
    uint16_t c = cp.classRef("java/lang/Object");
    EXPECT_EQ(cp.classRef("java/lang/Object"), c);
    uint16_t l = cp.longConst(5);
    uint16_t next = cp.integer(5);
    EXPECT_EQ(next, l + 2);  // JVMS 4.4.5: a long takes two entries
    EXPECT_EQ(cp.count(), next + 1);
    EXPECT_EQ(cp.fieldref("A", "f", "I"), cp.fieldref("A", "f", "I"));
    EXPECT_NE(cp.methodref("A", "f", "()V"), cp.interfaceMethodref("A", "f", "()V"));
}

TEST(ClassWriter, PoolOverflowIsAnError) {
    ConstantPoolBuilder cp;
    for (int i = 0; i < 65534; ++i) cp.integer(i);
    EXPECT_EQ(cp.count(), 65535);
    EXPECT_THROW(cp.integer(-1), WriteError);
    EXPECT_EQ(cp.integer(7), 8);  // an existing constant is still found
}

TEST(ClassWriter, WritesAClassTheParserReads) {
    ClassWriter w;
    w.major = 52;
    w.minor = 0;
    w.access = classfile::acc::PUBLIC | classfile::acc::SUPER;
    w.thisClass = w.pool.classRef("Loop");
    w.superClass = w.pool.classRef("java/lang/Object");

    // static int count(int n) { int i = 0; while (i < n) i++; return i; } with a handler
    CodeBuilder code;
    auto top = code.newLabel(), done = code.newLabel(), start = code.newLabel(), handler = code.newLabel();
    code.bind(start);
    code.op(0x03);  // iconst_0
    code.op(0x3c);  // istore_1
    code.bind(top);
    code.addLine(3, top);
    code.op(0x1b);  // iload_1
    code.op(0x1a);  // iload_0
    code.op(0xa2);  // if_icmpge done
    code.branch(done, 2);
    code.op(0x84);  // iinc 1 1
    code.u1(1);
    code.u1(1);
    code.op(0xa7);  // goto top
    code.branch(top, 2);
    code.bind(done);
    code.op(0x1b);  // iload_1
    code.op(0xac);  // ireturn
    code.bind(handler);
    code.op(0xbf);  // athrow
    code.addHandler(start, done, handler, 0);
    Member m;
    m.access = classfile::acc::STATIC;
    m.name = w.pool.utf8("count");
    m.descriptor = w.pool.utf8("(I)I");
    m.attributes.push_back(code.finish(w, 2, 2));
    w.methods.push_back(m);

    auto bytes = w.build();
    classfile::ClassFile cf = classfile::parseClassFile(bytes);
    EXPECT_EQ(cf.this_class, "Loop");
    EXPECT_EQ(cf.major_version, 52);
    ASSERT_EQ(cf.methods.size(), 1u);
    const auto& c = *cf.methods[0].code;
    EXPECT_EQ(c.max_stack, 2);
    const std::vector<uint8_t> want{0x03, 0x3c, 0x1b, 0x1a, 0xa2, 0x00, 0x09, 0x84, 0x01,
                                    0x01, 0xa7, 0xff, 0xf8, 0x1b, 0xac, 0xbf};
    EXPECT_EQ(c.code, want);  // forward +9 from pc 4, backward -8 from pc 10
    ASSERT_EQ(c.exception_table.size(), 1u);
    EXPECT_EQ(c.exception_table[0].end_pc, 13);
    EXPECT_EQ(c.exception_table[0].handler_pc, 15);
    EXPECT_EQ(c.lineFor(2), 3);
}

TEST(ClassWriter, BranchTooFarAndUnboundLabelAreErrors) {
    ClassWriter w;
    CodeBuilder far;
    auto l = far.newLabel();
    far.op(0xa7);
    far.branch(l, 2);
    for (int i = 0; i < 40000; ++i) far.op(0x00);
    far.bind(l);
    far.op(0xb1);
    EXPECT_THROW(far.finish(w, 0, 0), WriteError);

    CodeBuilder unbound;
    unbound.op(0xa7);
    unbound.branch(unbound.newLabel(), 2);
    EXPECT_THROW(unbound.finish(w, 0, 0), WriteError);
}

}  // namespace
}  // namespace cortado::classwriter
