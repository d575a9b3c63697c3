// annalist mentions: every temporal expression found, one JSON object a line.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/json_writer.hpp>
#include <annalist/formats/timeml_writer.hpp>
#include <annalist/pipeline.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

namespace annalist::cli {
namespace {

// One .tml per document in `folder`, named after its source; a name already used
// (two inputs with the same name, or a feed's several items) gets -2, -3...
bool write_timeml_folder(const std::string& folder, const std::vector<document>& documents,
                         const std::vector<std::vector<mention>>& mentions) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        std::cerr << "annalist: " << folder << ": cannot create output folder: " << error.message() << '\n';
        return false;
    }
    std::set<std::string> used;
    bool all_written = true;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const std::string stem =
            documents[d].source == "-" ? "stdin" : std::filesystem::path(documents[d].source).stem().string();
        std::string name = stem + ".tml";
        for (int n = 2; used.contains(name); ++n) name = stem + "-" + std::to_string(n) + ".tml";
        used.insert(name);
        const std::string target = (std::filesystem::path(folder) / name).string();
        all_written = write_output_or_report(
                          target, [&](std::ostream& out) { formats::write_timeml(documents[d], mentions[d], out); }) &&
                      all_written;
    }
    return all_written;
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
    command
        ->add_option("-t,--to", opts->format, "Output format: jsonl, or timeml (one .tml per input into the -o folder)")
        ->check(CLI::IsMember({"jsonl", "timeml"}));
    command->add_option("-o,--output", opts->output,
                        "Output file (jsonl; default: standard output) or folder (timeml)");
    command->add_flag("--explain", opts->explain, "Add the rule behind each mention");

    return [opts]() {
        session s(opts->input);
        std::vector<document> documents;
        const bool all_read = s.read_inputs(documents);
        engine_context context = s.engine();
        context.explanations = opts->explain; // only jsonl with --explain shows them
        std::vector<std::vector<mention>> mentions;
        diagnostics notes;
        date_undated_documents(documents, context, notes);
        for (const auto& doc : documents) mentions.push_back(find_mentions(doc, context, notes));
        for (const auto& note : notes) print(note);
        if (opts->format == "timeml" && opts->output.empty())
            throw usage_error("-t timeml writes one file per input: name the folder with -o");
        const bool written = opts->format == "timeml"
                                 ? write_timeml_folder(opts->output, documents, mentions)
                                 : write_output_or_report(opts->output, [&](std::ostream& out) {
                                       formats::write_mentions_jsonl(documents, mentions, {opts->explain}, out);
                                   });
        if (!written) return int{exit_output_failed};
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
