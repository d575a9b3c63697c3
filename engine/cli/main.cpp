// annalist: articles in, chronologies out.
#include "commands.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "session.hpp"

#include <annalist/sdk/reader_abi.h>

#include <fmt/format.h>

#include <iostream>
#include <map>

int main(int argc, char** argv) {
    using namespace annalist::cli;
    stop_cleanly_on_signals();
    CLI::App app{"annalist: turns articles into chronologies"};
    app.set_version_flag("--version", fmt::format("annalist {} (reader plugin ABI {}.{})", ANNALIST_VERSION,
                                                  ANNALIST_READER_ABI_MAJOR, ANNALIST_READER_ABI_MINOR));
    app.require_subcommand(1);
    const std::map<std::string, command_runner> runners{
        {"build", add_build_command(app)},     {"mentions", add_mentions_command(app)}, {"read", add_read_command(app)},
        {"resolve", add_resolve_command(app)}, {"plugins", add_plugins_command(app)},   {"eval", add_eval_command(app)},
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? exit_ok : exit_usage;
    }
    try {
        for (const auto* command : app.get_subcommands()) return runners.at(command->get_name())();
    } catch (const usage_error& e) {
        std::cerr << "annalist: " << e.what() << '\n';
        return exit_usage;
    }
    return exit_usage;
}
