// Which calendar parts of a date the text wrote and which the reference supplied
// ("November 5": month and day written, the year implied), as chrono tells known
// from implied components.
#pragma once

#include <annalist/model/time_value.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace annalist {

// Flags, combined in a date_parts mask.
enum class date_part : std::uint8_t { year = 1, month = 2, week = 4, day = 8, weekday = 16, time = 32 };
using date_parts = std::uint8_t;

constexpr date_parts operator|(date_part a, date_part b) {
    return static_cast<date_parts>(static_cast<date_parts>(a) | static_cast<date_parts>(b));
}
constexpr date_parts operator|(date_parts a, date_part b) {
    return static_cast<date_parts>(a | static_cast<date_parts>(b));
}

// The parts a value has at its grain (none for what dates nothing): a month has a
// year and a month, a week a year and a week, a time a day and a time of day.
date_parts parts_at_grain(const time_value& v);

// The names of the parts in a mask, from the year down: "year", "month", "week",
// "day", "weekday", "time".
std::vector<std::string_view> part_names(date_parts parts);

} // namespace annalist
