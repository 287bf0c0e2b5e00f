#include "tools/jasm/Instructions.h"

#include <algorithm>
#include <limits>
#include <string>

#include "classfile/Bytecodes.h"
#include "classfile/ModifiedUtf8.h"
#include "tools/jasm/InvokeDynamic.h"
#include "tools/jasm/Numbers.h"

namespace cortado::jasm {

using classfile::BytecodeInfo;
using classfile::OperandFormat;
using classwriter::ClassWriter;

std::optional<uint8_t> instructionOpcode(std::string_view mnemonic) {
    if (mnemonic == "invokenonvirtual") return classfile::opcodeByName("invokespecial");  // Jasmin 1.x's name
    return classfile::opcodeByName(mnemonic);
}

namespace {

constexpr int64_t kS4Min = std::numeric_limits<int32_t>::min(), kS4Max = std::numeric_limits<int32_t>::max();

struct MemberSpec {
    std::string cls, name, descriptor;
};

// "java/lang/System/out" -> class java/lang/System, name out.
MemberSpec splitOwner(TokenCursor& in, const std::string& spec, const std::string& what) {
    size_t slash = spec.rfind('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == spec.size())
        throw SyntaxError(in.line(), "expected " + what + " as class/name, found '" + spec + "'");
    return {spec.substr(0, slash), spec.substr(slash + 1), ""};
}

// Jasmin accepts dots for slashes in member specs (java/lang/Object.<init>()V,
// java.lang.System.out); a name never holds a '.' (JVMS 4.2.2).
std::string withSlashes(std::string spec) {
    std::replace(spec.begin(), spec.end(), '.', '/');
    return spec;
}

// "java/io/PrintStream/println(Ljava/lang/String;)V"
MemberSpec methodSpec(TokenCursor& in, const std::string& dotted) {
    const std::string spec = withSlashes(dotted);
    size_t paren = spec.find('(');
    MemberSpec m = splitOwner(in, spec.substr(0, paren), "a method");
    m.descriptor = spec.substr(paren);
    return m;
}

// The u2 argument slots of a method descriptor, for invokeinterface's count (JVMS 4.3.3).
int argumentSlots(const std::string& d) {
    int slots = 0;
    size_t i = 1;
    while (i < d.size() && d[i] != ')') {
        bool array = false;
        while (i < d.size() && d[i] == '[') {
            array = true;
            ++i;
        }
        if (i >= d.size()) break;
        if (d[i] == 'L' && (i = d.find(';', i)) == std::string::npos) break;
        slots += (!array && (d[i] == 'J' || d[i] == 'D')) ? 2 : 1;
        ++i;
    }
    return slots;
}

// A constant-pool operand, read by its shape so that any table entry with a
// Cp1/Cp2 operand takes the right kind of constant: a quoted string, a number
// (two slots for an instruction that pushes two, like ldc2_w), a method
// (class/name(desc)), a field (class/name desc) or a class.
uint16_t poolOperand(TokenCursor& in, ClassWriter& cls, const BytecodeInfo& info, bool interfaceMethod) {
    auto& pool = cls.pool;
    if (in.peek().kind == Token::String) {
        const Token& t = in.next();
        return pool.stringRaw(classfile::encodeModifiedUtf8(t.value));
    }
    std::string operand = in.word("a constant, class, field or method after '" + std::string(info.name) + "'");
    const bool twoSlots = info.pushes == 2 && !info.has(classfile::BC_FIELD);
    bool numeric = parseInteger(operand).has_value() || isFloatingLiteral(operand);
    // A word that starts like a number is one (class names do not start so in Jasmin sources).
    const char first = operand[0];
    if (!numeric && ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.'))
        throw SyntaxError(in.line(), "expected a number after '" + std::string(info.name) + "', found '" + operand + "'");
    if (numeric) {
        if (twoSlots) {
            if (!isFloatingLiteral(operand)) return pool.longConst(*parseInteger(operand));
            return pool.doubleBits(*parseDoubleBits(operand));
        }
        if (!isFloatingLiteral(operand)) {
            int64_t v = *parseInteger(operand);
            // Hexadecimal up to 0xFFFFFFFF is an int bit pattern, as in Java.
            bool hex = operand.find_first_of("xX") != std::string::npos;
            if (hex && v >= 0 && v <= 0xFFFFFFFFLL) v = static_cast<int32_t>(static_cast<uint32_t>(v));
            if (v < kS4Min || v > kS4Max)
                throw SyntaxError(in.line(), "integer constant " + operand + " does not fit in an int (use ldc2_w)");
            return pool.integer(static_cast<int32_t>(v));
        }
        return pool.floatBits(*parseFloatBits(operand));
    }
    // Extension: ldc methodtype (I)V, ldc handle invokestatic A/b()V (not class/field
    // operands: neither word holds the '/' a class member needs).
    if ((operand == "methodtype" || operand == "handle") && in.peek().kind == Token::Word)
        return methodTypeOrHandle(in, cls, operand);
    // Extension: `invokestatic interface pkg/I/m()V` names an interface's method
    // (an InterfaceMethodref, allowed for invokestatic and invokespecial from version 52).
    if (operand == "interface" && in.peek().kind == Token::Word && in.peek().text.find('(') != std::string::npos) {
        MemberSpec m = methodSpec(in, in.next().text);
        return pool.interfaceMethodref(m.cls, m.name, m.descriptor);
    }
    if (operand.find('(') != std::string::npos) {
        MemberSpec m = methodSpec(in, operand);
        return interfaceMethod ? pool.interfaceMethodref(m.cls, m.name, m.descriptor)
                               : pool.methodref(m.cls, m.name, m.descriptor);
    }
    if (in.peek().kind == Token::Word) {  // a field: class/name descriptor
        MemberSpec m = splitOwner(in, withSlashes(operand), "a field");
        m.descriptor = in.next().text;
        return pool.fieldref(m.cls, m.name, m.descriptor);
    }
    return pool.classRef(operand);
}

// JVMS 6.5.newarray, Table 6.5.newarray-A.
int arrayType(TokenCursor& in) {
    static const std::pair<std::string_view, int> kTypes[] = {{"boolean", 4}, {"char", 5}, {"float", 6},
                                                              {"double", 7},  {"byte", 8}, {"short", 9},
                                                              {"int", 10},    {"long", 11}};
    if (in.peek().kind == Token::Word) {
        for (auto [name, code] : kTypes)
            if (in.peek().text == name) {
                in.next();
                return code;
            }
    }
    return static_cast<int>(in.integer("an array type (boolean char float double byte short int long)", 0, 255));
}

uint8_t wideOpcode() { return *classfile::opcodeByName("wide"); }

void tableswitch(TokenCursor& in, MethodState& m) {
    int64_t low = in.integer("the low value after 'tableswitch'", kS4Min, kS4Max);
    std::optional<int64_t> high;
    if (!in.atEndOfLine()) high = in.integer("the high value or end of line", kS4Min, kS4Max);
    std::vector<classwriter::CodeBuilder::Label> targets;
    for (;;) {
        in.skipBlankLines();
        if (in.atWord("default")) break;
        int line = in.line();
        targets.push_back(m.label(in.word("a label or 'default'"), line));
    }
    in.next();
    in.expect(Token::Colon, "':' after 'default'");
    int line = in.line();
    auto fallback = m.label(in.word("a label after 'default :'"), line);
    if (targets.empty()) throw SyntaxError(line, "tableswitch needs at least one label before 'default'");
    int64_t last = low + int64_t(targets.size()) - 1;
    if (last > kS4Max) throw SyntaxError(line, "tableswitch has more labels than values from low to 2147483647");
    if (high && *high != last)
        throw SyntaxError(line, "tableswitch high value " + std::to_string(*high) + " does not match its " +
                                    std::to_string(targets.size()) + " labels from " + std::to_string(low));
    m.code.alignSwitch();
    m.code.branch(fallback, 4);
    m.code.u4(static_cast<uint32_t>(low));
    m.code.u4(static_cast<uint32_t>(last));
    for (auto t : targets) m.code.branch(t, 4);
}

void lookupswitch(TokenCursor& in, MethodState& m) {
    std::vector<std::pair<int32_t, classwriter::CodeBuilder::Label>> pairs;
    for (;;) {
        in.skipBlankLines();
        if (in.atWord("default")) break;
        int line = in.line();
        auto key = static_cast<int32_t>(in.integer("a key or 'default'", kS4Min, kS4Max));
        in.expect(Token::Colon, "':' after the key");
        pairs.emplace_back(key, m.label(in.word("a label after ':'"), line));
    }
    in.next();
    in.expect(Token::Colon, "':' after 'default'");
    int line = in.line();
    auto fallback = m.label(in.word("a label after 'default :'"), line);
    // JVMS 6.5.lookupswitch: the pairs are sorted by key; Jasmin sources need not be.
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 1; i < pairs.size(); ++i)
        if (pairs[i].first == pairs[i - 1].first)
            throw SyntaxError(line, "lookupswitch has key " + std::to_string(pairs[i].first) + " twice");
    m.code.alignSwitch();
    m.code.branch(fallback, 4);
    m.code.u4(static_cast<uint32_t>(pairs.size()));
    for (auto [key, target] : pairs) {
        m.code.u4(static_cast<uint32_t>(key));
        m.code.branch(target, 4);
    }
}

}  // namespace

void assembleInstruction(TokenCursor& in, MethodState& m, ClassWriter& cls, uint8_t opcode) {
    const BytecodeInfo& info = classfile::bytecodeInfo(opcode);
    const std::string name(info.name);
    auto& code = m.code;
    m.hasCode = true;
    bool wide = m.wideNext;
    m.wideNext = false;
    if (wide && info.format != OperandFormat::Local && info.format != OperandFormat::Iinc)
        throw SyntaxError(in.line(), "'wide' must be followed by a load, store, ret or iinc, not '" + name + "'");
    switch (info.format) {
        case OperandFormat::None:
            code.op(opcode);
            break;
        case OperandFormat::Byte: {
            int64_t v = in.integer("a byte value after '" + name + "'", -128, 127);
            code.op(opcode);
            code.u1(static_cast<uint32_t>(v));
            break;
        }
        case OperandFormat::Short: {
            int64_t v = in.integer("a short value after '" + name + "'", -32768, 32767);
            code.op(opcode);
            code.u2(static_cast<uint32_t>(v));
            break;
        }
        case OperandFormat::Local: {
            // JVMS 6.5.wide: an index above 255 needs the wide form.
            int64_t v = in.integer("a local variable index after '" + name + "'", 0, 65535);
            code.local(opcode, static_cast<uint16_t>(v), wide);
            break;
        }
        case OperandFormat::Iinc: {
            int64_t v = in.integer("a local variable index after '" + name + "'", 0, 65535);
            int64_t inc = in.integer("an increment after the local variable index", -32768, 32767);
            if (wide || v > 255 || inc < -128 || inc > 127) {
                code.op(wideOpcode());
                code.u1(opcode);
                code.u2(static_cast<uint32_t>(v));
                code.u2(static_cast<uint32_t>(inc));
            } else {
                code.op(opcode);
                code.u1(static_cast<uint32_t>(v));
                code.u1(static_cast<uint32_t>(inc));
            }
            break;
        }
        case OperandFormat::Cp1: {
            uint16_t index = poolOperand(in, cls, info, false);
            if (index > 255) {
                // The constant does not fit a u1 index: use the _w form, as Jasmin does for ldc.
                auto w = classfile::opcodeByName(name + "_w");
                if (!w) throw SyntaxError(in.line(), "constant pool index " + std::to_string(index) +
                                                         " does not fit the u1 operand of '" + name + "'");
                code.op(*w);
                code.u2(index);
            } else {
                code.op(opcode);
                code.u1(index);
            }
            break;
        }
        case OperandFormat::Cp2: {
            uint16_t index = poolOperand(in, cls, info, false);
            code.op(opcode);
            code.u2(index);
            break;
        }
        case OperandFormat::Branch2:
        case OperandFormat::Branch4: {
            int line = in.line();
            auto target = m.label(in.word("a label after '" + name + "'"), line);
            code.op(opcode);
            code.branch(target, info.format == OperandFormat::Branch2 ? 2 : 4);
            break;
        }
        case OperandFormat::InvokeInterface: {
            std::string spec = in.peek().kind == Token::Word ? in.peek().text : "";
            uint16_t index = poolOperand(in, cls, info, true);
            // The count is the argument slots plus one (JVMS 6.5.invokeinterface).
            // Jasmin makes you write it; left out, we work it out from the descriptor.
            int64_t count = 1 + argumentSlots(spec.substr(std::min(spec.find('('), spec.size())));
            if (!in.atEndOfLine()) count = in.integer("the argument count after the method", 0, 255);
            code.op(opcode);
            code.u2(index);
            code.u1(static_cast<uint32_t>(count));
            code.u1(0);
            break;
        }
        case OperandFormat::MultiANewArray: {
            uint16_t index = cls.pool.classRef(in.word("an array class after '" + name + "'"));
            int64_t dims = in.integer("the number of dimensions", 0, 255);
            code.op(opcode);
            code.u2(index);
            code.u1(static_cast<uint32_t>(dims));
            break;
        }
        case OperandFormat::NewArray: {
            int type = arrayType(in);
            code.op(opcode);
            code.u1(static_cast<uint32_t>(type));
            break;
        }
        case OperandFormat::TableSwitch:
            code.op(opcode);
            tableswitch(in, m);
            break;
        case OperandFormat::LookupSwitch:
            code.op(opcode);
            lookupswitch(in, m);
            break;
        case OperandFormat::Wide:
            // `wide` alone widens the next load, store, ret or iinc; it may
            // also be written on the same line as that instruction.
            m.wideNext = true;
            if (!in.atEndOfLine()) {
                std::string next = in.word("an instruction after 'wide'");
                auto op = instructionOpcode(next);
                auto fmt = op ? classfile::bytecodeInfo(*op).format : OperandFormat::None;
                if (!op || (fmt != OperandFormat::Local && fmt != OperandFormat::Iinc))
                    throw SyntaxError(in.line(), "expected a load, store, ret or iinc after 'wide', found '" + next + "'");
                assembleInstruction(in, m, cls, *op);
                return;
            }
            return;
        case OperandFormat::InvokeDynamic: {
            uint16_t index = invokeDynamicOperand(in, cls);
            code.op(opcode);
            code.u2(index);
            code.u2(0);  // JVMS 6.5.invokedynamic: two zero bytes
            break;
        }
    }
    in.endOfStatement("'" + name + "' and its operands");
}

}  // namespace cortado::jasm
