// The subcommands of `annalist`; each registers its options and returns its runner.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace annalist::cli {

using command_runner = std::function<int()>;

command_runner add_build_command(CLI::App& app);
command_runner add_mentions_command(CLI::App& app);
command_runner add_plugins_command(CLI::App& app);
command_runner add_eval_command(CLI::App& app);
command_runner add_read_command(CLI::App& app);
command_runner add_resolve_command(CLI::App& app);

} // namespace annalist::cli
