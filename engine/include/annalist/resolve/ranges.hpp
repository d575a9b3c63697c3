// Two dates written as the ends of one range: "from June to August", "June 3-5",
// "2019–2021", "between 1990 and 1995". Each end stays a mention of its own, as
// TimeML tags them; both learn the range, whose interval runs from the first's start
// to the second's end.
#pragma once

#include <annalist/model/mention.hpp>

#include <string_view>
#include <vector>

namespace annalist {

// Whether the text between two dates joins them as a range: "to", "through", "until",
// "till", "and" or a dash, spaces around it allowed.
bool joins_range(std::string_view gap);

// Links each pair of neighbouring dated mentions (in text order) that the text joins
// as a range, the first not after the second; "and" only after "between" ("June and
// August" is two dates).
void link_ranges(std::string_view text, std::vector<mention>& mentions);

} // namespace annalist
