// cortado-jasm: assembles Jasmin (.j) files into class files.
//   cortado-jasm [-d OUTDIR] FILE.j...
// Each class goes to OUTDIR/<package path>/<Name>.class (OUTDIR defaults to
// "."). An error names the file and line; the exit code is 1 if any file failed.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "tools/jasm/Assembler.h"
#include "tools/jasm/SyntaxError.h"

namespace fs = std::filesystem;

static int usage() {
    std::cerr << "usage: cortado-jasm [-d OUTDIR] FILE.j...\n";
    return 2;
}

static bool assembleFile(const std::string& path, const fs::path& outDir) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << path << ": error: cannot read the file\n";
        return false;
    }
    std::ostringstream text;
    text << file.rdbuf();
    try {
        cortado::jasm::AssembledClass c = cortado::jasm::assemble(text.str(), fs::path(path).filename().string());
        fs::path out = outDir / (c.name + ".class");
        std::error_code ec;
        fs::create_directories(out.parent_path(), ec);
        std::ofstream o(out, std::ios::binary | std::ios::trunc);
        if (!o.write(reinterpret_cast<const char*>(c.bytes.data()), static_cast<std::streamsize>(c.bytes.size()))) {
            std::cerr << path << ": error: cannot write " << out.string() << "\n";
            return false;
        }
        return true;
    } catch (const cortado::jasm::SyntaxError& e) {
        std::cerr << path;
        if (e.line() > 0) std::cerr << ":" << e.line();
        std::cerr << ": error: " << e.what() << "\n";
    } catch (const std::exception& e) {  // never a crash, whatever the input
        std::cerr << path << ": error: " << e.what() << "\n";
    }
    return false;
}

int main(int argc, char** argv) {
    fs::path outDir = ".";
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-d") {
            if (++i >= argc) return usage();
            outDir = argv[i];
        } else if (a == "-h" || a == "--help") {
            usage();
            return 0;
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "cortado-jasm: unknown option " << a << "\n";
            return usage();
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) return usage();
    bool ok = true;
    for (const std::string& f : files) ok = assembleFile(f, outDir) && ok;
    return ok ? 0 : 1;
}
