// annalist build: articles in, one chronology out.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/csv_writer.hpp>
#include <annalist/formats/json_writer.hpp>
#include <annalist/pipeline.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace annalist::cli {

command_runner add_build_command(CLI::App& app) {
    struct options {
        input_options input;
        std::string format;
        std::string output;
        bool include_citations = false;
        bool explain = false;
    };
    auto opts = std::make_shared<options>();
    auto* command = app.add_subcommand("build", "Read articles and write their chronology");
    add_input_options(*command, opts->input);
    command->add_option("-t,--to", opts->format, "Output format (default from the config: csv)")
        ->check(CLI::IsMember({"csv", "json"}));
    command->add_option("-o,--output", opts->output, "Output file (default: standard output)");
    command->add_flag("--explain", opts->explain,
                      "Print on standard error, per event, its rule, the reference used, the direction and why");
    command->add_flag("--include-citations", opts->include_citations,
                      "Also make events of dates in source citations like \"(TASS, October 31)\"");

    return [opts]() {
        session s(opts->input);
        std::vector<document> documents;
        const bool all_read = s.read_inputs(documents);
        engine_context context = s.engine();
        context.include_citations = opts->include_citations;
        const chronology result = build_chronology(std::move(documents), context);
        for (const auto& note : result.notes) print(note);
        if (opts->explain) {
            for (const event& e : result.events) {
                std::cerr << fmt::format("annalist: {} '{}' in {}: {}\n", e.mention.value.value, e.mention.text,
                                         result.documents.at(e.document).source, e.mention.explanation);
            }
        }

        const std::string format = opts->format.empty() ? s.config().output.format : opts->format;
        const bool written = write_output_or_report(opts->output, [&](std::ostream& out) {
            if (format == "json") {
                formats::write_chronology_json(result, {}, out);
            } else {
                formats::write_csv(result, out);
            }
        });
        if (!written) return int{exit_output_failed};
        if (!opts->output.empty() && opts->output != "-") {
            std::cerr << fmt::format("annalist: wrote {} events from {} documents to {}\n", result.events.size(),
                                     result.documents.size(), opts->output);
        }
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
