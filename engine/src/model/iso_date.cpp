#include <annalist/model/iso_date.hpp>

#include <charconv>

namespace annalist {
namespace {

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + count, out);
    return error == std::errc{} && end == first + count;
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

} // namespace annalist
