// The assembler knows every instruction of classfile/Bytecodes.def, with the
// operand syntax of its format: an opcode added to the table assembles at once.
#include <gtest/gtest.h>

#include "JasmTestSupport.h"
#include "classfile/Bytecodes.h"

namespace cortado::jasm::test {
namespace {

using classfile::BytecodeInfo;
using classfile::OperandFormat;

// Operands in Jasmin syntax that suit an instruction of this format.
std::string operandsFor(const BytecodeInfo& info) {
    const std::string name(info.name);
    switch (info.format) {
        case OperandFormat::None: return "";
        case OperandFormat::Byte: return "5";
        case OperandFormat::Short: return "300";
        case OperandFormat::Local: return "3";
        case OperandFormat::Cp1: return "\"s\"";
        case OperandFormat::Cp2:
            if (info.has(classfile::BC_FIELD)) return "T/f I";
            if (info.has(classfile::BC_CALL)) return "T/m()V";
            if (info.pushes == 2) return "5";
            if (name.find("ldc") != std::string::npos) return "\"s\"";
            return "java/lang/String";
        case OperandFormat::Branch2:
        case OperandFormat::Branch4: return "L";
        case OperandFormat::Iinc: return "1 2";
        case OperandFormat::InvokeInterface: return "I/m()V 1";
        case OperandFormat::InvokeDynamic: return "m()V invokestatic T/bsm()V";
        case OperandFormat::MultiANewArray: return "[[I 2";
        case OperandFormat::NewArray: return "int";
        case OperandFormat::TableSwitch: return "0\n  L\n  default : L";
        case OperandFormat::LookupSwitch: return "\n  1 : L\n  default : L";
        case OperandFormat::Wide: return "iload 3";
    }
    return "";
}

TEST(JasmTable, EveryTableOpcodeAssemblesWithItsFormat) {
    int checked = 0;
    for (int op = 0; op < 256; ++op) {
        const BytecodeInfo& info = classfile::bytecodeInfo(static_cast<uint8_t>(op));
        if (!info.defined()) continue;
        // .bytecode 51.0: invokedynamic constants need version 51 (JVMS 4.4).
        std::string source = classWith("L:\n  " + std::string(info.name) + " " + operandsFor(info) + "\n  return",
                                       ".bytecode 51.0\n");
        SCOPED_TRACE(std::string(info.name));
        AssembledClass c;
        ASSERT_NO_THROW(c = assemble(source, "T.j")) << errorOf(source).message;
        // Read the code back by hand (the class parser rightly refuses internal opcodes).
        classfile::ClassFile cf;
        try {
            cf = parse(c);
        } catch (const std::exception&) {
            EXPECT_TRUE(info.has(classfile::BC_INTERNAL) || info.has(classfile::BC_RESERVED));
            ++checked;
            continue;
        }
        ASSERT_EQ(cf.methods.size(), 1u);
        const auto& code = cf.methods[0].code->code;
        ASSERT_FALSE(code.empty());
        EXPECT_EQ(code[0], op);
        uint32_t length = classfile::instructionLength(code, 0);
        EXPECT_EQ(length + 1, code.size()) << "the instruction is followed by exactly one return";
        EXPECT_EQ(code.back(), 0xb1);
        ++checked;
    }
    EXPECT_GT(checked, 200);
}

TEST(JasmTable, OldJasminNameForInvokespecial) {
    auto cf = assembleAndParse(classWith("  invokenonvirtual java/lang/Object/<init>()V\n  return"));
    EXPECT_EQ(cf.methods[0].code->code[0], 0xb7);
}

TEST(JasmTable, LargeIndexesImplyWide) {
    auto cf = assembleAndParse(classWith("  iload 256\n  iinc 1 128\n  iinc 2 -1\n  wide\n  iload 1\n  wide astore 2\n  return"));
    const std::vector<uint8_t> want{0xc4, 0x15, 0x01, 0x00,              // wide iload 256
                                    0xc4, 0x84, 0x00, 0x01, 0x00, 0x80,  // wide iinc 1 128
                                    0x84, 0x02, 0xff,                    // iinc 2 -1
                                    0xc4, 0x15, 0x00, 0x01,              // explicit wide iload 1
                                    0xc4, 0x3a, 0x00, 0x02,              // wide astore 2
                                    0xb1};
    EXPECT_EQ(cf.methods[0].code->code, want);
}

TEST(JasmTable, LdcOfAConstantBeyondIndex255BecomesLdcW) {
    std::string body;
    for (int i = 0; i < 300; ++i) body += "  ldc " + std::to_string(100000 + i) + "\n  pop\n";
    auto cf = assembleAndParse(classWith(body + "  return"));
    const auto& code = cf.methods[0].code->code;
    EXPECT_EQ(code[0], 0x12);  // ldc
    // the 300th constant's index is above 255
    EXPECT_EQ(code[code.size() - 5], 0x13);  // ldc_w #index; pop; return
}

TEST(JasmTable, InvokeinterfaceCountIsComputedWhenLeftOut) {
    auto cf = assembleAndParse(classWith("  invokeinterface I/m(JLjava/lang/String;[D)V\n  return"));
    const auto& code = cf.methods[0].code->code;
    ASSERT_EQ(code[0], 0xb9);
    EXPECT_EQ(code[3], 5);  // this + long (2) + String + double[] = 5
    EXPECT_EQ(code[4], 0);
}

TEST(JasmTable, LookupswitchKeysAreSorted) {
    auto cf = assembleAndParse(classWith("  lookupswitch\n  5 : A\n  -1 : A\n  default : A\nA:\n  return"));
    const auto& code = cf.methods[0].code->code;
    // opcode, 3 bytes padding, default, npairs=2, then (-1, A), (5, A)
    ASSERT_EQ(code.size(), 1u + 3 + 4 + 4 + 16 + 1);
    EXPECT_EQ(classfile::readS4(&code[8]), 2);
    EXPECT_EQ(classfile::readS4(&code[12]), -1);
    EXPECT_EQ(classfile::readS4(&code[20]), 5);
}

TEST(JasmTable, ANumberThatNamesNoLabelIsAnOffset) {
    // 0 iconst_0, 1 ifeq to offset 5, 4 and 5 nop, 6 goto 1: but "1" is a label here, at 9
    auto cf = assembleAndParse(classWith("  iconst_0\n  ifeq 5\n  nop\n  nop\n  goto 1\n1:\n  return"));
    const auto& code = cf.methods[0].code->code;
    EXPECT_EQ(code, (std::vector<uint8_t>{0x03, 0x99, 0x00, 0x04, 0x00, 0x00, 0xa7, 0x00, 0x03, 0xb1}));
}

TEST(JasmTable, LabelAndInstructionOnOneLine) {
    auto cf = assembleAndParse(classWith("Top: A: iconst_0\n  ifeq A\n  return"));
    const auto& code = cf.methods[0].code->code;
    EXPECT_EQ(code, (std::vector<uint8_t>{0x03, 0x99, 0xff, 0xff, 0xb1}));
}

}  // namespace
}  // namespace cortado::jasm::test
