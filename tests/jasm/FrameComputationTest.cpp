// Computed frames (tools/jasm/FrameComputation, verifier/FrameInference): a
// class assembled with --compute-frames passes Cortado's type checker, and
// code the inference rejects is an assembler error saying why and where.
// (tests/jasm/run/ComputedFrames.j runs computed frames on HotSpot too.)
#include "tests/jasm/JasmTestSupport.h"
#include "classfile/writer/CodeBuilder.h"
#include "tools/jasm/ClassPathHierarchy.h"
#include "verifier/Verifier.h"

namespace cortado::jasm::test {
namespace {

std::string errorWith(const std::string& source, ClassPathHierarchy& hierarchy) {
    AssembleOptions options;
    options.computeFrames = true;
    options.hierarchy = &hierarchy;
    try {
        assemble(source, "T.j", options);
    } catch (const SyntaxError& e) {
        return std::to_string(e.line()) + ": " + e.what();
    }
    return {};
}

TEST(JasmComputedFrames, FlagGivesFramesTheTypeCheckerAccepts) {
    // A version-51 class (no failover to inference) with a loop over a long
    // and a merge of String and Integer: without frames it fails verification.
    const std::string source =
        ".bytecode 51.0\n.class public T\n.super java/lang/Object\n"
        ".method public static m(I)Ljava/lang/Object;\n"
        "  lconst_0\n  lstore_1\n  ldc \"s\"\n  astore_3\n"
        "Loop:\n  iload_0\n  ifle Done\n  iinc 0 -1\n  lload_1\n  lconst_1\n  ladd\n  lstore_1\n"
        "  iload_0\n  invokestatic java/lang/Integer/valueOf(I)Ljava/lang/Integer;\n  astore_3\n  goto Loop\n"
        "Done:\n  aload_3\n  areturn\n.end method\n"
        // append_frame then chop_frame: local 1 is an int at P, unusable (int or float) at Q.
        ".method static c(I)V\n  iconst_0\n  istore_1\n  iload_0\n  ifeq P\n  iinc 1 1\n"
        "P:\n  iload_0\n  ifeq Q\n  fconst_0\n  fstore_1\nQ:\n  return\n.end method\n";
    ClassPathHierarchy hierarchy({ClassPathHierarchy::defaultClassLibrary()});
    AssembleOptions options;
    options.computeFrames = true;
    options.hierarchy = &hierarchy;
    classfile::ClassFile cf = parse(assemble(source, "T.j", options));
    const auto& code = *cf.methods.at(0).code;
    ASSERT_TRUE(code.stack_map_table.has_value());
    EXPECT_EQ(code.max_stack, 4);   // lload + lconst_1
    EXPECT_EQ(code.max_locals, 4);  // the argument, a long, the reference
    const auto& frames = *cf.methods.at(1).code->stack_map_table;  // u2 count, then the frames
    ASSERT_EQ(frames.size(), 2u + 3 + 1 + 3);  // append_frame(1) delta int, chop_frame(1) delta
    EXPECT_EQ(frames[2], 252);
    EXPECT_EQ(frames[5], uint8_t(classwriter::CodeBuilder::VerificationType::Integer));
    EXPECT_EQ(frames[6], 250);
    hierarchy.add(cf);
    verifier::VerifyResult r = verifier::verifyClass(cf, hierarchy);
    EXPECT_TRUE(r.ok()) << r.message;

    classfile::ClassFile without = assembleAndParse(source);  // no flag: no frames (and Jasmin's limits)
    EXPECT_FALSE(without.methods.at(0).code->stack_map_table.has_value());
}

TEST(JasmComputedFrames, InconsistentStackHeightsAreAnError) {
    ClassPathHierarchy hierarchy({ClassPathHierarchy::defaultClassLibrary()});
    std::string e = errorWith(classWith("  .limit stack 2\n  iconst_0\n  ifeq L\n  iconst_1\nL:\n  return",
                                        ".bytecode 52.0\n"),
                              hierarchy);
    EXPECT_NE(e.find("in method m()V: cannot compute frames:"), std::string::npos) << e;
    EXPECT_NE(e.find("Inconsistent stack height 1 != 0"), std::string::npos) << e;
    EXPECT_EQ(e.rfind("11: ", 0), 0u) << e;  // the .end method line
}

TEST(JasmComputedFrames, UnknownClassToMergeIsNamed) {
    ClassPathHierarchy hierarchy({ClassPathHierarchy::defaultClassLibrary()});
    std::string e = errorWith(classWith("  .limit locals 1\n  aconst_null\n  ifnull A\n"
                                        "  new no/such/Left\n  astore_0\n  goto J\n"
                                        "A:\n  new no/such/Right\n  astore_0\nJ:\n  return",
                                        ".bytecode 52.0\n"),
                              hierarchy);
    // The uninitialized types merge to Top; a class merge is what needs superclasses:
    EXPECT_TRUE(e.empty()) << e;
    e = errorWith(classWith("  aconst_null\n  ifnull A\n  aconst_null\n  checkcast no/such/Left\n  goto J\n"
                            "A:\n  aconst_null\n  checkcast no/such/Right\nJ:\n  pop\n  return",
                            ".bytecode 52.0\n"),
                  hierarchy);
    EXPECT_NE(e.find("was not found: class no/such/"), std::string::npos) << e;
    EXPECT_NE(e.find("-cp"), std::string::npos) << e;
}

}  // namespace
}  // namespace cortado::jasm::test
