#include "progress_meter.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <utility>

namespace annalist::cli {
namespace {

constexpr double quiet_start = 1.0;  // a run this short shows no meter
constexpr double redraw_every = 0.1; // seconds between redraws
constexpr double bytes_per_mb = 1e6; // decimal megabytes, as file managers show sizes
constexpr std::string_view clear_to_end = "\x1b[K";

// "1234567" -> "1,234,567": a count read at a glance, whatever the locale.
std::string grouped(std::string digits) {
    for (auto at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, 1, ',');
    return digits;
}

std::string count(std::uint64_t n) { return grouped(fmt::format("{}", n)); }

// "12.3", "1,234.5": megabytes to one decimal.
std::string megabytes(std::uint64_t bytes) {
    std::string text = fmt::format("{:.1f}", static_cast<double>(bytes) / bytes_per_mb);
    const auto point = text.find('.');
    return grouped(text.substr(0, point)) + text.substr(point);
}

// "0:02", "12:34", "1:02:03".
std::string duration(std::uint64_t seconds) {
    const auto hours = seconds / 3600;
    const auto minutes = seconds / 60 % 60;
    if (hours > 0) return fmt::format("{}:{:02}:{:02}", hours, minutes, seconds % 60);
    return fmt::format("{}:{:02}", minutes, seconds % 60);
}

} // namespace

seconds_clock steady_seconds() {
    return [] { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); };
}

progress_meter::progress_meter(bool enabled, std::size_t total_documents, std::uint64_t total_bytes, std::ostream& out,
                               seconds_clock clock)
    : enabled_(enabled), total_documents_(total_documents), total_bytes_(total_bytes), out_(out),
      clock_(std::move(clock)) {
    if (enabled_) start_ = clock_();
}

progress_meter::~progress_meter() { finish(); }

void progress_meter::advance(std::size_t documents, std::uint64_t bytes) {
    documents_ += documents;
    bytes_ += bytes;
    if (!enabled_ || finished_) return;
    const double now = clock_();
    if (now - start_ < quiet_start) return;
    // A line print_line cleared is drawn again at once.
    if (drawn_ && now - last_draw_ < redraw_every) return;
    // '\r' and clearing to the end rewrite the line in place, a shorter one too.
    out_ << '\r' << status_line(now - start_) << clear_to_end << std::flush;
    drawn_ = true;
    last_draw_ = now;
}

void progress_meter::print_line(std::string_view line) {
    if (drawn_) clear();
    out_ << line << '\n' << std::flush;
}

void progress_meter::finish() {
    if (drawn_) clear();
    finished_ = true;
}

void progress_meter::clear() {
    out_ << '\r' << clear_to_end << std::flush;
    drawn_ = false;
}

std::string progress_meter::status_line(double elapsed) const {
    std::string line = "annalist: " + count(documents_);
    if (total_documents_ > 0) line += " of " + count(total_documents_);
    line += documents_ == 1 && total_documents_ == 0 ? " document" : " documents";

    if (bytes_ == 0 && total_bytes_ == 0) return line; // sizes unknown
    line += ", " + megabytes(bytes_);
    if (total_bytes_ > 0) line += " of " + megabytes(total_bytes_);
    line += " MB";

    if (elapsed <= 0 || bytes_ == 0) return line;
    const double rate = static_cast<double>(bytes_) / elapsed; // bytes a second
    line += fmt::format(", {:.1f} MB/s", rate / bytes_per_mb);
    if (total_bytes_ > bytes_) {
        // Rounded up: "0:00 left" while work remains would be wrong.
        const double left = std::ceil(static_cast<double>(total_bytes_ - bytes_) / rate);
        line += fmt::format(", about {} left", duration(static_cast<std::uint64_t>(left)));
    }
    return line;
}

} // namespace annalist::cli
