#include "tools/jasm/InvokeDynamic.h"

#include <string>
#include <utility>

#include "classfile/ModifiedUtf8.h"
#include "tools/jasm/Numbers.h"

namespace cortado::jasm {

using classwriter::ClassWriter;

namespace {

struct Member {
    std::string owner, name, descriptor;
};

// OWNER/NAME(DESC)RET, or for a field OWNER/NAME followed by DESC.
Member memberSpec(TokenCursor& in, bool field) {
    std::string spec = in.word(field ? "a field as class/name" : "a method as class/name(descriptor)");
    size_t paren = field ? std::string::npos : spec.find('(');
    if (!field && paren == std::string::npos)
        throw SyntaxError(in.line(), "expected a method as class/name(descriptor), found '" + spec + "'");
    std::string owner = spec.substr(0, paren);
    size_t slash = owner.rfind('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == owner.size())
        throw SyntaxError(in.line(), "expected class/name, found '" + spec + "'");
    Member m{owner.substr(0, slash), owner.substr(slash + 1), field ? "" : spec.substr(paren)};
    if (field) m.descriptor = in.word("a field descriptor");
    return m;
}

uint16_t methodHandle(TokenCursor& in, ClassWriter& cls) {
    // JVMS Table 5.4.3.5-A: reference_kind 1-9.
    static const std::pair<std::string_view, uint8_t> kKinds[] = {
        {"getfield", 1},      {"getstatic", 2},     {"putfield", 3},
        {"putstatic", 4},     {"invokevirtual", 5}, {"invokestatic", 6},
        {"invokespecial", 7}, {"newinvokespecial", 8}, {"invokeinterface", 9},
        {"invokestatic_interface", 6}, {"invokespecial_interface", 7},
    };
    std::string kind = in.word("a method handle kind (invokestatic, invokevirtual, getfield, ...)");
    for (auto [name, ref] : kKinds) {
        if (name != kind) continue;
        auto& pool = cls.pool;
        bool field = ref <= 4;
        Member m = memberSpec(in, field);
        uint16_t target = field                                  ? pool.fieldref(m.owner, m.name, m.descriptor)
                          : (ref == 9 || kind.find("_interface") != std::string::npos)
                              ? pool.interfaceMethodref(m.owner, m.name, m.descriptor)
                              : pool.methodref(m.owner, m.name, m.descriptor);
        return pool.methodHandle(ref, target);
    }
    throw SyntaxError(in.line(), "expected a method handle kind (invokestatic, invokevirtual, getfield, ...), found '" +
                                     kind + "'");
}

uint16_t staticArgument(TokenCursor& in, ClassWriter& cls) {
    auto& pool = cls.pool;
    std::string kind = in.word("a bootstrap argument (int long float double string class methodtype handle)");
    auto number = [&](const char* what) {
        std::string w = in.word(std::string("a number after '") + what + "'");
        if (!parseInteger(w) && !isFloatingLiteral(w))
            throw SyntaxError(in.line(), std::string("expected a number after '") + what + "', found '" + w + "'");
        return w;
    };
    if (kind == "int") {
        std::string w = number("int");
        auto v = parseInteger(w);
        if (!v || *v < INT32_MIN || *v > INT32_MAX) throw SyntaxError(in.line(), "expected an int, found '" + w + "'");
        return pool.integer(static_cast<int32_t>(*v));
    }
    if (kind == "long") {
        std::string w = number("long");
        auto v = parseInteger(w);
        if (!v) throw SyntaxError(in.line(), "expected a long, found '" + w + "'");
        return pool.longConst(*v);
    }
    if (kind == "float") return pool.floatBits(*parseFloatBits(number("float")));
    if (kind == "double") return pool.doubleBits(*parseDoubleBits(number("double")));
    if (kind == "string") return pool.stringRaw(classfile::encodeModifiedUtf8(in.string("a quoted string").value));
    if (kind == "class") return pool.classRef(in.word("a class name after 'class'"));
    if (kind == "methodtype") return pool.methodType(in.word("a method descriptor after 'methodtype'"));
    if (kind == "handle") return methodHandle(in, cls);
    throw SyntaxError(in.line(), "expected a bootstrap argument (int long float double string class methodtype "
                                 "handle), found '" + kind + "'");
}

}  // namespace

uint16_t methodTypeOrHandle(TokenCursor& in, ClassWriter& cls, const std::string& kind) {
    if (kind == "methodtype") return cls.pool.methodType(in.word("a method descriptor after 'methodtype'"));
    return methodHandle(in, cls);
}

uint16_t invokeDynamicOperand(TokenCursor& in, ClassWriter& cls) {
    std::string site = in.word("a call site name and descriptor such as run()Ljava/lang/Runnable;");
    size_t paren = site.find('(');
    if (paren == std::string::npos || paren == 0)
        throw SyntaxError(in.line(), "expected a call site name and descriptor such as run()Ljava/lang/Runnable;, found '" +
                                         site + "'");
    ClassWriter::BootstrapMethod bsm;
    bsm.methodHandle = methodHandle(in, cls);
    while (!in.atEndOfLine()) bsm.arguments.push_back(staticArgument(in, cls));
    uint16_t index = cls.bootstrapMethod(bsm);
    return cls.pool.invokeDynamic(index, site.substr(0, paren), site.substr(paren));
}

}  // namespace cortado::jasm
