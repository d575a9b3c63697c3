// What every subcommand that reads articles shares: the options, the loaded
// configuration, language and plugins, and reading the inputs into documents.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/config/language_pack.hpp>
#include <annalist/model/document.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/plugins/plugin_registry.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace annalist::cli {

struct input_options {
    std::vector<std::string> inputs;
    std::string pub_date;
    std::string config_file;
    std::vector<std::string> plugin_dirs;
    std::string reader;
};

// Adds --pub-date, --config, --plugin-dir, --reader and the INPUT list.
void add_input_options(CLI::App& command, input_options& options);

// Adds --config and --plugin-dir only (for commands that read no input).
void add_plugin_options(CLI::App& command, input_options& options);

// Thrown for a bad command line or configuration (exit code 2).
class usage_error : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class session {
public:
    // Loads config, language and plugins; prints plugin warnings. Throws usage_error.
    explicit session(const input_options& options);

    // Reads every input (files, folders walked in sorted order, "-" for stdin) with
    // its reader. Problems are printed; returns false if any input failed.
    bool read_inputs(std::vector<document>& documents);

    [[nodiscard]] const annalist::config& config() const { return config_; }
    [[nodiscard]] const plugin_registry& plugins() const { return registry_; }
    [[nodiscard]] engine_context engine() const {
        return language_->engine(config_.resolve.mode, config_.resolve.date_order);
    }

private:
    bool read_one(const std::string& path, std::string_view display, std::vector<document>& documents);

    const input_options& options_;
    annalist::config config_;
    std::unique_ptr<const language_pack> language_;
    plugin_registry registry_;
    std::optional<date::year_month_day> pub_date_;
};

// Prints a diagnostic as one line on stderr.
void print(const diagnostic& d);

} // namespace annalist::cli
