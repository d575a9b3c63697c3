// The chronology as RFC 4180 CSV: CRLF line ends, a header row, UTF-8, one row per
// event, in one of three column layouts.
#pragma once

#include <annalist/model/chronology.hpp>

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::formats {

enum class csv_profile {
    // start, end (inclusive, for people), grain, value, mod, display_date, headline,
    // sentence, source, url, published.
    standard,
    // Knight Lab's TimelineJS sheet: Year, Month, Day, Time, End Year, ... Background.
    timelinejs,
    // Google Calendar's import: Subject, Start Date (MM/DD/YYYY), Start Time, ... Private.
    gcal,
};

struct csv_options {
    csv_profile profile = csv_profile::standard;
};

// "default", "timelinejs" or "gcal"; nullopt for anything else.
std::optional<csv_profile> csv_profile_named(std::string_view name);

// The default profile's columns, and an event's cells in them as plain text, with
// no guard against formulas: for a data frame, not a spreadsheet.
const std::array<std::string_view, 11>& standard_csv_columns();
std::vector<std::string> standard_csv_cells(const chronology& c, const event& e);

void write_csv(const chronology& c, const csv_options& options, std::ostream& out);

} // namespace annalist::formats
