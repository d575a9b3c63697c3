#include <annalist/model/iso_date.hpp>

#include <fmt/format.h>

#include <charconv>

namespace annalist {
namespace {

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + count, out);
    return error == std::errc{} && end == first + count;
}

// A year as date's "%F" writes it: padded with zeros to four characters, before any
// sign ("0999", "00-1", "-123").
std::string day_year_text(date::year y) { return fmt::format("{:0>4}", static_cast<int>(y)); }

// A year as date's operator<< (and so "%Y") writes it: four digits at least after its
// sign ("0999", "-0001").
std::string year_text(date::year y) {
    const int value = static_cast<int>(y);
    return value < 0 ? fmt::format("{:05}", value) : fmt::format("{:04}", value);
}

} // namespace

std::optional<date::year_month_day> parse_iso_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) return std::nullopt;
    const date::year_month_day day{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!day.ok()) return std::nullopt;
    return day;
}

std::string iso_day_text(date::year_month_day day) {
    if (!day.ok()) return date::format("%F", day); // as date does (it throws)
    const int year = static_cast<int>(day.year());
    if (year >= 0 && year <= 9999) { // nearly every day: written by hand, the resolver makes one a mention
        std::string text = "0000-00-00";
        const auto put = [&](std::size_t at, unsigned n, std::size_t digits) {
            for (std::size_t k = digits; k-- > 0; n /= 10) text[at + k] = static_cast<char>('0' + n % 10);
        };
        put(0, static_cast<unsigned>(year), 4);
        put(5, static_cast<unsigned>(day.month()), 2);
        put(8, static_cast<unsigned>(day.day()), 2);
        return text;
    }
    return fmt::format("{}-{:02}-{:02}", day_year_text(day.year()), static_cast<unsigned>(day.month()),
                       static_cast<unsigned>(day.day()));
}

std::string timex_year_text(date::year y) {
    const int value = static_cast<int>(y);
    return value >= 1 ? fmt::format("{:04}", value) : fmt::format("BC{:04}", 1 - value);
}

std::string iso_day_text(date::sys_days day) { return iso_day_text(date::year_month_day{day}); }

std::string iso_month_text(date::year_month month) {
    if (!month.ok()) return date::format("%Y-%m", month); // as date does (it throws)
    return fmt::format("{}-{:02}", year_text(month.year()), static_cast<unsigned>(month.month()));
}

} // namespace annalist
