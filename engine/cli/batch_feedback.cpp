#include "batch_feedback.hpp"

#include <unistd.h>

#include <iostream>
#include <numeric>

namespace annalist::cli {
namespace {

std::uint64_t total_bytes(const std::vector<input_file>& inputs) {
    return std::accumulate(inputs.begin(), inputs.end(), std::uint64_t{0},
                           [](std::uint64_t sum, const input_file& f) { return sum + f.bytes; });
}

} // namespace

// Progress only where a person watches: never into a pipe or a file.
bool shows_progress(const input_options& options) { return !options.quiet && isatty(STDERR_FILENO) == 1; }

batch_feedback::batch_feedback(const input_options& options, const std::vector<input_file>& inputs)
    : progress_(shows_progress(options), inputs.size(), total_bytes(inputs), std::cerr),
      reporter_({options.verbose, report_options{}.warning_limit, options.diagnostics_file},
                [this](std::string_view line) { progress_.print_line(line); }) {}

bool batch_feedback::finish() {
    progress_.finish();
    return reporter_.finish();
}

} // namespace annalist::cli
