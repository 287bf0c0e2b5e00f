#include "interp/BytecodeTrace.h"

#include <unistd.h>

#include <cstdio>

#include "classfile/Bytecodes.h"
#include "runtime/Frame.h"
#include "runtime/Klass.h"

namespace cortado::interp {

using namespace runtime;

bool g_traceBytecodes = false;

namespace {

std::string g_classFilter, g_methodFilter;
const Method* g_lastMethod = nullptr;
uint64_t g_traced = 0;

bool selected(const Method* m) {
    if (!g_classFilter.empty() && m->owner->name != g_classFilter && m->owner->externalName != g_classFilter)
        return false;
    return g_methodFilter.empty() || m->name == g_methodFilter;
}

// Written straight to file descriptor 1, as System.out is, so the lines interleave
// with the program's output in order.
void emit(const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(1, text.data() + done, text.size() - done);
        if (n <= 0) return;
        done += size_t(n);
    }
}

}  // namespace

void enableBytecodeTracing(const std::string& filter) {
    g_traceBytecodes = true;
    std::string f = filter;
    for (char& c : f)
        if (c == '/') c = '.';
    size_t dot = f.rfind('.');
    // "Class.method", or a single word: a class if it starts upper-case, else a method.
    if (dot != std::string::npos) {
        g_classFilter = f.substr(0, dot);
        g_methodFilter = f.substr(dot + 1);
    } else if (!f.empty() && std::isupper(static_cast<unsigned char>(f[0]))) {
        g_classFilter = f;
    } else {
        g_methodFilter = f;
    }
}

void traceBytecode(Frame* frame, const uint8_t* pc, const Slot* sp) {
    const Method* m = frame->method;
    if (!selected(m)) return;
    std::string text;
    if (m != g_lastMethod) {
        text += "[trace] " + m->owner->externalName + "." + m->name + m->descriptor + "\n";
        g_lastMethod = m;
    }
    const auto& info = classfile::bytecodeInfo(*pc);
    char head[96];
    std::snprintf(head, sizeof head, "[trace] %8llu %5u  %-16s stack=[", static_cast<unsigned long long>(++g_traced),
                  unsigned(pc - m->code.get()), info.defined() ? std::string(info.name).c_str() : "?");
    text += head;
    // Slots are untyped here: one whose upper half is zero is shown as the int
    // it holds (runtime/Object.h intToSlot), others in hex (references, longs, doubles).
    for (const Slot* s = frame->stackBase(); s < sp; ++s) {
        char buf[32];
        if ((*s >> 32) == 0) std::snprintf(buf, sizeof buf, "%d", int32_t(uint32_t(*s)));
        else std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(*s));
        if (s != frame->stackBase()) text += ", ";
        text += buf;
    }
    text += "]\n";
    emit(text);
}

}  // namespace cortado::interp
