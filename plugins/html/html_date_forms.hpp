// How pages write days: ISO values in metadata, days in addresses, and days in the
// visible text in the forms news pages use. Everything here is YYYY-MM-DD out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::html::detail {

// Digits only, and at least one.
bool all_digits(std::string_view s);

// A calendar day in the years web pages can have been published in (1990-2100).
bool valid_day(int y, int m, int d);
// YYYY-MM-DD of a valid day.
std::string day_string(int y, int m, int d);
// Days from `a` to `b`, both starting with a valid YYYY-MM-DD.
long days_between(std::string_view a, std::string_view b);

// A metadata value as the host reads it: "2024-11-04" at the start (a time may follow
// after "T" or a space), kept whole; or the basic form "20241104" ("20241104T05:02:35Z")
// turned into the day. Other forms, and days the calendar lacks, give "".
std::string iso_day(std::string_view s);
// Whether an iso_day value carries a time of day (and so maybe another zone's day).
inline bool has_clock(std::string_view iso) { return iso.size() > 10; }

// A day in an address's path: /2021/03/03/, /2021-03-03, or eight digits standing
// alone as a segment or a slug's end (/20201123/, -20200113).
std::string url_date(std::string_view url);

// A day written in text: 2021-03-03, 03.03.2021, 17/03/2020 (day first unless that
// cannot be), 3. März 2021, 13 juin 2019, 3rd March 2021, March 3, 2021, Mar. 3rd 2021
// (English, German and French month names).
struct written_day {
    std::string day;
    std::size_t offset = 0; // where it is written in the text, in bytes
    std::size_t length = 0;
};
std::vector<written_day> written_days(std::string_view text);

// Whether a word for an update ("updated", "aktualisiert", "Stand", "modified", "mis à
// jour") stands in the 24 bytes before `offset`.
bool after_update_word(std::string_view text, std::size_t offset);

struct text_dates {
    std::string published; // the first day not marked as an update
    std::string updated;   // the first day after a word for an update
};
text_dates visible_dates(std::string_view text);

} // namespace annalist::html::detail
