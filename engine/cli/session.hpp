// What every subcommand that reads articles shares: the options, the loaded
// configuration, language and plugins, and reading the inputs into documents.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/config/language_pack.hpp>
#include <annalist/model/document.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/plugins/plugin_registry.hpp>

#include <CLI/CLI.hpp>

#include <cstdint>
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
    std::size_t jobs = 0; // 0: the hardware threads
    bool quiet = false;
    bool verbose = false;
    std::string diagnostics_file;
};

// One input file as the user named it, or reached by walking a folder.
struct input_file {
    std::string path;
    std::uintmax_t bytes = 0; // its size when listed with sizes, for progress; else 0
};

// What reading one input gave: its documents (each with its document_order, and
// --pub-date where the reader found none) and the reader's notes.
struct read_result {
    std::vector<document> documents;
    diagnostics notes;
    bool failed = false;
};

// Adds --pub-date, --config, --plugin-dir, --reader, --jobs, --quiet, -v,
// --diagnostics and the INPUT list.
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

    // Every input: files, folders walked in sorted order (hidden entries skipped),
    // "-" for stdin; with their sizes when asked (a look at each file: only a
    // progress line needs them).
    [[nodiscard]] std::vector<input_file> list_inputs(bool with_sizes) const;

    // Reads the input at `position` in list_inputs() with its reader. Safe to call
    // from several threads at once.
    [[nodiscard]] read_result read(const input_file& input, std::size_t position) const;

    // --jobs, or the hardware threads.
    [[nodiscard]] std::size_t jobs() const;

    [[nodiscard]] const annalist::config& config() const { return config_; }
    [[nodiscard]] const plugin_registry& plugins() const { return registry_; }
    [[nodiscard]] engine_context engine() const {
        return language_->engine(config_.resolve.mode, config_.resolve.date_order);
    }

private:
    const input_options& options_;
    annalist::config config_;
    std::unique_ptr<const language_pack> language_;
    plugin_registry registry_;
    std::optional<date::year_month_day> pub_date_;
};

// Prints a diagnostic as one line on stderr.
void print(const diagnostic& d);

} // namespace annalist::cli
