// The year a heading names for the list under it: "2021 tour dates:" then "May 4 --
// Civic Arena" and "Aug. 30 -- The Forum" are 2021's days, not the publication's
// nearest May 4 and August 30.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace annalist {

struct heading_year_span {
    std::size_t begin = 0, end = 0; // bytes of the lines under the heading
    int year = 0;
};

// A heading is a line of at most 8 words, not ending as a sentence, with one number
// of four digits from 1900 to 2100 standing alone and no copyright sign. Its span is
// the lines after it, while they read as a list's items (at most 20 words each, not
// ending as a sentence; blank lines between them allowed) and up to the next such
// heading. In text order.
std::vector<heading_year_span> heading_years(std::string_view text);

} // namespace annalist
