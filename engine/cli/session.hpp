// What every subcommand that reads articles shares: the options, the loaded
// configuration, language and plugins, and reading the inputs into documents.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/config/language_pack.hpp>
#include <annalist/model/document.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/plugins/plugin_registry.hpp>

#include "install_paths.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace annalist::cli {

struct input_options {
    std::vector<std::string> inputs;
    std::string pub_date;
    std::string mode; // --mode: news, narrative or auto; empty: the configuration's
    std::string config_file;
    std::vector<std::string> plugin_dirs;
    std::string reader;
    std::size_t jobs = 0; // 0: the hardware threads
    bool quiet = false;
    bool verbose = false;
    std::string diagnostics_file;
    // A larger document is refused with a line naming it, and the others go on.
    std::uintmax_t max_document_bytes = std::uintmax_t{64} << 20;
    bool allow_insecure_plugins = false; // load plugins any user may replace
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

// Thrown for a bad command line or configuration (exit code 2).
class usage_error : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Prints a diagnostic as one line on stderr.
void print(const diagnostic& d);

// Every input named: files, folders walked in sorted order (hidden entries
// skipped), "-" for stdin; with their sizes when asked (a look at each file).
std::vector<input_file> list_inputs(const std::vector<std::string>& named, bool with_sizes);

class session {
public:
    // Loads config, language and plugins from the options and, after them, from
    // `where` annalist is installed; hands what loading plugins warns of to `report`.
    // Throws usage_error.
    explicit session(input_options options, const installation& where = installation_of_program(),
                     const std::function<void(const diagnostic&)>& report = print);

    // The inputs of the options (only a progress line needs their sizes).
    [[nodiscard]] std::vector<input_file> list_inputs(bool with_sizes) const {
        return cli::list_inputs(options_.inputs, with_sizes);
    }

    // Reads the input at `position` in list_inputs() with its reader. Safe to call
    // from several threads at once.
    [[nodiscard]] read_result read(const input_file& input, std::size_t position) const {
        return read(input, position, forced_reader_, pub_date_);
    }

    // The same with `reader` (null: the one the probe chooses) and `pub_date` for
    // documents whose reader found none, whatever the options said.
    [[nodiscard]] read_result read(const input_file& input, std::size_t position, const loaded_reader* reader,
                                   const std::optional<date::year_month_day>& pub_date) const;

    // --jobs, or the hardware threads.
    [[nodiscard]] std::size_t jobs() const;

    [[nodiscard]] const annalist::config& config() const { return config_; }
    [[nodiscard]] const plugin_registry& plugins() const { return registry_; }
    [[nodiscard]] engine_context engine() const {
        return language_->engine(config_.resolve.mode, config_.resolve.date_order);
    }

private:
    input_options options_;
    annalist::config config_;
    std::unique_ptr<const language_pack> language_;
    plugin_registry registry_;
    const loaded_reader* forced_reader_ = nullptr; // --reader
    std::optional<date::year_month_day> pub_date_;
};

} // namespace annalist::cli
