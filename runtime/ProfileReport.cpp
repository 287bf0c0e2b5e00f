#include "runtime/ProfileReport.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <ostream>
#include <unordered_map>

#include "runtime/FlameGraphSvg.h"
#include "runtime/Klass.h"

namespace cortado::runtime {

namespace {

// A frame's name in collapsed stacks: ';' separates frames and ' ' ends the
// stack, so neither may appear inside one (binary names allow both).
std::string frameName(const std::string& name) {
    std::string s = name;
    for (char& c : s)
        if (c == ';' || c == ' ') c = '_';
    return s;
}

void jsonString(std::ostream& out, const std::string& s) {
    out << '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') out << '\\' << c;
        else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out << buf;
        } else out << c;
    }
    out << '"';
}

}  // namespace

Profile buildProfile(const ProfileInput& in) {
    Profile p;
    p.intervalMillis = in.intervalMillis;
    p.wallSeconds = in.wallSeconds;
    p.cpuSeconds = in.cpuSeconds;
    p.droppedSamples = in.droppedSamples;

    std::unordered_map<const Method*, size_t> index;
    auto rowOf = [&](const Method* m) -> MethodProfile& {
        auto [it, fresh] = index.emplace(m, p.methods.size());
        if (fresh) {
            MethodProfile r;
            r.name = m->owner->externalName + "." + m->name;
            r.descriptor = m->descriptor;
            p.methods.push_back(std::move(r));
        }
        return p.methods[it->second];
    };
    for (const Method* m : in.methods)
        if (m->profiledInvocations || m->profiledBackedges || m->compiledAtSeconds >= 0) rowOf(m);

    std::map<std::string, uint64_t> stacks;
    std::vector<const Method*> seen;
    for (size_t i = 0; i < in.samples.size();) {
        size_t depth = in.samples[i] & 0xffffffffu;
        uint64_t weight = in.samples[i++] >> 32;  // intervals this sample stands for
        p.samples += weight;
        if (depth == 0) {
            p.samplesOutsideJava += weight;
            stacks["[no_Java_frame]"] += weight;  // one token: a space would end the stack
            continue;
        }
        std::string stack;
        seen.clear();
        for (size_t d = depth; d-- > 0;) {  // root first
            uintptr_t word = in.samples[i + d];
            auto* m = reinterpret_cast<const Method*>(word & ~uintptr_t(1));
            bool compiled = word & 1;
            MethodProfile& r = rowOf(m);
            if (std::find(seen.begin(), seen.end(), m) == seen.end()) {  // recursion counts once
                r.inclusive += weight;
                seen.push_back(m);
            }
            if (d == 0) {
                (compiled ? r.selfCompiled : r.selfInterpreted) += weight;
                (compiled ? p.samplesCompiled : p.samplesInterpreted) += weight;
            }
            if (!stack.empty()) stack += ';';
            stack += frameName(r.name) + (compiled ? "_[j]" : "_[i]");
        }
        stacks[stack] += weight;
        i += depth;
    }
    for (auto& [m, row] : index) {
        MethodProfile& r = p.methods[row];
        r.invocations = m->profiledInvocations;
        r.backedges = m->profiledBackedges;
        r.interpretedBytecodes = m->profiledBytecodes;
        r.compiled = m->compiledAtSeconds >= 0;
        if (r.compiled) {
            r.compiledAtMillis = m->compiledAtSeconds * 1000.0;
            r.compileMillis = m->compileMillis;
            r.codeBytes = m->machineCodeBytes;
            ++p.compiledMethods;
            p.codeBytes += r.codeBytes;
            p.compileMillis += r.compileMillis;
        }
    }
    std::stable_sort(p.methods.begin(), p.methods.end(), [](const MethodProfile& a, const MethodProfile& b) {
        if (a.self() != b.self()) return a.self() > b.self();
        if (a.inclusive != b.inclusive) return a.inclusive > b.inclusive;
        if (a.invocations != b.invocations) return a.invocations > b.invocations;
        return a.name + a.descriptor < b.name + b.descriptor;
    });
    p.stacks.assign(stacks.begin(), stacks.end());
    std::stable_sort(p.stacks.begin(), p.stacks.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return p;
}

void printProfileReport(const Profile& p, std::ostream& out, size_t maxRows) {
    auto pct = [&](uint64_t n) { return p.samples ? 100.0 * double(n) / double(p.samples) : 0.0; };
    char line[512];
    std::snprintf(line, sizeof line,
                  "Flat profile (-Xprof): %llu samples, one per %.3f ms of main-thread CPU time (%.3f s CPU, %.3f s wall)\n",
                  (unsigned long long)p.samples, p.intervalMillis, p.cpuSeconds, p.wallSeconds);
    out << line;
    std::snprintf(line, sizeof line,
                  "  interpreted %llu (%.1f%%)   compiled %llu (%.1f%%)   outside Java frames %llu (%.1f%%)%s\n",
                  (unsigned long long)p.samplesInterpreted, pct(p.samplesInterpreted),
                  (unsigned long long)p.samplesCompiled, pct(p.samplesCompiled),
                  (unsigned long long)p.samplesOutsideJava, pct(p.samplesOutsideJava),
                  p.droppedSamples ? "   (some samples dropped: buffer full)" : "");
    out << line;
    std::snprintf(line, sizeof line, "  JIT: %llu methods compiled in %.3f ms, %llu bytes of machine code\n\n",
                  (unsigned long long)p.compiledMethods, p.compileMillis, (unsigned long long)p.codeBytes);
    out << line;
    out << "  Self%  Interp ms  Compil ms  Total%  Invocations   Back-edges  Bytecodes(i)  Compiled at ms  (took)  Code B  Method\n";
    size_t rows = 0;
    for (const MethodProfile& r : p.methods) {
        if (rows++ == maxRows) break;
        char compiledAt[40] = "             -        ";  // as wide as the two figures
        if (r.compiled) std::snprintf(compiledAt, sizeof compiledAt, "%14.1f %7.2f", r.compiledAtMillis, r.compileMillis);
        std::snprintf(line, sizeof line, "%6.1f%% %10.1f %10.1f %6.1f%% %12llu %12llu %13llu  %s %7u  %s%s\n",
                      pct(r.self()), double(r.selfInterpreted) * p.intervalMillis,
                      double(r.selfCompiled) * p.intervalMillis, pct(r.inclusive), (unsigned long long)r.invocations,
                      (unsigned long long)r.backedges, (unsigned long long)r.interpretedBytecodes, compiledAt,
                      r.codeBytes, r.name.c_str(), r.descriptor.c_str());
        out << line;
    }
    if (p.methods.size() > maxRows)
        out << "  ... " << p.methods.size() - maxRows << " more methods (all of them in -Xprof:json=PATH)\n";
}

void writeCollapsedStacks(const Profile& p, std::ostream& out) {
    for (const auto& [stack, count] : p.stacks) out << stack << ' ' << count << '\n';
}

void writeProfileJson(const Profile& p, std::ostream& out) {
    out << "{\n  \"intervalMillis\": " << p.intervalMillis << ",\n  \"cpuSeconds\": " << p.cpuSeconds
        << ",\n  \"wallSeconds\": " << p.wallSeconds << ",\n  \"samples\": {\"total\": " << p.samples
        << ", \"interpreted\": " << p.samplesInterpreted << ", \"compiled\": " << p.samplesCompiled
        << ", \"outsideJava\": " << p.samplesOutsideJava << ", \"dropped\": " << p.droppedSamples << "},\n"
        << "  \"jit\": {\"compiledMethods\": " << p.compiledMethods << ", \"compileMillis\": " << p.compileMillis
        << ", \"codeBytes\": " << p.codeBytes << "},\n  \"methods\": [";
    for (size_t i = 0; i < p.methods.size(); ++i) {
        const MethodProfile& r = p.methods[i];
        out << (i ? ",\n" : "\n") << "    {\"name\": ";
        jsonString(out, r.name);
        out << ", \"descriptor\": ";
        jsonString(out, r.descriptor);
        out << ", \"invocations\": " << r.invocations << ", \"backedges\": " << r.backedges
            << ", \"interpretedBytecodes\": " << r.interpretedBytecodes << ", \"selfSamplesInterpreted\": "
            << r.selfInterpreted << ", \"selfSamplesCompiled\": " << r.selfCompiled
            << ", \"inclusiveSamples\": " << r.inclusive << ", \"compiled\": " << (r.compiled ? "true" : "false");
        if (r.compiled)
            out << ", \"compiledAtMillis\": " << r.compiledAtMillis << ", \"compileMillis\": " << r.compileMillis
                << ", \"codeBytes\": " << r.codeBytes;
        out << "}";
    }
    out << "\n  ],\n  \"stacks\": [";
    for (size_t i = 0; i < p.stacks.size(); ++i) {
        out << (i ? ",\n" : "\n") << "    {\"stack\": ";
        jsonString(out, p.stacks[i].first);
        out << ", \"samples\": " << p.stacks[i].second << "}";
    }
    out << "\n  ]\n}\n";
}

void writeProfileReports(const Profile& p, const ProfilerOptions& options) {
    auto toFile = [](const std::string& path, auto&& write) {
        std::ofstream f(path);
        if (f) write(f);
        if (!f) std::cerr << "-Xprof: cannot write " << path << "\n";
    };
    if (options.reportFile.empty()) {
        std::cerr.flush();
        printProfileReport(p, std::cerr, 30);
    } else {
        toFile(options.reportFile, [&](std::ostream& o) { printProfileReport(p, o, p.methods.size()); });
    }
    if (!options.collapsedFile.empty()) toFile(options.collapsedFile, [&](std::ostream& o) { writeCollapsedStacks(p, o); });
    if (!options.jsonFile.empty()) toFile(options.jsonFile, [&](std::ostream& o) { writeProfileJson(p, o); });
    if (!options.flameGraphFile.empty()) toFile(options.flameGraphFile, [&](std::ostream& o) { writeFlameGraphSvg(p, o); });
    if (!options.tierChartFile.empty()) toFile(options.tierChartFile, [&](std::ostream& o) { writeTierChartSvg(p, o, 30); });
}

}  // namespace cortado::runtime
