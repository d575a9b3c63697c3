// iCalendar's text rules (RFC 5545 section 3.1 and 3.3.11), apart from the writer.
#pragma once

#include <string>
#include <string_view>

namespace annalist::formats {

// A TEXT value: backslash first, then ; , and newline escaped; CR and other control
// characters (which TEXT may not hold) dropped, tab kept.
std::string ical_text(std::string_view text);

// A content line folded at 75 octets (CRLF then a space), never inside a UTF-8
// sequence, ending in CRLF.
std::string ical_fold(std::string_view line);

} // namespace annalist::formats
