// The chronology as one self-contained HTML page: a vertical timeline grouped by
// year and month, readable on a phone, in print, light and dark, working offline.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace annalist::formats {

// The page makes no network request: its style and script are inline and its
// Content-Security-Policy allows exactly those two (by SHA-256) and nothing else.
// All article text is escaped; only http and https URLs become links. Citations
// are listed at their dates, hidden until the reader asks for them.
void write_html(const chronology& c, std::ostream& out);

// The sentence escaped for HTML with the first occurrence of the mention's text
// (whitespace folded as the sentence's is) in <mark>; unmarked when not found.
std::string sentence_html(std::string_view sentence, std::string_view mention_text);

} // namespace annalist::formats
