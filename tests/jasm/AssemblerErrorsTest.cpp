// Every kind of bad input gives a SyntaxError with the line and what was
// expected, never a crash or a silently wrong class.
#include <gtest/gtest.h>

#include "JasmTestSupport.h"

namespace cortado::jasm::test {
namespace {

struct BadSource {
    const char* name;
    std::string source;
    int line;
    const char* message;  // a part of the message
};

std::string method(const std::string& body) { return classWith(body); }  // body starts on line 4

const BadSource kBad[] = {
    {"UnknownInstruction", method("  iload_0\n  frobnicate"), 5, "expected an instruction or directive, found 'frobnicate'"},
    {"MissingOperand", method("  bipush"), 4, "expected a byte value after 'bipush', found end of line"},
    {"ByteOutOfRange", method("  bipush 128"), 4, "must be between -128 and 127"},
    {"ShortOutOfRange", method("  sipush -32769"), 4, "must be between -32768 and 32767"},
    {"NotANumber", method("  iload x"), 4, "expected a local variable index after 'iload', found 'x'"},
    {"LocalTooBig", method("  iload 65536"), 4, "must be between 0 and 65535"},
    {"ExtraOperand", method("  nop 3"), 4, "expected end of line after 'nop' and its operands, found '3'"},
    {"UndefinedLabel", method("  goto Nowhere\n  return"), 4, "label 'Nowhere' is used but never defined"},
    {"DuplicateLabel", method("A:\n  nop\nA:\n  return"), 6, "label 'A' is defined twice"},
    {"MissingEndMethod", ".class T\n.super java/lang/Object\n.method m()V\n  return\n", 5, "expected '.end method'"},
    {"NoClass", ".super java/lang/Object\n", 1, ".super must come after .class"},
    {"EmptyFile", "; nothing\n", 2, "expected a .class or .interface directive"},
    {"NoSuper", ".class T\n.method m()V\nreturn\n.end method\n", 5, "expected a .super directive"},
    {"TwoClasses", ".class A\n.class B\n", 2, "a file defines one class"},
    {"UnknownDirective", ".class T\n.super java/lang/Object\n.frob\n", 3, "found '.frob'"},
    {"UnknownMethodDirective", method("  .frob"), 4, "found '.frob'"},
    {"MethodWithoutDescriptor", ".class T\n.super java/lang/Object\n.method m\n", 3, "expected a method name and descriptor"},
    {"TableswitchHighMismatch", method("  tableswitch 0 5\n  A\n  default : A\nA:\n  return"), 6,
     "tableswitch high value 5 does not match its 1 labels from 0"},
    {"TableswitchNoLabels", method("  tableswitch 0\n  default : A\nA:\n  return"), 5, "at least one label"},
    {"LookupswitchDuplicateKey", method("  lookupswitch\n  1 : A\n  1 : A\n  default : A\nA:\n  return"), 7,
     "lookupswitch has key 1 twice"},
    {"LookupswitchMissingColon", method("  lookupswitch\n  1 A\n  default : A\nA:\n  return"), 5,
     "expected ':' after the key, found 'A'"},
    {"WideOnNop", method("  wide\n  nop"), 5, "'wide' must be followed by a load, store, ret or iinc, not 'nop'"},
    {"WideSameLineOnNop", method("  wide nop"), 4, "expected a load, store, ret or iinc after 'wide'"},
    {"WideAtEnd", method("  return\n  wide"), 6, "widens nothing"},
    {"LimitWhat", method("  .limit heap 3"), 4, "expected 'stack' or 'locals' after .limit, found 'heap'"},
    {"LimitTooBig", method("  .limit stack 70000"), 4, "must be between 0 and 65535"},
    {"CatchWithoutUsing", method("A:\n  .catch all from A to A"), 5, "expected 'using', found end of line"},
    {"VarWithoutIs", method("  .var 0 x I"), 4, "expected 'is', found 'x'"},
    {"LdcIntTooBig", method("  ldc 3000000000"), 4, "does not fit in an int"},
    {"LdcBadNumber", method("  ldc 1.2.3"), 4, "found '1.2.3'"},  // read as a class name: a bad one
    {"FieldMissingDescriptor", ".class T\n.super java/lang/Object\n.field public x\n", 3,
     "expected a field descriptor after the name, found end of line"},
    {"FieldBadConstant", ".class T\n.super java/lang/Object\n.field x I = abc\n", 3,
     "expected a number or string after '=', found 'abc'"},
    {"FieldIntConstantTooBig", ".class T\n.super java/lang/Object\n.field x I = 99999999999\n", 3, "does not fit in an int"},
    {"BytecodeVersion", ".bytecode fifty\n", 1, "expected a version MAJOR.MINOR such as 52.0 after .bytecode, found 'fifty'"},
    {"StackBadType", method("  .stack\n    locals Integr\n  .end stack\n  return"), 5, "expected a verification type"},
    {"StackBadKeyword", method("  .stack\n    local Integer\n  .end stack\n  return"), 5,
     "expected 'offset', 'locals', 'stack' or '.end stack', found 'local'"},
    {"StackUseTooMany", method("  .stack use 2 locals\n  .end stack\n  return"), 4, "the previous frame has only 0"},
    {"StackAtEnd", method("  return\n  .stack\n  .end stack"), 7, "is not at an instruction"},
    {"BranchTooFar", method("A:\n" + [] {
         std::string s;
         for (int i = 0; i < 33000; ++i) s += "  nop\n";
         return s;
     }() + "  goto A\n  return"), 33007, "does not fit in 16 bits (use goto_w or jsr_w)"},
    {"InvokeDynamicNoBootstrap", method("  invokedynamic x()V"), 4,
     "expected a method handle kind (invokestatic, invokevirtual, getfield, ...), found end of line"},
    {"InvokeDynamicBadKind", method("  invokedynamic x()V callstatic A/b()V"), 4, "found 'callstatic'"},
    {"InvokeDynamicBadArgument", method("  invokedynamic x()V invokestatic A/b()V 5"), 4,
     "expected a bootstrap argument (int long float double string class methodtype handle), found '5'"},
    {"InvokeDynamicBadSite", method("  invokedynamic x invokestatic A/b()V"), 4, "expected a call site name and descriptor"},
    {"MethodSpecWithoutClass", method("  invokestatic m()V"), 4, "expected a method as class/name, found 'm'"},
    {"NewArrayBadType", method("  newarray str"), 4, "expected an array type"},
    {"InnerWhat", ".class T\n.super java/lang/Object\n.inner struct X\n", 3,
     "expected 'class' or 'interface' after .inner, found 'struct'"},
    {"InnerTwoNames", ".class T\n.super java/lang/Object\n.inner class X Y\n", 3, "expected 'inner' or 'outer', found 'Y'"},
    {"EnclosingWithoutMethod", ".class T\n.super java/lang/Object\n.enclosing A/b()V\n", 3, "expected 'method', found 'A/b()V'"},
    {"UnterminatedString", method("  ldc \"abc"), 4, "unterminated string"},
};

class JasmErrors : public ::testing::TestWithParam<BadSource> {};

TEST_P(JasmErrors, NamesLineAndWhatWasExpected) {
    const BadSource& b = GetParam();
    ErrorSeen e = errorOf(b.source);
    ASSERT_FALSE(e.message.empty()) << "assembled without error";
    EXPECT_EQ(e.line, b.line) << e.message;
    EXPECT_NE(e.message.find(b.message), std::string::npos) << "message: " << e.message;
}

INSTANTIATE_TEST_SUITE_P(All, JasmErrors, ::testing::ValuesIn(kBad),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace cortado::jasm::test
