#include "runtime/FlameGraphSvg.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "runtime/ProfileReport.h"

namespace cortado::runtime {

namespace {

constexpr double kWidth = 1200, kMargin = 10, kRowHeight = 16;

// The document's opening: the <svg> element kWidth wide, the text style, the background.
void writeSvgStart(std::ostream& out, double height, const char* background) {
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "<?xml version=\"1.0\" standalone=\"no\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                  "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n",
                  kWidth, height, kWidth, height);
    out << buf;
    out << "<style>text { font-family: monospace; font-size: 12px; fill: black; }</style>\n";
    out << "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"" << background << "\"/>\n";
}

std::string xmlEscape(const std::string& s) {
    std::string r;
    for (char c : s) {
        switch (c) {
            case '<': r += "&lt;"; break;
            case '>': r += "&gt;"; break;
            case '&': r += "&amp;"; break;
            case '"': r += "&quot;"; break;
            default: r += c;
        }
    }
    return r;
}

struct Node {
    std::string frame;
    uint64_t samples = 0;
    std::map<std::string, std::unique_ptr<Node>> children;
};

int depthOf(const Node& n) {
    int d = 0;
    for (const auto& [k, c] : n.children) d = std::max(d, depthOf(*c));
    return d + 1;
}

// Interpreted frames in reds and oranges, compiled ones in greens, as
// async-profiler colours them; the hue varies with the name so neighbours differ.
std::string colourOf(const std::string& frame) {
    unsigned h = 0;
    for (char c : frame) h = h * 31 + static_cast<unsigned char>(c);
    char buf[32];
    bool compiled = frame.size() > 4 && frame.compare(frame.size() - 4, 4, "_[j]") == 0;
    bool interpreted = frame.size() > 4 && frame.compare(frame.size() - 4, 4, "_[i]") == 0;
    if (compiled) std::snprintf(buf, sizeof buf, "rgb(%u,%u,%u)", 50 + h % 60, 170 + h % 60, 50 + (h >> 8) % 50);
    else if (interpreted) std::snprintf(buf, sizeof buf, "rgb(%u,%u,%u)", 220 + h % 35, 90 + (h >> 8) % 90, 40 + h % 30);
    else std::snprintf(buf, sizeof buf, "rgb(%u,%u,%u)", 160 + h % 40, 160 + h % 40, 160 + h % 40);
    return buf;
}

void drawNode(std::ostream& out, const Node& n, double x, int level, double scale, double bottom, uint64_t total) {
    double w = double(n.samples) * scale;
    if (w < 0.3) return;  // invisible: leave it (and its callees) out
    double y = bottom - (level + 1) * kRowHeight;
    char buf[160];
    std::snprintf(buf, sizeof buf, " (%llu samples, %.2f%%)</title>", (unsigned long long)n.samples,
                  100.0 * double(n.samples) / double(total));
    out << "<g><title>" << xmlEscape(n.frame) << buf;
    std::snprintf(buf, sizeof buf, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" fill=\"%s\" rx=\"2\"/>", x, y,
                  w, kRowHeight - 1, colourOf(n.frame).c_str());
    out << buf;
    size_t fits = size_t(std::max(0.0, (w - 6) / 7));  // about 7 px per character at 12 px
    if (fits >= 3) {
        std::string label = n.frame.size() <= fits ? n.frame : n.frame.substr(0, fits - 2) + "..";
        std::snprintf(buf, sizeof buf, "<text x=\"%.2f\" y=\"%.1f\">", x + 3, y + kRowHeight - 4);
        out << buf << xmlEscape(label) << "</text>";
    }
    out << "</g>\n";
    double cx = x;
    for (const auto& [k, c] : n.children) {
        drawNode(out, *c, cx, level + 1, scale, bottom, total);
        cx += double(c->samples) * scale;
    }
}

}  // namespace

void writeFlameGraphSvg(const Profile& p, std::ostream& out) {
    Node root;
    root.frame = "all";
    for (const auto& [stack, count] : p.stacks) {
        Node* n = &root;
        n->samples += count;
        size_t start = 0;
        while (start <= stack.size()) {
            size_t end = stack.find(';', start);
            if (end == std::string::npos) end = stack.size();
            auto& child = n->children[stack.substr(start, end - start)];
            if (!child) {
                child = std::make_unique<Node>();
                child->frame = stack.substr(start, end - start);
            }
            n = child.get();
            n->samples += count;
            start = end + 1;
        }
    }
    int depth = depthOf(root);
    double height = depth * kRowHeight + 60;
    writeSvgStart(out, height, "rgb(250,250,238)");
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "<text x=\"%.0f\" y=\"20\">Cortado -Xprof flame graph: %llu samples, %.3f ms each; "
                  "orange = interpreted [i], green = compiled [j]</text>\n",
                  kMargin, (unsigned long long)p.samples, p.intervalMillis);
    out << buf;
    double scale = root.samples ? (kWidth - 2 * kMargin) / double(root.samples) : 0;
    if (root.samples) drawNode(out, root, kMargin, 0, scale, height - 10, root.samples);
    out << "</svg>\n";
}

void writeTierChartSvg(const Profile& p, std::ostream& out, size_t maxMethods) {
    std::vector<const MethodProfile*> rows;
    for (const MethodProfile& r : p.methods)
        if (r.self() && rows.size() < maxMethods) rows.push_back(&r);
    uint64_t most = 1;
    for (auto* r : rows) most = std::max(most, r->self());
    const double labelWidth = 520, barWidth = kWidth - labelWidth - 2 * kMargin - 120, rowHeight = 20;
    double height = 70 + rows.size() * rowHeight;
    writeSvgStart(out, height, "white");
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  "<text x=\"%.0f\" y=\"20\">Cortado -Xprof: self time per method and tier (ms of CPU)</text>\n"
                  "<rect x=\"%.0f\" y=\"30\" width=\"12\" height=\"12\" fill=\"rgb(235,130,50)\"/><text x=\"%.0f\" y=\"41\">interpreted</text>\n"
                  "<rect x=\"%.0f\" y=\"30\" width=\"12\" height=\"12\" fill=\"rgb(70,180,70)\"/><text x=\"%.0f\" y=\"41\">compiled</text>\n",
                  kMargin, kMargin, kMargin + 16, kMargin + 120, kMargin + 136);
    out << buf;
    double y = 55;
    for (auto* r : rows) {
        double wi = barWidth * double(r->selfInterpreted) / double(most);
        double wc = barWidth * double(r->selfCompiled) / double(most);
        std::string label = r->name.size() <= 70 ? r->name : ".." + r->name.substr(r->name.size() - 68);
        out << "<g><title>" << xmlEscape(r->name + r->descriptor) << "</title>";
        std::snprintf(buf, sizeof buf, "<text x=\"%.0f\" y=\"%.1f\">", kMargin, y + 13);
        out << buf << xmlEscape(label) << "</text>";
        std::snprintf(buf, sizeof buf,
                      "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"15\" fill=\"rgb(235,130,50)\"/>"
                      "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"15\" fill=\"rgb(70,180,70)\"/>"
                      "<text x=\"%.1f\" y=\"%.1f\">%.1f + %.1f</text></g>\n",
                      kMargin + labelWidth, y, wi, kMargin + labelWidth + wi, y, wc, kMargin + labelWidth + wi + wc + 4,
                      y + 13, double(r->selfInterpreted) * p.intervalMillis, double(r->selfCompiled) * p.intervalMillis);
        out << buf;
        y += rowHeight;
    }
    out << "</svg>\n";
}

}  // namespace cortado::runtime
