// annalist mentions: every temporal expression found, one JSON object a line.
#include "batch_feedback.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_flags.hpp"
#include "ordered_parallel.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/json_writer.hpp>
#include <annalist/formats/timeml_writer.hpp>
#include <annalist/pipeline.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>

namespace annalist::cli {
namespace {

constexpr std::size_t direct_chunk = std::size_t{1} << 20; // bytes of lines held before they are written

// One input's documents as written out: a .tml file each, or JSON lines for all.
struct rendered_input {
    std::vector<std::pair<std::string, std::string>> timeml; // (file stem, content)
    std::string jsonl;
    diagnostics notes;
    bool failed = false;
    std::uint64_t bytes = 0;
};

// The .tml name for a document in the output folder: after its source; a name
// already used (two inputs with the same name, or a feed's several items) gets -2, -3...
std::string unused_name(const std::string& stem, std::set<std::string>& used) {
    std::string name = stem + ".tml";
    for (int n = 2; used.contains(name); ++n) name = stem + "-" + std::to_string(n) + ".tml";
    used.insert(name);
    return name;
}

} // namespace

command_runner add_mentions_command(CLI::App& app) {
    struct options {
        input_options input;
        std::string format = "jsonl";
        std::string output;
        bool explain = false;
    };
    auto opts = std::make_shared<options>();
    auto* command = app.add_subcommand("mentions", "List every temporal expression found, resolved");
    add_input_options(*command, opts->input);
    add_mode_option(*command, opts->input);
    command
        ->add_option("-t,--to", opts->format, "Output format: jsonl, or timeml (one .tml per input into the -o folder)")
        ->check(CLI::IsMember({"jsonl", "timeml"}));
    command->add_option("-o,--output", opts->output,
                        "Output file (jsonl; default: standard output) or folder (timeml)");
    command->add_flag("--explain", opts->explain, "Add the rule behind each mention");

    return [opts]() {
        const bool timeml = opts->format == "timeml";
        if (timeml && opts->output.empty())
            throw usage_error("-t timeml writes one file per input: name the folder with -o");
        session s(opts->input);
        const std::vector<input_file> inputs = s.list_inputs(shows_progress(opts->input));
        engine_context context = s.engine();
        context.explanations = opts->explain; // only jsonl with --explain shows them
        batch_feedback feedback(opts->input, inputs);

        // Each input is read, scanned and written out on a worker; here its output
        // is appended in input order, and nothing of it is kept. With one job there
        // is no other input to wait for: lines go to the output as they are made, so
        // a long document's are never all held.
        const std::size_t jobs = s.jobs();
        std::ostream* direct = nullptr;
        const auto render = [&](std::size_t k) {
            read_result read = s.read(inputs[k], k);
            rendered_input r{{}, {}, std::move(read.notes), read.failed, inputs[k].bytes};
            for (document& doc : read.documents) {
                date_undated_document(doc, context, r.notes);
                if (timeml) {
                    std::ostringstream tml;
                    formats::write_timeml(doc, find_mentions(doc, context, r.notes), tml);
                    const std::string stem =
                        doc.source == "-" ? "stdin" : std::filesystem::path(doc.source).stem().string();
                    r.timeml.emplace_back(stem, std::move(tml).str());
                } else {
                    scan_mentions(doc, context, r.notes, [&](std::vector<mention>& found) {
                        formats::append_mentions_jsonl(doc, found, {opts->explain}, r.jsonl);
                        if (direct != nullptr && r.jsonl.size() >= direct_chunk) {
                            *direct << r.jsonl;
                            r.jsonl.clear();
                        }
                    });
                }
                std::string().swap(doc.text);
            }
            return r;
        };
        bool all_read = true;
        bool all_written = true;
        std::set<std::string> used;
        const auto run = [&](std::ostream* out) {
            if (jobs == 1) direct = out;
            // Lines gathered to a chunk before they are written: a stream writes a
            // long string with a system call of its own, one per document.
            std::string pending;
            for_each_in_order<rendered_input>(inputs.size(), jobs, render, [&](rendered_input&& r) {
                feedback.report(r.notes);
                all_read = all_read && !r.failed;
                pending += r.jsonl;
                if (out != nullptr && pending.size() >= direct_chunk) {
                    *out << pending;
                    pending.clear();
                }
                // (stem, content), by name: clang 14 lets no lambda capture a structured binding.
                for (const auto& file_text : r.timeml) {
                    const std::string& content = file_text.second;
                    const std::string target =
                        (std::filesystem::path(opts->output) / unused_name(file_text.first, used)).string();
                    all_written =
                        write_output_or_report(target, [&](std::ostream& file) { file << content; }) && all_written;
                }
                feedback.advance(r.bytes);
            });
            if (out != nullptr) *out << pending;
        };
        if (timeml) {
            std::error_code error;
            std::filesystem::create_directories(opts->output, error);
            if (error) {
                std::cerr << "annalist: " << opts->output << ": cannot create output folder: " << error.message()
                          << '\n';
                return int{exit_output_failed};
            }
            run(nullptr);
        } else {
            all_written = write_output_or_report(opts->output, [&](std::ostream& out) { run(&out); });
        }
        const bool reported = feedback.finish();
        if (!all_written || !reported) return int{exit_output_failed};
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
