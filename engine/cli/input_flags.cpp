#include "input_flags.hpp"

namespace annalist::cli {

void add_plugin_options(CLI::App& command, input_options& options) {
    command.add_option("--config", options.config_file, "Configuration file (default: the installed annalist.toml)")
        ->check(CLI::ExistingFile);
    command.add_option("--plugin-dir", options.plugin_dirs, "Folder searched first for reader plugins (repeatable)");
    command.add_flag("--allow-insecure-plugins", options.allow_insecure_plugins,
                     "Load plugins even where any user may write them (refused by default)");
}

void add_mode_option(CLI::App& command, input_options& options) {
    command
        .add_option("--mode", options.mode,
                    "How relative dates count: news (from the publication date), narrative (from the story's "
                    "last date) or auto (judged per document; the default). Overrides the configuration")
        ->check(CLI::IsMember({"news", "narrative", "auto"}));
}

void add_input_options(CLI::App& command, input_options& options) {
    command.add_option("inputs", options.inputs, "Articles: files, folders (walked in sorted order) or - for stdin")
        ->required();
    command.add_option("--pub-date", options.pub_date,
                       "Publication date (YYYY-MM-DD) for documents whose metadata gives none");
    command.add_option("--reader", options.reader, "Read every input with this reader instead of probing");
    command.add_option("-j,--jobs", options.jobs, "Documents processed at once (default: the hardware threads)")
        ->check(CLI::Range(1, 1024));
    command.add_flag("-q,--quiet", options.quiet, "No progress line on a terminal");
    command.add_flag("-v,--verbose", options.verbose, "Print every warning, not only the first ones and a count");
    command.add_option("--diagnostics", options.diagnostics_file,
                       "Write every error and warning to FILE as JSON lines");
    command
        .add_option("--max-document-bytes", options.max_document_bytes,
                    "Refuse an input larger than this (default: 64 MiB)")
        ->check(CLI::PositiveNumber);
    add_plugin_options(command, options);
}

} // namespace annalist::cli
