// The command-line options of the commands that read articles.
#pragma once

#include "session.hpp"

#include <CLI/CLI.hpp>

namespace annalist::cli {

// Adds --pub-date, --config, --plugin-dir, --reader, --jobs, --quiet, -v,
// --diagnostics and the INPUT list.
void add_input_options(CLI::App& command, input_options& options);

// Adds --mode (news, narrative, auto), for the commands that resolve dates.
void add_mode_option(CLI::App& command, input_options& options);

// Adds --config and --plugin-dir only (for commands that read no input).
void add_plugin_options(CLI::App& command, input_options& options);

} // namespace annalist::cli
