// The .j corpus (tests/jasm/*.j, compared with jasmin-sable, and
// tests/jasm/run/*.j, run on HotSpot and Cortado) uses every instruction a
// class file may hold; and no input, however mangled, crashes the assembler.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "JasmTestSupport.h"
#include "classfile/Bytecodes.h"

namespace cortado::jasm::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpus() {
    std::vector<fs::path> files;
    for (const char* dir : {"", "run"})
        for (const auto& e : fs::directory_iterator(fs::path(CORTADO_JASM_CORPUS_DIR) / dir))
            if (e.path().extension() == ".j") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(JasmCorpus, UsesEveryInstructionOfTheTable) {
    std::set<int> seen;
    bool wideIinc = false;
    for (const fs::path& p : corpus()) {
        SCOPED_TRACE(p.string());
        classfile::ClassFile cf;
        ASSERT_NO_THROW(cf = parse(assemble(read(p), p.filename().string()))) << errorOf(read(p)).message;
        for (const auto& m : cf.methods) {
            if (!m.code) continue;
            const auto& code = m.code->code;
            for (uint32_t pc = 0; pc < code.size();) {
                uint32_t n = classfile::instructionLength(code, pc);
                ASSERT_GT(n, 0u) << "bad instruction at " << pc << " in " << m.name;
                seen.insert(code[pc]);
                if (code[pc] == 0xc4) {
                    seen.insert(1000 + code[pc + 1]);  // the widened instruction
                    wideIinc |= code[pc + 1] == 0x84;
                }
                pc += n;
            }
        }
    }
    for (int op = 0; op < 256; ++op) {
        const auto& info = classfile::bytecodeInfo(static_cast<uint8_t>(op));
        if (!info.defined() || info.has(classfile::BC_INTERNAL) || info.has(classfile::BC_RESERVED)) continue;
        // Cortado's own instructions: jasmin-sable (the corpus's oracle) does not know them;
        // tests/bytecodes assembles and runs them.
        if (info.has(classfile::BC_EXTENSION)) continue;
        EXPECT_TRUE(seen.count(op)) << "no .j file in tests/jasm uses " << info.name;
        if (info.format == classfile::OperandFormat::Local) {
            EXPECT_TRUE(seen.count(1000 + op)) << "no .j file in tests/jasm uses wide " << info.name;
        }
    }
    EXPECT_TRUE(wideIinc);
}

// Truncations at every line and random byte changes of every corpus file:
// each either assembles or throws SyntaxError, nothing else.
TEST(JasmCorpus, MangledInputNeverCrashes) {
    std::mt19937 rng(12345);
    const std::string junk = " \n\t;:=\".0123456789-+xLabc/()[;\\u";
    int tried = 0;
    for (const fs::path& p : corpus()) {
        const std::string text = read(p);
        std::vector<std::string> inputs;
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n' || rng() % 16 == 0) inputs.push_back(text.substr(0, i));
        for (int k = 0; k < 150; ++k) {
            std::string s = text;
            for (int edits = 1 + rng() % 4; edits > 0; --edits) {
                size_t at = rng() % s.size();
                switch (rng() % 3) {
                    case 0: s[at] = junk[rng() % junk.size()]; break;
                    case 1: s.erase(at, 1 + rng() % 8); break;
                    default: s.insert(at, 1, static_cast<char>(rng() % 256)); break;
                }
                if (s.empty()) s = " ";
            }
            inputs.push_back(s);
        }
        for (const std::string& in : inputs) {
            ++tried;
            try {
                assemble(in, "X.j");
            } catch (const SyntaxError&) {
            } catch (const std::exception& e) {
                ADD_FAILURE() << p.filename() << ": " << typeid(e).name() << ": " << e.what() << "\n--- input:\n" << in;
                return;
            }
        }
    }
    EXPECT_GT(tried, 1000);
}

}  // namespace
}  // namespace cortado::jasm::test
