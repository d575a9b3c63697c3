// Progress of a long batch run, as one line on stderr rewritten in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace annalist::cli {

// Seconds on a monotonic clock; tests pass a fake one.
using seconds_clock = std::function<double()>;
seconds_clock steady_seconds();

// Not thread-safe by design: the one thread that writes output in order calls it,
// so the progress line and the diagnostics printed through it never interleave.
class progress_meter {
public:
    // `enabled` is false when stderr is not a terminal or the user asked for quiet;
    // then the meter writes nothing but what print_line is given. A total of 0 is
    // unknown and left out of the line.
    progress_meter(bool enabled, std::size_t total_documents, std::uint64_t total_bytes, std::ostream& out,
                   seconds_clock clock = steady_seconds());
    ~progress_meter();
    progress_meter(const progress_meter&) = delete;
    progress_meter& operator=(const progress_meter&) = delete;

    // Adds done work. Nothing is drawn in the run's first second (a short run shows
    // no meter at all); after that the line is redrawn at most every 0.1 s.
    void advance(std::size_t documents, std::uint64_t bytes);

    // Prints `line` and a newline, clearing the progress line first if it is shown;
    // the meter comes back at the next advance.
    void print_line(std::string_view line);

    // Clears the progress line so nothing of it stays on the terminal. Idempotent;
    // nothing is drawn after it.
    void finish();

    // "annalist: 1,234 of 10,000 documents, 12.3 of 40.1 MB, 35.2 MB/s, about 0:02 left"
    // after `elapsed` seconds, leaving out what is unknown. Public for the tests.
    [[nodiscard]] std::string status_line(double elapsed) const;

private:
    void clear();

    bool enabled_;
    std::size_t total_documents_;
    std::uint64_t total_bytes_;
    std::ostream& out_;
    seconds_clock clock_;
    double start_ = 0;
    double last_draw_ = 0;
    std::size_t documents_ = 0;
    std::uint64_t bytes_ = 0;
    bool drawn_ = false; // a progress line is on the terminal now
    bool finished_ = false;
};

} // namespace annalist::cli
