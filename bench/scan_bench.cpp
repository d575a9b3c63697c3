// Throughput of the engine's mention finding on real text, single thread.
// Usage: annalist_scan_bench [--mb N] [--pub-date YYYY-MM-DD] [--save-text OUT] FILE...
// (default: 50 MB of the given files; .tml files are read for their text, like the
// TimeML reader). Without --pub-date the text has no publication date, as in every
// figure before it existed: relative expressions then find nothing to count from,
// and are dropped, so the scan does about half the work a dated article needs.
// Prints MB/s, mentions found and the process's peak resident memory. --save-text
// writes the scanned text, so a peer (compare_peers.sh) reads the very same bytes.
#include <annalist/config/language_pack.hpp>
#include <annalist/model/iso_date.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/timeml/timeml_document.hpp>

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv) {
    double target_mb = 50;
    std::string save_text;
    std::optional<date::year_month_day> published;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--mb" && i + 1 < argc) {
            target_mb = std::stod(argv[++i]);
        } else if (arg == "--pub-date" && i + 1 < argc) {
            published = annalist::parse_iso_date(argv[++i]);
            if (!published) throw std::invalid_argument("--pub-date wants YYYY-MM-DD");
        } else if (arg == "--save-text" && i + 1 < argc) {
            save_text = argv[++i];
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty()) {
        std::cerr << "usage: annalist_scan_bench [--mb N] [--save-text OUT] FILE...\n";
        return 2;
    }
    try {
        const auto english =
            annalist::language_pack::load(std::string(ANNALIST_SOURCE_DIR) + "/configs/languages/en", "en");

        std::string corpus;
        // TimeML files count by their text, as the TimeML reader gives it to the engine.
        for (const auto& file : files) {
            const std::string bytes = read_file(file);
            corpus += file.ends_with(".tml") ? annalist::timeml::parse_timeml(bytes).text : bytes;
            corpus += "\n\n";
        }
        const std::string unit = corpus;
        while (corpus.size() < target_mb * 1e6) corpus += unit;
        if (!save_text.empty()) {
            std::ofstream out(save_text, std::ios::binary);
            out << corpus;
            if (!out) throw std::runtime_error(save_text + ": cannot write");
        }

        annalist::document doc;
        doc.source = "bench";
        doc.text = std::move(corpus);
        doc.published = published;
        annalist::diagnostics notes;
        annalist::engine_context context = english->engine();
        context.explanations = false; // as `annalist mentions` without --explain

        const auto start = std::chrono::steady_clock::now();
        const auto mentions = annalist::find_mentions(doc, context, notes);
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;

        const double mb = static_cast<double>(doc.text.size()) / 1e6;
        fmt::print("text: {:.1f} MB from {} file(s)\n", mb, files.size());
        fmt::print("mentions: {}\n", mentions.size());
        fmt::print("time: {:.3f} s\n", seconds.count());
        fmt::print("throughput: {:.1f} MB/s\n", mb / seconds.count());
        fmt::print("peak memory: {:.1f} MB\n", static_cast<double>(peak_rss_kib()) / 1024.0);
    } catch (const std::exception& e) {
        std::cerr << "annalist_scan_bench: " << e.what() << '\n';
        return 1;
    }
}
