// Instructions: the mnemonics and operand layouts come from the one bytecode
// table (classfile/Bytecodes.def), so an opcode added there is assembled with
// the operand syntax of its OperandFormat at once.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "classfile/writer/ClassWriter.h"
#include "tools/jasm/MethodState.h"
#include "tools/jasm/TokenCursor.h"

namespace cortado::jasm {

// The opcode of a mnemonic from the table, or of one of Jasmin's old
// spellings (invokenonvirtual for invokespecial).
std::optional<uint8_t> instructionOpcode(std::string_view mnemonic);

// Reads the operands of the instruction whose mnemonic was just read, up to
// the end of its line, and appends it to the method's code.
void assembleInstruction(TokenCursor& in, MethodState& method, classwriter::ClassWriter& cls, uint8_t opcode);

}  // namespace cortado::jasm
