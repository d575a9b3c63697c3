// A document's text with its mentions as TIMEX3 tags, in the TempEval-3 layout,
// for evaluation against gold TimeML.
#pragma once

#include <annalist/model/document.hpp>
#include <annalist/model/mention.hpp>

#include <ostream>
#include <vector>

namespace annalist::formats {

// <TimeML> with <DOCID> (the title), <DCT> (the publication date, when known) and
// <TEXT> holding the text with <TIMEX3 tid type value [mod]> around each mention.
// Mentions must be in text order and must not overlap.
void write_timeml(const document& doc, const std::vector<mention>& mentions, std::ostream& out);

} // namespace annalist::formats
