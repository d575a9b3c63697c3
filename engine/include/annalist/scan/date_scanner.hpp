// Finds written dates in text. This scanner knows full calendar dates (day, month
// and year all given); it is the first of the scanner's rule families.
#pragma once

#include <annalist/config/language.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// What the text said, before any resolution: only the parts it gave.
struct date_parts {
    int year = 0;
    unsigned month = 0; // 1..12
    unsigned day = 0;   // 1..31, not yet checked against the month
};

struct date_match {
    std::size_t begin = 0; // byte offsets into the text, [begin, end)
    std::size_t end = 0;
    date_parts parts;
    std::string rule; // "month_day_year", "day_month_year", "iso_date"
};

// Every full date in `text`, in text order, without overlaps.
std::vector<date_match> scan_dates(std::string_view text, const language& lang);

} // namespace annalist
