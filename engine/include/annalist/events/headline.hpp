// A short headline for an event: the clause its date stands in, without the date,
// bracketed citations and a closing attribution ("..., officials said"), at most
// ~90 characters, cut at a word boundary.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist {

// `sentence` is the event's sentence; [begin, end) the date's bytes within it.
std::string make_headline(std::string_view sentence, std::size_t begin, std::size_t end, std::size_t max_chars = 90);

} // namespace annalist
