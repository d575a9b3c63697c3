#include <annalist/model/time_value.hpp>

#include <annalist/model/iso_date.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <cstdlib>

namespace annalist {

time_value day_value(date::year_month_day day) {
    const date::sys_days start{day};
    // A day before 1 AD in TIMEX3's form ("BC0044-03-15"); its interval stays astronomical.
    std::string value = iso_day_text(day);
    if (static_cast<int>(day.year()) < 1) value = timex_year_text(day.year()) + value.substr(value.size() - 6);
    return {date::sys_seconds{start}, date::sys_seconds{start + date::days{1}}, std::move(value), grain::day,
            modifier::none};
}

std::string_view to_string(grain g) {
    switch (g) {
    case grain::second:
        return "second";
    case grain::minute:
        return "minute";
    case grain::hour:
        return "hour";
    case grain::part_of_day:
        return "part_of_day";
    case grain::day:
        return "day";
    case grain::week:
        return "week";
    case grain::month:
        return "month";
    case grain::quarter:
        return "quarter";
    case grain::half:
        return "half";
    case grain::season:
        return "season";
    case grain::year:
        return "year";
    case grain::decade:
        return "decade";
    case grain::century:
        return "century";
    }
    return "?";
}

std::string_view to_string(modifier m) {
    switch (m) {
    case modifier::none:
        return "";
    case modifier::start:
        return "START";
    case modifier::mid:
        return "MID";
    case modifier::end:
        return "END";
    case modifier::approx:
        return "APPROX";
    case modifier::before:
        return "BEFORE";
    case modifier::after:
        return "AFTER";
    case modifier::less_than:
        return "LESS_THAN";
    case modifier::more_than:
        return "MORE_THAN";
    case modifier::equal_or_less:
        return "EQUAL_OR_LESS";
    case modifier::equal_or_more:
        return "EQUAL_OR_MORE";
    }
    return "?";
}

std::string_view to_string(timex_type t) {
    switch (t) {
    case timex_type::date:
        return "DATE";
    case timex_type::time:
        return "TIME";
    case timex_type::duration:
        return "DURATION";
    case timex_type::set:
        return "SET";
    }
    return "?";
}

namespace {

void append_two_digits(std::string& out, unsigned n) {
    out += static_cast<char>('0' + n / 10);
    out += static_cast<char>('0' + n % 10);
}

} // namespace

std::string format_instant(date::sys_seconds t, grain g) {
    // Years of four digits, nearly all, without date::format's streams: JSON lines
    // write two instants a mention, and the streams cost more than the scan.
    // iso_day_text writes those days as "%F" does.
    // Other years in ISO 8601's expanded form ("-0043-03-15" is 44 BC), which
    // date::format does not write.
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const int year = static_cast<int>(ymd.year());
    std::string text = year >= 0 && year <= 9999
                           ? iso_day_text(ymd)
                           : fmt::format("{}{:04}-{:02}-{:02}", year < 0 ? '-' : '+', std::abs(year),
                                         static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    if (g >= grain::day) return text;
    const date::hh_mm_ss clock{t - day};
    text += 'T';
    append_two_digits(text, static_cast<unsigned>(clock.hours().count()));
    text += ':';
    append_two_digits(text, static_cast<unsigned>(clock.minutes().count()));
    if (g != grain::second) return text;
    text += ':';
    append_two_digits(text, static_cast<unsigned>(clock.seconds().count()));
    return text;
}

} // namespace annalist
