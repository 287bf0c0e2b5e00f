// Tests of parseClassFile: real javac output (compiled at test time from the
// sources in data/java), every class under the build's java-samples, part of
// the JDK's own java.base, and malformed inputs, each checked for the error
// kind and HotSpot 17's exact message.
//
// To check the expected messages against HotSpot itself, run this binary with
// CORTADO_DUMP_MALFORMED=<dir> and then data/compare_with_hotspot.sh <dir>.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <unistd.h>

#include "classfile/ClassFile.h"
#include "tests/classfile/ClassBuilder.h"

namespace cortado::test {
namespace {

namespace fs = std::filesystem;
using namespace cortado::classfile;

Bytes readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

ClassFile parseFile(const fs::path& p) {
    Bytes bytes = readFile(p);
    return parseClassFile(bytes);
}

// --- javac output ---

class JavacOutput : public ::testing::Test {
protected:
    static inline fs::path dir;  // holds release8/ and release17/

    static void SetUpTestSuite() {
        dir = fs::temp_directory_path() / ("cortado-parser-test-" + std::to_string(getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        std::string data = CORTADO_TEST_DATA_DIR "/java";
        std::string common = data + "/common/sample/*.java";
        std::string modern = data + "/modern/sample/*.java";
        writeBigPool(dir / "BigPool.java");
        // -g adds LocalVariableTable; both releases exercise different constant pools.
        std::string r8 = "javac -g --release 8 -d " + (dir / "release8").string() + " " + common + " " +
                         (dir / "BigPool.java").string();
        std::string r17 =
            "javac --release 17 -d " + (dir / "release17").string() + " " + common + " " + modern;
        compiled = std::system(r8.c_str()) == 0 && std::system(r17.c_str()) == 0;
    }
    static void TearDownTestSuite() { fs::remove_all(dir); }

    // A class whose constant pool nears the 65535 limit: strings, ints, longs
    // and doubles (two slots each), as ConstantValue and ldc/ldc_w/ldc2_w operands.
    static void writeBigPool(const fs::path& p) {
        std::ofstream out(p);
        out << "public class BigPool {\n";
        for (int i = 0; i < 2500; ++i) {
            out << "  static final long L" << i << " = " << (1000000000000LL + i) << "L;\n";
            out << "  static final double D" << i << " = " << i << ".25;\n";
            out << "  static final String S" << i << " = \"s" << i << "\";\n";
            out << "  static final int I" << i << " = " << (100000 + i) << ";\n";
        }
        out << "  static long sum() { long t = 0;\n";
        for (int i = 0; i < 2500; i += 50)
            out << "    t += L" << i << " + (long) D" << i << " + I" << i << " + S" << i << ".length();\n";
        out << "    return t; }\n}\n";
    }

    static inline bool compiled = false;

    ClassFile load(const std::string& release, const std::string& name) {
        return parseFile(dir / release / (name + ".class"));
    }
    void SetUp() override {
        if (!compiled) GTEST_SKIP() << "javac failed or is missing";
    }

    static const MethodInfo& method(const ClassFile& cf, std::string_view name) {
        for (const MethodInfo& m : cf.methods)
            if (m.name == name) return m;
        throw std::runtime_error("no method " + std::string(name));
    }
    static const FieldInfo& field(const ClassFile& cf, std::string_view name) {
        for (const FieldInfo& f : cf.fields)
            if (f.name == name) return f;
        throw std::runtime_error("no field " + std::string(name));
    }
};

TEST_F(JavacOutput, EveryClassParses) {
    int count = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.path().extension() != ".class") continue;
        SCOPED_TRACE(e.path().string());
        EXPECT_NO_THROW(parseFile(e.path()));
        ++count;
    }
    EXPECT_GE(count, 25);
}

TEST_F(JavacOutput, Release8ClassAndConstants) {
    ClassFile cf = load("release8/sample", "Kitchen");
    EXPECT_EQ(cf.major_version, 52);
    EXPECT_EQ(cf.this_class, "sample/Kitchen");
    EXPECT_EQ(cf.super_class, "java/lang/Object");
    EXPECT_EQ(cf.interfaces, (std::vector<std::string>{"java/io/Serializable", "java/lang/Cloneable"}));
    EXPECT_EQ(cf.source_file, "Kitchen.java");
    EXPECT_EQ(
        cf.signature,
        "<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;Ljava/io/Serializable;Ljava/lang/Cloneable;");
    const ConstantPool& cp = cf.constant_pool;
    EXPECT_EQ(cp.intValue(field(cf, "INT").constant_value_index), 42);
    EXPECT_EQ(cp.longValue(field(cf, "LONG").constant_value_index), 1234567890123456789LL);
    EXPECT_EQ(cp.doubleValue(field(cf, "DOUBLE").constant_value_index), 3.25);
    EXPECT_EQ(cp.floatValue(field(cf, "FLOAT").constant_value_index), 1.5f);
    EXPECT_EQ(cp.intValue(field(cf, "CHAR").constant_value_index), 'c');
    EXPECT_EQ(cp.intValue(field(cf, "BYTE").constant_value_index), -7);
    uint16_t text = field(cf, "TEXT").constant_value_index;
    ASSERT_EQ(cp.tag(text), CpTag::String);
    EXPECT_EQ(cp.utf8(cp.at(text).index1), "constant text");
    // A Long takes two slots; the second is unusable (JVMS 4.4.5).
    EXPECT_EQ(cp.tag(field(cf, "LONG").constant_value_index + 1), CpTag::Unused);
    EXPECT_EQ(field(cf, "items").signature, "Ljava/util/List<TT;>;");
    EXPECT_EQ(field(cf, "counter").access_flags, acc::PROTECTED | acc::TRANSIENT | acc::VOLATILE);
    EXPECT_EQ(field(cf, "grid").descriptor, "[[I");
}

TEST_F(JavacOutput, Release8Methods) {
    ClassFile cf = load("release8/sample", "Kitchen");
    const MethodInfo& native = method(cf, "nativeMethod");
    EXPECT_FALSE(native.code.has_value());
    EXPECT_EQ(native.descriptor, "(JD)I");
    const MethodInfo& add = method(cf, "add");
    EXPECT_TRUE(add.access_flags & acc::SYNCHRONIZED);
    EXPECT_EQ(add.signature, "(TT;)V");
    EXPECT_EQ(method(cf, "choose").exceptions, std::vector<std::string>{"java/io/IOException"});
    EXPECT_TRUE(method(cf, "sum").access_flags & acc::VARARGS);
    EXPECT_EQ(method(cf, "<clinit>").access_flags, acc::STATIC);

    const CodeAttribute& guarded = *method(cf, "guarded").code;
    ASSERT_GE(guarded.exception_table.size(), 3u);  // two catch types, plus finally (catch_type 0)
    bool sawAny = false;
    for (const ExceptionTableEntry& e : guarded.exception_table) {
        EXPECT_LT(e.start_pc, e.end_pc);
        EXPECT_LT(e.handler_pc, guarded.code.size());
        if (e.catch_type == 0)
            sawAny = true;
        else
            EXPECT_EQ(cf.constant_pool.tag(e.catch_type), CpTag::Class);
    }
    EXPECT_TRUE(sawAny);
    EXPECT_TRUE(guarded.stack_map_table.has_value());
    ASSERT_FALSE(guarded.line_numbers.empty());
    EXPECT_GT(guarded.lineFor(0), 0);
    EXPECT_EQ(guarded.lineFor(static_cast<uint32_t>(guarded.code.size())), -1);
    // javac -g: this, a, b, and the caught exception.
    std::vector<std::string> locals;
    for (const LocalVariableEntry& v : guarded.local_variables) locals.push_back(v.name);
    EXPECT_NE(std::find(locals.begin(), locals.end(), "this"), locals.end());
    EXPECT_NE(std::find(locals.begin(), locals.end(), "b"), locals.end());

    // Release 8 lambdas and method references use invokedynamic.
    ASSERT_FALSE(cf.bootstrap_methods.empty());
    for (const BootstrapMethod& b : cf.bootstrap_methods)
        EXPECT_EQ(cf.constant_pool.tag(b.method_ref), CpTag::MethodHandle);
    EXPECT_FALSE(cf.inner_classes.empty());
}

TEST_F(JavacOutput, InnerEnumInterfaceAnnotation) {
    ClassFile color = load("release8/sample", "Kitchen$Color");
    EXPECT_TRUE(color.access_flags & acc::ENUM);
    EXPECT_EQ(color.super_class, "java/lang/Enum");
    ClassFile shape = load("release8/sample", "Kitchen$Shape");
    EXPECT_TRUE(shape.isInterface());
    EXPECT_TRUE(shape.access_flags & acc::ABSTRACT);
    EXPECT_TRUE(method(shape, "area").access_flags & acc::ABSTRACT);
    EXPECT_TRUE(method(shape, "describe").code.has_value());  // a default method
    EXPECT_TRUE(method(shape, "unit").access_flags & acc::STATIC);
    ClassFile tag = load("release8/sample", "Kitchen$Tag");
    EXPECT_TRUE(tag.access_flags & acc::ANNOTATION);
    ClassFile anon = load("release8/sample", "Kitchen$1");
    ASSERT_TRUE(anon.enclosing_method.has_value());
    EXPECT_EQ(anon.enclosing_method->class_name, "sample/Kitchen");
    EXPECT_NE(anon.enclosing_method->method_index, 0);
    ClassFile local = load("release8/sample", "Kitchen$1Local");
    ASSERT_TRUE(local.enclosing_method.has_value());
    bool found = false;
    for (const InnerClassEntry& e : local.inner_classes)
        if (local.constant_pool.className(e.inner_class_info_index) == "sample/Kitchen$1Local") {
            found = true;
            EXPECT_EQ(e.outer_class_info_index, 0);  // a local class has no outer class entry
            EXPECT_EQ(local.constant_pool.utf8(e.inner_name_index), "Local");
        }
    EXPECT_TRUE(found);
}

TEST_F(JavacOutput, Release17Nests) {
    ClassFile cf = load("release17/sample", "Kitchen");
    EXPECT_EQ(cf.major_version, 61);
    EXPECT_FALSE(cf.nest_members.empty());
    ClassFile inner = load("release17/sample", "Kitchen$Inner");
    EXPECT_EQ(inner.nest_host, "sample/Kitchen");
    EXPECT_EQ(inner.fields.size(), 1u);  // this$0
}

TEST_F(JavacOutput, Release17Records) {
    ClassFile point = load("release17/sample", "Modern$Point");
    EXPECT_EQ(point.super_class, "java/lang/Record");
    ASSERT_TRUE(point.record.has_value());
    ASSERT_EQ(point.record->size(), 2u);
    EXPECT_EQ((*point.record)[0].name, "x");
    EXPECT_EQ((*point.record)[1].descriptor, "I");
    // toString/equals/hashCode are bootstrapped by ObjectMethods.
    EXPECT_FALSE(point.bootstrap_methods.empty());
    ClassFile named = load("release17/sample", "Modern$Named");
    ASSERT_TRUE(named.record.has_value());
    ASSERT_EQ(named.record->size(), 4u);
    EXPECT_EQ((*named.record)[1].signature, "Ljava/util/List<TT;>;");
    EXPECT_EQ((*named.record)[2].descriptor, "J");
}

TEST_F(JavacOutput, Release17SealedAndIndy) {
    ClassFile expr = load("release17/sample", "Modern$Expr");
    EXPECT_EQ(expr.permitted_subclasses,
              (std::vector<std::string>{"sample/Modern$Num", "sample/Modern$Add", "sample/Modern$Neg"}));
    ClassFile animal = load("release17/sample", "Modern$Animal");
    EXPECT_EQ(animal.permitted_subclasses.size(), 2u);
    ClassFile helper = load("release17/sample", "Modern$Helper");
    EXPECT_TRUE(method(helper, "secret").access_flags & acc::PRIVATE);
    ClassFile modern = load("release17/sample", "Modern");
    // String concatenation is an invokedynamic to StringConcatFactory.
    ASSERT_FALSE(modern.bootstrap_methods.empty());
    bool sawIndy = false;
    for (const CpEntry& e : modern.constant_pool.entries) sawIndy |= e.tag == CpTag::InvokeDynamic;
    EXPECT_TRUE(sawIndy);
}

TEST_F(JavacOutput, BigConstantPool) {
    ClassFile cf = load("release8", "BigPool");
    EXPECT_GT(cf.constant_pool.size(), 20000);
    EXPECT_EQ(cf.fields.size(), 10000u);
    const ConstantPool& cp = cf.constant_pool;
    for (const FieldInfo& f : cf.fields) {
        ASSERT_NE(f.constant_value_index, 0);
        int i = std::stoi(f.name.substr(1));
        switch (f.name[0]) {
            case 'L': ASSERT_EQ(cp.longValue(f.constant_value_index), 1000000000000LL + i); break;
            case 'D': ASSERT_EQ(cp.doubleValue(f.constant_value_index), i + 0.25); break;
            case 'I': ASSERT_EQ(cp.intValue(f.constant_value_index), 100000 + i); break;
            case 'S':
                ASSERT_EQ(cp.utf8(cp.at(f.constant_value_index).index1), "s" + std::to_string(i));
                break;
        }
    }
}

// Every class file of the sample programs, if they have been built.
TEST(JavaSamples, EveryClassParses) {
    fs::path root = CORTADO_BUILD_DIR "/java-samples";
    if (!fs::is_directory(root)) GTEST_SKIP() << "no " << root;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        // A module-info is refused as HotSpot refuses it (it is not a class).
        if (e.path().extension() != ".class" || e.path().filename() == "module-info.class") continue;
        SCOPED_TRACE(e.path().string());
        EXPECT_NO_THROW(parseFile(e.path()));
    }
}

// Real-world variety: the JDK's own java.lang and java.util classes.
TEST(JdkClasses, JavaBaseParses) {
    fs::path out = fs::temp_directory_path() / ("cortado-jimage-" + std::to_string(getpid()));
    std::string cmd = "jimage extract --dir " + out.string() +
                      " --include 'regex:/java.base/java/(lang|util)/[^/]*\\.class' "
                      "\"$(dirname $(dirname $(readlink -f $(command -v java))))/lib/modules\" 2>/dev/null";
    if (std::system(cmd.c_str()) != 0) {
        fs::remove_all(out);
        GTEST_SKIP() << "jimage not available";
    }
    int count = 0;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
        if (e.path().extension() != ".class") continue;
        SCOPED_TRACE(e.path().string());
        Bytes bytes = readFile(e.path());
        // The java on the PATH may be newer than this VM supports.
        if (bytes.size() > 8 && ((bytes[6] << 8) | bytes[7]) > kMaxMajorVersion) {
            try {
                parseClassFile(bytes);
                ADD_FAILURE() << "accepted a too new class file";
            } catch (const ClassFormatError& err) {
                EXPECT_EQ(err.kind(), LoadErrorKind::UnsupportedClassVersionError);
            }
            continue;
        }
        EXPECT_NO_THROW(parseClassFile(bytes));
        ++count;
    }
    fs::remove_all(out);
    if (count == 0) GTEST_SKIP() << "the JDK's classes are newer than version " << kMaxMajorVersion;
    EXPECT_GT(count, 300);
}

// --- hand-built classes ---

TEST(Builder, MinimalClassParses) {
    ClassBuilder b;
    b.addDefaultConstructor();
    Bytes bytes = b.build();
    ClassFile cf = parseClassFile(bytes, "Bad");
    EXPECT_EQ(cf.this_class, "Bad");
    ASSERT_EQ(cf.methods.size(), 1u);
    EXPECT_EQ(cf.methods[0].code->code, (Bytes{0x2a, 0xb7, 0x00, 0x08, 0xb1}));
    EXPECT_EQ(cf.methods[0].code->lineFor(0), -1);  // no LineNumberTable
}

TEST(Builder, EveryConstantKind) {
    ClassBuilder b;
    b.major = 61;
    uint16_t i = b.integer(-5);
    uint16_t f = b.floatConst(-0.5f);
    uint16_t l = b.longConst(-1);
    uint16_t d = b.doubleConst(6.02e23);
    uint16_t s = b.string("\xc0\x80");  // modified UTF-8 NUL
    uint16_t field = b.fieldref("Bad", "x", "I");
    uint16_t im = b.interfaceMethodref("java/util/List", "size", "()I");
    uint16_t mh = b.methodHandle(6, b.methodref("Bad", "boot", "()V"));
    uint16_t mhf = b.methodHandle(1, field);
    uint16_t mhi = b.methodHandle(9, im);
    uint16_t mt = b.methodType("(I)J");
    uint16_t indy = b.ref2(18, 0, b.nameAndType("run", "()Ljava/lang/Runnable;"));
    uint16_t dyn = b.ref2(17, 1, b.nameAndType("value", "I"));
    Bytes bsms;
    put2(bsms, 2);
    put2(bsms, mh);
    put2(bsms, 3);
    put2(bsms, mt);
    put2(bsms, l);
    put2(bsms, mhf);
    put2(bsms, mh);
    put2(bsms, 2);
    put2(bsms, mhi);
    put2(bsms, s);
    b.attributes.push_back(b.attribute("BootstrapMethods", bsms));
    b.addDefaultConstructor();
    Bytes bytes = b.build();
    ClassFile cf = parseClassFile(bytes, "Bad");
    const ConstantPool& cp = cf.constant_pool;
    EXPECT_EQ(cp.intValue(i), -5);
    EXPECT_EQ(cp.floatValue(f), -0.5f);
    EXPECT_EQ(cp.longValue(l), -1);
    EXPECT_EQ(cp.tag(l + 1), CpTag::Unused);
    EXPECT_EQ(cp.doubleValue(d), 6.02e23);
    EXPECT_EQ(cp.utf8(cp.at(s).index1), std::string("\xc0\x80", 2));
    EXPECT_EQ(cp.memberClass(field), "Bad");
    EXPECT_EQ(cp.memberName(im), "size");
    EXPECT_EQ(cp.memberDescriptor(im), "()I");
    EXPECT_EQ(cp.at(mh).index1, 6);
    EXPECT_EQ(cp.tag(indy), CpTag::InvokeDynamic);
    EXPECT_EQ(cp.tag(dyn), CpTag::Dynamic);
    ASSERT_EQ(cf.bootstrap_methods.size(), 2u);
    EXPECT_EQ(cf.bootstrap_methods[0].arguments, (std::vector<uint16_t>{mt, l, mhf}));
    EXPECT_EQ(cf.bootstrap_methods[1].arguments, (std::vector<uint16_t>{mhi, s}));
}

TEST(Builder, LineNumbersAndOldVersions) {
    ClassBuilder b;
    b.major = 45;  // JDK 1.1: the oldest version accepted
    b.minor = 3;
    Bytes lines;
    put2(lines, 3);
    for (auto [pc, line] : {std::pair{0, 10}, std::pair{4, 12}, std::pair{1, 11}}) {
        put2(lines, pc);
        put2(lines, line);
    }
    uint16_t init = b.methodref("java/lang/Object", "<init>", "()V");
    b.addMethod(0, "<init>", "()V",
                {b.code(1, 1, {0x2a, 0xb7, uint8_t(init >> 8), uint8_t(init), 0xb1}, {},
                        {b.attribute("LineNumberTable", lines)})});
    // Before version 51 a <clinit>'s flags are ignored (JVMS 4.6).
    b.addMethod(acc::PUBLIC, "<clinit>", "()V", {b.code(0, 0, {0xb1})});
    Bytes bytes = b.build();
    ClassFile cf = parseClassFile(bytes, "Bad");
    const CodeAttribute& code = *cf.methods[0].code;
    EXPECT_EQ(code.lineFor(0), 10);
    EXPECT_EQ(code.lineFor(1), 11);
    EXPECT_EQ(code.lineFor(3), 11);
    EXPECT_EQ(code.lineFor(4), 12);
    EXPECT_EQ(code.lineFor(5), -1);  // past the end of the code
    EXPECT_EQ(cf.methods[1].access_flags, acc::STATIC);
}

TEST(Builder, OverlongUtf8AcceptedUpToVersion47) {
    for (uint16_t major : {45, 47, 48}) {
        ClassBuilder b;
        b.major = major;
        b.string("\xc1\x81");  // 'A' written in two bytes (JVMS 4.4.7 forbids it)
        b.addDefaultConstructor();
        Bytes bytes = b.build();
        if (major <= 47) {
            EXPECT_NO_THROW(parseClassFile(bytes, "Bad")) << major;
        } else {
            EXPECT_THROW(parseClassFile(bytes, "Bad"), ClassFormatError) << major;
        }
    }
}

// HotSpot names the class in messages in internal form, as it was requested,
// and as "<Unknown>" when no name was given.
TEST(Builder, VersionErrorNamesTheRequestedClass) {
    ClassBuilder b("pkg/Foo");
    b.major = 62;
    Bytes bytes = b.build();
    try {
        parseClassFile(bytes, "pkg/Foo");
        FAIL();
    } catch (const ClassFormatError& e) {
        EXPECT_EQ(e.kind(), LoadErrorKind::UnsupportedClassVersionError);
        EXPECT_EQ(std::string(e.what()).substr(0, 36), "pkg/Foo has been compiled by a more ");
    }
    try {
        parseClassFile(bytes);
        FAIL();
    } catch (const ClassFormatError& e) {
        EXPECT_EQ(std::string(e.what()).substr(0, 27), "<Unknown> has been compiled");
    }
}

// After this_class is read, messages name it even without a requested name.
TEST(Builder, LaterErrorsNameThisClass) {
    ClassBuilder b("pkg/Foo");
    b.trailing = {1, 2};
    Bytes bytes = b.build();
    try {
        parseClassFile(bytes);
        FAIL();
    } catch (const ClassFormatError& e) {
        EXPECT_STREQ(e.what(), "Extra bytes at the end of class file pkg/Foo");
    }
}

// HotSpot silently ignores an InnerClasses table whose outer links loop.
TEST(Builder, CircularInnerClassesAreIgnored) {
    ClassBuilder b;
    b.addDefaultConstructor();
    uint16_t a = b.classRef("Bad$A");
    uint16_t c = b.classRef("Bad$C");
    Bytes body;
    put2(body, 2);
    for (auto [inner, outer] : {std::pair{a, c}, std::pair{c, a}}) {
        put2(body, inner);
        put2(body, outer);
        put2(body, 0);
        put2(body, acc::STATIC);
    }
    b.attributes.push_back(b.attribute("InnerClasses", body));
    Bytes bytes = b.build();
    EXPECT_TRUE(parseClassFile(bytes, "Bad").inner_classes.empty());
    // Without the loop the entries are kept.
    bytes[bytes.size() - 6] = 0;  // second entry's outer_class_info_index: #2, Bad
    bytes[bytes.size() - 5] = 2;
    EXPECT_EQ(parseClassFile(bytes, "Bad").inner_classes.size(), 2u);
}

TEST(ClassFormatErrorTest, JavaClassNames) {
    EXPECT_STREQ(ClassFormatError("x").javaClassName(), "java.lang.ClassFormatError");
    EXPECT_STREQ(ClassFormatError(LoadErrorKind::UnsupportedClassVersionError, "x").javaClassName(),
                 "java.lang.UnsupportedClassVersionError");
    EXPECT_STREQ(ClassFormatError(LoadErrorKind::NoClassDefFoundError, "x").javaClassName(),
                 "java.lang.NoClassDefFoundError");
}

// --- malformed inputs ---

struct Malformed {
    std::string name;
    std::function<Bytes()> make;
    LoadErrorKind kind;
    std::string message;
};

void PrintTo(const Malformed& c, std::ostream* os) {
    *os << c.name;
}

// A valid class "Bad" with a default constructor, ready to be broken.
ClassBuilder base() {
    ClassBuilder b;
    b.addDefaultConstructor();
    return b;
}

// Each case below was checked against HotSpot 17 (see the file comment).
Bytes truncatedAt(const std::string& section, size_t extra = 0) {
    ClassBuilder b = base();
    b.interfaces = {b.classRef("java/lang/Runnable"), b.classRef("java/io/Serializable")};
    b.addField(acc::PRIVATE, "f", "I");
    b.addMethod(acc::PUBLIC, "run", "()V", {b.code(0, 1, {0x00, 0x00, 0xb1})});
    uint16_t source = b.utf8("Bad.java");
    b.attributes.push_back(b.attribute("SourceFile", {0, static_cast<uint8_t>(source)}));
    Bytes bytes = b.build();
    bytes.resize(b.offsets.at(section) + extra);
    return bytes;
}

Bytes patch(Bytes bytes, size_t offset, std::initializer_list<uint8_t> values) {
    std::copy(values.begin(), values.end(), bytes.begin() + offset);
    return bytes;
}

Bytes withUtf8(std::string_view raw) {
    ClassBuilder b = base();
    b.string(raw);
    return b.build();
}

Bytes withField(uint16_t flags, std::string_view name, std::string_view desc,
                std::function<void(ClassBuilder&, ClassBuilder::Member&)> tweak = {}) {
    ClassBuilder b = base();
    auto& f = b.addField(flags, name, desc);
    if (tweak) tweak(b, f);
    return b.build();
}

Bytes withMethod(uint16_t flags, std::string_view name, std::string_view desc, bool withCode = true) {
    ClassBuilder b = base();
    auto& m = b.addMethod(flags, name, desc);
    if (withCode) m.attributes.push_back(b.code(2, 10, {0xb1}));
    return b.build();
}

Bytes withCode(std::function<Bytes(ClassBuilder&)> code) {
    ClassBuilder b = base();
    Bytes c = code(b);
    b.addMethod(acc::STATIC, "m", "()V", {c});
    return b.build();
}

struct Local {
    std::string name, descriptor;
    uint16_t slot;
};

// static m()V with the given LocalVariableTable and LocalVariableTypeTable
// entries, each covering the whole (one-byte) code.
Bytes withLocals(uint16_t maxLocals, const std::vector<Local>& lvt, const std::vector<Local>& lvtt) {
    ClassBuilder b = base();
    auto table = [&](const std::vector<Local>& entries) {
        Bytes body;
        put2(body, static_cast<uint32_t>(entries.size()));
        for (const Local& l : entries) {
            put2(body, 0);
            put2(body, 1);
            put2(body, b.utf8(l.name));
            put2(body, b.utf8(l.descriptor));
            put2(body, l.slot);
        }
        return body;
    };
    std::vector<Bytes> attrs{b.attribute("LocalVariableTable", table(lvt))};
    if (!lvtt.empty()) attrs.push_back(b.attribute("LocalVariableTypeTable", table(lvtt)));
    Bytes c = b.code(0, maxLocals, {0xb1}, {}, attrs);
    b.addMethod(acc::STATIC, "m", "()V", {c});
    return b.build();
}

// `copies` identical InnerClasses entries for Bad$In, then `junk` bytes inside the attribute.
Bytes withInnerClasses(int copies, const Bytes& junk) {
    ClassBuilder b = base();
    uint16_t inner = b.classRef("Bad$In");
    uint16_t name = b.utf8("In");
    Bytes body;
    put2(body, copies);
    for (int i = 0; i < copies; ++i) {
        put2(body, inner);
        put2(body, b.thisClass);
        put2(body, name);
        put2(body, acc::STATIC);
    }
    putBytes(body, junk);
    b.attributes.push_back(b.attribute("InnerClasses", body));
    return b.build();
}

std::vector<Malformed> malformedCases() {
    using K = LoadErrorKind;
    const K CFE = K::ClassFormatError, UCVE = K::UnsupportedClassVersionError;
    const std::string truncated = "Truncated class file";
    std::vector<Malformed> cases = {
        // JVMS 4.1 magic and version
        {"Empty", [] { return Bytes{}; }, CFE, truncated},
        {"BadMagic", [] { return patch(base().build(), 3, {0xBF}); }, CFE,
         "Incompatible magic value 3405691583 in class file Bad"},
        {"VersionTooNew",
         [] {
             ClassBuilder b = base();
             b.major = 62;
             return b.build();
         },
         UCVE,
         "Bad has been compiled by a more recent version of the Java Runtime (class file version 62.0), "
         "this version of the Java Runtime only recognizes class file versions up to 61.0"},
        {"VersionTooOld",
         [] {
             ClassBuilder b = base();
             b.major = 44;
             return b.build();
         },
         UCVE, "Bad (class file version 44.0) was compiled with an invalid major version"},
        {"PreviewMinor",
         [] {
             ClassBuilder b = base();
             b.minor = 65535;
             return b.build();
         },
         UCVE,
         "Preview features are not enabled for Bad (class file version 61.65535). Try running with "
         "'--enable-preview'"},
        {"OldPreviewMinor",
         [] {
             ClassBuilder b = base();
             b.major = 60;
             b.minor = 65535;
             return b.build();
         },
         UCVE,
         "Bad (class file version 60.65535) was compiled with preview features that are unsupported. "
         "This version of the Java Runtime only recognizes preview features for class file version 61.65535"},
        {"NonZeroMinor",
         [] {
             ClassBuilder b = base();
             b.minor = 3;
             return b.build();
         },
         UCVE, "Bad (class file version 61.3) was compiled with an invalid non-zero minor version"},

        // Truncation in every section
        {"TruncatedMagic", [] { return truncatedAt("magic", 2); }, CFE, truncated},
        {"TruncatedVersion", [] { return truncatedAt("version", 3); }, CFE, truncated},
        {"TruncatedConstantPool", [] { return truncatedAt("constant_pool", 9); }, CFE, truncated},
        {"TruncatedAccessFlags", [] { return truncatedAt("access_flags", 1); }, CFE, truncated},
        {"TruncatedThisClass", [] { return truncatedAt("this_class", 1); }, CFE, truncated},
        {"TruncatedInterfaces", [] { return truncatedAt("interfaces", 3); }, CFE, truncated},
        {"TruncatedFields", [] { return truncatedAt("fields", 5); }, CFE, truncated},
        {"TruncatedMethods", [] { return truncatedAt("methods", 1); }, CFE, truncated},
        // method1 is run()V: 8 header bytes, 6 attribute header bytes, 8 code header bytes, 1 opcode.
        {"TruncatedCode", [] { return truncatedAt("method1", 8 + 6 + 8 + 1); }, CFE, truncated},
        {"TruncatedAttributes", [] { return truncatedAt("attributes", 4); }, CFE, truncated},
        {"ExtraBytes",
         [] {
             ClassBuilder b = base();
             b.trailing = {0};
             return b.build();
         },
         CFE, "Extra bytes at the end of class file Bad"},

        // JVMS 4.4 constant pool
        {"ConstantPoolSizeZero",
         [] {
             ClassBuilder b = base();
             b.cpCountOverride = 0;
             return b.build();
         },
         CFE, "Illegal constant pool size 0 in class file Bad"},
        {"UnknownTag",
         [] {
             ClassBuilder b = base();
             b.raw({2, 0, 0});
             return b.build();
         },
         CFE, "Unknown constant tag 2 in class file Bad"},
        {"ClassIndexZero",
         [] {
             ClassBuilder b = base();
             b.ref1(7, 0);
             return b.build();
         },
         CFE, "Invalid constant pool index 0 in class file Bad"},
        {"MethodrefIndexOutOfRange",
         [] {
             ClassBuilder b = base();
             b.ref2(10, 999, b.nameAndType("m", "()V"));
             return b.build();
         },
         CFE, "Invalid constant pool index 999 in class file Bad"},
        {"MethodrefClassIsUtf8",
         [] {
             ClassBuilder b = base();
             b.ref2(10, b.utf8("Bad"), b.nameAndType("m", "()V"));
             return b.build();
         },
         CFE, "Invalid constant pool index 1 in class file Bad"},
        {"StringIndexIsInteger",
         [] {
             ClassBuilder b = base();
             b.ref1(8, b.integer(5));
             return b.build();
         },
         CFE, "Invalid constant pool index 10 in class file Bad"},
        {"LongInLastSlot",
         [] {
             ClassBuilder b = base();
             b.longConst(7);
             b.cpCountOverride = b.poolCount() - 1;
             return b.build();
         },
         CFE, "Invalid constant pool entry 10 in class file Bad"},
        {"Utf8FourByteForm", [] { return withUtf8("\xf0\x9f\x98\x80"); }, CFE,
         "Illegal UTF8 string in constant pool in class file Bad"},
        {"Utf8LoneContinuation", [] { return withUtf8("a\x80z"); }, CFE,
         "Illegal UTF8 string in constant pool in class file Bad"},
        {"Utf8RawNul", [] { return withUtf8(std::string_view("a\0b", 3)); }, CFE,
         "Illegal UTF8 string in constant pool in class file Bad"},
        {"MethodHandleBeforeJava7",
         [] {
             ClassBuilder b = base();
             b.major = 50;
             b.methodHandle(6, b.methodref("Bad", "m", "()V"));
             return b.build();
         },
         CFE, "Class file version does not support constant tag 15 in class file Bad"},
        {"DynamicBeforeJava11",
         [] {
             ClassBuilder b = base();
             b.major = 54;
             b.ref2(17, 0, b.nameAndType("v", "I"));
             return b.build();
         },
         CFE, "Class file version does not support constant tag 17 in class file Bad"},
        {"ModuleTagInClass",
         [] {
             ClassBuilder b = base();
             b.ref1(19, b.utf8("m"));
             return b.build();
         },
         CFE, "Unknown constant tag 19 in class file Bad"},
        {"ModuleInfoIsNotAClass",
         [] {
             ClassBuilder b = base();
             b.ref1(19, b.utf8("m"));
             b.accessFlags = acc::MODULE;
             return b.build();
         },
         K::NoClassDefFoundError, "Bad is not a class because access_flag ACC_MODULE is set"},
        {"BadMethodHandleKind",
         [] {
             ClassBuilder b = base();
             b.methodHandle(10, b.methodref("Bad", "m", "()V"));
             return b.build();
         },
         CFE, "Bad method handle kind at constant pool index 13 in class file Bad"},
        {"MethodHandleGetFieldOfMethod",
         [] {
             ClassBuilder b = base();
             b.methodHandle(1, b.methodref("Bad", "m", "()V"));
             return b.build();
         },
         CFE, "Invalid constant pool index 12 in class file Bad (not a field)"},
        {"MissingBootstrapMethods",
         [] {
             ClassBuilder b = base();
             b.ref2(18, 0, b.nameAndType("run", "()V"));
             return b.build();
         },
         CFE, "Missing BootstrapMethods attribute in class file Bad"},

        // JVMS 4.2 names and 4.3 descriptors
        {"IllegalClassName",
         [] {
             ClassBuilder b = base();
             b.classRef("a//b");
             return b.build();
         },
         CFE, "Illegal class name \"a//b\" in class file Bad"},
        {"IllegalFieldName", [] { return withField(0, "a.b", "I"); }, CFE,
         "Illegal field name \"a.b\" in class Bad"},
        {"IllegalMethodName", [] { return withMethod(0, "<foo>", "()V"); }, CFE,
         "Illegal method name \"<foo>\" in class Bad"},
        {"IllegalFieldDescriptor", [] { return withField(0, "f", "Q"); }, CFE,
         "Field \"f\" in class Bad has illegal signature \"Q\""},
        {"IllegalMethodDescriptor", [] { return withMethod(0, "m", "(I"); }, CFE,
         "Method \"m\" in class Bad has illegal signature \"(I\""},
        {"ConstructorReturnsInt", [] { return withMethod(acc::PUBLIC, "<init>", "(I)I"); }, CFE,
         "Method \"<init>\" in class Bad has illegal signature \"(I)I\""},
        {"EmptyClassNameInDescriptor", [] { return withField(0, "f", "L;"); }, CFE,
         "Class name is empty or contains illegal character in descriptor in class file Bad"},
        {"TooManyArrayDimensions", [] { return withField(0, "f", std::string(256, '[') + "I"); }, CFE,
         "Array type descriptor has more than 255 dimensions in class file Bad"},
        {"MethodrefToClinit",
         [] {
             ClassBuilder b = base();
             b.methodref("Bad", "<clinit>", "()V");
             return b.build();
         },
         CFE, "Bad method name at constant pool index 10 in class file Bad"},

        // JVMS 4.1 header
        {"InvalidThisClass",
         [] {
             ClassBuilder b = base();
             b.thisClass = b.utf8("Bad");
             return b.build();
         },
         CFE, "Invalid this class index 1 in constant pool in class file Bad"},
        {"NoSuperclass",
         [] {
             ClassBuilder b = base();
             b.superClass = 0;
             return b.build();
         },
         CFE, "Invalid superclass index 0 in class file Bad"},
        {"InterfaceWithoutAbstract",
         [] {
             ClassBuilder b;
             b.accessFlags = acc::PUBLIC | acc::INTERFACE;
             return b.build();
         },
         CFE, "Illegal class modifiers in class Bad: 0x201"},
        {"DuplicateInterface",
         [] {
             ClassBuilder b = base();
             b.interfaces = {b.classRef("java/lang/Runnable"), b.classRef("java/lang/Runnable")};
             return b.build();
         },
         CFE, "Duplicate interface name \"java/lang/Runnable\" in class file Bad"},

        // JVMS 4.5 fields
        {"PublicPrivateField", [] { return withField(acc::PUBLIC | acc::PRIVATE, "f", "I"); }, CFE,
         "Illegal field modifiers in class Bad: 0x3"},
        {"DuplicateField",
         [] {
             ClassBuilder b = base();
             b.addField(0, "f", "Ljava/lang/String;");
             b.addField(acc::STATIC, "f", "Ljava/lang/String;");
             return b.build();
         },
         CFE, "Duplicate field name \"f\" with signature \"Ljava.lang.String;\" in class file Bad"},
        {"ConstantValueWrongType",
         [] {
             return withField(acc::STATIC, "f", "I", [](ClassBuilder& b, ClassBuilder::Member& f) {
                 uint16_t s = b.string("text");
                 f.attributes.push_back(b.attribute("ConstantValue", {uint8_t(s >> 8), uint8_t(s)}));
             });
         },
         CFE, "Inconsistent constant value type in class file Bad"},
        {"ConstantValueWrongLength",
         [] {
             return withField(acc::STATIC, "f", "I", [](ClassBuilder& b, ClassBuilder::Member& f) {
                 uint16_t i = b.integer(1);
                 f.attributes.push_back(b.attribute("ConstantValue", {uint8_t(i >> 8), uint8_t(i), 0}));
             });
         },
         CFE, "Invalid ConstantValue field attribute length 3 in class file Bad"},

        // JVMS 4.6 methods
        {"DuplicateMethod",
         [] {
             ClassBuilder b = base();
             b.addMethod(acc::STATIC, "m", "()V", {b.code(0, 0, {0xb1})});
             b.addMethod(acc::STATIC, "m", "()V", {b.code(0, 0, {0xb1})});
             return b.build();
         },
         CFE, "Duplicate method name \"m\" with signature \"()V\" in class file Bad"},
        {"AbstractFinalMethod",
         [] { return withMethod(acc::ABSTRACT | acc::FINAL | acc::PUBLIC, "m", "()V", false); }, CFE,
         "Method m in class Bad has illegal modifiers: 0x411"},
        {"ClinitNotStatic", [] { return withMethod(0, "<clinit>", "()V"); }, CFE,
         "Method <clinit> is not static in class file Bad"},
        {"InterfaceConstructor",
         [] {
             ClassBuilder b;
             b.accessFlags = acc::PUBLIC | acc::INTERFACE | acc::ABSTRACT;
             b.addMethod(acc::PUBLIC, "<init>", "()V", {b.code(1, 1, {0xb1})});
             return b.build();
         },
         CFE, "Interface cannot have a method named <init>, class file Bad"},
        {"AbstractMethodWithCode", [] { return withMethod(acc::ABSTRACT | acc::PUBLIC, "m", "()V", true); },
         CFE, "Code attribute in native or abstract methods in class file Bad"},
        {"MissingCode", [] { return withMethod(acc::PUBLIC, "m", "()V", false); }, CFE,
         "Absent Code attribute in method that is not native or abstract in class file Bad"},

        // JVMS 4.7.3 Code
        {"CodeLengthMismatch",
         [] { return withCode([](ClassBuilder& b) { return b.code(0, 0, {0xb1}, {}, {}, 14); }); }, CFE,
         "Code segment has wrong length in class file Bad"},
        {"CodeLengthZero", [] { return withCode([](ClassBuilder& b) { return b.code(0, 0, {}); }); }, CFE,
         "Invalid method Code length 0 in class file Bad"},
        {"ArgumentsDoNotFitInLocals",
         [] {
             ClassBuilder b = base();
             b.addMethod(acc::STATIC, "m", "(JI)V", {b.code(0, 2, {0xb1})});
             return b.build();
         },
         CFE, "Arguments can't fit into locals in class file Bad"},
        {"ExceptionRangePastCode",
         [] { return withCode([](ClassBuilder& b) {
                  return b.code(1, 0, {0x00, 0xb1}, {{0, 3, 1, 0}});
              }); },
         CFE, "Illegal exception table range in class file Bad"},
        {"ExceptionRangeEmpty",
         [] { return withCode([](ClassBuilder& b) {
                  return b.code(1, 0, {0x00, 0xb1}, {{1, 1, 1, 0}});
              }); },
         CFE, "Illegal exception table range in class file Bad"},
        {"ExceptionHandlerPastCode",
         [] { return withCode([](ClassBuilder& b) {
                  return b.code(1, 0, {0x00, 0xb1}, {{0, 1, 2, 0}});
              }); },
         CFE, "Illegal exception table handler in class file Bad"},
        {"CatchTypeNotAClass",
         [] {
             return withCode([](ClassBuilder& b) {
                 return b.code(1, 0, {0x00, 0xb1}, {{0, 1, 1, b.utf8("java/lang/Throwable")}});
             });
         },
         CFE, "Catch type in exception table has bad constant type in class file Bad"},
        {"LineNumberTableWrongLength",
         [] {
             return withCode([](ClassBuilder& b) {
                 return b.code(0, 0, {0xb1}, {}, {b.attribute("LineNumberTable", {0, 1, 0, 0, 0, 1, 0})});
             });
         },
         CFE, "LineNumberTable attribute has wrong length in class file Bad"},
        {"LineNumberPastCode",
         [] {
             return withCode([](ClassBuilder& b) {
                 return b.code(0, 0, {0xb1}, {}, {b.attribute("LineNumberTable", {0, 1, 0, 1, 0, 1})});
             });
         },
         CFE, "Invalid pc in LineNumberTable in class file Bad"},

        // JVMS 4.7 class attributes
        {"SourceFileWrongLength",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("SourceFile", {0, 1, 0}));
             return b.build();
         },
         CFE, "Wrong SourceFile attribute length in class file Bad"},
        {"BootstrapMethodsBadLength",
         [] {
             ClassBuilder b = base();
             uint16_t mh = b.methodHandle(6, b.methodref("Bad", "boot", "()V"));
             b.ref2(18, 0, b.nameAndType("run", "()V"));
             b.attributes.push_back(
                 b.attribute("BootstrapMethods", {0, 1, uint8_t(mh >> 8), uint8_t(mh), 0, 0, 0, 0}));
             return b.build();
         },
         CFE, "Bad length on BootstrapMethods in class file Bad"},

        {"CodeTooLong",
         [] { return withCode([](ClassBuilder& b) { return b.code(0, 0, Bytes(65536, 0)); }); }, CFE,
         "Invalid method Code length 65536 in class file Bad"},
        {"TooManyArguments",
         [] { return withMethod(acc::STATIC, "m", "(" + std::string(256, 'I') + ")V", false); }, CFE,
         "Too many arguments in method signature in class file Bad"},
        {"MultipleStackMapTables",
         [] {
             return withCode([](ClassBuilder& b) {
                 return b.code(0, 0, {0xb1}, {},
                               {b.attribute("StackMapTable", {0, 0}), b.attribute("StackMapTable", {0, 0})});
             });
         },
         CFE, "Multiple StackMapTable attributes in class file Bad"},

        // Local variable tables (JVMS 4.7.13, 4.7.14)
        {"LocalVariableSlotTooLarge",
         [] {
             return withLocals(1, {{"x", "I", 1}}, {});
         },
         CFE, "Invalid index 1 in LocalVariableTable in class file Bad"},
        {"LocalVariableLongNeedsTwoSlots",
         [] {
             return withLocals(1, {{"x", "J", 0}}, {});
         },
         CFE, "Invalid index 0 in LocalVariableTable in class file Bad"},
        {"LocalVariableDuplicated",
         [] {
             return withLocals(2, {{"x", "I", 0}, {"x", "I", 0}}, {});
         },
         CFE, "Duplicated LocalVariableTable attribute entry for 'x' in class file Bad"},
        {"LocalVariableTypeUnmatched",
         [] {
             return withLocals(2, {{"x", "I", 0}}, {{"y", "TT;", 1}});
         },
         CFE, "LVTT entry for 'y' in class file Bad does not match any LVT entry"},

        // Other method attributes (JVMS 4.7.5, 4.7.24)
        {"ExceptionsNotAClass",
         [] {
             ClassBuilder b = base();
             Bytes c = b.code(0, 0, {0xb1});
             b.addMethod(acc::STATIC, "m", "()V", {c, b.attribute("Exceptions", {0, 1, 0, 1})});
             return b.build();
         },
         CFE, "Exception name has bad type at constant pool 1 in class file Bad"},
        {"MethodParametersWrongLength",
         [] {
             ClassBuilder b = base();
             Bytes c = b.code(0, 0, {0xb1});
             b.addMethod(acc::STATIC, "m", "()V", {c, b.attribute("MethodParameters", {1, 0, 0, 0, 0, 0})});
             return b.build();
         },
         CFE, "Invalid MethodParameters method attribute length 6 in class file"},

        // More constant pool rules (JVMS 4.4)
        {"FieldrefWithMethodDescriptor",
         [] {
             ClassBuilder b = base();
             b.fieldref("Bad", "f", "()V");
             return b.build();
         },
         CFE, "Field \"f\" in class Bad has illegal signature \"()V\""},
        {"MethodrefWithFieldDescriptor",
         [] {
             ClassBuilder b = base();
             b.methodref("Bad", "m", "I");
             return b.build();
         },
         CFE, "Method \"m\" in class Bad has illegal signature \"I\""},
        {"ZeroLengthName",
         [] {
             ClassBuilder b = base();
             b.nameAndType("", "I");
             return b.build();
         },
         CFE, "Illegal zero length constant pool entry at 10 in class Bad"},
        {"MethodTypeWithFieldDescriptor",
         [] {
             ClassBuilder b = base();
             b.methodType("I");
             return b.build();
         },
         CFE, "Method \"type\" in class Bad has illegal signature \"I\""},
        {"DynamicWithMethodDescriptor",
         [] {
             ClassBuilder b = base();
             b.ref2(17, 0, b.nameAndType("v", "()V"));
             return b.build();
         },
         CFE, "CONSTANT_Dynamic \"v\" in class Bad has illegal signature \"()V\""},
        {"NewInvokeSpecialOfMethod",
         [] {
             ClassBuilder b = base();
             b.methodHandle(8, b.methodref("Bad", "m", "()V"));
             return b.build();
         },
         CFE, "Bad constructor name at constant pool index 10 in class file Bad"},
        {"Utf8Overlong", [] { return withUtf8("\xc1\x81"); }, CFE,
         "Illegal UTF8 string in constant pool in class file Bad"},
        {"ModuleTagBeforeJava9",
         [] {
             ClassBuilder b = base();
             b.major = 52;
             b.ref1(19, b.utf8("m"));
             return b.build();
         },
         CFE, "Unknown constant tag 19 in class file Bad"},
        {"ShortBootstrapMethods",
         [] {
             ClassBuilder b = base();
             uint16_t mh = b.methodHandle(6, b.methodref("Bad", "boot", "()V"));
             b.ref2(18, 1, b.nameAndType("run", "()V"));
             b.attributes.push_back(
                 b.attribute("BootstrapMethods", {0, 1, uint8_t(mh >> 8), uint8_t(mh), 0, 0}));
             return b.build();
         },
         CFE, "Short length on BootstrapMethods in class file Bad"},
        {"BootstrapArgumentNotLoadable",
         [] {
             ClassBuilder b = base();
             uint16_t mh = b.methodHandle(6, b.methodref("Bad", "boot", "()V"));
             uint16_t nat = b.nameAndType("run", "()V");
             b.ref2(18, 0, nat);
             b.attributes.push_back(b.attribute("BootstrapMethods", {0, 1, uint8_t(mh >> 8), uint8_t(mh), 0,
                                                                     1, uint8_t(nat >> 8), uint8_t(nat)}));
             return b.build();
         },
         CFE, "argument_index 15 has bad constant type in class file Bad"},

        // More field rules (JVMS 4.5, 4.7.2)
        {"InterfaceFieldNotStatic",
         [] {
             ClassBuilder b;
             b.accessFlags = acc::PUBLIC | acc::INTERFACE | acc::ABSTRACT;
             b.addField(acc::PUBLIC | acc::FINAL, "X", "I");
             return b.build();
         },
         CFE, "Illegal field modifiers in class Bad: 0x11"},
        {"StringFieldWithIntConstant",
         [] {
             return withField(
                 acc::STATIC, "f", "Ljava/lang/String;", [](ClassBuilder& b, ClassBuilder::Member& f) {
                     uint16_t i = b.integer(1);
                     f.attributes.push_back(b.attribute("ConstantValue", {uint8_t(i >> 8), uint8_t(i)}));
                 });
         },
         CFE, "Bad string initial value in class file Bad"},
        {"ArrayFieldWithConstant",
         [] {
             return withField(acc::STATIC, "f", "[I", [](ClassBuilder& b, ClassBuilder::Member& f) {
                 uint16_t i = b.integer(1);
                 f.attributes.push_back(b.attribute("ConstantValue", {uint8_t(i >> 8), uint8_t(i)}));
             });
         },
         CFE, "Unable to set initial value 12 in class file Bad"},
        {"DuplicateConstantValue",
         [] {
             return withField(acc::STATIC, "f", "I", [](ClassBuilder& b, ClassBuilder::Member& f) {
                 uint16_t i = b.integer(1);
                 f.attributes.push_back(b.attribute("ConstantValue", {uint8_t(i >> 8), uint8_t(i)}));
                 f.attributes.push_back(f.attributes.back());
             });
         },
         CFE, "Duplicate ConstantValue attribute in class file Bad"},

        // More header rules (JVMS 4.1)
        {"InterfaceIndexNotAClass",
         [] {
             ClassBuilder b = base();
             b.interfaces = {1};
             return b.build();
         },
         CFE, "Interface name has bad constant pool index 1 in class file Bad"},
        {"ArraySuperclass",
         [] {
             ClassBuilder b("Bad", "[I");
             b.addDefaultConstructor();
             return b.build();
         },
         CFE, "Bad superclass name in class file Bad"},
        {"InterfaceSuperclassNotObject",
         [] {
             ClassBuilder b("Bad", "java/lang/Number");
             b.accessFlags = acc::PUBLIC | acc::INTERFACE | acc::ABSTRACT;
             return b.build();
         },
         CFE, "Interfaces must have java.lang.Object as superclass in class file Bad"},

        // More class attributes (JVMS 4.7.6-4.7.31)
        {"MultipleSourceFiles",
         [] {
             ClassBuilder b = base();
             uint16_t s = b.utf8("Bad.java");
             b.attributes.push_back(b.attribute("SourceFile", {uint8_t(s >> 8), uint8_t(s)}));
             b.attributes.push_back(b.attributes.back());
             return b.build();
         },
         CFE, "Multiple SourceFile attributes in class file Bad"},
        {"ClassSignatureWrongLength",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("Signature", {0, 1, 0}));
             return b.build();
         },
         CFE, "Wrong Signature attribute length 3 in class file Bad"},
        {"EnclosingMethodWrongLength",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("EnclosingMethod", {0, 4, 0}));
             return b.build();
         },
         CFE, "Wrong EnclosingMethod attribute length 3 in class file Bad"},
        {"DuplicateInnerClassEntry", [] { return withInnerClasses(2, {}); }, CFE,
         "Duplicate entry in InnerClasses attribute in class file Bad"},
        {"InnerClassesWrongLength",
         [] {
             return withInnerClasses(1, {0, 0});
         },
         CFE, "Wrong InnerClasses attribute length in class file Bad"},
        {"InnerClassIsItsOwnOuter",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("InnerClasses", {0, 1, 0, 2, 0, 2, 0, 0, 0, 8}));
             return b.build();
         },
         CFE, "Class is both outer and inner class in class file Bad"},
        {"InnerInterfaceNotAbstract",
         [] {
             ClassBuilder b = base();
             uint16_t inner = b.classRef("Bad$In");
             b.attributes.push_back(
                 b.attribute("InnerClasses", {0, 1, 0, uint8_t(inner), 0, 2, 0, 0, 0x02, 0x08}));
             return b.build();
         },
         CFE, "Illegal class modifiers in class Bad: 0x208"},
        {"NestHostNotAClass",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("NestHost", {0, 1}));
             return b.build();
         },
         CFE, "Nest-host class_info_index 1 has bad constant type in class file Bad"},
        {"NestHostAndNestMembers",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("NestMembers", {0, 0}));
             b.attributes.push_back(b.attribute("NestHost", {0, 4}));
             return b.build();
         },
         CFE, "Conflicting NestMembers and NestHost attributes in class file Bad"},
        {"NestMembersWrongLength",
         [] {
             ClassBuilder b = base();
             b.attributes.push_back(b.attribute("NestMembers", {0, 1, 0, 4, 0}));
             return b.build();
         },
         CFE, "Wrong NestMembers attribute length in class file Bad"},
        {"RecordWrongLength",
         [] {
             ClassBuilder b = base();
             uint16_t n = b.utf8("x");
             uint16_t d = b.utf8("I");
             b.attributes.push_back(b.attribute("Record", {0, 1, 0, uint8_t(n), 0, uint8_t(d), 0, 0, 0}));
             return b.build();
         },
         CFE, "Record attribute has wrong length in class file Bad"},
        {"PermittedSubclassesOfFinalClass",
         [] {
             ClassBuilder b = base();
             b.accessFlags |= acc::FINAL;
             b.attributes.push_back(b.attribute("PermittedSubclasses", {0, 1, 0, 4}));
             return b.build();
         },
         CFE, "PermittedSubclasses attribute in final class file Bad"},
    };
    return cases;
}

class MalformedTest : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedTest, FailsLikeHotSpot) {
    const Malformed& c = GetParam();
    Bytes bytes = c.make();
    if (const char* dump = std::getenv("CORTADO_DUMP_MALFORMED")) {
        fs::path d = fs::path(dump) / c.name;
        fs::create_directories(d);
        std::ofstream(d / "Bad.class", std::ios::binary)
            .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        std::ofstream(d / "expected.txt")
            << ClassFormatError(c.kind, "").javaClassName() << ": " << c.message << "\n";
    }
    try {
        parseClassFile(bytes, "Bad");
        FAIL() << "parsed without error";
    } catch (const ClassFormatError& e) {
        EXPECT_EQ(e.kind(), c.kind);
        EXPECT_EQ(std::string(e.what()), c.message);
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, MalformedTest, ::testing::ValuesIn(malformedCases()),
                         [](const ::testing::TestParamInfo<Malformed>& info) { return info.param.name; });

// Every prefix of a real class file fails cleanly (and, under the sanitizers,
// without reading out of bounds).
TEST(Truncation, EveryPrefixOfAClassFails) {
    ClassBuilder b = base();
    b.addField(acc::STATIC | acc::FINAL, "L", "J",
               {b.attribute("ConstantValue", {0, static_cast<uint8_t>(b.longConst(5))})});
    b.addMethod(
        acc::PUBLIC, "run", "()V",
        {b.code(0, 1, {0x00, 0xb1}, {{0, 1, 1, 0}}, {b.attribute("LineNumberTable", {0, 1, 0, 0, 0, 7})})});
    Bytes bytes = b.build();
    ASSERT_NO_THROW(parseClassFile(bytes, "Bad"));
    for (size_t n = 0; n < bytes.size(); ++n) {
        Bytes prefix(bytes.begin(), bytes.begin() + n);
        try {
            parseClassFile(prefix, "Bad");
            ADD_FAILURE() << "prefix of " << n << " bytes parsed";
        } catch (const ClassFormatError& e) {
            EXPECT_STREQ(e.what(), "Truncated class file") << n;
        }
    }
}

// Flipping any single byte never crashes the parser (fuzz-like smoke test).
TEST(Corruption, EverySingleByteChangeIsHandled) {
    ClassBuilder b = base();
    b.addMethod(acc::PUBLIC, "run", "()V", {b.code(0, 1, {0x00, 0xb1}, {{0, 1, 1, 0}})});
    b.attributes.push_back(b.attribute("SourceFile", {0, static_cast<uint8_t>(b.utf8("Bad.java"))}));
    Bytes bytes = b.build();
    for (size_t i = 0; i < bytes.size(); ++i) {
        for (uint8_t v : {uint8_t(0x00), uint8_t(0xff), uint8_t(bytes[i] + 1)}) {
            Bytes copy = bytes;
            copy[i] = v;
            try {
                parseClassFile(copy, "Bad");
            } catch (const ClassFormatError&) {
            }
        }
    }
}

}  // namespace
}  // namespace cortado::test
