// -Xlog:exceptions: HotSpot 17's unified-logging lines for each frame an
// exception passes through and for the handler that catches it
// (HotSpot's Exceptions::log_exception / InterpreterRuntime::exception_handler_for_exception).
#pragma once
#include <cstdint>

namespace cortado::runtime {
class JavaThread;
struct Method;
}

namespace cortado::interp {

// Set once by the launcher before any Java code runs.
extern bool exceptionLogEnabled;

// The pending exception is "thrown in" `method` at `bci` (the throw site or a call being unwound).
void logExceptionThrown(runtime::JavaThread& thread, const runtime::Method* method, uint32_t bci);
// A handler at `handlerBci` of `method` catches the pending exception.
void logExceptionHandler(runtime::JavaThread& thread, const runtime::Method* method, int32_t handlerBci);

}  // namespace cortado::interp
