// One loaded annalist for Python: configuration, language and plugins, as the CLI's
// session loads them, and the engine's jobs on top. Every method may run with the
// GIL released and on several threads at once: the session is read-only once made.
#pragma once

#include "session.hpp"

#include <annalist/partial_chronology.hpp>

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace annalist::python {

// An item to build from: a document made in Python, or a path (a folder is walked).
using build_item = std::variant<document, std::string>;

struct build_settings {
    std::optional<date::year_month_day> published; // for documents that give none
    std::optional<resolution_mode> mode;           // none: the configuration's
    std::string reader;                            // empty: the probe chooses
    bool include_citations = false;
};

// What mapping gave: the documents' share of the chronology, and what reading the
// inputs said (an unreadable file is an error here and no document).
struct mapped {
    partial_chronology part;
    diagnostics reader_notes;
};

class engine_handle {
public:
    // Throws cli::usage_error with the CLI's message for a bad configuration.
    engine_handle(std::string config_file, std::vector<std::string> plugin_dirs, const cli::installation& where);

    // Lines of `annalist mentions -t jsonl` for one document (dated first, as the CLI
    // does, when it has no publication date).
    [[nodiscard]] std::string mentions_jsonl(document doc, std::optional<resolution_mode> mode, bool explain,
                                             diagnostics& notes) const;

    // Lines of `annalist resolve EXPRESSION --ref REFERENCE`.
    [[nodiscard]] std::string resolve_jsonl(std::string expression, date::year_month_day reference, bool explain,
                                            diagnostics& notes) const;

    // The documents of each input (folders walked), in input order.
    [[nodiscard]] std::vector<document> read(const std::vector<std::string>& paths, const build_settings& settings,
                                             diagnostics& notes) const;

    // Every item read and mapped; the first takes document order `first_position`,
    // the next one more and so on (a folder's files one each), as the CLI numbers
    // its inputs.
    [[nodiscard]] mapped map(std::vector<build_item> items, std::size_t first_position,
                             const build_settings& settings) const;

    [[nodiscard]] const language& lang() const { return session_.engine().lang; }
    [[nodiscard]] const std::vector<diagnostic>& load_notes() const { return load_notes_; }

private:
    [[nodiscard]] const loaded_reader* reader_named(const std::string& id) const;
    [[nodiscard]] engine_context context(std::optional<resolution_mode> mode) const;

    diagnostics load_notes_; // what loading the plugins warned of
    cli::session session_;
};

} // namespace annalist::python
