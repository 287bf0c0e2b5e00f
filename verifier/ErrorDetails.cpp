// VerifyError messages exactly as HotSpot words them: the message, then the
// "Exception Details" block (Location, Reason, Current Frame, Stackmap Frame,
// Bytecode, Exception Handler Table, Stackmap Table).
#include <cstdio>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"
#include "verifier/MethodVerifier.h"

namespace cortado::verifier {

namespace {

void printFrame(std::string& out, const TypeFrame& f, const TypeNames& names) {
    out += "    bci: @" + std::to_string(f.offset) + "\n";
    out += std::string("    flags: {") + ((f.flags & kFlagThisUninit) ? " flagThisUninit" : "") + " }\n";
    out += "    locals: {";
    for (uint32_t i = 0; i < f.localsSize; ++i) out += (i ? ", " : " ") + describe(f.locals[i], names);
    out += " }\n    stack: {";
    for (uint32_t i = 0; i < f.stackSize; ++i) out += (i ? ", " : " ") + describe(f.stack[i], names);
    out += " }\n";
}

// HotSpot's outputStream::print_data: 16 bytes a line in groups of two, the
// last line padded, and one more (blank) line when the length is a multiple of 16.
void printBytecode(std::string& out, const std::vector<uint8_t>& code) {
    size_t limit = (code.size() + 16) / 16 * 16;
    char buf[16];
    for (size_t i = 0; i < limit; ++i) {
        if (i % 16 == 0) {
            std::snprintf(buf, sizeof buf, "    %07zx:", i);
            out += buf;
        }
        if (i % 2 == 0) out += ' ';
        if (i < code.size()) {
            std::snprintf(buf, sizeof buf, "%02x", code[i]);
            out += buf;
        } else {
            out += "  ";
        }
        if ((i + 1) % 16 == 0) out += '\n';
    }
}

// The StackMapTable as HotSpot's stack_map_frame::print_on shows it.
void printStackMapTable(std::string& out, const std::vector<uint8_t>& d) {
    size_t pos = 0;
    auto has = [&](size_t n) { return pos + n <= d.size(); };
    auto u2 = [&]() { uint16_t v = classfile::readU2(d.data() + pos); pos += 2; return v; };
    auto type = [&](std::string& s) -> bool {
        if (!has(1)) return false;
        uint8_t tag = d[pos++];
        static const char* const kNames[] = {"Top", "Integer", "Float", "Double", "Long", "Null", "UninitializedThis"};
        if (tag <= 6) { s += kNames[tag]; return true; }
        if (tag > 8 || !has(2)) return false;
        uint16_t v = u2();
        s += (tag == 7 ? "Object[#" : "Uninitialized[#") + std::to_string(v) + "]";
        return true;
    };
    auto types = [&](std::string& s, unsigned n) -> bool {
        for (unsigned i = 0; i < n; ++i) {
            if (i) s += ",";
            if (!type(s)) return false;
        }
        return true;
    };
    if (!has(2)) return;
    unsigned count = u2();
    int64_t offset = -1;
    for (unsigned i = 0; i < count && has(1); ++i) {
        uint8_t ft = d[pos++];
        std::string line;
        unsigned delta;
        bool ok = true;
        if (ft < 64) {
            delta = ft;
            line = "same_frame(@" + std::to_string(offset + delta + 1) + ")";
        } else if (ft < 128) {
            delta = ft - 64;
            line = "same_locals_1_stack_item_frame(@" + std::to_string(offset + delta + 1) + ",";
            ok = type(line);
            line += ")";
        } else {
            if (!has(2)) return;
            delta = u2();
            std::string at = "(@" + std::to_string(offset + delta + 1);
            if (ft < 247) return;
            if (ft == 247) {
                line = "same_locals_1_stack_item_extended" + at + ",";
                ok = type(line);
                line += ")";
            } else if (ft < 251) {
                line = "chop_frame" + at + "," + std::to_string(251 - ft) + ")";
            } else if (ft == 251) {
                line = "same_frame_extended" + at + ")";
            } else if (ft < 255) {
                line = "append_frame" + at + ",";
                ok = types(line, ft - 251);
                line += ")";
            } else {
                line = "full_frame" + at + ",{";
                if (!has(2)) return;
                ok = types(line, u2());
                line += "},{";
                if (ok && has(2)) ok = types(line, u2());
                line += "})";
            }
        }
        if (!ok) return;
        out += "    " + line + "\n";
        offset += delta + 1;
    }
}

}  // namespace

std::string MethodVerifier::describeOrigin(const Origin& o) const {
    std::string s = describe(o.type, names_);
    switch (o.kind) {
        case Origin::Local: return s + " (current frame, locals[" + std::to_string(o.index) + "])";
        case Origin::Stack: return s + " (current frame, stack[" + std::to_string(o.index) + "])";
        case Origin::StackMapLocal: return s + " (stack map, locals[" + std::to_string(o.index) + "])";
        case Origin::StackMapStack: return s + " (stack map, stack[" + std::to_string(o.index) + "])";
        case Origin::ConstantPool: return s + " (constant pool " + std::to_string(o.index) + ")";
        case Origin::Signature: return s + " (from method signature)";
        default: return s;
    }
}

const TypeFrame& MethodVerifier::printableCurrent() {
    // HotSpot shows the frame as the failing instruction found it: what it popped is back.
    printable_.offset = cur_.offset;
    printable_.flags = cur_.flags;
    printable_.localsSize = cur_.localsSize;
    printable_.locals = cur_.locals;
    printable_.stack = cur_.stack;
    printable_.stackSize = stackMark_;
    return printable_;
}

void MethodVerifier::fail(const std::string& message, int64_t bci, const std::string& reason, const TypeFrame* current,
                          const TypeFrame* stackMap) {
    if (inference_) failOld(oldWords(message, nullptr, nullptr));
    std::string out = message + "\nException Details:\n";
    if (bci >= 0) {
        // HotSpot names the byte at any offset inside the code, instruction start or not.
        std::string opName = "<invalid>";
        if (bci < int64_t(codeLength_)) {
            const auto& info = classfile::bytecodeInfo(code_.code[size_t(bci)]);
            // Cortado's own instructions are illegal unless enabled, as HotSpot sees them.
            bool known = info.defined() && !info.has(classfile::BC_INTERNAL) &&
                         (!info.has(classfile::BC_EXTENSION) || context_.options.cortadoBytecodes);
            opName = known ? std::string(info.name) : "<illegal>";
        }
        out += "  Location:\n    " + cf_.this_class + "." + method_.name + method_.descriptor + " @" + std::to_string(bci) + ": " +
               opName + "\n";
    }
    out += "  Reason:\n    " + reason + "\n";
    if (current) {
        out += "  Current Frame:\n";
        printFrame(out, *current, names_);
    }
    if (stackMap) {
        out += "  Stackmap Frame:\n";
        printFrame(out, *stackMap, names_);
    }
    out += "  Bytecode:\n";
    printBytecode(out, code_.code);
    if (!code_.exception_table.empty()) {
        out += "  Exception Handler Table:\n";
        for (const auto& h : code_.exception_table)
            out += "    bci [" + std::to_string(h.start_pc) + ", " + std::to_string(h.end_pc) + "] => handler: " +
                   std::to_string(h.handler_pc) + "\n";
    }
    if (code_.stack_map_table) {
        out += "  Stackmap Table:\n";
        printStackMapTable(out, *code_.stack_map_table);
    }
    throw VerifyFailure{VerifyResult::Kind::VerifyError, out};
}

void MethodVerifier::failBadType(const std::string& message, int64_t bci, Origin found, Origin expected,
                                 const TypeFrame* current, const TypeFrame* stackMap) {
    if (inference_) failOld(oldWords(message, &found, &expected));
    std::string reason = expected.kind == Origin::None ? "Invalid type: " + describeOrigin(found)
                                                       : "Type " + describeOrigin(found) + " is not assignable to " + describeOrigin(expected);
    fail(message, bci, reason, current, stackMap);
}

void MethodVerifier::failBadCode(const std::string& message, int64_t bci) { fail(message, bci, "Error exists in the bytecode"); }

void MethodVerifier::failFormat(const std::string& message) {
    // HotSpot names the method the way Method::print_external_name does.
    auto desc = classfile::parseMethodDescriptor(method_.descriptor);
    std::string m = " in method '";
    auto typeName = [](const std::string& d) {
        size_t dims = d.find_first_not_of('[');
        std::string base;
        switch (d[dims]) {
            case 'B': base = "byte"; break; case 'C': base = "char"; break; case 'D': base = "double"; break;
            case 'F': base = "float"; break; case 'I': base = "int"; break; case 'J': base = "long"; break;
            case 'S': base = "short"; break; case 'Z': base = "boolean"; break; case 'V': base = "void"; break;
            default: base = classfile::toExternalName(d.substr(dims + 1, d.size() - dims - 2));
        }
        for (size_t i = 0; i < dims; ++i) base += "[]";
        return base;
    };
    m += typeName(desc->returnDescriptor) + " " + className() + "." + method_.name + "(";
    for (size_t i = 0; i < desc->paramDescriptors.size(); ++i) m += (i ? ", " : "") + typeName(desc->paramDescriptors[i]);
    m += ")'";
    throw VerifyFailure{VerifyResult::Kind::ClassFormatError, message + m};
}

}  // namespace cortado::verifier
