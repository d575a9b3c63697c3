#include "resolve_support.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>

namespace annalist::resolving {

std::optional<int> to_int(const std::string* text) {
    if (text == nullptr) return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size()) return std::nullopt;
    return value;
}

sys_days day_of(const time_value& v) { return date::floor<date::days>(v.begin); }

time_value undated(std::string value, grain g) {
    time_value v;
    v.value = std::move(value);
    v.grain = g;
    v.dated = false;
    return v;
}

grain grain_of_unit(std::string_view unit) {
    if (unit == "second") return grain::second;
    if (unit == "minute") return grain::minute;
    if (unit == "hour") return grain::hour;
    if (unit == "week" || unit == "weekend") return grain::week;
    if (unit == "month") return grain::month;
    if (unit == "quarter") return grain::quarter;
    if (unit == "year") return grain::year;
    if (unit == "decade") return grain::decade;
    if (unit == "century") return grain::century;
    return grain::day;
}

grain grain_of_duration(std::string_view value) {
    if (value.empty()) return grain::day;
    const bool time = value.find('T') != std::string_view::npos;
    const char unit = value.back();
    if (time) return unit == 'H' ? grain::hour : unit == 'M' ? grain::minute : grain::second;
    if (value.ends_with("WE")) return grain::week;
    switch (unit) {
    case 'W':
        return grain::week;
    case 'M':
        return grain::month;
    case 'Q':
        return grain::quarter;
    case 'Y':
        return grain::year;
    default:
        return grain::day;
    }
}

std::optional<modifier> parse_modifier(std::string_view text) {
    if (text.empty()) return std::nullopt; // most rules name none
    for (const modifier m :
         {modifier::start, modifier::mid, modifier::end, modifier::approx, modifier::before, modifier::after,
          modifier::less_than, modifier::more_than, modifier::equal_or_less, modifier::equal_or_more})
        if (to_string(m) == text) return m;
    return std::nullopt;
}

std::string duration_value(int count, std::string_view unit) {
    const std::string n = count < 0 ? "X" : std::to_string(count);
    if (unit == "hour") return "PT" + n + "H";
    if (unit == "minute") return "PT" + n + "M";
    if (unit == "second") return "PT" + n + "S";
    if (unit == "week") return "P" + n + "W";
    if (unit == "weekend") return "P" + n + "WE";
    if (unit == "month") return "P" + n + "M";
    if (unit == "quarter") return "P" + n + "Q";
    if (unit == "year") return "P" + n + "Y";
    if (unit == "decade") return "P" + (count < 0 ? n : std::to_string(10 * count)) + "Y";
    if (unit == "century") return "P" + (count < 0 ? n : std::to_string(100 * count)) + "Y";
    return "P" + n + "D";
}

std::string duration_and_a_half(int count, std::string_view unit) {
    if (unit == "year") return fmt::format("P{}Y6M", count);
    if (unit == "day") return fmt::format("P{}DT12H", count);
    if (unit == "hour") return fmt::format("PT{}H30M", count);
    if (unit == "minute") return fmt::format("PT{}M30S", count);
    if (unit == "second") return fmt::format("PT{}.5S", count);
    if (unit == "decade") return fmt::format("P{}Y", 10 * count + 5);
    if (unit == "century") return fmt::format("P{}Y", 100 * count + 50);
    const std::string value = duration_value(count, unit); // week, weekend, month, quarter: P2W
    const std::size_t letters = value.find_first_not_of("0123456789", 1);
    return fmt::format("{}.5{}", value.substr(0, letters), value.substr(letters));
}

std::string_view direction_name(int d) { return d < 0 ? "past" : d > 0 ? "future" : "nearest"; }

} // namespace annalist::resolving
