// An event told in plain text for calendars (iCalendar DESCRIPTION, Google
// Calendar's Description): what a person reading the entry needs to trust it.
#pragma once

#include <annalist/model/chronology.hpp>

#include <string>

namespace annalist::formats {

// Lines joined by "\n": the sentence; a blank line; "date: 19 June 2024", or
// "date approximate: mid-October 2024" when the value has a modifier; then
// "source: <title> <url>" for each source (the path when there is no title).
std::string event_description(const chronology& c, const event& e);

// A document as a person names it: its title, else the path it was read from.
std::string source_name(const document& doc);

// What the whole chronology is called (a calendar's name, a page's title):
// "Chronology: <title>" for one titled document, else "Chronology of N documents".
std::string chronology_title(const chronology& c);

} // namespace annalist::formats
