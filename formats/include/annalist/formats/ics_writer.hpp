// The chronology as an iCalendar file (RFC 5545, with RFC 7986's NAME) that
// calendar apps import: one VEVENT per dated event.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>
#include <string>

namespace annalist::formats {

// Day and coarser grains are all-day events (VALUE=DATE, exclusive DTEND: a month
// is the whole month, mid-October Oct 11 to Oct 21); finer ones are UTC times.
// NAME and X-WR-CALNAME are chronology_title(c). UID: a hash of the document's
// source, the mention's byte offsets and its value, "@annalist". DTSTAMP: midnight UTC of the latest publication date
// among the documents, 1970-01-01 when none has one, so the same input gives the same bytes.
void write_ics(const chronology& c, std::ostream& out);

// The event's UID (FNV-1a 64 of that key, in hex: the same across runs, builds and
// machines), without the suffix that keeps two equal ones apart in a file.
std::string event_uid(const chronology& c, const event& e);

} // namespace annalist::formats
