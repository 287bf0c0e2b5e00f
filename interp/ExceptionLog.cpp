#include "interp/ExceptionLog.h"

#include <cstdio>
#include <string>

#include "runtime/JavaThread.h"
#include "runtime/Klass.h"
#include "runtime/Strings.h"
#include "runtime/Vm.h"
#include "runtime/VmLog.h"

namespace cortado::interp {

using namespace runtime;

bool exceptionLogEnabled = false;

namespace {

std::string address(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%016llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
    return buf;
}

std::string threadName(JavaThread& thread) {
    if (thread.threadObject && thread.vm.offsets.threadName)
        if (Object* n = thread.threadObject->field<Object*>(thread.vm.offsets.threadName)) return stringToUtf8(thread, n);
    return "main";
}

}  // namespace

void logExceptionThrown(JavaThread& thread, const Method* method, uint32_t bci) {
    Object* e = thread.pendingException;
    if (!e) return;
    std::string text = "Exception <a '" + e->klass->name + "'{" + address(e) + "}";
    if (Object* msg = e->field<Object*>(thread.vm.offsets.throwableDetailMessage)) text += ": " + stringToUtf8(thread, msg);
    text += ">\n thrown in interpreter method <{method} {" + address(method) + "} '" + method->name + "' '" +
            method->descriptor + "' in '" + method->owner->name + "'>\n at bci " + std::to_string(bci) +
            " for thread " + address(&thread) + " (" + threadName(thread) + ")";
    vmLog("exceptions", text);
}

void logExceptionHandler(JavaThread& thread, const Method* method, int32_t handlerBci) {
    Object* e = thread.pendingException;
    if (!e) return;
    vmLog("exceptions", "Found matching handler for exception of type \"" + e->klass->externalName + "\" in method \"" +
                            method->name + "\" at BCI: " + std::to_string(handlerBci));
}

}  // namespace cortado::interp
