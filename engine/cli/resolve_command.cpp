// annalist resolve: one expression against a reference date, for trying rules out.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_flags.hpp"
#include "session.hpp"

#include <annalist/formats/json_writer.hpp>
#include <annalist/model/iso_date.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace annalist::cli {

command_runner add_resolve_command(CLI::App& app) {
    struct options {
        input_options input; // only --config and --mode are used
        std::string expression;
        std::string reference;
        bool explain = false;
    };
    auto opts = std::make_shared<options>();
    auto* command = app.add_subcommand("resolve", "Resolve one expression against a reference date");
    command->add_option("expression", opts->expression, "The text, e.g. \"last Thursday\"")->required();
    command->add_option("--ref", opts->reference, "Reference (publication) date, YYYY-MM-DD")->required();
    command->add_flag("--explain", opts->explain, "Add the rule, reference and direction behind each value");
    command->add_option("--config", opts->input.config_file, "Configuration file")->check(CLI::ExistingFile);
    add_mode_option(*command, opts->input);

    return [opts]() {
        const auto reference = parse_iso_date(opts->reference);
        if (!reference || opts->reference.size() != 10)
            throw usage_error(fmt::format("--ref wants a calendar date as YYYY-MM-DD, got '{}'", opts->reference));
        const session s(opts->input);
        document doc;
        doc.source = "expression";
        doc.text = opts->expression;
        doc.published = reference;
        doc.published_source = "--ref";
        diagnostics notes;
        const std::vector<std::vector<mention>> mentions{find_mentions(doc, s.engine(), notes)};
        for (const auto& note : notes) print(note);
        formats::write_mentions_jsonl({doc}, mentions, {opts->explain}, std::cout);
        return int{mentions.front().empty() ? exit_inputs_failed : exit_ok};
    };
}

} // namespace annalist::cli
