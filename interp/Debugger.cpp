// The debugger shell (interp/Debugger.h, docs/debugger.md). It runs inside the
// interpreter's per-instruction hook (interp/DebugHook.h): the program is
// stopped while a command is read, and the hook returns to resume it. It only
// reads the VM's state (frames, objects, classes): it never allocates, so a
// stop can never move an object or run Java code.
#include "interp/Debugger.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "classfile/Bytecodes.h"
#include "classfile/Descriptor.h"
#include "interp/DebugHook.h"
#include "runtime/FrameReferences.h"
#include "runtime/Klass.h"
#include "runtime/ReferenceMap.h"
#include "runtime/Strings.h"

namespace cortado::interp {

using namespace runtime;

namespace {

// How the program runs until the next stop.
enum class Mode {
    NotStarted,  // before `run`
    Continue,    // until a breakpoint
    StepInstruction,
    StepLine,    // until another line or frame (application code only)
    NextLine,    // the same, not stopping in frames deeper than the start
    Finish,      // until the start frame returns
    Detached,    // the commands ended: run to the end
};

struct Breakpoint {
    int id;
    std::string className;  // internal form: "pkg/Outer$Inner"
    std::string method;     // empty for a line breakpoint
    int line = -1;
};

std::string internalName(std::string_view dotted) {
    std::string s(dotted);
    std::replace(s.begin(), s.end(), '.', '/');
    return s;
}

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::optional<long> parseNumber(std::string_view s) {
    long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

// A field's value in its slot form (intToSlot for the narrow types), as getfield reads it.
Slot fieldSlot(Object* o, const Field& f) {
    char* p = reinterpret_cast<char*>(o) + f.offset;
    switch (f.descriptor[0]) {
        case 'Z': case 'B': return intToSlot(*reinterpret_cast<int8_t*>(p));
        case 'C': return intToSlot(*reinterpret_cast<uint16_t*>(p));
        case 'S': return intToSlot(*reinterpret_cast<int16_t*>(p));
        case 'I': case 'F': return *reinterpret_cast<uint32_t*>(p);
        case 'J': case 'D': return *reinterpret_cast<uint64_t*>(p);
        default: return refToSlot(*reinterpret_cast<Object**>(p));
    }
}

// Java's spelling of a float or double where it is short: 1.0, 0.5, 1.0E10.
template <typename T>
std::string formatFloating(T v) {
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, p);
    if (s.find_first_of(".en") == std::string::npos) s += ".0";
    return s;
}

}  // namespace

class DebuggerState {
public:
    DebuggerState(Vm& vm, std::FILE* in, bool echo) : vm_(vm), in_(in), echo_(echo) {}

    void beforeMain(JavaThread& thread) {
        thread_ = &thread;
        say("Cortado debugger: the program is loaded, not started; `help` lists the commands.");
        shell(nullptr);
    }

    void onInstruction(JavaThread& thread, Frame* frame) {
        if (mode_ == Mode::NotStarted || mode_ == Mode::Detached) return;
        // A quickening handler re-dispatches at the same pc once it has
        // rewritten the instruction (interp/Interpreter.cpp): the same stop.
        if (frame == lastFrame_ && frame->pc == lastPc_ &&
            classfile::bytecodeInfo(*frame->pc).has(classfile::BC_INTERNAL))
            return;
        lastFrame_ = frame;
        lastPc_ = frame->pc;
        thread_ = &thread;
        uint32_t bci = frame->bci();
        int hit = breakpointAt(frame->method, bci);
        bool stop = hit != 0;
        if (!stop) {
            switch (mode_) {
                case Mode::StepInstruction: stop = true; break;
                case Mode::StepLine: stop = !frame->method->owner->isBoot && movedOn(frame); break;
                case Mode::NextLine:
                    stop = frame <= startFrame_ && !frame->method->owner->isBoot && movedOn(frame);
                    break;
                case Mode::Finish: stop = frame < startFrame_; break;
                default: break;
            }
        }
        if (!stop) return;
        if (hit) say("Breakpoint " + std::to_string(hit) + ", " + location(frame));
        else say(location(frame));
        shell(frame);
    }

    void programExited() {
        if (mode_ != Mode::NotStarted) say("The program has exited.");
    }

private:
    // ---- The command loop -----------------------------------------------------------
    void say(const std::string& line) {
        std::fputs(line.c_str(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

    // Reads and runs commands until one resumes the program.
    void shell(Frame* stopped) {
        stopped_ = stopped;
        selected_ = 0;
        std::string line;
        while (true) {
            std::fputs("(cdb) ", stdout);
            std::fflush(stdout);
            if (!readLine(line)) {
                // The commands ended: let the program run to its end.
                if (echo_) std::fputc('\n', stdout);
                mode_ = Mode::Detached;
                std::fflush(stdout);
                return;
            }
            if (echo_) say(line);
            std::string cmd = trim(line);
            if (cmd.empty()) {
                if (lastCommand_.empty()) continue;
                cmd = lastCommand_;  // as in gdb: an empty line repeats the last command
            }
            lastCommand_ = cmd;
            if (command(cmd)) return;
        }
    }

    bool readLine(std::string& line) {
        line.clear();
        int c;
        while ((c = std::fgetc(in_)) != EOF && c != '\n') line += char(c);
        return c != EOF || !line.empty();
    }

    // Runs one command; true when it resumes the program.
    bool command(const std::string& cmdLine) {
        std::istringstream words(cmdLine);
        std::string cmd, arg;
        words >> cmd;
        std::getline(words, arg);
        arg = trim(arg);
        bool running = mode_ != Mode::NotStarted;
        auto needStopped = [&]() {
            if (!stopped_) say("The program is not being run.");
            return stopped_ != nullptr;
        };
        if (cmd == "help" || cmd == "h") return help(), false;
        if (cmd == "quit" || cmd == "q") {
            std::fflush(stdout);
            std::_Exit(0);
        }
        if (cmd == "break" || cmd == "b") return setBreakpoint(arg), false;
        if (cmd == "delete" || cmd == "d") return deleteBreakpoints(arg), false;
        if (cmd == "info" && (arg == "break" || arg == "breakpoints")) return listBreakpoints(), false;
        if (cmd == "classes") return listClasses(arg == "all"), false;
        if (cmd == "methods") return listMethods(arg), false;
        if (cmd == "run" || cmd == "r") {
            if (running) return say("The program is already running."), false;
            mode_ = Mode::Continue;
            return true;
        }
        if (cmd == "continue" || cmd == "c") {
            if (!running) return say("The program is not being run."), false;
            mode_ = Mode::Continue;
            return true;
        }
        if (cmd == "step" || cmd == "s" || cmd == "next" || cmd == "n" || cmd == "stepi" || cmd == "si" ||
            cmd == "finish") {
            if (!needStopped()) return false;
            startFrame_ = stopped_;
            startMethod_ = stopped_->method;
            startLine_ = stopped_->method->lineNumber(stopped_->bci());
            mode_ = cmd[0] == 'f' ? Mode::Finish
                    : cmd == "stepi" || cmd == "si" ? Mode::StepInstruction
                    : cmd[0] == 'n' ? Mode::NextLine
                                    : Mode::StepLine;
            if (mode_ == Mode::Finish) say("Run till exit from " + location(stopped_));
            return true;
        }
        if (cmd == "where" || cmd == "bt" || cmd == "backtrace") return needStopped() && (backtrace(), false);
        if (cmd == "frame" || cmd == "f" || cmd == "up" || cmd == "down") {
            if (!needStopped()) return false;
            int depth = int(frames().size());
            int target = cmd == "up" ? selected_ + 1 : cmd == "down" ? selected_ - 1 : int(parseNumber(arg).value_or(selected_));
            if (target < 0 || target >= depth) return say("No frame " + std::to_string(target) + "."), false;
            selected_ = target;
            say("#" + std::to_string(selected_) + "  " + location(frames()[size_t(selected_)]));
            return false;
        }
        if (cmd == "locals") return needStopped() && (printLocals(), false);
        if (cmd == "stack") return needStopped() && (printStack(), false);
        if (cmd == "print" || cmd == "p") return needStopped() && (print(arg), false);
        say("Undefined command: \"" + cmd + "\".  Try \"help\".");
        return false;
    }

    void help() {
        say("Commands (abbreviations in brackets):\n"
            "  break Class.method | break Class:line   [b] stop there (Class as pkg.Name or pkg.Outer$Inner)\n"
            "  info break                              list breakpoints\n"
            "  delete [N]                              [d] delete breakpoint N, or all\n"
            "  run                                     [r] start the program\n"
            "  continue                                [c] run to the next breakpoint\n"
            "  step                                    [s] run to another source line, into calls (application classes)\n"
            "  next                                    [n] run to another source line, over calls\n"
            "  stepi                                   [si] run one bytecode instruction (any class)\n"
            "  finish                                  run until the current method returns\n"
            "  where                                   [bt] the stack, innermost frame first\n"
            "  frame N | up | down                     [f] select a frame for locals, stack and print\n"
            "  locals                                  the selected frame's local variables\n"
            "  stack                                   the selected frame's operand stack, bottom first\n"
            "  print NAME[.field...] | print N         [p] a local (by name or slot number) and its fields\n"
            "  classes [all]                           loaded application classes (all: the library's too)\n"
            "  methods Class                           a class's declared methods\n"
            "  quit                                    [q] end the program now\n"
            "An empty line repeats the last command. At the end of the commands the program runs to its end.");
    }

    // ---- Breakpoints ----------------------------------------------------------------
    void setBreakpoint(const std::string& spec) {
        if (spec.empty()) return listBreakpoints();
        Breakpoint bp{nextId_, "", "", -1};
        size_t colon = spec.rfind(':');
        if (colon != std::string::npos) {
            auto line = parseNumber(std::string_view(spec).substr(colon + 1));
            if (!line || *line <= 0) return say("Bad line number in \"" + spec + "\".");
            if (colon == 0) return say("Usage: break Class.method or break Class:line");
            bp.className = internalName(spec.substr(0, colon));
            bp.line = int(*line);
        } else {
            size_t dot = spec.rfind('.');
            if (dot == std::string::npos || dot == 0 || dot + 1 == spec.size())
                return say("Usage: break Class.method or break Class:line");
            bp.className = internalName(spec.substr(0, dot));
            bp.method = spec.substr(dot + 1);
        }
        std::string where = describe(bp);
        if (Klass* k = vm_.loader.findLoaded(bp.className)) {
            // The class is here: say where it stops, or that it cannot.
            std::vector<std::pair<Method*, uint32_t>> sites;
            for (Method& m : k->methods) matches(bp, m, sites);
            if (sites.empty())
                return say(bp.line > 0 ? "No line " + std::to_string(bp.line) + " in class " + k->externalName + "."
                                       : "No method " + bp.method + " in class " + k->externalName + ".");
            where = sites[0].first->owner->externalName + "." + sites[0].first->name + sites[0].first->descriptor + "," +
                    sourceSuffix(sites[0].first, sites[0].second).substr(3);
            if (sites.size() > 1) where += " (and " + std::to_string(sites.size() - 1) + " more)";
        } else {
            where += " (pending: class not loaded yet)";
        }
        breakpoints_.push_back(bp);
        ++nextId_;
        forgetResolvedSites();
        say("Breakpoint " + std::to_string(bp.id) + " at " + where);
    }

    static std::string describe(const Breakpoint& bp) {
        std::string cls = bp.className;
        std::replace(cls.begin(), cls.end(), '/', '.');
        return bp.line > 0 ? cls + ":" + std::to_string(bp.line) : cls + "." + bp.method;
    }

    // Where `bp` stops in `m`: a method's first instruction, or the start of
    // each LineNumberTable entry for the line (a loop's line may have several).
    static void matches(const Breakpoint& bp, Method& m, std::vector<std::pair<Method*, uint32_t>>& out) {
        if (m.owner->name != bp.className || !m.codeAttribute()) return;
        if (bp.line < 0) {
            if (m.name == bp.method) out.emplace_back(&m, 0);
            return;
        }
        for (const auto& e : m.codeAttribute()->line_numbers)
            if (e.line_number == bp.line) out.emplace_back(&m, e.start_pc);
    }

    void deleteBreakpoints(const std::string& arg) {
        if (arg.empty()) {
            breakpoints_.clear();
            say("Deleted all breakpoints.");
        } else {
            auto id = parseNumber(arg);
            auto it = std::find_if(breakpoints_.begin(), breakpoints_.end(), [&](auto& b) { return id && b.id == *id; });
            if (it == breakpoints_.end()) return say("No breakpoint number " + arg + ".");
            breakpoints_.erase(it);
            say("Deleted breakpoint " + arg + ".");
        }
        forgetResolvedSites();
    }

    void listBreakpoints() {
        if (breakpoints_.empty()) return say("No breakpoints.");
        for (const auto& bp : breakpoints_) say(std::to_string(bp.id) + "  " + describe(bp));
    }

    // The breakpoints changed: every method is matched again, and the cached
    // pointer into resolved_ would dangle once it is cleared.
    void forgetResolvedSites() {
        resolved_.clear();
        cachedMethod_ = nullptr;
        cachedSites_ = nullptr;
    }

    // The breakpoint number that stops at (method, bci), or 0. Each method is
    // matched against the breakpoints once (when first seen after they change).
    int breakpointAt(Method* m, uint32_t bci) {
        if (breakpoints_.empty()) return 0;
        if (m != cachedMethod_) {
            auto [it, fresh] = resolved_.try_emplace(m);
            if (fresh)
                for (const auto& bp : breakpoints_) {
                    std::vector<std::pair<Method*, uint32_t>> sites;
                    matches(bp, *m, sites);
                    for (auto& s : sites) it->second.emplace_back(s.second, bp.id);
                }
            cachedMethod_ = m;
            cachedSites_ = &it->second;
        }
        for (auto& [at, id] : *cachedSites_)
            if (at == bci) return id;
        return 0;
    }

    // ---- Where the program is ---------------------------------------------------------
    bool movedOn(Frame* f) const {
        return f != startFrame_ || f->method != startMethod_ || f->method->lineNumber(f->bci()) != startLine_;
    }

    static std::string sourceSuffix(const Method* m, uint32_t bci) {
        int line = m->lineNumber(bci);
        const std::string& file = m->owner->classFile ? m->owner->classFile->source_file : std::string();
        std::string s = line >= 0 ? " at " + (file.empty() ? std::string("line ") : file + ":") + std::to_string(line) : "";
        return s + ", bci " + std::to_string(bci);
    }

    // "Sample.fib(I)I at Sample.java:10, bci 4: iload_0"
    static std::string location(Frame* f) {
        const Method* m = f->method;
        uint32_t bci = f->bci();
        return m->owner->externalName + "." + m->name + m->descriptor + sourceSuffix(m, bci) + ": " + instruction(m, bci);
    }

    // The instruction as the class file has it (the interpreter's copy may be quickened).
    static std::string instruction(const Method* m, uint32_t bci) {
        const auto* code = m->codeAttribute();
        if (!code || bci >= code->code.size()) return "?";
        const uint8_t* p = code->code.data() + bci;
        const auto& info = classfile::bytecodeInfo(*p);
        std::string s(info.name);
        using F = classfile::OperandFormat;
        switch (info.format) {
            case F::Byte: s += " " + std::to_string(int8_t(p[1])); break;
            case F::Short: s += " " + std::to_string(classfile::readS2(p + 1)); break;
            case F::Local: s += " " + std::to_string(p[1]); break;
            case F::Cp1: s += " #" + std::to_string(p[1]); break;
            case F::Cp2: case F::InvokeInterface: case F::InvokeDynamic: case F::MultiANewArray:
                s += " #" + std::to_string(classfile::readU2(p + 1));
                break;
            case F::Branch2: s += " " + std::to_string(int(bci) + classfile::readS2(p + 1)); break;
            case F::Branch4: s += " " + std::to_string(int(bci) + classfile::readS4(p + 1)); break;
            case F::Iinc: s += " " + std::to_string(p[1]) + ", " + std::to_string(int8_t(p[2])); break;
            default: break;
        }
        return s;
    }

    std::vector<Frame*> frames() const {
        std::vector<Frame*> out;
        for (Frame* f = thread_->topFrame; f; f = f->caller) out.push_back(f);
        return out;
    }

    Frame* selectedFrame() const { return frames()[size_t(selected_)]; }

    void backtrace() {
        auto all = frames();
        for (size_t i = 0; i < all.size(); ++i)
            say(std::string(int(i) == selected_ ? "=>" : "  ") + "#" + std::to_string(i) + "  " + location(all[i]));
    }

    // ---- Values ---------------------------------------------------------------------------
    // Local variables live at the selected frame's pc: names and types from the
    // LocalVariableTable (javac -g), else slots typed by the reference map.
    struct Local {
        std::string name;
        std::string descriptor;  // empty: unknown (no LocalVariableTable)
        uint16_t slot;
    };

    std::vector<Local> liveLocals(Frame* f) const {
        std::vector<Local> out;
        const auto* code = f->method->codeAttribute();
        uint32_t bci = f->bci();
        if (code && !code->local_variables.empty()) {
            for (const auto& v : code->local_variables)
                if (bci >= v.start_pc && bci < uint32_t(v.start_pc) + v.length) out.push_back({v.name, v.descriptor, v.index});
            std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.slot < b.slot; });
            return out;
        }
        for (uint16_t i = 0; i < f->method->maxLocals; ++i) out.push_back({std::to_string(i), "", i});
        return out;
    }

    // A slot of unknown type: a reference if the reference map says so, else
    // its bits as an int (or as a long when they do not fit in 32 bits).
    std::string untyped(Frame* f, uint32_t mapSlot, Slot value) const {
        const MethodRefMaps* maps = referenceMapsOf(f->method);
        const FrameRefMap* map = maps ? maps->at(f->bci()) : nullptr;
        if (map && map->isReference(mapSlot)) return reference(slotToRef(value));
        if (value >> 32) return std::to_string(int64_t(value)) + "L";
        return std::to_string(slotToInt(value));
    }

    std::string typed(char type, Slot v) const {
        switch (type) {
            case 'Z': return slotToInt(v) ? "true" : "false";
            case 'B': case 'S': case 'I': return std::to_string(slotToInt(v));
            case 'C': return character(uint16_t(slotToInt(v)));
            case 'J': return std::to_string(slotToLong(v));
            case 'F': return formatFloating(slotToFloat(v));
            case 'D': return formatFloating(slotToDouble(v));
            default: return reference(slotToRef(v));
        }
    }

    static std::string character(uint16_t c) {
        if (c >= 0x20 && c < 0x7f) return std::string("'") + char(c) + "'";
        char buf[16];
        std::snprintf(buf, sizeof buf, "'\\u%04x'", c);
        return buf;
    }

    // Objects by class (their addresses move with the collector): a String by
    // its text, an array by its length and first elements.
    std::string reference(Object* o) const {
        if (!o) return "null";
        Klass* k = o->klass;
        if (k == vm_.stringClass) return "\"" + stringToUtf8(*thread_, o) + "\"";
        if (k->isArray()) {
            auto* a = static_cast<Array*>(o);
            std::string elem = k->externalName.substr(1);
            std::string s = k->component->externalName + "[" + std::to_string(a->length) + "]";
            if (k->component->isPrimitiveClass) {
                s += " {";
                int32_t n = std::min<int32_t>(a->length, 10);
                for (int32_t i = 0; i < n; ++i) s += (i ? ", " : "") + element(a, i);
                s += a->length > n ? ", ...}" : "}";
            }
            return s;
        }
        return "instance of " + k->externalName;
    }

    std::string element(Array* a, int32_t i) const {
        using classfile::BasicType;
        switch (a->klass->elementType) {
            case BasicType::Boolean: return a->data<int8_t>()[i] ? "true" : "false";
            case BasicType::Byte: return std::to_string(a->data<int8_t>()[i]);
            case BasicType::Char: return character(a->data<uint16_t>()[i]);
            case BasicType::Short: return std::to_string(a->data<int16_t>()[i]);
            case BasicType::Int: return std::to_string(a->data<int32_t>()[i]);
            case BasicType::Long: return std::to_string(a->data<int64_t>()[i]);
            case BasicType::Float: return formatFloating(a->data<float>()[i]);
            case BasicType::Double: return formatFloating(a->data<double>()[i]);
            default: return reference(a->data<Object*>()[i]);
        }
    }

    std::string fieldValue(Object* o, const Field& f) const { return typed(f.descriptor[0], fieldSlot(o, f)); }

    // Instance fields, the superclass's first (the order of the object's layout in the source).
    static std::vector<const Field*> instanceFields(Klass* k) {
        std::vector<Klass*> chain;
        for (; k; k = k->super) chain.push_back(k);
        std::vector<const Field*> out;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            for (const Field& f : (*it)->fields)
                if (!f.isStatic()) out.push_back(&f);
        return out;
    }

    void printLocals() {
        Frame* f = selectedFrame();
        auto locals = liveLocals(f);
        if (locals.empty()) return say("No locals.");
        for (const auto& l : locals) {
            Slot v = f->locals[l.slot];
            std::string text = l.descriptor.empty() ? untyped(f, l.slot, v) : typed(l.descriptor[0], v);
            say((l.descriptor.empty() ? "slot " : "") + l.name + " = " + text);
        }
    }

    void printStack() {
        Frame* f = selectedFrame();
        Slot* base = f->stackBase();
        long depth = long(f->sp - base);
        if (depth <= 0) return say("The operand stack is empty.");
        for (long i = 0; i < depth; ++i)
            say("[" + std::to_string(i) + "] " + untyped(f, uint32_t(f->method->maxLocals + i), base[i]));
    }

    // print NAME | N | NAME.field.field...: a local, then fields of the object it refers to.
    void print(const std::string& expr) {
        if (expr.empty()) return say("Usage: print NAME[.field...] or print N");
        Frame* f = selectedFrame();
        std::vector<std::string> parts;
        std::stringstream ss(expr);
        for (std::string part; std::getline(ss, part, '.');) parts.push_back(trim(part));
        // The first name: a live local (by name, or slot number).
        std::optional<Local> local;
        for (const auto& l : liveLocals(f))
            if (l.name == parts[0]) local = l;
        if (!local)
            if (auto n = parseNumber(parts[0]); n && *n >= 0 && *n < f->method->maxLocals) {
                local = Local{parts[0], "", uint16_t(*n)};
                for (const auto& l : liveLocals(f))
                    if (l.slot == *n && !l.descriptor.empty()) local = l;
            }
        if (!local) return say("No local \"" + parts[0] + "\" here.");
        Slot v = f->locals[local->slot];
        std::string type = local->descriptor;
        if (type.empty()) {
            const MethodRefMaps* maps = referenceMapsOf(f->method);
            const FrameRefMap* map = maps ? maps->at(f->bci()) : nullptr;
            type = map && map->isLocalReference(local->slot) ? "Ljava/lang/Object;" : "I";
        }
        for (size_t i = 1; i < parts.size(); ++i) {
            if (type[0] != 'L' && type[0] != '[') return say("\"" + parts[i - 1] + "\" is not an object.");
            Object* o = slotToRef(v);
            if (!o) return say("\"" + parts[i - 1] + "\" is null.");
            if (o->klass->isArray() && parts[i] == "length") {
                v = intToSlot(static_cast<Array*>(o)->length);
                type = "I";
                continue;
            }
            const Field* found = nullptr;
            for (const Field* fld : instanceFields(o->klass))
                if (fld->name == parts[i]) found = fld;  // the subclass's field hides the superclass's
            if (!found) return say("No field \"" + parts[i] + "\" in " + o->klass->externalName + ".");
            v = fieldSlot(o, *found);
            type = found->descriptor;
        }
        std::string text = typed(type[0], v);
        Object* o = type[0] == 'L' || type[0] == '[' ? slotToRef(v) : nullptr;
        if (o && !o->klass->isArray() && o->klass != vm_.stringClass) {
            // One level of fields, as gdb prints a struct.
            std::string fields;
            for (const Field* fld : instanceFields(o->klass))
                fields += (fields.empty() ? "" : ", ") + fld->name + " = " + fieldValue(o, *fld);
            text += " {" + fields + "}";
        }
        say(expr + " = " + text);
    }

    // ---- Classes ---------------------------------------------------------------------------
    void listClasses(bool all) {
        std::vector<std::string> names;
        vm_.loader.forEachClass([&](Klass* k) {
            if ((all || !k->isBoot) && !k->isArray() && !k->isPrimitiveClass && !k->isHidden) names.push_back(k->externalName);
        });
        std::sort(names.begin(), names.end());
        if (names.empty()) say("No classes.");
        for (const auto& n : names) say(n);
    }

    void listMethods(const std::string& cls) {
        if (cls.empty()) return say("Usage: methods Class");
        Klass* k = vm_.loader.findLoaded(internalName(cls));
        if (!k) return say("No loaded class " + cls + ".");
        for (const Method& m : k->methods) {
            std::string line = m.name + m.descriptor;
            if (m.codeAttribute() && !m.codeAttribute()->line_numbers.empty()) {
                int first = INT32_MAX;
                for (const auto& e : m.codeAttribute()->line_numbers) first = std::min<int>(first, e.line_number);
                line += "  line " + std::to_string(first);
            } else if (m.isNative()) {
                line += "  native";
            } else if (m.isAbstract()) {
                line += "  abstract";
            }
            say(line);
        }
    }

    Vm& vm_;
    std::FILE* in_;
    bool echo_;
    JavaThread* thread_ = nullptr;
    Mode mode_ = Mode::NotStarted;
    std::vector<Breakpoint> breakpoints_;
    int nextId_ = 1;
    std::unordered_map<const Method*, std::vector<std::pair<uint32_t, int>>> resolved_;
    const Method* cachedMethod_ = nullptr;
    std::vector<std::pair<uint32_t, int>>* cachedSites_ = nullptr;
    // The stop the shell is at, the frame selected for locals/stack/print (0 = innermost).
    Frame* stopped_ = nullptr;
    int selected_ = 0;
    std::string lastCommand_;
    // Where a step, next or finish started.
    Frame* startFrame_ = nullptr;
    const Method* startMethod_ = nullptr;
    int startLine_ = -1;
    // The last instruction the hook saw (quickening re-dispatch, above).
    Frame* lastFrame_ = nullptr;
    const uint8_t* lastPc_ = nullptr;
};

namespace {
DebuggerState* g_debugger = nullptr;
void debugHook(JavaThread& thread, Frame* frame) { g_debugger->onInstruction(thread, frame); }
}  // namespace

Debugger::Debugger(Vm& vm, std::FILE* commands, bool echo) : state_(std::make_unique<DebuggerState>(vm, commands, echo)) {}
Debugger::~Debugger() {
    if (g_debugger == state_.get()) {
        setDebugHook(nullptr);
        g_debugger = nullptr;
    }
}

void Debugger::attach(Vm& vm) {
    g_debugger = state_.get();
    setDebugHook(&debugHook);
    vm.addExitHook([state = state_.get()] { state->programExited(); });
}

void Debugger::beforeMain(JavaThread& thread) { state_->beforeMain(thread); }

}  // namespace cortado::interp
