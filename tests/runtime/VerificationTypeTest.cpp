// The verifier's type lattice (JVMS 4.10.1.2) and a small end-to-end check of
// verifyClass, against a made-up class hierarchy.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "../classfile/ClassBuilder.h"
#include "verifier/Assignability.h"
#include "verifier/MethodVerifier.h"
#include "verifier/Verifier.h"

namespace cortado::verifier {
namespace {

// Object <- Animal <- Dog; Runnable is an interface; Cloneable, Serializable too.
class FakeHierarchy : public ClassHierarchy {
public:
    std::map<std::string, std::string> supers = {{"java/lang/Object", ""},      {"Animal", "java/lang/Object"},
                                                 {"Dog", "Animal"},             {"java/lang/Runnable", "java/lang/Object"},
                                                 {"java/lang/Cloneable", "java/lang/Object"},
                                                 {"java/io/Serializable", "java/lang/Object"},
                                                 {"java/lang/Throwable", "java/lang/Object"}};
    std::set<std::string> interfaces = {"java/lang/Runnable", "java/lang/Cloneable", "java/io/Serializable"};
    int queries = 0;

    std::optional<bool> isInterface(std::string_view n) override {
        ++queries;
        if (!supers.count(std::string(n))) return std::nullopt;
        return interfaces.count(std::string(n)) > 0;
    }
    std::optional<bool> isSubclassOf(std::string_view sub, std::string_view super) override {
        ++queries;
        std::string c(sub);
        if (!supers.count(c) || !supers.count(std::string(super))) return std::nullopt;
        for (; !c.empty(); c = supers[c])
            if (c == super) return true;
        return false;
    }
    std::optional<std::string> superclassOf(std::string_view n) override {
        auto it = supers.find(std::string(n));
        if (it == supers.end()) return std::nullopt;
        return it->second;
    }
    std::optional<Member> findMember(std::string_view, std::string_view, std::string_view, bool) override { return Member{}; }
};

struct LatticeTest : ::testing::Test {
    FakeHierarchy h;
    TypeNames names;
    Assignability a{h, names};
    VType ref(const char* n) { return names.reference(n); }
};

TEST_F(LatticeTest, PrimitivesAreOnlyThemselvesAndTopTakesAll) {
    EXPECT_TRUE(a.isAssignable(VType::integer(), VType::integer()));
    EXPECT_FALSE(a.isAssignable(VType::integer(), VType::float_()));
    EXPECT_FALSE(a.isAssignable(VType::long_(), VType::long2()));
    EXPECT_TRUE(a.isAssignable(VType::top(), VType::double2()));
    EXPECT_TRUE(a.isAssignable(VType::top(), ref("Dog")));
    EXPECT_FALSE(a.isAssignable(VType::integer(), VType::top()));
    // A method returning boolean/byte/char/short may return an int.
    EXPECT_TRUE(a.isAssignable(VType::of(Tag::Boolean), VType::integer()));
    EXPECT_FALSE(a.isAssignable(VType::of(Tag::Char), VType::float_()));
}

TEST_F(LatticeTest, ClassesFollowTheSuperclassChain) {
    EXPECT_TRUE(a.isAssignable(ref("Animal"), ref("Dog")));
    EXPECT_FALSE(a.isAssignable(ref("Dog"), ref("Animal")));
    EXPECT_TRUE(a.isAssignable(ref("java/lang/Object"), ref("Dog")));
    EXPECT_TRUE(a.isAssignable(ref("Dog"), VType::null()));
    EXPECT_FALSE(a.isAssignable(VType::null(), ref("Dog")));
    EXPECT_FALSE(a.isAssignable(ref("java/lang/Object"), VType::uninitialized(3)));
    EXPECT_FALSE(a.isAssignable(ref("java/lang/Object"), VType::uninitializedThis()));
    EXPECT_TRUE(a.isAssignable(VType::uninitialized(3), VType::uninitialized(3)));
    EXPECT_FALSE(a.isAssignable(VType::uninitialized(3), VType::uninitialized(4)));
}

TEST_F(LatticeTest, InterfacesAreObjectButArraysOnlyImplementTwo) {
    EXPECT_TRUE(a.isAssignable(ref("java/lang/Runnable"), ref("Dog")));  // JVMS 4.10.1.2: as Object
    EXPECT_FALSE(a.isAssignable(ref("java/lang/Runnable"), ref("[I")));
    EXPECT_TRUE(a.isAssignable(ref("java/lang/Cloneable"), ref("[I")));
    EXPECT_TRUE(a.isAssignable(ref("java/io/Serializable"), ref("[LDog;")));
    EXPECT_TRUE(a.isAssignable(ref("java/lang/Object"), ref("[[J")));
    EXPECT_FALSE(a.isAssignable(ref("Animal"), ref("[LDog;")));
}

TEST_F(LatticeTest, ArraysAreCovariantInReferenceComponentsOnly) {
    EXPECT_TRUE(a.isAssignable(ref("[LAnimal;"), ref("[LDog;")));
    EXPECT_FALSE(a.isAssignable(ref("[LDog;"), ref("[LAnimal;")));
    EXPECT_TRUE(a.isAssignable(ref("[Ljava/lang/Object;"), ref("[[I")));
    EXPECT_FALSE(a.isAssignable(ref("[I"), ref("[B")));
    EXPECT_FALSE(a.isAssignable(ref("[Ljava/lang/Object;"), ref("[I")));
    EXPECT_TRUE(a.isReferenceArray(ref("[[I")));
    EXPECT_FALSE(a.isReferenceArray(ref("[I")));
    EXPECT_TRUE(a.isArrayOf(VType::null(), 'I'));
    EXPECT_EQ(names.component(ref("[[I")), ref("[I"));
    EXPECT_EQ(names.component(ref("[Z")), VType::integer());
}

TEST_F(LatticeTest, ClassAnswersAreCached) {
    EXPECT_TRUE(a.isAssignable(ref("Animal"), ref("Dog")));
    int before = h.queries;
    for (int i = 0; i < 100; ++i) EXPECT_TRUE(a.isAssignable(ref("Animal"), ref("Dog")));
    EXPECT_EQ(h.queries, before);
}

TEST_F(LatticeTest, AnUnloadableClassIsALoadFailure) {
    try {
        a.isAssignable(ref("Animal"), ref("Missing"));
        FAIL() << "expected a load failure";
    } catch (const VerifyFailure& f) {
        EXPECT_EQ(f.kind, VerifyResult::Kind::LoadFailed);
    }
}

TEST_F(LatticeTest, TypesPrintAsHotSpotPrintsThem) {
    EXPECT_EQ(describe(VType::integer(), names), "integer");
    EXPECT_EQ(describe(VType::long2(), names), "long_2nd");
    EXPECT_EQ(describe(ref("java/lang/String"), names), "'java/lang/String'");
    EXPECT_EQ(describe(VType::uninitialized(7), names), "uninitialized 7");
    EXPECT_EQ(describe(VType::of(Tag::Category1Check), names), "category1 type");
}

// verifyClass end to end: `static void run() { iconst_1; aconst_null; iadd; ... }` is rejected
// with HotSpot's words; the same method with iconst_1 twice is accepted.
classfile::ClassFile classWithRun(const test::Bytes& code, uint16_t maxStack) {
    test::ClassBuilder b("Bad");
    b.major = 52;
    b.addMethod(classfile::acc::STATIC, "run", "()V", {b.code(maxStack, 0, code)});
    test::Bytes bytes = b.build();
    return classfile::parseClassFile(bytes);
}

TEST(VerifyClass, RejectsTypeConfusionWithHotSpotsMessage) {
    FakeHierarchy h;
    auto cf = classWithRun({0x04, 0x01, 0x60, 0x57, 0xb1}, 2);
    VerifyResult r = verifyClass(cf, h);
    ASSERT_EQ(r.kind, VerifyResult::Kind::VerifyError);
    EXPECT_EQ(r.message,
              "Bad type on operand stack\nException Details:\n  Location:\n    Bad.run()V @2: iadd\n  Reason:\n"
              "    Type null (current frame, stack[1]) is not assignable to integer\n  Current Frame:\n    bci: @2\n"
              "    flags: { }\n    locals: { }\n    stack: { integer, null }\n  Bytecode:\n"
              "    0000000: 0401 6057 b1                           \n");
}

TEST(VerifyClass, AcceptsTheCorrectedMethodAndChecksMaxStack) {
    FakeHierarchy h;
    EXPECT_TRUE(verifyClass(classWithRun({0x04, 0x04, 0x60, 0x57, 0xb1}, 2), h).ok());
    EXPECT_EQ(verifyClass(classWithRun({0x04, 0x04, 0x60, 0x57, 0xb1}, 1), h).kind, VerifyResult::Kind::VerifyError);
}


// Start-up cost: verifying java-samples/HugeMethod (52 KB, one 40 KB method with
// goto_w) many times, against a hierarchy where every class extends Object.
// Prints the time per verification; fails only if the class is rejected.
class EverythingIsAnObject : public ClassHierarchy {
public:
    std::optional<bool> isInterface(std::string_view) override { return false; }
    std::optional<bool> isSubclassOf(std::string_view sub, std::string_view super) override {
        return sub == super || super == "java/lang/Object";
    }
    std::optional<std::string> superclassOf(std::string_view n) override {
        return n == "java/lang/Object" ? std::string() : std::string("java/lang/Object");
    }
    std::optional<Member> findMember(std::string_view, std::string_view, std::string_view, bool) override { return Member{}; }
};

TEST(VerifyClass, HugeMethodTiming) {
    std::string path = std::string(CORTADO_BUILD_DIR) + "/java-samples/release8/HugeMethod/HugeMethod.class";
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) GTEST_SKIP() << "no " << path << " (build the samples first)";
    std::vector<uint8_t> bytes;
    for (int c; (c = std::fgetc(f)) != EOF;) bytes.push_back(uint8_t(c));
    std::fclose(f);
    auto cf = classfile::parseClassFile(bytes);
    EverythingIsAnObject h;
    constexpr int kRounds = 50;
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRounds; ++i) ASSERT_TRUE(verifyClass(cf, h).ok()) << verifyClass(cf, h).message;
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    size_t codeBytes = 0;
    for (const auto& m : cf.methods) codeBytes += m.code ? m.code->code.size() : 0;
    std::printf("HugeMethod.class: %zu bytes of code verified in %.1f us (%.1f ns/byte)\n", codeBytes,
                double(us) / kRounds, 1000.0 * double(us) / kRounds / double(codeBytes));
}


// Type inference (JVMS 4.10.2.5): after a subroutine returns, a local it did not
// store has the type the caller gave it, even though another caller left it unset.
classfile::ClassFile oldClassWith(const test::Bytes& code) {
    test::ClassBuilder b("Bad");
    b.major = 49;
    b.addMethod(classfile::acc::STATIC, "f", "(I)I", {b.code(1, 3, code)});
    test::Bytes bytes = b.build();
    return classfile::parseClassFile(bytes);
}

TEST(TypeInference, SubroutineKeepsEachCallersLocals) {
    FakeHierarchy h;
    // 0 iload_0; 1 ifeq 11; 4 iconst_5; 5 istore_1; 6 jsr 16; 9 iload_1; 10 ireturn;
    // 11 jsr 16; 14 iconst_0; 15 ireturn; 16 astore_2; 17 ret 2
    test::Bytes code{0x1a, 0x99, 0x00, 0x0a, 0x08, 0x3c, 0xa8, 0x00, 0x0a, 0x1b, 0xac,
                     0xa8, 0x00, 0x05, 0x03, 0xac, 0x4d, 0xa9, 0x02};
    VerifyResult r = verifyClass(oldClassWith(code), h);
    EXPECT_TRUE(r.ok()) << r.message;
}

TEST(TypeInference, ALocalTheSubroutineStoresHasItsType) {
    FakeHierarchy h;
    // As above, but the subroutine stores a float in local 1 (16 astore_2; 17 fconst_0; 18 fstore_1; 19 ret 2).
    test::Bytes code{0x1a, 0x99, 0x00, 0x0a, 0x08, 0x3c, 0xa8, 0x00, 0x0a, 0x1b, 0xac,
                     0xa8, 0x00, 0x05, 0x03, 0xac, 0x4d, 0x0b, 0x44, 0xa9, 0x02};
    VerifyResult r = verifyClass(oldClassWith(code), h);
    EXPECT_EQ(r.kind, VerifyResult::Kind::VerifyError);
    EXPECT_EQ(r.message, "(class: Bad, method: f signature: (I)I) Register 1 contains wrong type");
}
}  // namespace
}  // namespace cortado::verifier
