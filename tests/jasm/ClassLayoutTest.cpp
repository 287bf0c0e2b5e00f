// What the assembler writes around the code: version, flags, constants,
// attributes and hand-written stack map frames.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "JasmTestSupport.h"

namespace cortado::jasm::test {
namespace {

TEST(JasmLayout, DefaultVersionIsJasminsAndBytecodePicksOne) {
    auto c = assemble(classWith("  return"), "T.j");
    EXPECT_EQ(c.bytes[4] << 8 | c.bytes[5], 3);   // minor
    EXPECT_EQ(c.bytes[6] << 8 | c.bytes[7], 45);  // major
    auto d = assemble(classWith("  return", ".bytecode 52.0\n"), "T.j");
    EXPECT_EQ(d.bytes[4] << 8 | d.bytes[5], 0);
    EXPECT_EQ(d.bytes[6] << 8 | d.bytes[7], 52);
    EXPECT_EQ(parse(d).major_version, 52);
}

TEST(JasmLayout, ClassNameFlagsAndSource) {
    auto c = assemble(".class public final a/b/C\n.super java/lang/Object\n.implements java/lang/Runnable\n", "C.j");
    EXPECT_EQ(c.name, "a/b/C");
    auto cf = parse(c);
    EXPECT_EQ(cf.this_class, "a/b/C");
    EXPECT_EQ(cf.access_flags, classfile::acc::PUBLIC | classfile::acc::FINAL | classfile::acc::SUPER);
    EXPECT_EQ(cf.interfaces, std::vector<std::string>{"java/lang/Runnable"});
    EXPECT_EQ(cf.source_file, "C.j");
    auto s = parse(assemble(".source Foo.java\n.interface I\n.super java/lang/Object\n", "I.j"));
    EXPECT_EQ(s.source_file, "Foo.java");
    // Jasmin writes only ACC_INTERFACE before version 50, where the parser adds
    // ACC_ABSTRACT as HotSpot does (jasm/examples/AnInterface checks the bytes).
    EXPECT_EQ(s.access_flags, classfile::acc::INTERFACE | classfile::acc::ABSTRACT);
    auto t = parse(assemble(".bytecode 52.0\n.interface public I\n.super java/lang/Object\n", "I.j"));
    EXPECT_EQ(t.access_flags, classfile::acc::PUBLIC | classfile::acc::INTERFACE | classfile::acc::ABSTRACT);
}

TEST(JasmLayout, DotsForSlashesAndQuotedFieldNames) {
    auto cf = assembleAndParse(".class a.b.C\n.super java.lang.Object\n.field private \"font\" I\n"
                               ".method m()V\n  invokespecial java/lang/Object.<init>()V\n"
                               "  getstatic java.lang.System.out Ljava/io/PrintStream;\n  return\n.end method\n");
    EXPECT_EQ(cf.this_class, "a/b/C");
    EXPECT_EQ(cf.super_class, "java/lang/Object");
    EXPECT_EQ(cf.fields[0].name, "font");
    const auto& code = cf.methods[0].code->code;
    uint16_t init = static_cast<uint16_t>(code[1] << 8 | code[2]);
    uint16_t out = static_cast<uint16_t>(code[4] << 8 | code[5]);
    EXPECT_EQ(cf.constant_pool.memberClass(init), "java/lang/Object");
    EXPECT_EQ(cf.constant_pool.memberName(init), "<init>");
    EXPECT_EQ(cf.constant_pool.memberClass(out), "java/lang/System");
    EXPECT_EQ(cf.constant_pool.memberName(out), "out");
}

TEST(JasmLayout, DebugExtension) {
    auto c = assemble(".class T\n.super java/lang/Object\n.debug \"SMAP\\nT.kt\"\n", "T.j");
    std::string text(c.bytes.begin(), c.bytes.end());
    size_t at = text.find("SourceDebugExtension");
    ASSERT_NE(at, std::string::npos);
    EXPECT_NE(text.find("SMAP\nT.kt"), std::string::npos);
    EXPECT_NO_THROW(parse(c));
}

TEST(JasmLayout, MethodFlagsThatShareBits) {
    auto cf = assembleAndParse(".class T\n.super java/lang/Object\n"
                               ".method private static varargs bridge synthetic m([I)V\n  return\n.end method\n");
    EXPECT_EQ(cf.methods[0].access_flags, classfile::acc::PRIVATE | classfile::acc::STATIC | classfile::acc::VARARGS |
                                              classfile::acc::BRIDGE | classfile::acc::SYNTHETIC);
}

TEST(JasmLayout, AbstractMethodHasNoCodeAndLimitsDefaultToOne) {
    auto cf = assembleAndParse(".class abstract T\n.super java/lang/Object\n.method abstract a()V\n.end method\n"
                               ".method static b()V\n  return\n.end method\n"
                               ".method static c()V\n  .limit stack 7\n  .limit locals 9\n  .throws java/io/IOException\n  return\n.end method\n");
    EXPECT_FALSE(cf.methods[0].code.has_value());
    ASSERT_TRUE(cf.methods[1].code.has_value());
    EXPECT_EQ(cf.methods[1].code->max_stack, 1);
    EXPECT_EQ(cf.methods[1].code->max_locals, 1);
    EXPECT_EQ(cf.methods[2].code->max_stack, 7);
    EXPECT_EQ(cf.methods[2].code->max_locals, 9);
    EXPECT_EQ(cf.methods[2].exceptions, std::vector<std::string>{"java/io/IOException"});
}

TEST(JasmLayout, CatchLineAndVar) {
    auto cf = assembleAndParse(classWith("  .catch java/lang/Exception from A to B using C\n  .catch all from A to B using C\n"
                                         "A:\n  .line 7\n  nop\nB:\n  return\nC:\n  .var 0 is x I from A to C\n  athrow"));
    const auto& code = *cf.methods[0].code;
    ASSERT_EQ(code.exception_table.size(), 2u);
    EXPECT_EQ(code.exception_table[0].start_pc, 0);
    EXPECT_EQ(code.exception_table[0].end_pc, 1);
    EXPECT_EQ(code.exception_table[0].handler_pc, 2);
    EXPECT_NE(code.exception_table[0].catch_type, 0);
    EXPECT_EQ(code.exception_table[1].catch_type, 0);
    EXPECT_EQ(code.lineFor(0), 7);
    ASSERT_EQ(code.local_variables.size(), 1u);
}

TEST(JasmLayout, VarWithSignatureAddsLocalVariableTypeTable) {
    auto c = assemble(classWith("  .limit locals 2\nA:\n  .var 0 is xs Ljava/util/List; signature \"Ljava/util/List<TT;>;\" from A to B\n"
                                "  .var 1 is n I\n  return\nB:\n  return"),
                      "T.j");
    std::string text(c.bytes.begin(), c.bytes.end());
    EXPECT_NE(text.find("LocalVariableTypeTable"), std::string::npos);
    EXPECT_NE(text.find("Ljava/util/List<TT;>;"), std::string::npos);
    auto cf = parse(c);
    EXPECT_EQ(cf.methods[0].code->local_variables.size(), 2u);
}

TEST(JasmLayout, FieldConstantsTakeTheFieldsType) {
    // Signature attributes count from version 49 (JVMS 4.7.9).
    auto cf = assembleAndParse(".bytecode 49.0\n.class T\n.super java/lang/Object\n.field static final a J = 5\n"
                               ".field static final b D = 2\n.field static final c F = 0.1\n"
                               ".field static final d I = 0xFFFFFFFF\n.field static final e Ljava/lang/String; = \"s\"\n"
                               ".field x I signature \"TT;\"\n.deprecated\n");
    ASSERT_EQ(cf.fields.size(), 6u);
    const auto& pool = cf.constant_pool;
    EXPECT_EQ(pool.tag(cf.fields[0].constant_value_index), classfile::CpTag::Long);
    EXPECT_EQ(pool.longValue(cf.fields[0].constant_value_index), 5);
    EXPECT_EQ(pool.tag(cf.fields[1].constant_value_index), classfile::CpTag::Double);
    EXPECT_EQ(pool.doubleValue(cf.fields[1].constant_value_index), 2.0);
    EXPECT_EQ(pool.tag(cf.fields[2].constant_value_index), classfile::CpTag::Float);
    EXPECT_EQ(pool.floatValue(cf.fields[2].constant_value_index), 0.1f);  // rounded once, from the text
    EXPECT_EQ(pool.intValue(cf.fields[3].constant_value_index), -1);
    EXPECT_EQ(pool.tag(cf.fields[4].constant_value_index), classfile::CpTag::String);
    EXPECT_EQ(cf.fields[5].signature, "TT;");
}

TEST(JasmLayout, InnerClassesAndEnclosingMethod) {
    auto cf = assembleAndParse(".bytecode 49.0\n.class a/Outer$1\n.super java/lang/Object\n"
                               ".inner class public static Nested inner a/Outer$Nested outer a/Outer\n"
                               ".inner class inner a/Outer$1\n.inner interface private Face inner a.Outer$Face outer a.Outer\n"
                               ".enclosing method a/Outer/run(I)V\n");
    ASSERT_EQ(cf.inner_classes.size(), 3u);
    const auto& pool = cf.constant_pool;
    EXPECT_EQ(pool.className(cf.inner_classes[0].inner_class_info_index), "a/Outer$Nested");
    EXPECT_EQ(pool.className(cf.inner_classes[0].outer_class_info_index), "a/Outer");
    EXPECT_EQ(pool.utf8(cf.inner_classes[0].inner_name_index), "Nested");
    EXPECT_EQ(cf.inner_classes[0].inner_class_access_flags, classfile::acc::PUBLIC | classfile::acc::STATIC);
    EXPECT_EQ(cf.inner_classes[1].outer_class_info_index, 0);  // anonymous
    EXPECT_EQ(cf.inner_classes[1].inner_name_index, 0);
    EXPECT_EQ(cf.inner_classes[2].inner_class_access_flags,
              classfile::acc::PRIVATE | classfile::acc::INTERFACE | classfile::acc::ABSTRACT);
    ASSERT_TRUE(cf.enclosing_method.has_value());
    EXPECT_EQ(cf.enclosing_method->class_name, "a/Outer");
    EXPECT_NE(cf.enclosing_method->method_index, 0);
}

TEST(JasmLayout, InvokedynamicWritesBootstrapMethods) {
    auto cf = assembleAndParse(classWith(
        "  invokedynamic a()V invokestatic T/bsm()V int 5 long 6 float 1.5 double 2.5 string \"s\" class T "
        "methodtype (I)V handle getstatic T/f I handle invokeinterface I/m()V handle invokespecial_interface I/p()V\n"
        "  invokedynamic b()V invokestatic T/bsm()V int 5 long 6 float 1.5 double 2.5 string \"s\" class T "
        "methodtype (I)V handle getstatic T/f I handle invokeinterface I/m()V handle invokespecial_interface I/p()V\n"
        "  invokedynamic c()V invokestatic T/bsm()V\n  return",
        ".bytecode 52.0\n"));  // 52: an invokespecial handle may name an interface method (JVMS 4.4.8)
    ASSERT_EQ(cf.bootstrap_methods.size(), 2u);  // the same bootstrap method and arguments are written once
    EXPECT_EQ(cf.bootstrap_methods[0].arguments.size(), 10u);
    EXPECT_TRUE(cf.bootstrap_methods[1].arguments.empty());
    const auto& pool = cf.constant_pool;
    const auto& args = cf.bootstrap_methods[0].arguments;
    EXPECT_EQ(pool.intValue(args[0]), 5);
    EXPECT_EQ(pool.longValue(args[1]), 6);
    EXPECT_EQ(pool.tag(args[6]), classfile::CpTag::MethodType);
    EXPECT_EQ(pool.tag(args[7]), classfile::CpTag::MethodHandle);
    const auto& code = cf.methods[0].code->code;
    ASSERT_EQ(code[0], 0xba);
    EXPECT_EQ(code[3], 0);
    EXPECT_EQ(code[4], 0);
    EXPECT_EQ(pool.tag(static_cast<uint16_t>(code[1] << 8 | code[2])), classfile::CpTag::InvokeDynamic);
}

TEST(JasmLayout, LdcOfMethodTypeAndHandle) {
    auto cf = assembleAndParse(classWith("  ldc methodtype (I)V\n  ldc_w handle invokestatic T/m()V\n  ldc java/lang/String\n  return",
                                         ".bytecode 51.0\n"));
    const auto& code = cf.methods[0].code->code;
    const auto& pool = cf.constant_pool;
    ASSERT_EQ(code[0], 0x12);
    EXPECT_EQ(pool.tag(code[1]), classfile::CpTag::MethodType);
    ASSERT_EQ(code[2], 0x13);
    EXPECT_EQ(pool.tag(static_cast<uint16_t>(code[3] << 8 | code[4])), classfile::CpTag::MethodHandle);
    ASSERT_EQ(code[5], 0x12);
    EXPECT_EQ(pool.tag(code[6]), classfile::CpTag::Class);
}

TEST(JasmLayout, InterfaceMethodrefForInvokestatic) {
    auto cf = assembleAndParse(classWith("  invokestatic interface java/util/List/of()Ljava/util/List;\n"
                                         "  invokestatic java/lang/Integer/valueOf(I)Ljava/lang/Integer;\n  return",
                                         ".bytecode 52.0\n"));
    const auto& code = cf.methods[0].code->code;
    const auto& pool = cf.constant_pool;
    EXPECT_EQ(pool.tag(static_cast<uint16_t>(code[1] << 8 | code[2])), classfile::CpTag::InterfaceMethodref);
    EXPECT_EQ(pool.tag(static_cast<uint16_t>(code[4] << 8 | code[5])), classfile::CpTag::Methodref);
}

TEST(JasmLayout, HandWrittenFramesAreFullFrames) {
    auto cf = assembleAndParse(classWith("  iconst_0\n  istore_0\nL:\n  .stack\n    offset L\n    locals Integer\n"
                                         "    stack Object java/lang/String\n  .end stack\n  goto L",
                                         ".bytecode 50.0\n"));
    const auto& smt = cf.methods[0].code->stack_map_table;
    ASSERT_TRUE(smt.has_value());
    // one entry: full_frame (255), offset 2, 1 local Integer, 1 stack item Object #n
    ASSERT_EQ(smt->size(), 2u + 1 + 2 + 2 + 1 + 2 + 3);
    EXPECT_EQ((*smt)[0] << 8 | (*smt)[1], 1);
    EXPECT_EQ((*smt)[2], 255);
    EXPECT_EQ((*smt)[3] << 8 | (*smt)[4], 2);
    EXPECT_EQ((*smt)[7], 1);   // Integer
    EXPECT_EQ((*smt)[10], 7);  // Object
}

TEST(JasmLayout, FramesAreSortedAndDeltasFollowJvms) {
    auto cf = assembleAndParse(classWith("A:\n  nop\nB:\n  nop\nC:\n  return\n"
                                         "  .stack\n    offset C\n  .end stack\n  .stack\n    offset 1\n  .end stack\n"
                                         "  .stack\n    offset A\n  .end stack",
                                         ".bytecode 50.0\n"));
    const auto& s = *cf.methods[0].code->stack_map_table;
    ASSERT_EQ(s.size(), 2u + 3 * 7);
    EXPECT_EQ(s[3] << 8 | s[4], 0);   // A at 0: delta 0
    EXPECT_EQ(s[10] << 8 | s[11], 0); // 1: delta 1 - 0 - 1
    EXPECT_EQ(s[17] << 8 | s[18], 0); // C at 2
}

}  // namespace
}  // namespace cortado::jasm::test
