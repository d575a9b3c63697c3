// annalist plugins: which readers are loaded, from which files.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_flags.hpp"
#include "session.hpp"

#include <fmt/format.h>
#include <fmt/std.h>

#include <iostream>
#include <memory>

namespace annalist::cli {

command_runner add_plugins_command(CLI::App& app) {
    auto opts = std::make_shared<input_options>();
    auto* command = app.add_subcommand("plugins", "List the reader plugins found, in the order they are probed");
    add_plugin_options(*command, *opts);
    return [opts]() {
        const session s(*opts);
        std::cout << fmt::format("{:<10} {:<8} {:<20} {}\n", "id", "version", "extensions", "file");
        for (const auto& reader : s.plugins().readers()) {
            const auto& info = reader.info();
            const std::string extensions = fmt::format("{}", fmt::join(info.extensions, " "));
            std::cout << fmt::format("{:<10} {:<8} {:<20} {}\n", info.id, info.version, extensions, info.file.string());
        }
        return int{exit_ok};
    };
}

} // namespace annalist::cli
