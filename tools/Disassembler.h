// `cortado --javap`: prints a parsed class file the way JDK 17's `javap` does.
// Instructions are decoded with the one bytecode table (classfile/Bytecodes.def),
// so an instruction added there is disassembled without further change.
#pragma once
#include <ostream>

#include "classfile/ClassFile.h"

namespace cortado::tools {

struct DisassemblerOptions {
    bool code = false;     // -c: Code listings and exception tables
    bool verbose = false;  // -v: constant pool, flags, line numbers, stack maps (implies -c)
    bool privateMembers = false;  // -p: private members too
};

void disassemble(const classfile::ClassFile& cf, const DisassemblerOptions& options, std::ostream& out);

}  // namespace cortado::tools
