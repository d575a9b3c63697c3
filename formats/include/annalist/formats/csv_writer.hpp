// The chronology as RFC 4180 CSV: CRLF line ends, a header row, UTF-8.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>

namespace annalist::formats {

// Columns: start, end (inclusive, for people), grain, value, mod, headline,
// sentence, source, title, url, published.
void write_csv(const chronology& c, std::ostream& out);

} // namespace annalist::formats
