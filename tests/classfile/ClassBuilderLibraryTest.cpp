// The class-file writer library (classfile/writer, namespace classwriter): what the assembler and the
// lambda metafactory are built on, and what a test can use directly for a well-formed class.
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
    EXPECT_NE(cp.string("A"), cp.classRef("A"));  // same text, different tags: two entries
    uint16_t before = cp.count();
    cp.integer(7);
    cp.integer(7);
    EXPECT_EQ(cp.count(), before + 1);
}

// The VM keeps names as the parser found them, modified UTF-8; a pool told so
// stores them as given, and the same character written as UTF-8 (the
// assembler's input) ends up as the same bytes. U+1F600 is a surrogate pair
// in Java, each half a 3-byte form in modified UTF-8 (JVMS 4.4.7).
TEST(ClassWriter, ModifiedUtf8TextIsStoredAsGiven) {
    const std::string utf8 = "p/X\xF0\x9F\x98\x80", modified = "p/X\xED\xA0\xBD\xED\xB8\x80";
    ConstantPoolBuilder fromUtf8, fromModified(ConstantPoolBuilder::Text::ModifiedUtf8);
    fromUtf8.classRef(utf8);
    fromModified.classRef(modified);
    EXPECT_EQ(fromModified.entries(), fromUtf8.entries());

    ClassWriter w(ConstantPoolBuilder::Text::ModifiedUtf8);
    w.major = 52;
    w.minor = 0;
    w.thisClass = w.pool.classRef(modified);
    w.superClass = w.pool.classRef("java/lang/Object");
    EXPECT_EQ(classfile::parseClassFile(w.build()).this_class, modified);
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

// What the lambda metafactory writes (natives/LambdaMetafactory.cpp): members
// and interfaces by name, the NestHost attribute, Code from a CodeBuilder; the
// parser must read back exactly that, and the code's pool indices must name
// the members they were made for.
TEST(ClassWriter, MembersAndNestHostRoundTripThroughTheParser) {
    using classfile::Opcode;
    ClassWriter w;
    w.major = 55;
    w.minor = 0;
    w.access = classfile::acc::FINAL | classfile::acc::SUPER | classfile::acc::SYNTHETIC;
    w.thisClass = w.pool.classRef("p/Gen$$Lambda$1");
    w.superClass = w.pool.classRef("java/lang/Object");
    w.interfaces = {w.pool.classRef("java/lang/Runnable"), w.pool.classRef("java/io/Serializable")};
    w.addNestHost("p/Gen");
    w.addField(classfile::acc::PRIVATE | classfile::acc::FINAL, "arg$1", "J");
    CodeBuilder c;
    c.op(Opcode::aload_0_);
    c.op(Opcode::getfield_);
    c.u2(w.pool.fieldref("p/Gen$$Lambda$1", "arg$1", "J"));
    c.op(Opcode::invokestatic_);
    c.u2(w.pool.methodref("java/lang/Long", "valueOf", "(J)Ljava/lang/Long;"));
    c.op(Opcode::pop_);
    c.returnValue(classfile::BasicType::Void);
    w.addMethod(classfile::acc::PUBLIC, "run", "()V", c.finish(w, 2, 1));

    classfile::ClassFile cf = classfile::parseClassFile(w.build());
    EXPECT_EQ(cf.major_version, 55);
    EXPECT_EQ(cf.access_flags, classfile::acc::FINAL | classfile::acc::SUPER | classfile::acc::SYNTHETIC);
    EXPECT_EQ(cf.this_class, "p/Gen$$Lambda$1");
    EXPECT_EQ(cf.super_class, "java/lang/Object");
    ASSERT_EQ(cf.interfaces.size(), 2u);
    EXPECT_EQ(cf.interfaces[1], "java/io/Serializable");
    EXPECT_EQ(cf.nest_host, "p/Gen");
    ASSERT_EQ(cf.fields.size(), 1u);
    EXPECT_EQ(cf.fields[0].name, "arg$1");
    EXPECT_EQ(cf.fields[0].descriptor, "J");
    EXPECT_EQ(cf.fields[0].access_flags, classfile::acc::PRIVATE | classfile::acc::FINAL);
    ASSERT_EQ(cf.methods.size(), 1u);
    ASSERT_TRUE(cf.methods[0].code);
    const auto& code = *cf.methods[0].code;
    EXPECT_EQ(code.max_stack, 2);
    EXPECT_EQ(code.max_locals, 1);
    ASSERT_EQ(code.code.size(), 9u);
    EXPECT_EQ(code.code[8], uint8_t(Opcode::return_));
    const classfile::ConstantPool& cp = cf.constant_pool;
    uint16_t fieldRef = classfile::readU2(&code.code[2]);
    EXPECT_EQ(cp.memberName(fieldRef), "arg$1");
    EXPECT_EQ(cp.memberClass(fieldRef), "p/Gen$$Lambda$1");
    uint16_t methodRef = classfile::readU2(&code.code[5]);
    EXPECT_EQ(cp.tag(methodRef), classfile::CpTag::Methodref);
    EXPECT_EQ(cp.memberDescriptor(methodRef), "(J)Ljava/lang/Long;");
}

// JVMS 6.5.wide: a local above 255 needs wide and a u2 index; below, the u1
// form unless wide is asked for (the assembler's explicit `wide`).
TEST(ClassWriter, LocalsAbove255UseWide) {
    using classfile::BasicType;
    using classfile::Opcode;
    ClassWriter w;
    CodeBuilder c;
    c.load(BasicType::Double, 300);
    c.load(BasicType::Boolean, 3);
    c.load(BasicType::Array, 0);
    c.local(uint8_t(Opcode::istore_), 4, true);
    c.returnValue(BasicType::Char);
    Attribute code = c.finish(w, 2, 301);
    const std::vector<uint8_t> want{uint8_t(Opcode::wide_), uint8_t(Opcode::dload_), 0x01, 0x2c,
                                    uint8_t(Opcode::iload_), 3,
                                    uint8_t(Opcode::aload_), 0,
                                    uint8_t(Opcode::wide_), uint8_t(Opcode::istore_), 0x00, 0x04,
                                    uint8_t(Opcode::ireturn_)};
    // Code: max_stack u2, max_locals u2, code_length u4, then the code (JVMS 4.7.3).
    ASSERT_GE(code.body.size(), 8 + want.size());
    EXPECT_EQ(std::vector<uint8_t>(code.body.begin() + 8, code.body.begin() + 8 + long(want.size())), want);
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
