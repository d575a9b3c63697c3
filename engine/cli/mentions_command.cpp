// annalist mentions: every temporal expression found, one JSON object a line.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/json_writer.hpp>
#include <annalist/pipeline.hpp>

#include <iostream>
#include <memory>

namespace annalist::cli {

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
    command->add_option("-t,--to", opts->format, "Output format")->check(CLI::IsMember({"jsonl"}));
    command->add_option("-o,--output", opts->output, "Output file (default: standard output)");
    command->add_flag("--explain", opts->explain, "Add the rule behind each mention");

    return [opts]() {
        session s(opts->input);
        std::vector<document> documents;
        const bool all_read = s.read_inputs(documents);
        const engine_context context{s.language()};
        std::vector<std::vector<mention>> mentions;
        diagnostics notes;
        for (const auto& doc : documents) mentions.push_back(find_mentions(doc, context, notes));
        for (const auto& note : notes) print(note);
        const bool written = write_output_or_report(opts->output, [&](std::ostream& out) {
            formats::write_mentions_jsonl(documents, mentions, {opts->explain}, out);
        });
        if (!written) return int{exit_output_failed};
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
