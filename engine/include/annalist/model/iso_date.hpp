// Reading the dates that metadata and the command line give.
#pragma once

#include <date/date.h>

#include <optional>
#include <string_view>

namespace annalist {

// "2024-11-04", or a date-time starting with one ("2024-11-04T09:30:00Z"), whose
// calendar date is taken as written. nullopt unless it names a real day.
std::optional<date::year_month_day> parse_iso_date(std::string_view text);

} // namespace annalist
