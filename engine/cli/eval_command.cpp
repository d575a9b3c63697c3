// annalist eval: TempEval-3 timex scores of predicted TimeML against gold TimeML.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/eval/timex_scoring.hpp>
#include <annalist/text/code_points.hpp>
#include <annalist/timeml/timeml_document.hpp>

#include <fmt/format.h>
#include <fmt/std.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

namespace annalist::cli {
namespace {

namespace fs = std::filesystem;

// The .tml files named by `path` (itself, or every one below a folder), by file name.
std::map<std::string, fs::path> timeml_files(const fs::path& path) {
    std::map<std::string, fs::path> files;
    if (!fs::is_directory(path)) {
        files.emplace(path.filename().string(), path);
        return files;
    }
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".tml")
            files.emplace(entry.path().filename().string(), entry.path());
    }
    return files;
}

timeml::timeml_document load(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw timeml::parse_error("cannot read", 0);
    const std::string xml{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return timeml::parse_timeml(xml);
}

// The document's TIMEX3s with code point offsets, as TempEval-3 counts them.
std::vector<eval::timex_annotation> annotations(const timeml::timeml_document& doc) {
    std::vector<eval::timex_annotation> out;
    code_point_counter offsets(doc.text);
    for (const auto& t : doc.timexes) {
        const std::size_t begin = offsets.at(t.begin);
        out.push_back({begin, offsets.at(t.end), t.type, t.value});
    }
    return out;
}

} // namespace

command_runner add_eval_command(CLI::App& app) {
    struct options {
        std::string gold;
        std::string predicted;
        std::string output;
        bool errors = false;
    };
    auto opts = std::make_shared<options>();
    auto* command = app.add_subcommand("eval", "Score predicted TimeML against gold TimeML (TempEval-3 timex metrics)");
    command->add_option("gold", opts->gold, "Gold .tml file or folder")->required()->check(CLI::ExistingPath);
    command->add_option("predicted", opts->predicted, "Predicted .tml file or folder (files matched by name)")
        ->required()
        ->check(CLI::ExistingPath);
    command->add_flag("--errors", opts->errors, "List every miss, spurious hit and wrong attribute");
    command->add_option("-o,--output", opts->output, "Report file (default: standard output)");

    return [opts]() {
        const auto gold_files = timeml_files(opts->gold);
        auto predicted_files = timeml_files(opts->predicted);
        // A single predicted file is compared with a single gold file whatever its name.
        if (gold_files.size() == 1 && predicted_files.size() == 1 && !fs::is_directory(opts->predicted))
            predicted_files = {{gold_files.begin()->first, predicted_files.begin()->second}};

        bool all_read = true;
        const auto fail = [&](const fs::path& file, const std::string& message) {
            print(file_error(file.string(), message));
            all_read = false;
        };
        std::vector<eval::annotated_pair> pairs;
        for (const auto& [name, gold_file] : gold_files) {
            try {
                const auto gold = load(gold_file);
                eval::annotated_pair pair{name, annotations(gold), {}};
                if (const auto it = predicted_files.find(name); it == predicted_files.end()) {
                    print(file_warning(gold_file.string(),
                                       "no predicted file of this name: its timexes count as missed"));
                } else {
                    const auto predicted = load(it->second);
                    if (predicted.text != gold.text) {
                        fail(it->second,
                             fmt::format("its text differs from {}: offsets cannot be compared", gold_file));
                        continue;
                    }
                    pair.predicted = annotations(predicted);
                }
                pairs.push_back(std::move(pair));
            } catch (const timeml::parse_error& e) {
                fail(gold_file, fmt::format("byte {}: {}", e.byte_offset(), e.what()));
            }
        }
        const auto scores = eval::score_timex(pairs);
        const bool written = write_output_or_report(
            opts->output, [&](std::ostream& out) { eval::write_report(scores, opts->errors, out); });
        if (!written) return int{exit_output_failed};
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
