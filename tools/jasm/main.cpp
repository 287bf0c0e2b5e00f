// cortado-jasm: assembles Jasmin (.j) files into class files.
//   cortado-jasm [-d OUTDIR] [-cp PATH] [--compute-frames] FILE.j...
// Each class goes to OUTDIR/<package path>/<Name>.class (OUTDIR defaults to
// "."). An error names the file and line; the exit code is 1 if any file failed.
// Computed frames (--compute-frames, `.stack compute`) look superclasses up in
// the run's own classes, then PATH (':'-separated directories and jars), then
// the class library jar.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "tools/jasm/Assembler.h"
#include "tools/jasm/ClassPathHierarchy.h"
#include "tools/jasm/SyntaxError.h"

namespace fs = std::filesystem;

static int usage() {
    std::cerr << "usage: cortado-jasm [-d OUTDIR] [-cp PATH] [--compute-frames] FILE.j...\n";
    return 2;
}

static std::optional<std::string> readSource(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// The first pass: each class's name, superclass and interfaces, so frames
// computed in one file can merge types of classes another file declares.
static void learnClasses(const std::vector<std::string>& files, cortado::jasm::ClassPathHierarchy& hierarchy) {
    cortado::jasm::AssembleOptions options;
    options.leaveFramesOut = true;
    for (const std::string& f : files) {
        auto text = readSource(f);
        if (!text) continue;
        try {
            auto c = cortado::jasm::assemble(*text, fs::path(f).filename().string(), options);
            hierarchy.add(cortado::classfile::parseClassFile(c.bytes));
        } catch (const std::exception&) {
            // Reported by the real pass.
        }
    }
}

static bool assembleFile(const std::string& path, const fs::path& outDir, const cortado::jasm::AssembleOptions& options) {
    auto text = readSource(path);
    if (!text) {
        std::cerr << path << ": error: cannot read the file\n";
        return false;
    }
    try {
        cortado::jasm::AssembledClass c = cortado::jasm::assemble(*text, fs::path(path).filename().string(), options);
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
    std::vector<std::string> files, classPath;
    cortado::jasm::AssembleOptions options;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-d") {
            if (++i >= argc) return usage();
            outDir = argv[i];
        } else if (a == "-cp" || a == "-classpath" || a == "--class-path") {
            if (++i >= argc) return usage();
            std::string p = argv[i];
            for (size_t start = 0;;) {
                size_t colon = p.find(':', start);
                std::string entry = p.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
                if (!entry.empty()) classPath.push_back(entry);
                if (colon == std::string::npos) break;
                start = colon + 1;
            }
        } else if (a == "--compute-frames") {
            options.computeFrames = true;
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
    classPath.push_back(cortado::jasm::ClassPathHierarchy::defaultClassLibrary());
    cortado::jasm::ClassPathHierarchy hierarchy(classPath);
    learnClasses(files, hierarchy);
    options.hierarchy = &hierarchy;
    bool ok = true;
    for (const std::string& f : files) ok = assembleFile(f, outDir, options) && ok;
    return ok ? 0 : 1;
}
