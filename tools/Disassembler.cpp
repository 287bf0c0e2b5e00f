// The layout follows JDK 17 javap (com.sun.tools.javap ClassWriter, CodeWriter,
// ConstantWriter): every column, quote and separator below is what javap prints,
// so `cortado --javap -c -p` and `javap -c -p` can be compared byte for byte
// (tests/javap/compare.sh does so for every sample class).
#include "tools/Disassembler.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "classfile/Bytecodes.h"
#include "classfile/ModifiedUtf8.h"
#include "natives/FloatingDecimal.h"

namespace cortado::tools {
namespace {

using namespace classfile;

// javap's ConstantWriter.checkName: a name that is not a valid binary name is
// quoted ("<init>", "[I"). Bytes of non-ASCII characters count as identifier parts.
bool identStart(unsigned char c) { return std::isalpha(c) || c == '_' || c == '$' || c >= 0x80; }
bool identPart(unsigned char c) { return identStart(c) || std::isdigit(c); }

std::string addEscapes(const std::string& s) {
    std::string r;
    for (char c : s) {
        if (c == '\\') r += "\\\\";
        else if (c == '"') r += "\\\"";
        else if (c == '\n') r += "\\n";
        else if (c == '\t') r += "\\t";
        else r += c;
    }
    return r;
}

std::string checkName(const std::string& name) {
    if (name.empty()) return "\"\"";
    char prev = '/';
    for (unsigned char c : name) {
        if ((prev == '/' && !identStart(c)) || (c != '/' && !identPart(c))) return "\"" + addEscapes(name) + "\"";
        prev = static_cast<char>(c);
    }
    return name;
}

// ConstantWriter's visitUtf8: escapes and ISO control characters as \uXXXX
// (Character.isISOControl), the rest as the characters themselves.
std::string utf8Value(const std::string& s) {
    std::u16string chars = decodeModifiedUtf8(s);
    std::string r;
    std::u16string run;  // characters printed as they are, converted to UTF-8 together (surrogate pairs)
    auto flush = [&] {
        r += utf16ToUtf8(run);
        run.clear();
    };
    for (char16_t c : chars) {
        const char* esc = nullptr;
        switch (c) {
            case u'\t': esc = "\\t"; break;
            case u'\n': esc = "\\n"; break;
            case u'\r': esc = "\\r"; break;
            case u'\b': esc = "\\b"; break;
            case u'\f': esc = "\\f"; break;
            case u'"': esc = "\\\""; break;
            case u'\'': esc = "\\'"; break;
            case u'\\': esc = "\\\\"; break;
            default: break;
        }
        if (esc || c <= 0x1f || (c >= 0x7f && c <= 0x9f)) {
            flush();
            if (esc) {
                r += esc;
            } else {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                r += buf;
            }
        } else {
            run += c;
        }
    }
    flush();
    return r;
}

const char* refKindName(uint16_t k) {
    static const char* names[] = {"",
                                  "REF_getField",
                                  "REF_getStatic",
                                  "REF_putField",
                                  "REF_putStatic",
                                  "REF_invokeVirtual",
                                  "REF_invokeStatic",
                                  "REF_invokeSpecial",
                                  "REF_newInvokeSpecial",
                                  "REF_invokeInterface"};
    return k < 10 ? names[k] : "";
}

const char* tagName(CpTag t) {
    switch (t) {
        case CpTag::Utf8: return "Utf8";
        case CpTag::Integer: return "int";
        case CpTag::Float: return "float";
        case CpTag::Long: return "long";
        case CpTag::Double: return "double";
        case CpTag::Class: return "class";
        case CpTag::String: return "String";
        case CpTag::Fieldref: return "Field";
        case CpTag::Methodref: return "Method";
        case CpTag::InterfaceMethodref: return "InterfaceMethod";
        case CpTag::NameAndType: return "NameAndType";
        case CpTag::MethodHandle: return "MethodHandle";
        case CpTag::MethodType: return "MethodType";
        case CpTag::Dynamic: return "Dynamic";
        case CpTag::InvokeDynamic: return "InvokeDynamic";
        case CpTag::Module: return "Module";
        case CpTag::Package: return "Package";
        default: return "unknown";
    }
}

// ConstantWriter.stringValue.
std::string stringValue(const ConstantPool& cp, uint16_t i) {
    const CpEntry& e = cp.at(i);
    switch (e.tag) {
        case CpTag::Utf8: return utf8Value(e.text);
        case CpTag::Integer: return std::to_string(cp.intValue(i));
        case CpTag::Float: return natives::javaFloatToString(cp.floatValue(i)) + "f";
        case CpTag::Long: return std::to_string(cp.longValue(i)) + "l";
        case CpTag::Double: return natives::javaDoubleToString(cp.doubleValue(i)) + "d";
        case CpTag::Class: return checkName(cp.className(i));
        case CpTag::String: return stringValue(cp, e.index1);
        case CpTag::Fieldref:
        case CpTag::Methodref:
        case CpTag::InterfaceMethodref:
            return checkName(cp.memberClass(i)) + "." + stringValue(cp, e.index2);
        case CpTag::NameAndType: return checkName(cp.utf8(e.index1)) + ":" + stringValue(cp, e.index2);
        case CpTag::MethodHandle: return std::string(refKindName(e.index1)) + " " + stringValue(cp, e.index2);
        case CpTag::MethodType: return stringValue(cp, e.index1);
        case CpTag::Dynamic:
        case CpTag::InvokeDynamic: return "#" + std::to_string(e.index1) + ":" + stringValue(cp, e.index2);
        case CpTag::Module:
        case CpTag::Package: return checkName(cp.utf8(e.index1));
        default: return "";
    }
}

// ConstantWriter.write: a member of the class being printed is named without its class.
std::string constantComment(const ClassFile& cf, uint16_t i) {
    const ConstantPool& cp = cf.constant_pool;
    CpTag tag = cp.tag(i);
    uint16_t shown = i;
    if ((tag == CpTag::Fieldref || tag == CpTag::Methodref || tag == CpTag::InterfaceMethodref) &&
        cp.memberClass(i) == cf.this_class)
        shown = cp.at(i).index2;
    return std::string(tagName(tag)) + " " + stringValue(cp, shown);
}

// Generic signatures (JVMS 4.7.9.1) and descriptors printed as Java types, as
// javap's JavaTypePrinter does.
struct SignaturePrinter {
    std::string_view s;
    size_t i = 0;
    bool verbose = false;  // -v shows "extends java.lang.Object" bounds too

    bool more() const { return i < s.size(); }
    char peek() const { return more() ? s[i] : '\0'; }

    std::string identifier() {
        size_t start = i;
        while (more() && s[i] != ';' && s[i] != '<' && s[i] != '.' && s[i] != ':' && s[i] != '/') ++i;
        return std::string(s.substr(start, i - start));
    }
    std::string typeArguments() {
        std::string r = "<";
        ++i;  // '<'
        bool first = true;
        while (more() && peek() != '>') {
            if (!first) r += ", ";
            first = false;
            char c = peek();
            if (c == '*') { ++i; r += "?"; }
            else if (c == '+') { ++i; r += "? extends " + type(); }
            else if (c == '-') { ++i; r += "? super " + type(); }
            else r += type();
        }
        ++i;  // '>'
        return r + ">";
    }
    std::string type() {
        char c = more() ? s[i++] : '\0';
        switch (c) {
            case 'B': return "byte";
            case 'C': return "char";
            case 'D': return "double";
            case 'F': return "float";
            case 'I': return "int";
            case 'J': return "long";
            case 'S': return "short";
            case 'Z': return "boolean";
            case 'V': return "void";
            case '[': return type() + "[]";
            case 'T': {
                std::string n = identifier();
                ++i;  // ';'
                return n;
            }
            case 'L': {
                std::string r;
                for (;;) {
                    std::string part = identifier();
                    r += part;
                    char d = peek();
                    if (d == '/') { r += '.'; ++i; continue; }
                    if (d == '<') r += typeArguments();
                    d = peek();
                    if (d == '.') { r += '.'; ++i; continue; }
                    ++i;  // ';'
                    return r;
                }
            }
            default: return "";
        }
    }
    // "<T extends X & Y, U>" or "" (without the trailing space).
    std::string typeParameters() {
        if (peek() != '<') return "";
        ++i;
        std::string r = "<";
        bool first = true;
        while (more() && peek() != '>') {
            if (!first) r += ", ";
            first = false;
            r += identifier();
            const char* sep = " extends ";
            ++i;  // ':' before the class bound
            if (peek() != ':') {
                std::string bound = type();
                if (verbose || bound != "java.lang.Object") { r += sep + bound; sep = " & "; }
            }
            while (peek() == ':') {
                ++i;
                r += sep + type();
                sep = " & ";
            }
        }
        ++i;
        return r + ">";
    }
};

std::string javaType(std::string_view descriptorOrSignature) {
    SignaturePrinter p{descriptorOrSignature};
    return p.type();
}

std::string javaName(const std::string& internal) {
    std::string r = internal;
    for (char& c : r)
        if (c == '/') c = '.';
    return r;
}

void modifiers(std::string& line, uint16_t flags, std::initializer_list<std::pair<uint16_t, const char*>> known) {
    for (auto [bit, name] : known)
        if (flags & bit) line += std::string(name) + " ";
}

struct Writer {
    const ClassFile& cf;
    const DisassemblerOptions& opt;
    std::ostream& out;
    bool pendingNewline = false;

    // javap's LineWriter drops trailing blanks.
    void line(std::string text) {
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << '\n';
    }
    bool shown(uint16_t flags) const {
        return opt.privateMembers || !(flags & acc::PRIVATE);
    }

    void header() {
        if (!cf.source_file.empty()) line((opt.verbose ? "  " : "") + std::string("Compiled from \"") + cf.source_file + "\"");
        std::string l;
        uint16_t flags = cf.isInterface() ? cf.access_flags & ~acc::ABSTRACT : cf.access_flags;
        modifiers(l, flags, {{acc::PUBLIC, "public"}, {acc::FINAL, "final"}, {acc::ABSTRACT, "abstract"}});
        l += cf.isInterface() ? "interface " : "class ";
        l += javaName(cf.this_class);
        if (cf.signature.empty()) {
            if (!cf.isInterface() && !cf.super_class.empty() && cf.super_class != "java/lang/Object")
                l += " extends " + javaName(cf.super_class);
            for (size_t k = 0; k < cf.interfaces.size(); ++k)
                l += (k == 0 ? (cf.isInterface() ? " extends " : " implements ") : ",") + javaName(cf.interfaces[k]);
        } else {
            SignaturePrinter p{cf.signature, 0, opt.verbose};
            l += p.typeParameters();
            std::string super = p.type();
            std::vector<std::string> ifaces;
            while (p.more()) ifaces.push_back(p.type());
            if (!cf.isInterface() && (opt.verbose || super != "java.lang.Object")) l += " extends " + super;
            for (size_t k = 0; k < ifaces.size(); ++k)
                l += (k == 0 ? (cf.isInterface() ? " extends " : " implements ") : ", ") + ifaces[k];
        }
        if (!opt.verbose) {
            line(l + " {");
            return;
        }
        line(l);
        line("  minor version: " + std::to_string(cf.minor_version));
        line("  major version: " + std::to_string(cf.major_version));
        line("  flags: " + flagText(cf.access_flags, {{acc::PUBLIC, "ACC_PUBLIC"}, {acc::FINAL, "ACC_FINAL"},
                                                      {acc::SUPER, "ACC_SUPER"}, {acc::INTERFACE, "ACC_INTERFACE"},
                                                      {acc::ABSTRACT, "ACC_ABSTRACT"}, {acc::SYNTHETIC, "ACC_SYNTHETIC"},
                                                      {acc::ANNOTATION, "ACC_ANNOTATION"}, {acc::ENUM, "ACC_ENUM"},
                                                      {acc::MODULE, "ACC_MODULE"}}));
        constantPool();
        line("{");
    }

    void separator() {
        if (pendingNewline) line("");
        pendingNewline = false;
    }

    void field(const FieldInfo& f) {
        if (!shown(f.access_flags)) return;
        separator();
        std::string l = "  ";
        modifiers(l, f.access_flags,
                  {{acc::PUBLIC, "public"}, {acc::PRIVATE, "private"}, {acc::PROTECTED, "protected"},
                   {acc::STATIC, "static"}, {acc::FINAL, "final"}, {acc::VOLATILE, "volatile"},
                   {acc::TRANSIENT, "transient"}});
        l += javaType(f.signature.empty() ? f.descriptor : f.signature) + " " + f.name + ";";
        line(l);
        if (opt.verbose) {
            line("    descriptor: " + f.descriptor);
            line("    flags: " + flagText(f.access_flags, {{acc::PUBLIC, "ACC_PUBLIC"}, {acc::PRIVATE, "ACC_PRIVATE"},
                                                         {acc::PROTECTED, "ACC_PROTECTED"}, {acc::STATIC, "ACC_STATIC"},
                                                         {acc::FINAL, "ACC_FINAL"}, {acc::VOLATILE, "ACC_VOLATILE"},
                                                         {acc::TRANSIENT, "ACC_TRANSIENT"}, {acc::SYNTHETIC, "ACC_SYNTHETIC"},
                                                         {acc::ENUM, "ACC_ENUM"}}));
        }
        pendingNewline = opt.code || opt.verbose;
    }

    void method(const MethodInfo& m) {
        if (!shown(m.access_flags)) return;
        separator();
        std::string l = "  ";
        uint16_t flags = m.access_flags;
        modifiers(l, flags, {{acc::PUBLIC, "public"}, {acc::PRIVATE, "private"}, {acc::PROTECTED, "protected"}});
        // javap names an interface's non-abstract instance methods "default" (JLS 9.4).
        if (cf.isInterface() && !(flags & (acc::ABSTRACT | acc::STATIC | acc::PRIVATE)) && m.name != "<clinit>" &&
            cf.major_version >= 52)
            l += "default ";
        modifiers(l, flags,
                  {{acc::STATIC, "static"}, {acc::FINAL, "final"}, {acc::SYNCHRONIZED, "synchronized"},
                   {acc::NATIVE, "native"}, {acc::ABSTRACT, "abstract"}, {acc::STRICT, "strictfp"}});
        SignaturePrinter p{m.signature.empty() ? std::string_view(m.descriptor) : std::string_view(m.signature), 0,
                           opt.verbose};
        std::string typeParams = p.typeParameters();
        if (!typeParams.empty()) l += typeParams + " ";
        std::vector<std::string> params;
        ++p.i;  // '('
        while (p.more() && p.peek() != ')') params.push_back(p.type());
        ++p.i;  // ')'
        std::string ret = p.type();
        std::vector<std::string> thrown;
        while (p.peek() == '^') {
            ++p.i;
            thrown.push_back(p.type());
        }
        if (thrown.empty())
            for (const auto& e : m.exceptions) thrown.push_back(javaName(e));
        if ((flags & acc::VARARGS) && !params.empty() && params.back().ends_with("[]"))
            params.back() = params.back().substr(0, params.back().size() - 2) + "...";
        std::string paramList = "(";
        for (size_t k = 0; k < params.size(); ++k) paramList += (k ? ", " : "") + params[k];
        paramList += ")";
        if (m.name == "<init>") l += javaName(cf.this_class) + paramList;
        else if (m.name == "<clinit>") l += "{}";
        else l += ret + " " + m.name + paramList;
        for (size_t k = 0; k < thrown.size(); ++k) l += (k ? ", " : " throws ") + thrown[k];
        line(l + ";");
        if (opt.verbose) {
            line("    descriptor: " + m.descriptor);
            line("    flags: " + flagText(flags, {{acc::PUBLIC, "ACC_PUBLIC"}, {acc::PRIVATE, "ACC_PRIVATE"},
                                                 {acc::PROTECTED, "ACC_PROTECTED"}, {acc::STATIC, "ACC_STATIC"},
                                                 {acc::FINAL, "ACC_FINAL"}, {acc::SYNCHRONIZED, "ACC_SYNCHRONIZED"},
                                                 {acc::BRIDGE, "ACC_BRIDGE"}, {acc::VARARGS, "ACC_VARARGS"},
                                                 {acc::NATIVE, "ACC_NATIVE"}, {acc::ABSTRACT, "ACC_ABSTRACT"},
                                                 {acc::STRICT, "ACC_STRICT"}, {acc::SYNTHETIC, "ACC_SYNTHETIC"}}));
        }
        if (opt.code && m.code) code(m, *m.code);
        if (opt.verbose && m.code) verboseTables(*m.code);
        pendingNewline = opt.code || opt.verbose;
    }

    static std::string flagText(uint16_t flags, std::initializer_list<std::pair<uint16_t, const char*>> names) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "(0x%04x)", flags);
        std::string r = buf;
        bool first = true;
        for (auto [bit, name] : names)
            if (flags & bit) {
                r += first ? " " : ", ";
                r += name;
                first = false;
            }
        return r;
    }

    // -v: LineNumberTable, LocalVariableTable (JVMS 4.7.12, 4.7.13) and a summary of
    // the StackMapTable (JVMS 4.7.4): each frame's type, without its contents.
    void verboseTables(const CodeAttribute& c) {
        if (!c.line_numbers.empty()) {
            line("      LineNumberTable:");
            for (const auto& e : c.line_numbers)
                line("        line " + std::to_string(e.line_number) + ": " + std::to_string(e.start_pc));
        }
        if (!c.local_variables.empty()) {
            line("      LocalVariableTable:");
            line("        Start  Length  Slot  Name   Signature");
            for (const auto& v : c.local_variables) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "        %5u %7u %5u %5s   ", v.start_pc, v.length, v.index, v.name.c_str());
                line(buf + v.descriptor);
            }
        }
        if (c.stack_map_table) stackMapSummary(*c.stack_map_table);
    }

    void stackMapSummary(const std::vector<uint8_t>& body) {
        if (body.size() < 2) return;
        uint16_t n = readU2(body.data());
        line("      StackMapTable: number_of_entries = " + std::to_string(n));
        size_t p = 2;
        // verification_type_info (JVMS 4.7.4): one byte, plus a u2 for Object (7) and Uninitialized (8).
        auto types = [&](unsigned count) {
            std::vector<std::string> r;
            for (unsigned k = 0; k < count && p < body.size(); ++k) {
                static const char* simple[] = {"top", "int", "float", "double", "long", "null", "this"};
                uint8_t tag = body[p++];
                if ((tag == 7 || tag == 8) && p + 2 <= body.size()) {
                    uint16_t v = readU2(&body[p]);
                    p += 2;
                    r.push_back(tag == 7 ? "class " + stringValue(cf.constant_pool, v) : "uninitialized " + std::to_string(v));
                } else {
                    r.push_back(tag < 7 ? simple[tag] : "?");
                }
            }
            return r;
        };
        auto list = [](const std::vector<std::string>& v) {
            if (v.empty()) return std::string("[]");
            std::string r = "[ ";
            for (size_t k = 0; k < v.size(); ++k) r += (k ? ", " : "") + v[k];
            return r + " ]";
        };
        auto u2 = [&] {
            uint16_t v = p + 2 <= body.size() ? readU2(&body[p]) : 0;
            p += 2;
            return v;
        };
        for (uint16_t k = 0; k < n && p < body.size(); ++k) {
            unsigned t = body[p++];
            const char* kind = t < 64 ? "same" : t < 128 ? "same_locals_1_stack_item" : t < 247 ? "reserved"
                             : t == 247 ? "same_locals_1_stack_item_frame_extended" : t < 251 ? "chop"
                             : t == 251 ? "same_frame_extended" : t < 255 ? "append" : "full_frame";
            line("        frame_type = " + std::to_string(t) + " /* " + kind + " */");
            if (t < 64 || (t >= 128 && t < 247)) continue;
            if (t < 128) {
                line("          stack = " + list(types(1)));
                continue;
            }
            line("          offset_delta = " + std::to_string(u2()));
            if (t == 247) line("          stack = " + list(types(1)));
            else if (t > 251 && t < 255) line("          locals = " + list(types(t - 251)));
            else if (t == 255) {
                line("          locals = " + list(types(u2())));
                line("          stack = " + list(types(u2())));
            }
        }
    }

    // -v: the constant pool as javap lists it (JVMS 4.4).
    void constantPool() {
        const ConstantPool& cp = cf.constant_pool;
        line("Constant pool:");
        for (uint16_t i = 1; i < cp.size(); ++i) {
            const CpEntry& e = cp.at(i);
            if (e.tag == CpTag::Unused) continue;
            std::string kind, operands;
            bool comment = true;
            auto idx = [](uint16_t v) { return "#" + std::to_string(v); };
            switch (e.tag) {
                case CpTag::Utf8: kind = "Utf8"; operands = utf8Value(e.text); comment = false; break;
                case CpTag::Integer: kind = "Integer"; operands = stringValue(cp, i); comment = false; break;
                case CpTag::Float: kind = "Float"; operands = stringValue(cp, i); comment = false; break;
                case CpTag::Long: kind = "Long"; operands = stringValue(cp, i); comment = false; break;
                case CpTag::Double: kind = "Double"; operands = stringValue(cp, i); comment = false; break;
                case CpTag::Class: kind = "Class"; operands = idx(e.index1); break;
                case CpTag::String: kind = "String"; operands = idx(e.index1); break;
                case CpTag::Fieldref: kind = "Fieldref"; operands = idx(e.index1) + "." + idx(e.index2); break;
                case CpTag::Methodref: kind = "Methodref"; operands = idx(e.index1) + "." + idx(e.index2); break;
                case CpTag::InterfaceMethodref:
                    kind = "InterfaceMethodref"; operands = idx(e.index1) + "." + idx(e.index2); break;
                case CpTag::NameAndType: kind = "NameAndType"; operands = idx(e.index1) + ":" + idx(e.index2); break;
                case CpTag::MethodHandle:
                    kind = "MethodHandle"; operands = std::to_string(e.index1) + ":" + idx(e.index2); break;
                case CpTag::MethodType: kind = "MethodType"; operands = idx(e.index1); break;
                case CpTag::Dynamic: kind = "Dynamic"; operands = idx(e.index1) + ":" + idx(e.index2); break;
                case CpTag::InvokeDynamic: kind = "InvokeDynamic"; operands = idx(e.index1) + ":" + idx(e.index2); break;
                case CpTag::Module: kind = "Module"; operands = idx(e.index1); break;
                case CpTag::Package: kind = "Package"; operands = idx(e.index1); break;
                default: break;
            }
            // The index column is two wider than constant_pool_count; comments start at column 42.
            char head[48];
            int width = int(std::to_string(cp.size()).size()) + 3;  // javap sizes it by constant_pool_count
            std::snprintf(head, sizeof head, "%*s = %-18s ", width, ("#" + std::to_string(i)).c_str(), kind.c_str());
            std::string l = head + operands;
            if (comment) {
                pad(l, 42);
                // javap's listing puts two spaces before a MethodType's descriptor.
                l += (e.tag == CpTag::MethodType ? "//  " : "// ") + stringValue(cp, i);
            }
            line(l);
        }
    }

    static void pad(std::string& l, size_t column) {
        l += l.size() < column ? std::string(column - l.size(), ' ') : " ";
    }

    // -v indents the listing two more columns (javap's verbose Code attribute writer).
    std::string extra() const { return opt.verbose ? "  " : ""; }

    void code(const MethodInfo& m, const CodeAttribute& c) {
        line("    Code:");
        if (opt.verbose) {
            // javap's args_size: the parameters (one each, long and double too) and `this`.
            SignaturePrinter d{m.descriptor};
            unsigned args = (m.access_flags & acc::STATIC) ? 0 : 1;
            ++d.i;
            while (d.more() && d.peek() != ')') {
                d.type();
                ++args;
            }
            line("      stack=" + std::to_string(c.max_stack) + ", locals=" + std::to_string(c.max_locals) +
                 ", args_size=" + std::to_string(args));
        }
        const auto& bytes = c.code;
        std::span<const uint8_t> span(bytes);
        uint32_t pc = 0;
        while (pc < bytes.size()) {
            uint32_t len = instructionLength(span, pc);
            if (len == 0) {
                line("    " + std::to_string(pc) + ": bytecode " + std::to_string(bytes[pc]));
                break;
            }
            instruction(c, pc);
            pc += len;
        }
        if (!c.exception_table.empty()) {
            line(extra() + "    Exception table:");
            line(extra() + "       from    to  target type");
            for (const auto& e : c.exception_table) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "      %6u%6u%6u   ", e.start_pc, e.end_pc, e.handler_pc);
                line(extra() + std::string(buf) + (e.catch_type == 0 ? "any" : "Class " + stringValue(cf.constant_pool, e.catch_type)));
            }
        }
    }

    void instruction(const CodeAttribute& c, uint32_t pc) {
        const uint8_t* p = &c.code[pc];
        uint8_t op = p[0];
        const BytecodeInfo& info = bytecodeInfo(op);
        std::string mnemonic(info.name);
        if (info.format == OperandFormat::Wide) {
            // javap shows the widened instruction as one, e.g. iinc_w (its Opcode.IINC_W).
            mnemonic = std::string(bytecodeInfo(p[1]).name) + "_w";
        }
        char head[64];
        std::snprintf(head, sizeof head, "    %4u: %-13s ", pc, mnemonic.c_str());
        std::string l = extra() + head;
        auto cpRef = [&](uint16_t index, const std::string& suffix) {
            l += "#" + std::to_string(index) + suffix;
            pad(l, 44 + extra().size());
            l += "// " + constantComment(cf, index);
        };
        switch (info.format) {
            case OperandFormat::None: break;
            case OperandFormat::Byte: l += std::to_string(int8_t(p[1])); break;
            case OperandFormat::Short: l += std::to_string(readS2(p + 1)); break;
            case OperandFormat::Local: l += std::to_string(p[1]); break;
            case OperandFormat::Cp1: cpRef(p[1], ""); break;
            case OperandFormat::Cp2: cpRef(readU2(p + 1), ""); break;
            case OperandFormat::Branch2: l += std::to_string(int64_t(pc) + readS2(p + 1)); break;
            case OperandFormat::Branch4: l += std::to_string(int64_t(pc) + readS4(p + 1)); break;
            case OperandFormat::Iinc: l += std::to_string(p[1]) + ", " + std::to_string(int8_t(p[2])); break;
            case OperandFormat::InvokeInterface: cpRef(readU2(p + 1), ",  " + std::to_string(p[3])); break;
            case OperandFormat::InvokeDynamic: cpRef(readU2(p + 1), ",  0"); break;
            case OperandFormat::MultiANewArray: cpRef(readU2(p + 1), ",  " + std::to_string(p[3])); break;
            case OperandFormat::NewArray: {
                // JVMS Table 6.5.newarray-A.
                static const char* types[] = {"boolean", "char", "float", "double", "byte", "short", "int", "long"};
                l += p[1] >= 4 && p[1] <= 11 ? std::string(" ") + types[p[1] - 4] : " " + std::to_string(p[1]);
                break;
            }
            case OperandFormat::Wide:
                if (p[1] == uint8_t(Opcode::iinc_)) l += std::to_string(readU2(p + 2)) + ", " + std::to_string(readS2(p + 4));
                else l += std::to_string(readU2(p + 2));
                break;
            case OperandFormat::TableSwitch:
            case OperandFormat::LookupSwitch: {
                uint32_t base = (pc + 4) & ~3u;
                const uint8_t* q = &c.code[base];
                int32_t def = readS4(q);
                std::vector<std::pair<int64_t, int64_t>> cases;
                if (info.format == OperandFormat::TableSwitch) {
                    int32_t low = readS4(q + 4), high = readS4(q + 8);
                    l += "{ // " + std::to_string(low) + " to " + std::to_string(high);
                    for (int64_t k = low; k <= high; ++k) cases.emplace_back(k, pc + int64_t(readS4(q + 12 + 4 * (k - low))));
                } else {
                    int32_t n = readS4(q + 4);
                    l += "{ // " + std::to_string(n);
                    for (int32_t k = 0; k < n; ++k)
                        cases.emplace_back(readS4(q + 8 + 8 * k), pc + int64_t(readS4(q + 12 + 8 * k)));
                }
                line(l);
                for (auto [key, target] : cases) {
                    char buf[64];
                    std::snprintf(buf, sizeof buf, "          %12lld: %lld", (long long)key, (long long)target);
                    line(extra() + buf);
                }
                line(extra() + "               default: " + std::to_string(int64_t(pc) + def));
                l = extra() + "          }";
                break;
            }
        }
        line(l);
    }

    void run() {
        header();
        for (const auto& f : cf.fields) field(f);
        // javap ends the methods with no separator; a class without methods keeps the
        // blank line after its last field.
        if (cf.methods.empty()) separator();
        for (const auto& m : cf.methods) method(m);
        line("}");
    }
};

}  // namespace

void disassemble(const ClassFile& cf, const DisassemblerOptions& options, std::ostream& out) {
    DisassemblerOptions o = options;
    if (o.verbose) o.code = true;
    Writer{cf, o, out}.run();
}

}  // namespace cortado::tools
