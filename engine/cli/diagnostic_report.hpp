// Diagnostics of a corpus run as a person reads them: every error and the first
// warnings at once, the rest counted by kind in a summary, all of them in a file.
#pragma once

#include <annalist/model/diagnostic.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::cli {

struct diagnostic_kind {
    std::string_view name;    // in the diagnostics file: "contradictory_ties"
    std::string_view summary; // in the summary: "event ties left undated as contradictory"
};

// The kind of a diagnostic, read off its message by a table in diagnostic_report.cpp
// (the model has no field for it); "other" when no entry matches.
const diagnostic_kind& kind_of(const diagnostic& d);

struct report_options {
    bool verbose = false;           // print every warning
    std::size_t warning_limit = 20; // else print this many, then only count them
    std::string diagnostics_file;   // JSON lines of every diagnostic; none when empty
};

// Output depends only on the sequence of add() calls. Not thread-safe: it is fed by
// the thread that writes output in order, like the progress_meter it prints through.
class diagnostic_reporter {
public:
    // `print` takes one line without its newline (progress_meter::print_line).
    using line_sink = std::function<void(std::string_view)>;

    diagnostic_reporter(report_options options, line_sink print);

    // An error prints at once; so does a warning while fewer than warning_limit
    // have printed (any number when verbose); a later one is counted by its kind.
    void add(const diagnostic& d);

    // Prints one line per kind of warning held back, in the table's order, then
    // writes the diagnostics file if one was asked for (a temporary file renamed).
    // Returns false, having printed why, if the file could not be written. A second
    // call returns the first one's answer and prints nothing.
    bool finish();

    [[nodiscard]] std::size_t errors() const { return errors_; }
    [[nodiscard]] std::size_t warnings() const { return warnings_; }

private:
    struct kept {
        diagnostic what;
        std::string_view kind;
    };

    report_options options_;
    line_sink print_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t printed_warnings_ = 0;
    std::vector<std::size_t> held_; // warnings held back, by kind in table order
    std::vector<kept> kept_;        // only when there is a file to write them to
    std::optional<bool> finished_;
};

} // namespace annalist::cli
