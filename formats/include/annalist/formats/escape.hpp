// Escaping shared by the writers, in one place so every output is safe the same way.
#pragma once

#include <string>
#include <string_view>

namespace annalist::formats {

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes
// doubled. A cell a spreadsheet would run as a formula (starting with =, +, -, @,
// tab or CR, also after spaces or quotes, which some importers strip) is prefixed
// with an apostrophe, as OWASP advises.
std::string csv_field(std::string_view cell);

// One RFC 4180 field quoted as csv_field does, without the formula guard: for cells
// the writer made itself ("-0044-03-15"), never for article text.
std::string csv_quoted(std::string_view cell);

// Text for XML and HTML content and attribute values: &, <, >, " and ' escaped.
std::string xml_escape(std::string_view text);

} // namespace annalist::formats
