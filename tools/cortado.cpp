// The `cortado` launcher: the `java` launcher's command line, so habits carry over.
//
//   cortado [options] MainClass [args...]
//   cortado [options] -jar app.jar [args...]
//   cortado [options] Source.java [args...]      (compiled with javac first, like `java Source.java`)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cerrno>
#include <climits>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "classfile/ClassFile.h"
#include "classfile/Descriptor.h"
#include "classfile/ZipArchive.h"
#include "gc/HeapFactory.h"
#include "interp/BytecodeCounts.h"
#include "interp/BytecodeTrace.h"
#include "interp/ExceptionLog.h"
#include "interp/Debugger.h"
#include "interp/Interpreter.h"
#include "jit/Tiering.h"
#include "natives/Natives.h"
#include "natives/jni/Jni.h"
#include "runtime/Safepoint.h"
#include "runtime/Allocation.h"
#include "runtime/ClassPath.h"
#include "tools/Disassembler.h"
#include "runtime/JavaCalls.h"
#include "runtime/JavaThread.h"
#include "runtime/PlatformEncoding.h"
#include "runtime/Resolution.h"
#include "runtime/Strings.h"
#include "runtime/Verification.h"
#include "runtime/Profiler.h"
#include "runtime/Vm.h"
#include "runtime/VmLog.h"

namespace po = boost::program_options;
using namespace cortado;
using runtime::refToSlot;

namespace {

constexpr const char* kVersion = "0.1.0";

// HotSpot's closing lines when the VM cannot start.
[[noreturn]] void failToCreateVm(const std::string& message) {
    if (!message.empty()) std::cerr << message << "\n";
    std::cerr << "Error: Could not create the Java Virtual Machine.\n"
              << "Error: A fatal exception has occurred. Program will exit.\n";
    std::exit(1);
}

[[noreturn]] void failToInitializeVm(const std::string& message) {
    std::cerr << "Error occurred during initialization of VM\n" << message << "\n";
    std::exit(1);
}

void printUsage(std::ostream& out) {
    out << "Usage: cortado [options] <mainclass> [args...]\n"
           "           (to execute a class)\n"
           "   or  cortado [options] -jar <jarfile> [args...]\n"
           "           (to execute a jar file)\n"
           "   or  cortado [options] <sourcefile> [args...]\n"
           "           (to execute a single source-file program)\n\n"
           " where options include:\n\n"
           "    -cp <class search path of directories and zip/jar files>\n"
           "    -classpath <class search path of directories and zip/jar files>\n"
           "    --class-path <class search path of directories and zip/jar files>\n"
           "                  A : separated list of directories, JAR archives,\n"
           "                  and ZIP archives to search for class files.\n"
           "    -D<name>=<value>\n"
           "                  set a system property\n"
           "    -verbose:class\n"
           "                  enable verbose output for class loading\n"
           "    -Xlog:class+load, -Xlog:class+init\n"
           "    -Xlog:exceptions  one line per frame an exception passes through (implies -Xint)\n"
           "    --trace-bytecodes[=Class.method]\n"
           "                  one line per interpreted instruction with its operand stack (implies -Xint)\n"
           "                  log class loading / class initialization\n"
           "    -version      print product version to the error stream and exit\n"
           "    --version     print product version to the output stream and exit\n"
           "    -help, -h, -?, --help\n"
           "                  print this help message\n"
           "    -ea, -enableassertions\n"
           "                  enable assertions in application classes\n"
           "    -Xint         interpreted mode execution only\n"
           "    -Xcomp        compile every method at its first invocation\n"
           "    -XX:CompileThreshold=<n>\n"
           "                  invocations before a method is compiled (default 1000)\n"
           "    -Xlog:jit     one line per compiled method\n"
           "    -Xlog:jit+inline\n"
           "                  one line per call site of a compiled method: inlined, or why not\n"
           "    -XX:+PrintAssembly, -XX:+PerfMapEnabled\n"
           "                  print compiled code; write /tmp/perf-<pid>.map for perf\n"
           "    -Xmx<size>    set maximum Java heap size\n"
           "    -Xms<size>    set initial Java heap size\n"
           "    -Xmn<size>    set the size of the young generation\n"
           "    -Xss<size>    set java thread stack size\n"
           "    -Xprof        at exit, a profile per method and tier to stderr (docs/profiling.md)\n"
           "    -Xprof:file=<path>, -Xprof:json=<path>, -Xprof:collapsed=<path>\n"
           "                  the profile to a file, as JSON, as collapsed stacks (flamegraph.pl)\n"
           "    -Xprof:svg=<path>, -Xprof:chart=<path>, -Xprof:interval=<microseconds>\n"
           "                  a flame graph, a bar chart of time per tier; the sampling period\n"
           "    -Xprof:bytecodes\n"
           "                  print histograms of executed bytecodes and bytecode pairs to stderr at exit\n"
           "    -Xlog:gc, -verbose:gc\n"
           "                  one line per collection, in HotSpot's format\n"
           "    -Xlog:gc+heap+exit\n"
           "                  the heap's spaces and collection totals at exit\n"
           "    -XX:MarkSweepAlwaysCompactCount=<n>\n"
           "                  generational: compact the old generation every n-th full collection\n"
           "    --gc-stress=<n>\n"
           "                  collect before every n-th allocation\n"
           "    --gc-stress-polls=<n>\n"
           "                  collect at every n-th safepoint poll (method entries, loop back-edges)\n"
           "    --verify-heap\n"
           "                  check every root and reference field before and after each collection\n"
           "    --verify-refmaps\n"
           "                  check every frame's reference map against the frame at each call\n"
           "    --debug, --debug=<file>\n"
           "                  run under the debugger shell (interpreted only), commands from stdin\n"
           "                  (the program's stdin is then /dev/null) or from <file>; docs/debugger.md\n"
           "    --gc=<name>   heap strategy: ";
    for (const auto& n : gc::strategyNames()) out << n << " ";
    out << "\n";
}

// HotSpot's size syntax: digits with an optional k/m/g/t suffix (either case).
std::optional<size_t> parseSize(const std::string& text) {
    if (text.empty()) return std::nullopt;
    size_t i = 0;
    unsigned long long value = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        if (value > ULLONG_MAX / 10) return std::nullopt;
        value = value * 10 + (text[i++] - '0');
    }
    if (i == 0) return std::nullopt;
    unsigned long long scale = 1;
    if (i < text.size()) {
        switch (std::tolower(static_cast<unsigned char>(text[i++]))) {
            case 'k': scale = 1ull << 10; break;
            case 'm': scale = 1ull << 20; break;
            case 'g': scale = 1ull << 30; break;
            case 't': scale = 1ull << 40; break;
            default: return std::nullopt;
        }
    }
    if (i != text.size() || value > ULLONG_MAX / scale) return std::nullopt;
    return static_cast<size_t>(value * scale);
}

// Turns the `java` launcher's single-dash spellings into Program_options names.
std::pair<std::string, std::string> javaStyleOption(const std::string& token) {
    auto starts = [&](const char* p) { return token.rfind(p, 0) == 0; };
    if (starts("-D")) return {"D", token.substr(2)};
    if (starts("-XX:")) return {"XX", token.substr(4)};
    if (starts("-Xlog")) return {"Xlog", token.size() > 5 && token[5] == ':' ? token.substr(6) : "all"};
    if (starts("-verbose")) return {"verbose", token.size() > 8 && token[8] == ':' ? token.substr(9) : "class"};
    for (const char* sized : {"-Xmx", "-Xms", "-Xss", "-Xmn"})
        if (starts(sized) && token != "-Xmx" && token != "-Xms" && token != "-Xss" && token != "-Xmn")
            return {sized + 1, token.substr(4)};
    if (token == "-Xint") return {"Xint", ""};
    if (starts("-Xverify")) return {"Xverify", token.size() > 8 && token[8] == ':' ? token.substr(9) : "remote"};
    if (token == "-noverify") return {"Xverify", "none"};
    if (token == "-Xcomp") return {"Xcomp", ""};
    if (token == "-Xprof") return {"Xprof-default", ""};
    if (starts("-Xprof:")) return {"Xprof", token.substr(7)};
    if (token == "--debug" || starts("--debug=")) return {"debug", token.size() > 8 ? token.substr(8) : "-"};
    if (token == "-ea" || token == "-enableassertions" || starts("-ea:") || starts("-enableassertions:")) return {"ea", ""};
    if (token == "-da" || token == "-disableassertions") return {"da", ""};
    if (token == "-?" || token == "-h" || token == "-help") return {"help", ""};
    if (token == "--help") return {"help-stdout", ""};
    if (token == "-version") return {"version", ""};
    if (token == "--version") return {"version-stdout", ""};
    return {};
}

struct Launch {
    runtime::VmOptions vm;
    std::string mainClass;   // binary name with dots or slashes
    std::string jarFile;
    std::string sourceFile;
    std::vector<std::string> args;
    std::optional<std::string> debugCommands;  // --debug: "-" = standard input, else a file
};

// The user class path as `java` forms it: -cp if given, else $CLASSPATH, else ".".
std::vector<std::string> userClassPath(const std::string& cpOption) {
    if (!cpOption.empty()) return runtime::splitClassPath(cpOption);
    const char* env = std::getenv("CLASSPATH");
    return runtime::splitClassPath(env && *env ? env : ".");
}

Launch parseCommandLine(int argc, char** argv) {
    // Options end at the main class, the jar after -jar, or the source file;
    // the rest belongs to the program.
    std::vector<std::string> optionTokens;
    Launch launch;
    int i = 1;
    bool haveTarget = false;
    for (; i < argc; ++i) {
        std::string t = argv[i];
        if (t == "-cp" || t == "-classpath" || t == "--class-path") {
            optionTokens.push_back(t);
            if (i + 1 >= argc) failToCreateVm("Error: " + t + " requires class path specification");
            optionTokens.push_back(argv[++i]);
        } else if (t == "-jar") {
            if (i + 1 >= argc) failToCreateVm("Error: -jar requires jar file specification");
            launch.jarFile = argv[++i];
            haveTarget = true;
            ++i;
            break;
        } else if (!t.empty() && t[0] == '-') {
            optionTokens.push_back(t);
        } else {
            if (t.size() > 5 && t.substr(t.size() - 5) == ".java") launch.sourceFile = t;
            else launch.mainClass = t;
            haveTarget = true;
            ++i;
            break;
        }
    }
    for (; i < argc; ++i) launch.args.emplace_back(argv[i]);

    po::options_description desc;
    desc.add_options()
        ("cp", po::value<std::string>())("classpath", po::value<std::string>())("class-path", po::value<std::string>())
        ("D", po::value<std::vector<std::string>>()->composing())
        ("XX", po::value<std::vector<std::string>>()->composing())
        ("Xlog", po::value<std::vector<std::string>>()->composing())
        ("verbose", po::value<std::vector<std::string>>()->composing())
        ("Xmx", po::value<std::string>())("Xms", po::value<std::string>())
        ("Xss", po::value<std::string>())("Xmn", po::value<std::string>())
        ("Xint", "")("Xcomp", "")("ea", "")("da", "")
        ("Xverify", po::value<std::vector<std::string>>()->composing())
        ("gc", po::value<std::string>())
        ("debug", po::value<std::string>())
        ("verify-refmaps", "")
        ("verify-heap", "")
        ("gc-stress", po::value<uint64_t>())
        ("gc-stress-polls", po::value<uint64_t>())
        ("Xprof", po::value<std::vector<std::string>>()->composing())("Xprof-default", "")
        ("trace-bytecodes", po::value<std::string>()->implicit_value(""))
        ("help", "")("help-stdout", "")("version", "")("version-stdout", "");
    po::variables_map vm;
    try {
        // -cp, -classpath: long options spelled with one dash.
        auto style = po::command_line_style::allow_long | po::command_line_style::allow_long_disguise |
                     po::command_line_style::long_allow_next | po::command_line_style::long_allow_adjacent;
        auto parsed = po::command_line_parser(optionTokens).options(desc).style(style).extra_parser(javaStyleOption).run();
        // Anything Program_options did not recognise as an option (it passes such tokens
        // through as positional) is an unknown option to `java`.
        auto leftovers = po::collect_unrecognized(parsed.options, po::include_positional);
        if (!leftovers.empty()) failToCreateVm("Unrecognized option: " + leftovers.front());
        po::store(parsed, vm);
        po::notify(vm);
    } catch (const po::unknown_option& e) {
        failToCreateVm("Unrecognized option: " + e.get_option_name());
    } catch (const po::error& e) {
        failToCreateVm(std::string("Error: ") + e.what());
    }

    if (vm.count("help") || vm.count("help-stdout")) {
        printUsage(vm.count("help") ? std::cerr : std::cout);
        std::exit(0);
    }
    if (vm.count("version") || vm.count("version-stdout")) {
        std::ostream& out = vm.count("version") ? std::cerr : std::cout;
        out << "cortado version \"" << kVersion << "\"\n"
            << "Cortado Runtime Environment (class library: a subset of Java SE 17)\n"
            << "Cortado VM ("
            << (vm.count("Xint") ? "interpreted mode" : vm.count("Xcomp") ? "compiled mode" : "mixed mode") << ")\n";
        std::exit(0);
    }

    auto& o = launch.vm;
    std::string cp;
    for (const char* name : {"cp", "classpath", "class-path"})
        if (vm.count(name)) cp = vm[name].as<std::string>();
    if (!launch.jarFile.empty()) cp = launch.jarFile;  // -jar replaces the class path, as in `java`
    o.classPath = userClassPath(cp);
    if (vm.count("D"))
        for (const auto& d : vm["D"].as<std::vector<std::string>>()) {
            size_t eq = d.find('=');
            o.properties.emplace_back(d.substr(0, eq), eq == std::string::npos ? "" : d.substr(eq + 1));
        }
    auto size = [&](const char* name, const char* what, size_t& into) {
        if (!vm.count(name)) return;
        std::string text = vm[name].as<std::string>();
        auto v = parseSize(text);
        if (!v) failToCreateVm(std::string("Invalid ") + what + ": -" + name + text);
        into = *v;
    };
    size("Xmx", "maximum heap size", o.maxHeapBytes);
    size("Xms", "initial heap size", o.initialHeapBytes);
    size("Xmn", "young generation size", o.youngBytes);
    size("Xss", "thread stack size", o.stackBytes);
    if (vm.count("Xss") && o.stackBytes < 136 * 1024) {
        // HotSpot prints this one on standard output.
        std::cout << "\nThe Java thread stack size specified is too small. Specify at least 136k\n" << std::flush;
        failToCreateVm("");
    }
    if (vm.count("Xmx") && o.maxHeapBytes < 2 * 1024 * 1024) failToInitializeVm("Too small maximum heap");
    if (o.maxHeapBytes && o.initialHeapBytes > o.maxHeapBytes)
        failToInitializeVm("Initial heap size set to a larger value than the maximum heap size");
    o.interpretOnly = vm.count("Xint") > 0;
    if (vm.count("Xverify"))
        for (const auto& v : vm["Xverify"].as<std::vector<std::string>>()) {
            // Class-path classes are verified unless switched off; the class library is trusted.
            if (v == "none") {
                o.verifyRemote = o.verifyLocal = false;
                std::cerr << "OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated "
                             "in JDK 13 and will likely be removed in a future release.\n";
            } else if (v == "remote" || v == "all") {
                o.verifyRemote = true;
                o.verifyLocal = v == "all";
            } else {
                failToCreateVm("Unrecognized option: -Xverify:" + v);
            }
        }
    o.compileAll = vm.count("Xcomp") > 0;
    if (vm.count("debug")) {
        // The debugger stops in the interpreter's dispatch loop: debugging runs interpreted only.
        launch.debugCommands = vm["debug"].as<std::string>();
        o.interpretOnly = true;
        o.compileAll = false;
    }
    o.verifyReferenceMaps = vm.count("verify-refmaps") > 0;
    o.verifyHeap = vm.count("verify-heap") > 0;
    if (vm.count("gc-stress")) o.gcStressInterval = vm["gc-stress"].as<uint64_t>();
    if (vm.count("gc-stress-polls")) o.gcStressPollInterval = vm["gc-stress-polls"].as<uint64_t>();
    o.enableAssertions = vm.count("ea") > 0 && !vm.count("da");
    if (vm.count("gc")) {
        o.gc = vm["gc"].as<std::string>();
        const auto& names = gc::strategyNames();
        if (std::find(names.begin(), names.end(), o.gc) == names.end())
            failToCreateVm("Unrecognized garbage collector: --gc=" + o.gc);
    }
    if (vm.count("verbose"))
        for (const auto& v : vm["verbose"].as<std::vector<std::string>>()) {
            if (v == "class") o.verboseClass = true;
            else if (v == "gc") o.logGc = true;
            else if (v != "jni" && v != "module") failToCreateVm("Unrecognized option: -verbose:" + v);
        }
    if (vm.count("Xlog"))
        for (const auto& l : vm["Xlog"].as<std::vector<std::string>>()) {
            if (l == "class+load" || l == "class+load=info") o.verboseClass = true;
            else if (l == "class+init" || l == "class+init=info") o.verboseInit = true;
            else if (l == "gc" || l == "gc=info") o.logGc = true;
            else if (l == "gc+heap+exit" || l == "gc+heap+exit=info") o.logHeapAtExit = true;
            else if (l == "jit" || l == "jit=info") o.logJit = true;
            else if (l == "jit+inline" || l == "jit+inline=info") o.logInlining = true;
            else if (l == "exceptions" || l == "exceptions=info") interp::exceptionLogEnabled = o.interpretOnly = true;
        }
    if (vm.count("Xprof-default")) o.profiler.enabled = true;
    if (vm.count("trace-bytecodes")) {
        // Only the interpreter traces: compiled methods would run untraced.
        interp::enableBytecodeTracing(vm["trace-bytecodes"].as<std::string>());
        o.interpretOnly = true;
    }
    if (vm.count("Xprof"))
        for (const auto& p : vm["Xprof"].as<std::vector<std::string>>()) {
            if (p == "bytecodes") o.bytecodeHistogram = true;
            else if (!runtime::parseProfilerOption(p, o.profiler)) failToCreateVm("Unrecognized option: -Xprof" + (p.empty() ? "" : ":" + p));
        }
    bool unlockDiagnostic = false;  // -XX:+UnlockDiagnosticVMOptions, which must come first
    if (vm.count("XX"))
        for (const auto& x : vm["XX"].as<std::vector<std::string>>()) {
            // An unknown -XX flag is an error, as in HotSpot; each subsystem adds its own here.
            if (x == "+UnlockDiagnosticVMOptions" || x == "-UnlockDiagnosticVMOptions") {
                unlockDiagnostic = x[0] == '+';
                continue;
            }
            if (x == "-BytecodeVerificationRemote" || x == "+BytecodeVerificationRemote") {
                // A diagnostic flag in JDK 17.
                if (!unlockDiagnostic)
                    failToCreateVm("Error: VM option 'BytecodeVerificationRemote' is diagnostic and must be enabled via "
                                   "-XX:+UnlockDiagnosticVMOptions.\nError: The unlock option must precede 'BytecodeVerificationRemote'.");
                o.verifyRemote = x[0] == '+';
                continue;
            }
            if (x == "-BytecodeVerificationLocal" || x == "+BytecodeVerificationLocal") {
                if (!unlockDiagnostic)
                    failToCreateVm("Error: VM option 'BytecodeVerificationLocal' is diagnostic and must be enabled via "
                                   "-XX:+UnlockDiagnosticVMOptions.\nError: The unlock option must precede 'BytecodeVerificationLocal'.");
                o.verifyLocal = x[0] == '+';
                continue;
            }
            const std::string threshold = "CompileThreshold=";
            if (x.rfind(threshold, 0) == 0) {
                std::string v = x.substr(threshold.size());
                if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
                    failToCreateVm("Improperly specified VM option '" + x + "'");
                o.compileThreshold = unsigned(std::stoul(v));
                continue;
            }
            if (x == "+PrintAssembly" || x == "-PrintAssembly") { o.printAssembly = x[0] == '+'; continue; }
            if (x == "+PerfMapEnabled" || x == "-PerfMapEnabled") { o.perfMap = x[0] == '+'; continue; }
            if (x == "+EnableCortadoBytecodes" || x == "-EnableCortadoBytecodes") {
                o.cortadoBytecodes = x[0] == '+';  // docs/adding-a-bytecode.md
                continue;
            }
            const std::string tenuring = "MaxTenuringThreshold=";
            if (x.rfind(tenuring, 0) == 0) {
                std::string v = x.substr(tenuring.size());
                if (v.empty() || v.size() > 2 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) > 15) {
                    failToCreateVm("MaxTenuringThreshold of " + v + " is invalid; must be between 0 and 15");
                }
                o.maxTenuringThreshold = unsigned(std::stoi(v));
                continue;
            }
            const std::string compactCount = "MarkSweepAlwaysCompactCount=";
            if (x.rfind(compactCount, 0) == 0) {
                std::string v = x.substr(compactCount.size());
                if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
                    failToCreateVm("Improperly specified VM option '" + x + "'");
                o.alwaysCompactCount = unsigned(std::stoul(v));
                continue;
            }
            failToCreateVm("Unrecognized VM option '" + x + "'");
        }
    if (!haveTarget) {
        printUsage(std::cerr);
        std::exit(1);
    }
    return launch;
}

std::string executableDirectory() {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return ".";
    buf[n] = 0;
    return std::filesystem::path(buf).parent_path().string();
}

// The boot class path: the class library beside the launcher.
std::string classLibraryJar() { return executableDirectory() + "/cortado-classlib.jar"; }

// `java Hello.java`: compile the one source file into a temporary directory
// (javac's defaults: string concatenation and lambdas use invokedynamic).
std::string compileSourceFile(const std::string& source, runtime::VmOptions& o) {
    char tmpl[] = "/tmp/cortado-source-XXXXXX";
    char* dir = ::mkdtemp(tmpl);
    if (!dir) failToCreateVm("error: cannot create a temporary directory");
    std::string cmd = "javac -nowarn -d '" + std::string(dir) + "' '" + source + "'";
    if (std::system(cmd.c_str()) != 0) {
        std::cerr << "error: compilation failed\n";
        std::exit(1);
    }
    o.classPath.insert(o.classPath.begin(), dir);
    // The main class is the first top-level class declared in the file.
    std::string stem = std::filesystem::path(source).stem().string();
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string name = e.path().stem().string();
        if (name == stem) return name;
    }
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string name = e.path().stem().string();
        if (name.find('$') == std::string::npos) return name;
    }
    return stem;
}

// Reports an exception that escaped main the way HotSpot does
// (Thread.dispatchUncaughtException), falling back to a plain line.
void reportUncaught(runtime::JavaThread& thread) {
    runtime::HandleScope scope(thread.handles);
    runtime::Handle<> e(thread.handles, thread.takePendingException());
    runtime::Klass* threadClass = thread.vm.loader.findLoaded("java/lang/Thread");
    runtime::Method* dispatch =
        threadClass ? threadClass->findDeclaredMethod("dispatchUncaughtException", "(Ljava/lang/Throwable;)V") : nullptr;
    if (dispatch && thread.threadObject) {
        runtime::callJava(thread, dispatch, {refToSlot(thread.threadObject), refToSlot(e.get())});
        if (!thread.hasPendingException()) return;
        thread.takePendingException();
    }
    std::cerr << "Exception in thread \"main\" " << e->klass->externalName << "\n";
}

// A boot failure: HotSpot prints the exception and gives up.
[[noreturn]] void bootFailed(runtime::JavaThread& thread) {
    runtime::Object* e = thread.takePendingException();
    std::string what = e ? e->klass->externalName : "unknown error";
    if (e) {
        runtime::Object* msg = e->field<runtime::Object*>(thread.vm.offsets.throwableDetailMessage);
        if (msg && thread.vm.offsets.stringValue) what += ": " + runtime::stringToUtf8(thread, msg);
    }
    failToInitializeVm(what);
}

// Where --debug reads its commands: a file, or standard input, which the
// program then cannot have (its System.in reads /dev/null instead).
std::FILE* openDebuggerCommands(const std::string& file) {
    if (file != "-") {
        std::FILE* f = std::fopen(file.c_str(), "r");
        if (!f) failToCreateVm("Error: cannot open debugger commands " + file + ": " + std::strerror(errno));
        return f;
    }
    int commands = ::dup(0);
    int devNull = ::open("/dev/null", O_RDONLY);
    std::FILE* f = commands >= 0 ? ::fdopen(commands, "r") : nullptr;
    if (!f || devNull < 0 || ::dup2(devNull, 0) < 0) failToCreateVm("Error: cannot set up the debugger's standard input");
    ::close(devNull);
    return f;
}

}  // namespace

// `cortado --javap [-c] [-v] [-p] [-cp path] Class...`: the class is found with the
// launcher's class-path rules (-cp, CLASSPATH, ".") or the class library, then
// printed as JDK 17's javap prints it. Returns the exit code.
int runJavap(int argc, char** argv) {
    tools::DisassemblerOptions options;
    std::string cp;
    std::vector<std::string> classes;
    for (int i = 1; i < argc; ++i) {
        std::string t = argv[i];
        if (t == "--javap") continue;
        if (t == "-c") options.code = true;
        else if (t == "-v" || t == "-verbose") options.verbose = true;
        else if (t == "-p" || t == "-private") options.privateMembers = true;
        else if ((t == "-cp" || t == "-classpath" || t == "--class-path") && i + 1 < argc) cp = argv[++i];
        else if (!t.empty() && t[0] == '-') {
            std::cerr << "Error: invalid flag: " << t << "\n";
            return 2;
        } else classes.push_back(t);
    }
    runtime::ClassPath path;
    for (const auto& entry : userClassPath(cp)) path.add(entry);
    path.add(classLibraryJar());
    int rc = 0;
    for (const auto& name : classes) {
        // As javap, a name ending in .class may be a file rather than a class name.
        std::string internal;
        std::optional<std::vector<uint8_t>> bytes;
        if (name.ends_with(".class") && std::filesystem::is_regular_file(name)) {
            std::ifstream in(name, std::ios::binary);
            bytes.emplace(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        } else {
            internal = classfile::toInternalName(name);
            try {
                bytes = path.find(internal);
            } catch (const classfile::ArchiveError&) {
            }
        }
        if (!bytes) {
            std::cerr << "Error: class not found: " << name << "\n";
            rc = 1;
            continue;
        }
        try {
            tools::disassemble(classfile::parseClassFile(*bytes, internal), options, std::cout);
        } catch (const classfile::ClassFormatError& e) {
            std::cerr << "Error: error while reading constant pool for " << name << ": " << e.what() << "\n";
            rc = 1;
        }
    }
    return rc;
}

int main(int argc, char** argv) {
    for (int i = 1; i < argc && argv[i][0] == '-'; ++i)
        if (std::string_view(argv[i]) == "--javap") return runJavap(argc, argv);
    runtime::vmLogStartClock();
    Launch launch = parseCommandLine(argc, argv);
    auto& o = launch.vm;
    o.bootClassPath = {classLibraryJar()};

    if (!launch.jarFile.empty()) {
        try {
            auto jar = classfile::ZipArchive::open(launch.jarFile);
            auto main = jar.mainClass();
            if (!main || main->empty()) {
                std::cerr << "no main manifest attribute, in " << launch.jarFile << "\n";
                return 1;
            }
            launch.mainClass = *main;
        } catch (const classfile::ArchiveAccessError&) {
            std::cerr << "Error: Unable to access jarfile " << launch.jarFile << "\n";
            return 1;
        } catch (const classfile::ArchiveError&) {
            std::cerr << "Error: Invalid or corrupt jarfile " << launch.jarFile << "\n";
            return 1;
        }
    }
    if (!launch.sourceFile.empty()) {
        struct stat st;
        if (::stat(launch.sourceFile.c_str(), &st) != 0) {
            std::cerr << "error: file not found: " << launch.sourceFile << "\n";
            return 1;
        }
        launch.mainClass = compileSourceFile(launch.sourceFile, o);
    }
    o.javaCommand = launch.jarFile.empty() ? launch.mainClass : launch.jarFile;
    for (const auto& a : launch.args) o.javaCommand += " " + a;

    auto heap = gc::createHeap(o);
    if (!heap) failToCreateVm("Unrecognized garbage collector: --gc=" + o.gc);
    runtime::Vm vm(o, std::move(heap));
    natives::registerAll(vm.natives);
    jni::install(vm);  // System.loadLibrary, and JNI lookup after the table
    interp::install();
    jit::install(vm);  // not under -Xint
    if (o.profiler.enabled) runtime::enableProfiling();  // before anything is compiled
    if (o.bytecodeHistogram) interp::enableBytecodeCounting();
    if (o.bytecodeHistogram)
        vm.addExitHook([] {
            interp::printBytecodeHistogram(std::cerr);
            interp::printBytecodePairHistogram(std::cerr, 40);
        });
    if (o.logHeapAtExit) vm.addExitHook([&vm] { vm.heap->printExitSummary(); });
    std::unique_ptr<interp::Debugger> debugger;
    if (launch.debugCommands) {
        std::FILE* commands = openDebuggerCommands(*launch.debugCommands);
        debugger = std::make_unique<interp::Debugger>(vm, commands, !::isatty(::fileno(commands)));
        debugger->attach(vm);
    }
    // The default Java stack holds roughly as many frames as HotSpot's default 1 MiB thread stack.
    runtime::JavaThread thread(vm, o.stackBytes ? o.stackBytes : 2u << 20);
    vm.mainThread = &thread;
    if (o.profiler.enabled) runtime::startProfiler(vm, thread, o.profiler);
    runtime::armSafepointStress(thread);
    if (!vm.boot(thread)) bootFailed(thread);

    // Find the main class the way the launcher's LauncherHelper does.
    std::string internal = classfile::toInternalName(launch.mainClass);
    runtime::Klass* mainClass = internal.find('/') == std::string::npos || launch.mainClass.find('/') == std::string::npos
                                    ? vm.loader.load(thread, internal)
                                    : nullptr;
    if (!mainClass) {
        // LauncherHelper's wording: a class that is absent (or misnamed) cannot be
        // "found or loaded"; any other LinkageError is reported as such.
        runtime::Object* cause = thread.takePendingException();
        std::string message;
        if (cause)
            if (runtime::Object* m = cause->field<runtime::Object*>(vm.offsets.throwableDetailMessage))
                message = runtime::stringToUtf8(thread, m);
        std::string causeText = cause ? cause->klass->externalName + (message.empty() ? "" : ": " + message) : "";
        bool notFound = !cause || cause->klass->name == "java/lang/NoClassDefFoundError";
        if (notFound) {
            std::cerr << "Error: Could not find or load main class " << launch.mainClass << "\n";
            bool wrongName = message.find("(wrong name:") != std::string::npos;
            std::cerr << "Caused by: " << (wrongName ? causeText : "java.lang.ClassNotFoundException: " + launch.mainClass) << "\n";
        } else {
            std::cerr << "Error: LinkageError occurred while loading main class " << launch.mainClass << "\n\t" << causeText << "\n";
        }
        return 1;
    }
    // LauncherHelper's getMethod("main") links the class: a VerifyError is reported here.
    if (!runtime::linkClass(thread, mainClass)) {
        runtime::Object* cause = thread.takePendingException();
        std::string message;
        if (runtime::Object* m = cause ? cause->field<runtime::Object*>(vm.offsets.throwableDetailMessage) : nullptr)
            message = runtime::stringToUtf8(thread, m);
        std::cerr << "Error: Unable to initialize main class " << mainClass->externalName << "\n";
        if (cause) std::cerr << "Caused by: " << cause->klass->externalName << (message.empty() ? "" : ": " + message) << "\n";
        return 1;
    }
    runtime::Method* main = mainClass->findDeclaredMethod("main", "([Ljava/lang/String;)V");
    if (!main || !main->isPublic()) {
        std::cerr << "Error: Main method not found in class " << mainClass->externalName
                  << ", please define the main method as:\n   public static void main(String[] args)\n"
                  << "or a JavaFX application class must extend javafx.application.Application\n";
        return 1;
    }
    if (!main->isStatic()) {
        std::cerr << "Error: Main method is not static in class " << mainClass->externalName
                  << ", please define the main method as:\n   public static void main(String[] args)\n";
        return 1;
    }

    if (debugger) debugger->beforeMain(thread);
    int exitCode = 0;
    // From here on identity hashes follow HotSpot's sequence as main() sees it.
    thread.identityHashes = runtime::IdentityHashState::mainThreadAtMain();
    {
        runtime::HandleScope scope(thread.handles);
        runtime::Klass* stringArray = vm.loader.arrayOf(thread, vm.stringClass);
        runtime::Handle<runtime::Array> args(
            thread.handles, stringArray ? runtime::allocateArray(thread, stringArray, int32_t(launch.args.size())) : nullptr);
        for (size_t i = 0; args && i < launch.args.size(); ++i) {
            // Arguments are bytes in the locale's encoding (sun.jnu.encoding), as HotSpot decodes them.
            runtime::Object* s = runtime::newString(thread, runtime::decodePlatformString(launch.args[i]));
            if (!s) break;
            args->data<runtime::Object*>()[i] = s;
        }
        if (!thread.hasPendingException() && runtime::initializeClass(thread, mainClass))
            runtime::callJava(thread, main, {refToSlot(args.get())});
        if (thread.hasPendingException()) {
            reportUncaught(thread);
            exitCode = 1;
        }
    }
    // As DestroyJavaVM does: run the shutdown hooks (Shutdown.shutdown flushes System.out/err too).
    if (runtime::Klass* shutdown = vm.loader.findLoaded("java/lang/Shutdown"))
        if (runtime::Method* m = shutdown->findDeclaredMethod("shutdown", "()V"); m && m->isStatic()) {
            runtime::callJava(thread, m, {});
            if (thread.hasPendingException()) thread.takePendingException();
        }
    vm.shutdown();
    std::fflush(stdout);
    return exitCode;
}
