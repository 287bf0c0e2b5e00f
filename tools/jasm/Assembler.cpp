// The statement-level grammar of Jasmin: the class directives and fields.
// Method bodies are in MethodBody.cpp, instructions in Instructions.cpp.
#include "tools/jasm/Assembler.h"

#include <algorithm>
#include <optional>

#include "classfile/ClassFile.h"
#include "classfile/ModifiedUtf8.h"
#include "classfile/writer/WriteError.h"
#include "tools/jasm/AccessFlags.h"
#include "tools/jasm/Attributes.h"
#include "tools/jasm/MethodBody.h"
#include "tools/jasm/Numbers.h"

namespace cortado::jasm {

namespace acc = classfile::acc;
using classwriter::Bytes;
using classwriter::put2;

namespace {

class Parser {
public:
    Parser(std::string_view source, std::string_view sourceName, const AssembleOptions& options)
        : in_(tokenize(source)), sourceName_(sourceName), options_(options) {}

    AssembledClass run() {
        for (;;) {
            in_.skipBlankLines();
            if (in_.peek().kind == Token::EndOfFile) break;
            std::string d = in_.word("a directive such as .class, .field or .method");
            classStatement(d);
        }
        if (className_.empty()) in_.fail("a .class or .interface directive");
        if (!haveSuper_) throw SyntaxError(in_.line(), "expected a .super directive (or .no_super for java/lang/Object)");
        // Every Jasmin class names its source, by default the .j file (JVMS 4.7.10).
        std::string source = sourceFile_ ? *sourceFile_ : std::string(sourceName_);
        classAttributes_.insert(classAttributes_.begin(), cls_.attribute("SourceFile", u2Body(cls_.pool.utf8(source))));
        if (!innerClasses_.empty()) {
            Bytes body;
            put2(body, static_cast<uint32_t>(innerClasses_.size()));
            for (const InnerClass& c : innerClasses_) {
                put2(body, c.inner);
                put2(body, c.outer);
                put2(body, c.name);
                put2(body, c.flags);
            }
            classAttributes_.push_back(cls_.attribute("InnerClasses", std::move(body)));
        }
        cls_.attributes = std::move(classAttributes_);
        // JVMS 4.1: an interface must be ACC_ABSTRACT from version 50 on; older
        // class files may leave it out (HotSpot sets it), and Jasmin does.
        if (isInterface_ && cls_.major >= 50) cls_.access |= acc::ABSTRACT;
        return {className_, cls_.build()};
    }

private:
    enum class Scope { Class, Field };
    TokenCursor in_;
    std::string sourceName_;
    const AssembleOptions& options_;
    classwriter::ClassWriter cls_;
    std::string className_;
    bool haveSuper_ = false;
    bool isInterface_ = false;
    std::optional<std::string> sourceFile_;
    std::vector<classwriter::Attribute> classAttributes_;
    Scope scope_ = Scope::Class;
    struct InnerClass {
        uint16_t inner, outer, name, flags;
    };
    std::vector<InnerClass> innerClasses_;

    std::vector<classwriter::Attribute>& attributesInScope() {
        return scope_ == Scope::Field ? cls_.fields.back().attributes : classAttributes_;
    }
    // A class name in a directive; Jasmin also takes java.lang.Object for java/lang/Object.
    std::string className(const std::string& expected) {
        std::string name = in_.word(expected);
        std::replace(name.begin(), name.end(), '.', '/');
        return name;
    }
    void needClass(const std::string& d) {
        if (className_.empty()) throw SyntaxError(in_.line(), d + " must come after .class or .interface");
    }

    void classStatement(const std::string& d) {
        if (d == ".class" || d == ".interface") {
            if (!className_.empty()) throw SyntaxError(in_.line(), "a file defines one class: " + d + " again");
            uint16_t flags = readAccessFlags(in_);
            // Jasmin sets ACC_SUPER on every class.
            flags |= d == ".class" ? acc::SUPER : acc::INTERFACE;
            isInterface_ = d == ".interface";
            className_ = className("a class name after " + d);
            cls_.access = flags;
            cls_.thisClass = cls_.pool.classRef(className_);
            in_.endOfStatement("the class name");
        } else if (d == ".super") {
            needClass(d);
            if (haveSuper_) throw SyntaxError(in_.line(), "a class has one .super");
            cls_.superClass = cls_.pool.classRef(className("a class name after .super"));
            haveSuper_ = true;
            in_.endOfStatement("the class name");
        } else if (d == ".no_super") {  // Sable's: java/lang/Object has no superclass
            needClass(d);
            haveSuper_ = true;
            in_.endOfStatement(".no_super");
        } else if (d == ".implements") {
            needClass(d);
            cls_.interfaces.push_back(cls_.pool.classRef(className("an interface name after .implements")));
            in_.endOfStatement("the interface name");
        } else if (d == ".source") {
            if (in_.peek().kind == Token::String) sourceFile_ = in_.next().text;
            else sourceFile_ = in_.word("a file name after .source");
            in_.endOfStatement("the file name");
        } else if (d == ".debug") {  // JasminXT: SourceDebugExtension (JVMS 4.7.11), the string's bytes
            const Token& t = in_.string("a quoted string after .debug");
            std::string bytes = classfile::encodeModifiedUtf8(t.value);
            classAttributes_.push_back(cls_.attribute("SourceDebugExtension", Bytes(bytes.begin(), bytes.end())));
            in_.endOfStatement(".debug");
        } else if (d == ".bytecode") {
            bytecodeVersion();
        } else if (d == ".field") {
            needClass(d);
            field();
        } else if (d == ".end") {
            in_.keyword("field");
            if (scope_ != Scope::Field) throw SyntaxError(in_.line(), ".end field without a .field");
            scope_ = Scope::Class;
            in_.endOfStatement(".end field");
        } else if (d == ".method") {
            needClass(d);
            scope_ = Scope::Class;
            method();
        } else if (d == ".inner") {
            needClass(d);
            innerClass();
        } else if (d == ".enclosing") {
            needClass(d);
            enclosingMethod();
        } else if (d == ".signature" || d == ".signature_attr") {
            signature(attributesInScope());
        } else if (d == ".deprecated" || d == ".synthetic") {  // .synthetic is Sable's (JVMS 4.7.8)
            attributesInScope().push_back(markerAttribute(in_, cls_, d));
        } else {
            throw SyntaxError(in_.line() , "expected a directive such as .class, .field or .method, found '" + d + "'");
        }
    }

    // JasminXT: .inner class|interface [FLAGS] [NAME] [inner CLASS] [outer CLASS],
    // one InnerClasses entry (JVMS 4.7.6); what is left out is written as 0.
    void innerClass() {
        std::string kind = in_.word("'class' or 'interface' after .inner");
        if (kind != "class" && kind != "interface")
            throw SyntaxError(in_.line(), "expected 'class' or 'interface' after .inner, found '" + kind + "'");
        uint16_t flags = readAccessFlags(in_);
        if (kind == "interface") flags |= acc::INTERFACE | acc::ABSTRACT;
        uint16_t name = 0, inner = 0, outer = 0;
        auto& pool = cls_.pool;
        while (!in_.atEndOfLine()) {
            std::string w = in_.word("'inner', 'outer' or a simple name");
            if (w == "inner") inner = pool.classRef(className("a class after 'inner'"));
            else if (w == "outer") outer = pool.classRef(className("a class after 'outer'"));
            else if (name == 0) name = pool.utf8(w);
            else throw SyntaxError(in_.line(), "expected 'inner' or 'outer', found '" + w + "'");
        }
        in_.endOfStatement(".inner");
        innerClasses_.push_back({inner, outer, name, flags});
    }

    // JasminXT: .enclosing method OWNER/NAME(DESC)RET, or a class alone when
    // the class is not in a method (JVMS 4.7.7).
    void enclosingMethod() {
        in_.keyword("method");
        std::string spec = in_.word("the enclosing method as class/name(descriptor), or a class");
        std::replace(spec.begin(), spec.end(), '.', '/');
        auto& pool = cls_.pool;
        size_t paren = spec.find('(');
        Bytes body;
        if (paren == std::string::npos) {
            put2(body, pool.classRef(spec));
            put2(body, 0);
        } else {
            size_t slash = spec.rfind('/', paren);
            if (slash == std::string::npos || slash == 0)
                throw SyntaxError(in_.line(), "expected the enclosing method as class/name(descriptor), found '" + spec + "'");
            put2(body, pool.classRef(spec.substr(0, slash)));
            put2(body, pool.nameAndType(spec.substr(slash + 1, paren - slash - 1), spec.substr(paren)));
        }
        classAttributes_.push_back(cls_.attribute("EnclosingMethod", std::move(body)));
        in_.endOfStatement(".enclosing method");
    }

    // .bytecode MAJOR.MINOR (Sable's jasmin and JasminXT): the class-file version.
    void bytecodeVersion() {
        std::string v = in_.word("a version such as 52.0 after .bytecode");
        size_t dot = v.find('.');
        auto major = parseInteger(v.substr(0, dot));
        auto minor = dot == std::string::npos ? std::optional<int64_t>(0) : parseInteger(v.substr(dot + 1));
        if (!major || !minor || *major < 0 || *major > 65535 || *minor < 0 || *minor > 65535)
            throw SyntaxError(in_.line(), "expected a version MAJOR.MINOR such as 52.0 after .bytecode, found '" + v + "'");
        cls_.major = static_cast<uint16_t>(*major);
        cls_.minor = static_cast<uint16_t>(*minor);
        in_.endOfStatement("the version");
    }

    void signature(std::vector<classwriter::Attribute>& attrs) { attrs.push_back(signatureAttribute(in_, cls_)); }

    // .field FLAGS NAME DESCRIPTOR [signature "SIG"] [= VALUE]
    void field() {
        classwriter::Member f;
        f.access = readAccessFlags(in_);
        // A field name may be quoted (Jasmin 1's examples do), for names that are keywords.
        std::string name = in_.peek().kind == Token::String ? in_.next().text : in_.word("a field name");
        std::string descriptor = in_.word("a field descriptor after the name");
        f.name = cls_.pool.utf8(name);
        f.descriptor = cls_.pool.utf8(descriptor);
        cls_.fields.push_back(std::move(f));
        scope_ = Scope::Field;
        if (in_.atWord("signature")) {
            in_.next();
            signature(cls_.fields.back().attributes);
            return;  // signature() ended the statement
        }
        if (in_.peek().kind == Token::Equals) {
            in_.next();
            uint16_t value = constantValue(descriptor);
            cls_.fields.back().attributes.insert(cls_.fields.back().attributes.begin(),
                                                 cls_.attribute("ConstantValue", u2Body(value)));
        }
        in_.endOfStatement("the field");
    }

    // The ConstantValue of a field, of the field's type (JVMS 4.7.2).
    uint16_t constantValue(const std::string& descriptor) {
        auto& pool = cls_.pool;
        if (in_.peek().kind == Token::String) {
            const Token& t = in_.next();
            return pool.stringRaw(classfile::encodeModifiedUtf8(t.value));
        }
        std::string v = in_.word("a constant value after '='");
        char type = descriptor.size() == 1 ? descriptor[0] : 0;
        bool floating = isFloatingLiteral(v);
        auto integer = parseInteger(v);
        if (!floating && !integer) throw SyntaxError(in_.line(), "expected a number or string after '=', found '" + v + "'");
        if (type == 'J' && integer) return pool.longConst(*integer);
        if (type == 'D' || (type == 'J' && floating)) return pool.doubleBits(*parseDoubleBits(v));
        if (type == 'F' || (floating && type != 'D')) return pool.floatBits(*parseFloatBits(v));
        if (!integer || *integer < INT32_MIN || *integer > int64_t(UINT32_MAX))
            throw SyntaxError(in_.line(), "constant " + v + " does not fit in an int");
        return pool.integer(static_cast<int32_t>(static_cast<uint32_t>(*integer)));
    }

    void method() {
        MethodState m;
        m.options = &options_;
        m.computeByDefault = options_.computeFrames && cls_.major >= 50;
        m.access = readAccessFlags(in_);
        std::string spec = in_.word("a method name and descriptor such as main([Ljava/lang/String;)V");
        size_t paren = spec.find('(');
        if (paren == std::string::npos || paren == 0)
            throw SyntaxError(in_.line(), "expected a method name and descriptor such as main([Ljava/lang/String;)V, found '" +
                                              spec + "'");
        m.name = spec.substr(0, paren);
        m.descriptor = spec.substr(paren);
        in_.endOfStatement("the method descriptor");
        assembleMethodBody(in_, cls_, m);
    }
};

}  // namespace

AssembledClass assemble(std::string_view source, std::string_view sourceName, const AssembleOptions& options) {
    try {
        return Parser(source, sourceName, options).run();
    } catch (const classwriter::WriteError& e) {
        throw SyntaxError(0, e.what());  // a class-level limit, e.g. too many constants
    }
}

}  // namespace cortado::jasm
