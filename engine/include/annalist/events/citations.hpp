// Bracketed source references like "(TASS, October 31)" or "(see EDM, June 24;
// Svoboda.org, October 21)" date a source, not an event: the chronology leaves them
// out by default and keeps them as the document's citations.
#pragma once

#include <annalist/model/mention.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// Sets mention::cited_outlet for every mention that stands in a citation: inside
// parentheses, in a ";"-separated part shaped "[see] OUTLET, DATE[, DATE...]".
// The mentions are in text order.
void mark_citations(std::string_view text, std::vector<mention>& mentions);

} // namespace annalist
