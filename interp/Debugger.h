// `cortado --debug`: a gdb-style debugger shell over the interpreter
// (docs/debugger.md). Commands are read line by line from a stream that is not
// the program's standard input, so both can be used (and scripted) at once.
// Debugging runs interpreted only: the launcher implies -Xint.
#pragma once
#include <cstdio>
#include <memory>

#include "runtime/JavaThread.h"
#include "runtime/Vm.h"

namespace cortado::interp {

class DebuggerState;

class Debugger {
public:
    // `commands` is read until `run`, then at every stop; at its end the
    // program runs on to its end without stopping. `echo`: print each command
    // after the prompt (a script's transcript reads like a session).
    Debugger(runtime::Vm& vm, std::FILE* commands, bool echo);
    ~Debugger();

    // Installs the interpreter hook (call before the VM runs Java code) and
    // an exit hook that says when the program has ended.
    void attach(runtime::Vm& vm);
    // The shell before the program starts (main class loaded and linked):
    // returns on `run`; `quit` exits the process.
    void beforeMain(runtime::JavaThread& thread);

private:
    std::unique_ptr<DebuggerState> state_;
};

}  // namespace cortado::interp
