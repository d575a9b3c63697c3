// annalist read: each document exactly as its reader produced it, for people
// debugging a source and for plugin authors.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/document_text_writer.hpp>
#include <annalist/formats/json_writer.hpp>

#include <memory>

namespace annalist::cli {

command_runner add_read_command(CLI::App& app) {
    struct options {
        input_options input;
        std::string format = "text";
        std::string output;
    };
    auto opts = std::make_shared<options>();
    auto* command = app.add_subcommand("read", "Show each document as its reader produced it");
    add_input_options(*command, opts->input);
    command->add_option("-t,--to", opts->format, "Output format: text (for people) or jsonl")
        ->check(CLI::IsMember({"text", "jsonl"}));
    command->add_option("-o,--output", opts->output, "Output file (default: standard output)");

    return [opts]() {
        session s(opts->input);
        std::vector<document> documents;
        const bool all_read = s.read_inputs(documents);
        const bool written = write_output_or_report(opts->output, [&](std::ostream& out) {
            if (opts->format == "jsonl") {
                formats::write_documents_jsonl(documents, out);
            } else {
                formats::write_documents_text(documents, out);
            }
        });
        if (!written) return int{exit_output_failed};
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
