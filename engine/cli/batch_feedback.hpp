// What a batch run tells the person at the terminal: a progress line while it
// lasts, diagnostics a person can read (the first warnings, then a count per kind),
// and every diagnostic in a file when asked.
#pragma once

#include "diagnostic_report.hpp"
#include "progress_meter.hpp"
#include "session.hpp"

#include <cstdint>
#include <vector>

namespace annalist::cli {

// Whether a run with these options shows a progress line: on a terminal, unless quiet.
bool shows_progress(const input_options& options);

class batch_feedback {
public:
    batch_feedback(const input_options& options, const std::vector<input_file>& inputs);

    void report(const diagnostic& d) { reporter_.add(d); }
    void report(const diagnostics& notes) {
        for (const diagnostic& d : notes) reporter_.add(d);
    }
    // One input done, of `bytes` bytes (0 when its size was not listed).
    void advance(std::uint64_t bytes) { progress_.advance(1, bytes); }
    // Clears the progress line, prints the held-back warnings' counts and writes
    // --diagnostics; false if that file could not be written.
    bool finish();

private:
    progress_meter progress_;
    diagnostic_reporter reporter_;
};

} // namespace annalist::cli
