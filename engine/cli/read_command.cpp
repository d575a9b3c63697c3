// annalist read: each document exactly as its reader produced it, for people
// debugging a source and for plugin authors.
#include "batch_feedback.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_flags.hpp"
#include "ordered_parallel.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/document_text_writer.hpp>
#include <annalist/formats/json_writer.hpp>

#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

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
        const std::vector<input_file> inputs = s.list_inputs(shows_progress(opts->input));
        batch_feedback feedback(opts->input, inputs);
        struct rendered_input {
            std::string text;
            read_result read;
            std::uint64_t bytes = 0;
        };
        bool all_read = true;
        const bool written = write_output_or_report(opts->output, [&](std::ostream& out) {
            for_each_in_order<rendered_input>(
                inputs.size(), s.jobs(),
                [&](std::size_t k) {
                    rendered_input r{{}, s.read(inputs[k], k), inputs[k].bytes};
                    std::ostringstream text;
                    if (opts->format == "jsonl") {
                        formats::write_documents_jsonl(r.read.documents, text);
                    } else {
                        formats::write_documents_text(r.read.documents, text);
                    }
                    r.read.documents.clear();
                    r.text = std::move(text).str();
                    return r;
                },
                [&](rendered_input&& r) {
                    feedback.report(r.read.notes);
                    all_read = all_read && !r.read.failed;
                    out << r.text;
                    feedback.advance(r.bytes);
                });
        });
        const bool reported = feedback.finish();
        if (!written || !reported) return int{exit_output_failed};
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
