// Field and method descriptors (JVMS 4.3) and names (JVMS 4.2).
#include "classfile/Descriptor.h"

#include <gtest/gtest.h>

using namespace cortado::classfile;

namespace {

std::string arrayOf(int dims, std::string_view element) { return std::string(dims, '[') + std::string(element); }

}  // namespace

TEST(DescriptorField, PrimitiveLengths) {
    for (char c : std::string("BCDFIJSZ")) {
        EXPECT_EQ(fieldDescriptorLength(std::string(1, c)), 1u) << c;
        EXPECT_TRUE(isValidFieldDescriptor(std::string(1, c))) << c;
    }
}

TEST(DescriptorField, ObjectAndArrayLengths) {
    EXPECT_EQ(fieldDescriptorLength("Ljava/lang/String;"), 18u);
    EXPECT_EQ(fieldDescriptorLength("[I"), 2u);
    EXPECT_EQ(fieldDescriptorLength("[[Ljava/lang/Object;"), 20u);
    EXPECT_EQ(fieldDescriptorLength("La;I"), 3u);  // stops after the first descriptor
    EXPECT_EQ(fieldDescriptorLength("LOuter$Inner;"), 13u);
    EXPECT_EQ(fieldDescriptorLength("L\xC3\xA9t\xC3\xA9;"), 7u);  // non-ASCII class name
}

TEST(DescriptorField, LengthAtAnOffset) {
    std::string_view md = "(ILjava/lang/String;[J)V";
    EXPECT_EQ(fieldDescriptorLength(md, 1), 1u);
    EXPECT_EQ(fieldDescriptorLength(md, 2), 18u);
    EXPECT_EQ(fieldDescriptorLength(md, 20), 2u);
    EXPECT_EQ(fieldDescriptorLength(md, 22), 0u);  // ')'
    EXPECT_EQ(fieldDescriptorLength(md, 23), 0u);  // 'V' is not a field type
    EXPECT_EQ(fieldDescriptorLength(md, 24), 0u);  // end of text
    EXPECT_EQ(fieldDescriptorLength(md, 1000), 0u);
}

TEST(DescriptorField, RejectsMalformed) {
    for (std::string_view bad : {"", "V", "X", "i", "[", "[[", "[V", "L", "L;", "Ljava/lang/String", "La//b;",
                                 "L/a;", "La/;", "La.b;", "La[b;", "L[I;", "II", "I;", "Ljava/lang/String;;",
                                 "[Ljava/lang/String;I"}) {
        EXPECT_FALSE(isValidFieldDescriptor(bad)) << bad;
    }
}

TEST(DescriptorField, ArrayDimensionLimitIs255) {
    EXPECT_EQ(fieldDescriptorLength(arrayOf(255, "I")), 256u);
    EXPECT_TRUE(isValidFieldDescriptor(arrayOf(255, "Ljava/lang/Object;")));
    EXPECT_EQ(fieldDescriptorLength(arrayOf(256, "I")), 0u);
    EXPECT_FALSE(isValidFieldDescriptor(arrayOf(256, "Ljava/lang/Object;")));
    EXPECT_FALSE(isValidFieldDescriptor(arrayOf(300, "")));
}

TEST(DescriptorMethod, ParsesNoArgsVoid) {
    auto md = parseMethodDescriptor("()V");
    ASSERT_TRUE(md);
    EXPECT_TRUE(md->params.empty());
    EXPECT_TRUE(md->paramDescriptors.empty());
    EXPECT_EQ(md->returnType, BasicType::Void);
    EXPECT_EQ(md->returnDescriptor, "V");
    EXPECT_EQ(md->argSlots, 0);
}

TEST(DescriptorMethod, ParsesParametersAndSlots) {
    auto md = parseMethodDescriptor("(IJLjava/lang/String;[DZ)J");
    ASSERT_TRUE(md);
    std::vector<BasicType> types{BasicType::Int, BasicType::Long, BasicType::Object, BasicType::Array,
                                 BasicType::Boolean};
    EXPECT_EQ(md->params, types);
    std::vector<std::string> descs{"I", "J", "Ljava/lang/String;", "[D", "Z"};
    EXPECT_EQ(md->paramDescriptors, descs);
    EXPECT_EQ(md->returnType, BasicType::Long);
    EXPECT_EQ(md->returnDescriptor, "J");
    EXPECT_EQ(md->argSlots, 1 + 2 + 1 + 1 + 1);
}

TEST(DescriptorMethod, LongAndDoubleTakeTwoSlots) {
    EXPECT_EQ(parseMethodDescriptor("(DD)D")->argSlots, 4);
    EXPECT_EQ(parseMethodDescriptor("(JI)V")->argSlots, 3);
    EXPECT_EQ(parseMethodDescriptor("([J[D)V")->argSlots, 2);  // arrays are references
    EXPECT_EQ(parseMethodDescriptor("(BCSFZ)V")->argSlots, 5);
}

TEST(DescriptorMethod, ParsesReferenceReturns) {
    auto md = parseMethodDescriptor("()[[Ljava/lang/String;");
    ASSERT_TRUE(md);
    EXPECT_EQ(md->returnType, BasicType::Array);
    EXPECT_EQ(md->returnDescriptor, "[[Ljava/lang/String;");
    md = parseMethodDescriptor("(Ljava/lang/Object;)Ljava/lang/Object;");
    ASSERT_TRUE(md);
    EXPECT_EQ(md->returnType, BasicType::Object);
    EXPECT_EQ(md->paramDescriptors.at(0), "Ljava/lang/Object;");
}

TEST(DescriptorMethod, RejectsMalformed) {
    for (std::string_view bad : {"", "V", "()", "(I", "(V)V", "()II", "()VV", "(I)", "I)V", ")V", "((I)V",
                                 "(L;)V", "()[V", "(Ljava/lang/String)V", "(I)X", "()L;", "(I))V", "(I)V ",
                                 "(La..b;)V", "[()V"}) {
        EXPECT_FALSE(parseMethodDescriptor(bad)) << bad;
        EXPECT_FALSE(isValidMethodDescriptor(bad)) << bad;
    }
}

TEST(DescriptorMethod, ArrayDimensionLimitInParametersAndReturn) {
    EXPECT_TRUE(isValidMethodDescriptor("(" + arrayOf(255, "I") + ")V"));
    EXPECT_FALSE(isValidMethodDescriptor("(" + arrayOf(256, "I") + ")V"));
    EXPECT_TRUE(isValidMethodDescriptor("()" + arrayOf(255, "I")));
    EXPECT_FALSE(isValidMethodDescriptor("()" + arrayOf(256, "I")));
}

TEST(DescriptorMethod, ManyParameters) {
    // The 255-slot limit belongs to the caller (it depends on `this`).
    std::string d = "(" + std::string(300, 'J') + ")V";
    auto md = parseMethodDescriptor(d);
    ASSERT_TRUE(md);
    EXPECT_EQ(md->params.size(), 300u);
    EXPECT_EQ(md->argSlots, 600);
}

TEST(DescriptorClassName, AcceptsInternalForms) {
    for (std::string_view good : {"java/lang/Object", "Foo", "a/b/C$D", "a/b/c/d/e/F", "Caf\xC3\xA9", "_", "$",
                                  "a<b>", "1/2"}) {
        EXPECT_TRUE(isValidClassName(good)) << good;
        EXPECT_TRUE(isValidClassName(good, false)) << good;
    }
}

TEST(DescriptorClassName, ArraysOnlyWhenAllowed) {
    for (std::string_view arr : {"[I", "[Ljava/lang/String;", "[[[Z"}) {
        EXPECT_TRUE(isValidClassName(arr, true)) << arr;
        EXPECT_FALSE(isValidClassName(arr, false)) << arr;
    }
    EXPECT_TRUE(isValidClassName(arrayOf(255, "I")));
    EXPECT_FALSE(isValidClassName(arrayOf(256, "I")));
}

TEST(DescriptorClassName, RejectsMalformed) {
    for (std::string_view bad : {"", "/", "/a", "a/", "a//b", "java.lang.Object", "a;b", "a[b", "[", "[V", "[[",
                                 "[La;x", "Ljava/lang/Object;", "[I;", "[java/lang/Object"}) {
        EXPECT_FALSE(isValidClassName(bad)) << bad;
    }
}

TEST(DescriptorUnqualifiedName, FieldsAndMethods) {
    for (std::string_view good : {"x", "value", "$jacocoData", "caf\xC3\xA9", "a-b", "1"}) {
        EXPECT_TRUE(isValidUnqualifiedName(good, false)) << good;
        EXPECT_TRUE(isValidUnqualifiedName(good, true)) << good;
    }
    for (std::string_view bad : {"", "a.b", "a;b", "a[b", "a/b", "/", ".", ";", "["}) {
        EXPECT_FALSE(isValidUnqualifiedName(bad, false)) << bad;
        EXPECT_FALSE(isValidUnqualifiedName(bad, true)) << bad;
    }
}

TEST(DescriptorUnqualifiedName, AngleBracketsOnlyForInitializersInMethods) {
    EXPECT_TRUE(isValidUnqualifiedName("<init>", true));
    EXPECT_TRUE(isValidUnqualifiedName("<clinit>", true));
    for (std::string_view bad : {"<foo>", "<init", "init>", "a<b", "a>b", "<init>x", "<>", "<clinit>/"})
        EXPECT_FALSE(isValidUnqualifiedName(bad, true)) << bad;
    // JVMS 4.2.2 restricts < and > in method names only.
    EXPECT_TRUE(isValidUnqualifiedName("<init>", false));
    EXPECT_TRUE(isValidUnqualifiedName("a<b>", false));
}

TEST(DescriptorNames, ExternalAndInternalForms) {
    EXPECT_EQ(toExternalName("java/lang/String"), "java.lang.String");
    EXPECT_EQ(toExternalName("Foo"), "Foo");
    EXPECT_EQ(toExternalName("a/b/C$D"), "a.b.C$D");
    EXPECT_EQ(toExternalName("[Ljava/lang/String;"), "[Ljava.lang.String;");
    EXPECT_EQ(toExternalName(""), "");
    EXPECT_EQ(toInternalName("java.lang.String"), "java/lang/String");
    EXPECT_EQ(toInternalName("Foo"), "Foo");
    EXPECT_EQ(toInternalName(toExternalName("x/y/Z")), "x/y/Z");
}

TEST(DescriptorTypes, SlotCountsAndReferences) {
    EXPECT_EQ(slotCount(BasicType::Long), 2);
    EXPECT_EQ(slotCount(BasicType::Double), 2);
    EXPECT_EQ(slotCount(BasicType::Int), 1);
    EXPECT_EQ(slotCount(BasicType::Object), 1);
    EXPECT_EQ(slotCount(BasicType::Void), 0);
    EXPECT_TRUE(isReference(BasicType::Array));
    EXPECT_TRUE(isReference(BasicType::Object));
    EXPECT_FALSE(isReference(BasicType::Int));
}
