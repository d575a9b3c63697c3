// annalist build: articles in, one chronology out.
#include "batch_feedback.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_flags.hpp"
#include "ordered_parallel.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/formats/csv_writer.hpp>
#include <annalist/formats/html_writer.hpp>
#include <annalist/formats/ics_writer.hpp>
#include <annalist/formats/json_writer.hpp>
#include <annalist/pipeline.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <iostream>
#include <memory>

namespace annalist::cli {

command_runner add_build_command(CLI::App& app) {
    struct options {
        input_options input;
        std::string format;
        std::string csv_profile;
        std::string output;
        bool include_citations = false;
        bool explain = false;
    };
    auto opts = std::make_shared<options>();
    auto* command = app.add_subcommand("build", "Read articles and write their chronology");
    add_input_options(*command, opts->input);
    add_mode_option(*command, opts->input);
    command->add_option("-t,--to", opts->format, "Output format (default from the config: csv)")
        ->check(CLI::IsMember({"csv", "json", "ics", "html"}));
    command
        ->add_option("--csv-profile", opts->csv_profile,
                     "CSV columns: default, timelinejs (Knight Lab) or gcal (Google Calendar) "
                     "(default from the config: default)")
        ->check(CLI::IsMember({"default", "timelinejs", "gcal"}));
    command->add_option("-o,--output", opts->output, "Output file (default: standard output)");
    command->add_flag("--explain", opts->explain,
                      "Print on standard error, per event, its rule, the reference used, the direction and why");
    command->add_flag("--include-citations", opts->include_citations,
                      "Also make events of dates in source citations like \"(TASS, October 31)\"");

    return [opts]() {
        session s(opts->input);
        const std::vector<input_file> inputs = s.list_inputs(shows_progress(opts->input));
        engine_context context = s.engine();
        context.include_citations = opts->include_citations;
        context.explanations = opts->explain; // only --explain shows them
        batch_feedback feedback(opts->input, inputs);

        // Map each input to its share of the chronology on the workers, merge the
        // shares in input order here.
        struct mapped {
            read_result read;
            partial_chronology part;
            std::uint64_t bytes = 0;
        };
        partial_chronology whole;
        bool all_read = true, any_read = false;
        for_each_in_order<mapped>(
            inputs.size(), s.jobs(),
            [&](std::size_t k) {
                mapped m{s.read(inputs[k], k), {}, inputs[k].bytes};
                for (document& doc : m.read.documents)
                    m.part = merge_partials(std::move(m.part), map_document(std::move(doc), context));
                m.read.documents.clear();
                return m;
            },
            [&](mapped&& m) {
                feedback.report(m.read.notes);
                for (const diagnostics& notes : m.part.notes) feedback.report(notes);
                all_read = all_read && !m.read.failed;
                any_read = any_read || !m.read.failed || !m.part.documents.empty(); // a feed with bad lines too
                whole = merge_partials(std::move(whole), std::move(m.part));
                feedback.advance(m.bytes);
            });
        const chronology result = finish_chronology(std::move(whole), context.lang);
        const bool reported = feedback.finish();
        if (opts->explain) {
            for (const event& e : result.events) {
                std::cerr << fmt::format("annalist: {} '{}' in {}: {}\n", e.mention.value.value, e.mention.text,
                                         result.documents.at(e.document).source, e.mention.explanation);
            }
        }
        // Every input failed: the error lines say all there is, and an empty
        // chronology (a CSV header, an empty calendar) would look like a result.
        if (!any_read && !inputs.empty()) return int{exit_inputs_failed};
        const std::string format = opts->format.empty() ? s.config().output.format : opts->format;
        // Both names were checked (CLI11, the config), so the profile is always known.
        const formats::csv_profile csv_profile =
            formats::csv_profile_named(opts->csv_profile.empty() ? s.config().output.csv_profile : opts->csv_profile)
                .value_or(formats::csv_profile::standard);
        const bool written = write_output_or_report(opts->output, [&](std::ostream& out) {
            if (format == "json") {
                formats::write_chronology_json(result, {}, out);
            } else if (format == "ics") {
                formats::write_ics(result, out);
            } else if (format == "html") {
                formats::write_html(result, out);
            } else {
                formats::write_csv(result, {csv_profile}, out);
            }
        });
        if (!written || !reported) return int{exit_output_failed};
        if (!opts->output.empty() && opts->output != "-") {
            std::cerr << fmt::format("annalist: wrote {} events from {} documents to {}\n", result.events.size(),
                                     result.documents.size(), opts->output);
        }
        return int{all_read ? exit_ok : exit_inputs_failed};
    };
}

} // namespace annalist::cli
