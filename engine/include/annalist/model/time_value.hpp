// A resolved time: a half-open interval at the precision the text gave, never finer.
#pragma once

#include <date/date.h>
#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace annalist {

// Ordered from finest to coarsest, so grains compare by precision.
enum class grain : std::uint8_t {
    second,
    minute,
    hour,
    part_of_day,
    day,
    week,
    month,
    quarter,
    half,
    season,
    year,
    decade,
    century
};

// TimeML's mod attribute.
enum class modifier : std::uint8_t {
    none,
    start,
    mid,
    end,
    approx,
    before,
    after,
    less_than,
    more_than,
    equal_or_less,
    equal_or_more
};

// TimeML's TIMEX3 type.
enum class timex_type : std::uint8_t { date, time, duration, set };

struct time_value {
    date::sys_seconds begin{}; // inclusive
    date::sys_seconds end{};   // exclusive
    std::string value;         // TIMEX3 value: "2024-06", "2024-W44", "P2D", "PRESENT_REF"
    annalist::grain grain = grain::day;
    annalist::modifier mod = modifier::none;
    // Whether [begin, end) means anything: false for durations, sets and
    // PRESENT_REF-like values, which date nothing on their own.
    bool dated = true;
};

// The whole of one calendar day.
time_value day_value(date::year_month_day day);

// Do the two intervals share an instant?
inline bool overlaps(const time_value& a, const time_value& b) { return a.begin < b.end && b.begin < a.end; }

std::string_view to_string(grain g);
std::string_view to_string(modifier m);   // TimeML spelling: "MID"; "" for none
std::string_view to_string(timex_type t); // "DATE", "TIME", ...

// ISO 8601: a date for day and coarser grains, a date-time for finer ones.
std::string format_instant(date::sys_seconds t, grain g);

} // namespace annalist

template <> struct fmt::formatter<annalist::grain> : fmt::formatter<std::string_view> {
    auto format(annalist::grain g, fmt::format_context& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(annalist::to_string(g), ctx);
    }
};
