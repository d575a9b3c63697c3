// Reading the dates that metadata and the command line give, and writing dates in
// the same form.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace annalist {

// "2024-11-04", or a date-time starting with one ("2024-11-04T09:30:00Z"), whose
// calendar date is taken as written. nullopt unless it names a real day.
std::optional<date::year_month_day> parse_iso_date(std::string_view text);

// "2024-11-04" and "2024-11", exactly as date::format("%F") and ("%Y-%m") write them
// (even a year before 1000 or 0), without the stream they build:
// every mention's value and explanation has one.
std::string iso_day_text(date::year_month_day day);
std::string iso_day_text(date::sys_days day);
std::string iso_month_text(date::year_month month);

// A year as a TIMEX3 value writes it: four digits, and a year before 1 AD (0 and
// below, astronomical numbering) as "BC" and its number in that era: 241 BC (-240)
// is "BC0241".
std::string timex_year_text(date::year y);

} // namespace annalist
