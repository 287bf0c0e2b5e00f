// JNI name mangling (JNI specification 2.2; natives/jni/JniMangle.cpp).
#include <gtest/gtest.h>

#include "natives/jni/Jni.h"

using cortado::jni::longJniName;
using cortado::jni::mangle;
using cortado::jni::shortJniName;

TEST(JniMangle, ShortNameSeparatesPackagesWithUnderscores) {
    EXPECT_EQ(shortJniName("p/q/Hello", "say"), "Java_p_q_Hello_say");
}

TEST(JniMangle, EscapesUnderscoreSemicolonBracketAndNonAscii) {
    EXPECT_EQ(shortJniName("Foo", "under_score"), "Java_Foo_under_1score");
    EXPECT_EQ(shortJniName("Outer$Inner", "m"), "Java_Outer_00024Inner_m");
    EXPECT_EQ(mangle(u"\u00e9\u20ac"), "_000e9_020ac");
}

TEST(JniMangle, LongNameAppendsTheMangledArgumentDescriptors) {
    EXPECT_EQ(longJniName("Foo", "f", "(ILjava/lang/String;[[J)V"), "Java_Foo_f__ILjava_lang_String_2_3_3J");
    EXPECT_EQ(longJniName("Foo", "f", "()V"), "Java_Foo_f__");
}
